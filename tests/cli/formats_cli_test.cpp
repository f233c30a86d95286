// The report formats, baselines and --statistics through the built binary.

#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "support/binary_runner.hpp"

namespace fs = std::filesystem;
using namespace budgetcheck::test;
using nlohmann::json;

namespace {

std::string data_arg(const std::string& name) {
  return quoted(cli_data(name).string());
}

}  // namespace

TEST_CASE("cli formats: every --format writes its report, exit codes unchanged", "[cli][formats]") {
  const std::string doc = data_arg("three_public_mismatch.json");
  const Run sarif = run("check --format sarif " + doc);
  CHECK(sarif.exit_code == 1);
  const json s = json::parse(sarif.out);
  CHECK(s.at("version") == "2.1.0");
  // The whole catalogue in force, and the finding's rule among them.
  const json& rules = s.at("runs")[0].at("tool").at("driver").at("rules");
  CHECK(rules.size() > 10);
  bool found = false;
  for (const json& result : s.at("runs")[0].at("results"))
    if (result.at("ruleId") == "BC115") {
      found = true;
      CHECK(rules.at(result.at("ruleIndex").get<std::size_t>()).at("id") == "BC115");
    }
  CHECK(found);

  const Run gitlab = run("check --format gitlab " + doc);
  CHECK(gitlab.exit_code == 1);
  CHECK(contains(gitlab.out, "\"check_name\": \"BC115\""));

  const Run github = run("check --format github " + doc);
  CHECK(github.exit_code == 1);
  CHECK(contains(github.out, "title=BC115 three-public-sum::"));

  const Run junit = run("check --format junit " + data_arg("clean.json"));
  CHECK(junit.exit_code == 0);
  CHECK(contains(junit.out, "<testsuites name=\"budgetcheck\""));
  CHECK(contains(junit.out, "failures=\"0\""));

  const Run markdown = run("check --format markdown " + data_arg("syntax_error.json"));
  CHECK(markdown.exit_code == 2);
  CHECK(contains(markdown.out, "**无法读取**"));

  const Run bad = run("check --format xml " + doc);
  CHECK(bad.exit_code == 2);
}

TEST_CASE("cli formats: --statistics after text, on stderr for machine formats", "[cli][formats]") {
  const std::string doc = data_arg("three_public_mismatch.json");
  const Run text = run("check --statistics --color never " + doc);
  CHECK(text.exit_code == 1);
  CHECK(contains(text.out, "\n按规则统计（共 "));
  CHECK(contains(text.out, "BC115 three-public-sum（错误 "));
  const Run sarif = run("check --statistics --format sarif " + doc);
  CHECK(sarif.exit_code == 1);
  CHECK_NOTHROW(json::parse(sarif.out));
  CHECK(contains(sarif.err, "BC115 three-public-sum（错误 "));
}

TEST_CASE("cli formats: --write-baseline then --baseline hides known findings",
          "[cli][formats][baseline]") {
  TempDir dir;
  const std::string doc = data_arg("three_public_mismatch.json");
  const std::string baseline = quoted((dir.path / "baseline.json").string());
  const Run recorded = run("check --write-baseline " + baseline + " " + doc);
  CHECK(recorded.exit_code == 1);  // writing a baseline does not change the run
  CHECK(dir.entries() == 1);
  CHECK(json::parse(slurp(dir.path / "baseline.json")).at("baseline_format") ==
        "budgetcheck-baseline/1");

  const Run use = run("check --format json --baseline " + baseline + " " + doc);
  CHECK(use.exit_code == 0);
  const json report = json::parse(use.out);
  CHECK(report.at("files")[0].at("findings").empty());
  CHECK(report.at("summary").at("errors") == 0);
  CHECK(contains(use.err, "recorded finding(s) not reported"));

  // An empty baseline hides nothing.
  write(dir.path / "empty.json",
        R"({"baseline_format": "budgetcheck-baseline/1", "findings": []})");
  CHECK(
      run("check --baseline " + quoted((dir.path / "empty.json").string()) + " " + doc).exit_code ==
      1);
}

TEST_CASE("cli formats: a bad baseline exits 2 before checking", "[cli][formats][baseline]") {
  TempDir dir;
  const std::string doc = data_arg("clean.json");
  const Run missing =
      run("check --baseline " + quoted((dir.path / "none.json").string()) + " " + doc);
  CHECK(missing.exit_code == 2);
  CHECK(contains(missing.err, "budgetcheck: error: cannot read baseline"));
  CHECK(missing.out.empty());
  write(dir.path / "bad.json", "[1, 2");
  const Run bad = run("check --baseline " + quoted((dir.path / "bad.json").string()) + " " + doc);
  CHECK(bad.exit_code == 2);
  CHECK(contains(bad.err, "is not a budgetcheck baseline"));
}
