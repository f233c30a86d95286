#include "budgetcheck/report/sarif_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "budgetcheck/report/fingerprint.hpp"
#include "report/sample_results.hpp"

using namespace budgetcheck;
using nlohmann::json;

TEST_CASE("sarif report: uris", "[report][sarif]") {
  CHECK(sarif_uri("data/qijiang-2026.json") == "data/qijiang-2026.json");
  CHECK(sarif_uri("./a b.json") == "a%20b.json");
  CHECK(sarif_uri("/srv/预算.json") == "file:///srv/%E9%A2%84%E7%AE%97.json");
}

TEST_CASE("sarif report: header, driver and the rule catalogue", "[report][sarif]") {
  const RuleInfo full{"BC301",        "performance-targets",  Severity::Warning,
                      "绩效目标完整", "Targets are complete", "\nEvery target has a value.\n",
                      "x: 1",         "Fill it in."};
  ReportOptions options;
  options.rules = {&test::kFunctionalRollup, &test::kEconomicRollup, &test::kNarrativeTotals,
                   &full};
  const json sarif = sarif_report({test::sample_checked_file()}, options);
  CHECK(sarif.at("$schema") == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(sarif.at("version") == "2.1.0");
  REQUIRE(sarif.at("runs").size() == 1);
  const json& run = sarif.at("runs").at(0);
  CHECK(run.at("columnKind") == "unicodeCodePoints");
  const json& driver = run.at("tool").at("driver");
  CHECK(driver.at("name") == "budgetcheck");
  CHECK(driver.at("version") == BUDGETCHECK_VERSION);
  CHECK(driver.at("informationUri").get<std::string>().starts_with("https://"));
  const json& rules = driver.at("rules");
  REQUIRE(rules.size() == 4);  // no load-problem rule: every file loaded
  CHECK(rules[0].at("id") == "BC101");
  CHECK(rules[0].at("name") == "functional-rollup");
  CHECK(rules[0].at("shortDescription").at("text") == "上级科目等于下级科目之和");
  CHECK(rules[0].at("defaultConfiguration").at("level") == "error");
  CHECK(rules[2].at("defaultConfiguration").at("level") == "warning");
  CHECK(rules[3] == json::parse(R"({
    "id": "BC301", "name": "performance-targets",
    "shortDescription": {"text": "绩效目标完整"},
    "fullDescription": {"text": "Every target has a value."},
    "help": {"text": "Fill it in.",
             "markdown": "**What is checked**\n\nEvery target has a value.\n\n**Example**\n\n```\nx: 1\n```\n\n**How to fix**\n\nFill it in."},
    "defaultConfiguration": {"level": "warning"}})"));
}

TEST_CASE("sarif report: results field by field", "[report][sarif]") {
  ReportOptions options;
  options.rules = {&test::kFunctionalRollup, &test::kEconomicRollup, &test::kNarrativeTotals};
  const FileReport file = test::sample_checked_file();
  const json sarif = sarif_report({file}, options);
  const json& results = sarif.at("runs").at(0).at("results");
  REQUIRE(results.size() == 3);
  const auto prints = finding_fingerprints(file.path, ordered_findings(*file.result));
  json expected = json::parse(R"({
    "ruleId": "BC101", "ruleIndex": 0, "level": "error",
    "message": {"text": "一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出：基本支出不等于下级科目之和。（应为 1163.05（20805 + 20808），实为 1160.00，差额 -3.05）"},
    "locations": [{
      "physicalLocation": {"artifactLocation": {"uri": "data/qijiang-2026.json"},
                           "region": {"startLine": 88, "startColumn": 20}},
      "logicalLocations": [{"fullyQualifiedName": "/tables/general_public_expenditure/rows/3/basic",
                            "kind": "member"}]}],
    "properties": {"table": "general_public_expenditure", "row_code": "208",
                   "row_name": "社会保障和就业支出", "column": "basic", "expected": "1163.05",
                   "actual": "1160.00", "difference": "-3.05", "within_rounding": false}})");
  expected["partialFingerprints"] = {{"budgetcheckFingerprint/v1", prints[0]}};
  CHECK(results[0] == expected);
  CHECK(results[1].at("properties").at("actual") == nullptr);
  CHECK(results[2].at("ruleId") == "BC102");
  CHECK(results[2].at("ruleIndex") == 1);
  CHECK(results[2].at("level") == "note");
}

TEST_CASE("sarif report: load problems, origins, rules from the results", "[report][sarif]") {
  FileReport imported = test::sample_checked_file();
  imported.result->rules[0].findings[0].where = {"/tables/general_public_basic/totals/total", 0, 0,
                                                 "Sheet1!C5"};
  const json sarif = sarif_report({imported, test::sample_unreadable_file()});
  const json& run = sarif.at("runs").at(0);
  const json& rules = run.at("tool").at("driver").at("rules");
  // Without a catalogue: the rules that ran, in order of appearance, then load-problem.
  REQUIRE(rules.size() == 4);
  CHECK(rules[0].at("id") == "BC102");
  CHECK(rules[3].at("id") == "load-problem");
  CHECK(rules[3].at("defaultConfiguration").at("level") == "error");
  const json& results = run.at("results");
  REQUIRE(results.size() == 6);
  const json& info = results[2];
  CHECK(info.at("ruleIndex") == 0);
  CHECK(info.at("locations")[0].at("message").at("text") == "Sheet1!C5");
  CHECK_FALSE(info.at("locations")[0].at("physicalLocation").contains("region"));
  CHECK(results[3] == json::parse(R"({
    "ruleId": "load-problem", "ruleIndex": 3, "level": "error",
    "message": {"text": "expected a number, found \"abc\""},
    "locations": [{"physicalLocation": {"artifactLocation": {"uri": "data/bad.json"},
                                        "region": {"startLine": 3, "startColumn": 5}},
                   "logicalLocations": [{"fullyQualifiedName": "/tables/three_public/total",
                                         "kind": "member"}]}]})"));
  CHECK_FALSE(results[5].at("locations")[0].contains("logicalLocations"));
}

TEST_CASE("sarif report: streamed output is byte for byte the dump of the whole log",
          "[report][sarif]") {
  ReportOptions options;
  options.rules = {&test::kFunctionalRollup};
  const std::vector<std::vector<FileReport>> batches{
      {},
      {test::sample_clean_file()},
      {test::sample_checked_file(), test::sample_unreadable_file()}};
  for (const auto& files : batches) {
    std::ostringstream streamed;
    write_sarif_report(streamed, files, options);
    CHECK(streamed.str() ==
          sarif_report(files, options).dump(2, ' ', false, json::error_handler_t::replace) + "\n");
  }
}
