#include "budgetcheck/report/baseline.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "budgetcheck/report/fingerprint.hpp"
#include "report/sample_results.hpp"
#include "support/binary_runner.hpp"

using namespace budgetcheck;
using nlohmann::json;

TEST_CASE("baseline: records every finding of every checked file", "[report][baseline]") {
  const FileReport file = test::sample_checked_file();
  const json baseline = baseline_json({file, test::sample_unreadable_file()});
  CHECK(baseline.at("baseline_format") == "budgetcheck-baseline/1");
  CHECK(baseline.at("tool").at("name") == "budgetcheck");
  const json& findings = baseline.at("findings");
  REQUIRE(findings.size() == 3);
  const auto prints = finding_fingerprints(file.path, ordered_findings(*file.result));
  json first = json::parse(R"({"path": "data/qijiang-2026.json", "rule": "BC101",
    "name": "functional-rollup", "severity": "error", "table": "general_public_expenditure",
    "row_code": "208", "row_name": "社会保障和就业支出", "column": "basic",
    "message": "基本支出不等于下级科目之和。"})");
  first["fingerprint"] = prints[0];
  CHECK(findings[0] == first);
  CHECK(findings[2].at("fingerprint") == prints[2]);
  CHECK(findings[2].at("row_code") == nullptr);
}

TEST_CASE("baseline: round trip drops exactly the recorded findings", "[report][baseline]") {
  const std::string text = baseline_json({test::sample_checked_file()}).dump();
  const BaselineRead read = parse_baseline(text, "b.json");
  REQUIRE(read.baseline);
  CHECK(read.baseline->fingerprints.size() == 3);

  // A new finding appears in the same rule: only it remains.
  std::vector<FileReport> files = {test::sample_checked_file()};
  Finding added = files[0].result->rules[1].findings[0];
  added.row_code = "209";
  added.row_name = "节能环保支出";
  files[0].result->rules[1].findings.push_back(added);
  const BaselineMatch match = apply_baseline(files, *read.baseline);
  CHECK(match.suppressed == 3);
  CHECK(match.stale == 0);
  const DocumentResult& result = *files[0].result;
  CHECK(result.rules[0].findings.empty());
  REQUIRE(result.rules[1].findings.size() == 1);
  CHECK(result.rules[1].findings[0].row_code == "209");
  CHECK(result.rules[1].status == RuleStatus::Failed);
  CHECK(result.summary.errors == 1);
  CHECK(result.summary.infos == 0);
  CHECK(files[0].status() == FileStatus::Failed);
}

TEST_CASE("baseline: a fully baselined file passes, stale entries are counted",
          "[report][baseline]") {
  const BaselineRead read =
      parse_baseline(baseline_json({test::sample_checked_file()}).dump(), "b.json");
  REQUIRE(read.baseline);
  std::vector<FileReport> files = {test::sample_checked_file()};
  files[0].result->rules[1].findings.pop_back();  // the blank cell was fixed
  const BaselineMatch match = apply_baseline(files, *read.baseline);
  CHECK(match.suppressed == 2);
  CHECK(match.stale == 1);
  CHECK(files[0].result->rules[1].status == RuleStatus::Passed);
  CHECK(files[0].result->summary.errors == 0);
  CHECK(files[0].result->summary.passed == 2);
  CHECK(files[0].result->summary.failed == 0);
  CHECK(files[0].status() == FileStatus::Passed);
  // Entries for files not checked in this run are not stale.
  std::vector<FileReport> other = {test::sample_clean_file()};
  CHECK(apply_baseline(other, *read.baseline).stale == 0);
}

TEST_CASE("baseline: bad baseline files are refused with a reason", "[report][baseline]") {
  CHECK(parse_baseline("{", "b.json").error ==
        "baseline b.json is not a budgetcheck baseline: it is not valid JSON");
  CHECK(parse_baseline("[]", "b.json")
            .error.starts_with(
                "baseline b.json is not a budgetcheck baseline: \"baseline_format\" is missing"));
  CHECK(parse_baseline(R"({"baseline_format": "budgetcheck-baseline/9", "findings": []})", "b.json")
            .error ==
        "baseline b.json has format budgetcheck-baseline/9, expected "
        "budgetcheck-baseline/1");
  CHECK(parse_baseline(R"({"baseline_format": "budgetcheck-baseline/1"})", "b.json").error ==
        "baseline b.json is not a budgetcheck baseline: \"findings\" must be an array");
  CHECK(
      parse_baseline(R"({"baseline_format": "budgetcheck-baseline/1", "findings": [{}]})", "b.json")
          .error ==
      "baseline b.json is not a budgetcheck baseline: findings[0] has no \"fingerprint\" string");
  CHECK_FALSE(read_baseline_file("/nonexistent/b.json").baseline);
  const BaselineRead empty =
      parse_baseline(R"({"baseline_format": "budgetcheck-baseline/1", "findings": []})", "b.json");
  REQUIRE(empty.baseline);
  CHECK(empty.baseline->fingerprints.empty());
}

TEST_CASE("baseline: written atomically and read back", "[report][baseline]") {
  test::TempDir dir;
  const std::string path = (dir.path / "baseline.json").string();
  REQUIRE_FALSE(write_baseline_file(path, {test::sample_checked_file()}));
  CHECK(dir.entries() == 1);  // no temporary file left
  const BaselineRead read = read_baseline_file(path);
  REQUIRE(read.baseline);
  CHECK(read.baseline->fingerprints.size() == 3);
  CHECK(write_baseline_file((dir.path / "missing" / "b.json").string(), {}).has_value());
}
