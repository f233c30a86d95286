#include "budgetcheck/report/json_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_results.hpp"

using namespace budgetcheck;
using nlohmann::json;

TEST_CASE("json report: a finding with every field, amounts as decimal strings", "[report][json]") {
  const json report = json_report({test::sample_checked_file()});
  const json& file = report.at("files").at(0);
  CHECK(file.at("path") == "data/qijiang-2026.json");
  CHECK(file.at("status") == "failed");
  CHECK(file.at("load_problems") == json::array());
  CHECK(file.at("document") ==
        json::parse(R"({"unit_name": "重庆市綦江区经济和信息化委员会（本级）",
      "year": 2026, "amount_unit": "万元", "decimals": 2})"));
  REQUIRE(file.at("findings").size() == 3);
  // Ordered by table: 一般公共预算财政拨款支出表 before 基本支出表.
  CHECK(file.at("findings").at(0) == json::parse(R"({
    "rule": "BC101", "name": "functional-rollup", "severity": "error",
    "table": "general_public_expenditure", "table_zh": "一般公共预算财政拨款支出表",
    "row_code": "208", "row_name": "社会保障和就业支出",
    "column": "basic", "column_zh": "基本支出",
    "expected": "1163.05", "actual": "1160.00", "actual_blank": false, "difference": "-3.05",
    "expected_formula": "20805 + 20808", "within_rounding": false, "tolerance": "0.015",
    "message": "基本支出不等于下级科目之和。", "message_en": "",
    "location": {"pointer": "/tables/general_public_expenditure/rows/3/basic",
                 "line": 88, "column": 20}})"));
  const json& blank = file.at("findings").at(1);
  CHECK(blank.at("actual") == nullptr);
  CHECK(blank.at("actual_blank") == true);
  CHECK(blank.at("difference") == nullptr);
  CHECK(blank.at("tolerance") == nullptr);
  const json& info = file.at("findings").at(2);
  CHECK(info.at("severity") == "info");
  CHECK(info.at("within_rounding") == true);
  CHECK(info.at("row_code") == nullptr);
  CHECK(info.at("table") == "general_public_basic");
}

TEST_CASE("json report: rules, per-file and run summaries", "[report][json]") {
  const json report = json_report({test::sample_checked_file(), test::sample_unreadable_file()});
  CHECK(report.at("report_format") == "budgetcheck-report/1");
  CHECK(report.at("tool").at("name") == "budgetcheck");
  CHECK(report.at("tool").at("version") == BUDGETCHECK_VERSION);
  const json& rules = report.at("files").at(0).at("rules");
  CHECK(rules == json::parse(R"([
    {"code": "BC102", "name": "economic-rollup", "severity": "error", "status": "passed",
     "reason": null, "reason_en": null, "checks": 12, "findings": 1},
    {"code": "BC101", "name": "functional-rollup", "severity": "error", "status": "failed",
     "reason": null, "reason_en": null, "checks": 30, "findings": 2},
    {"code": "BC201", "name": "narrative-totals", "severity": "warning",
     "status": "could_not_run", "reason": "情况说明未列出收入总数。", "reason_en": null,
     "checks": 0, "findings": 0}
  ])"));
  CHECK(report.at("files").at(0).at("summary") == json::parse(R"({"errors": 2, "warnings": 0,
      "infos": 1, "rules_passed": 1, "rules_failed": 1, "rules_not_applicable": 0,
      "rules_could_not_run": 1})"));
  CHECK(report.at("summary") == json::parse(R"({"errors": 2, "warnings": 0, "infos": 1,
      "rules_passed": 1, "rules_failed": 1, "rules_not_applicable": 0, "rules_could_not_run": 1,
      "files": 2, "files_passed": 0, "files_failed": 1, "files_unreadable": 1})"));
}

TEST_CASE("json report: an unreadable file lists every load problem", "[report][json]") {
  const json file = json_report({test::sample_unreadable_file()}).at("files").at(0);
  CHECK(file == json::parse(R"({
    "path": "data/bad.json", "status": "unreadable", "document": null,
    "load_problems": [
      {"message": "expected a number, found \"abc\"",
       "location": {"pointer": "/tables/three_public/total", "line": 3, "column": 5}},
      {"message": "unexpected end of input",
       "location": {"pointer": "", "line": 9, "column": 1}},
      {"message": "file is empty", "location": {"pointer": "", "line": null, "column": null}}],
    "rules": [], "findings": [], "deselected": [],
    "summary": {"errors": 0, "warnings": 0, "infos": 0, "rules_passed": 0, "rules_failed": 0,
                "rules_not_applicable": 0, "rules_could_not_run": 0}})"));
}

TEST_CASE("json report: written output is deterministic UTF-8 ending in a newline",
          "[report][json]") {
  const std::vector<FileReport> files{test::sample_checked_file()};
  std::ostringstream a, b;
  write_json_report(a, files);
  write_json_report(b, files);
  CHECK(a.str() == b.str());
  CHECK(a.str().back() == '\n');
  CHECK(a.str().find("一般公共预算财政拨款支出表") != std::string::npos);  // not \u-escaped
  CHECK(a.str().find("\n  \"files\": [") != std::string::npos);
  CHECK(json::parse(a.str()) == json_report(files));
}

TEST_CASE("json report: streamed output is byte for byte the dump of the whole report",
          "[report][json]") {
  // The writer streams one finding at a time; it must give what one dump would.
  FileReport broken = test::sample_checked_file();
  broken.result->rules[1].findings[0].message = "bad byte \xFF in a copied name";
  const std::vector<std::vector<FileReport>> batches{
      {},
      {test::sample_checked_file()},
      {test::sample_clean_file(), test::sample_unreadable_file(), broken},
  };
  for (const auto& files : batches) {
    std::ostringstream streamed;
    write_json_report(streamed, files);
    CHECK(streamed.str() ==
          json_report(files).dump(2, ' ', false, json::error_handler_t::replace) + "\n");
  }
}

TEST_CASE("json report: message_en and reason_en beside the Chinese, deselected rules listed",
          "[report][json][lang]") {
  FileReport file = test::sample_checked_file();
  file.result->rules[1].findings[0].message_en = "基本支出 is not the sum 20805 + 20808";
  file.result->rules[2].reason_en = "the narrative states no income total";
  file.result->deselected = {&test::kFunctionalRollup};
  const json report = json_report({file, test::sample_unreadable_file()});
  const json& checked = report.at("files").at(0);
  CHECK(checked.at("findings").at(0).at("message") == "基本支出不等于下级科目之和。");
  CHECK(checked.at("findings").at(0).at("message_en") == "基本支出 is not the sum 20805 + 20808");
  CHECK(checked.at("rules").at(2).at("reason") == "情况说明未列出收入总数。");
  CHECK(checked.at("rules").at(2).at("reason_en") == "the narrative states no income total");
  CHECK(checked.at("deselected") ==
        json::parse(R"([{"code": "BC101", "name": "functional-rollup"}])"));
  CHECK(report.at("files").at(1).at("deselected") == json::array());
  CHECK(json_report({test::sample_clean_file()}).at("files").at(0).at("deselected") ==
        json::array());
}
