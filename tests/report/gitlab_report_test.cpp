#include "budgetcheck/report/gitlab_report.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "budgetcheck/report/fingerprint.hpp"
#include "report/sample_results.hpp"

using namespace budgetcheck;
using nlohmann::json;

TEST_CASE("gitlab report: Code Quality issues field by field", "[report][gitlab]") {
  const FileReport file = test::sample_checked_file();
  const json report = gitlab_report({file});
  REQUIRE(report.is_array());
  REQUIRE(report.size() == 3);
  const auto prints = finding_fingerprints(file.path, ordered_findings(*file.result));
  json expected = json::parse(R"({
    "description": "一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出：基本支出不等于下级科目之和。（应为 1163.05（20805 + 20808），实为 1160.00，差额 -3.05） [BC101 functional-rollup]",
    "check_name": "BC101",
    "severity": "major",
    "location": {"path": "data/qijiang-2026.json", "lines": {"begin": 88}}})");
  expected["fingerprint"] = prints[0];
  CHECK(report[0] == expected);
  CHECK(report[1].at("fingerprint") == prints[1]);
  CHECK(report[2].at("severity") == "info");
  CHECK(report[2].at("check_name") == "BC102");
  CHECK(report[2].at("location").at("lines").at("begin") == 120);
}

TEST_CASE("gitlab report: severities, load problems, unique fingerprints", "[report][gitlab]") {
  FileReport warned = test::sample_checked_file();
  warned.path = "other.json";
  warned.result->rules[1].findings[0].severity = Severity::Warning;
  const json report =
      gitlab_report({test::sample_checked_file(), warned, test::sample_unreadable_file()});
  REQUIRE(report.size() == 9);
  CHECK(report[3].at("severity") == "minor");
  const json& load = report[6];
  CHECK(load.at("check_name") == "load-problem");
  CHECK(load.at("severity") == "blocker");
  CHECK(load.at("description") ==
        "无法读取：expected a number, found \"abc\"（/tables/three_public/total）");
  CHECK(load.at("location") == json::parse(R"({"path": "data/bad.json", "lines": {"begin": 3}})"));
  // Line unknown: GitLab requires a line, so 1.
  CHECK(report[8].at("location").at("lines").at("begin") == 1);
  std::set<std::string> prints;
  for (const auto& issue : report)
    prints.insert(issue.at("fingerprint").get<std::string>());
  CHECK(prints.size() == report.size());

  std::ostringstream out;
  write_gitlab_report(out, {test::sample_clean_file()});
  CHECK(out.str() == "[]\n");
}

TEST_CASE("gitlab report: streamed output is byte for byte the dump of the whole report",
          "[report][gitlab]") {
  const std::vector<std::vector<FileReport>> batches{
      {},
      {test::sample_clean_file()},
      {test::sample_checked_file(), test::sample_unreadable_file()}};
  for (const auto& files : batches) {
    std::ostringstream streamed;
    write_gitlab_report(streamed, files);
    CHECK(streamed.str() ==
          gitlab_report(files).dump(2, ' ', false, json::error_handler_t::replace) + "\n");
  }
}
