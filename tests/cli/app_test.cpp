// Runs the built `budgetcheck` binary as a user would: exit codes, output files,
// and the generated rule reference.

#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include "support/binary_runner.hpp"

namespace fs = std::filesystem;

using namespace budgetcheck::test;

namespace {

std::string cli_data_arg(const std::string& name) {
  return quoted(cli_data(name).string());
}

}  // namespace

TEST_CASE("cli: --version and --help succeed", "[cli]") {
  const Run version = run("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out == std::string("budgetcheck ") + BUDGETCHECK_VERSION + "\n");
  const Run help = run("--help");
  CHECK(help.exit_code == 0);
  CHECK(contains(help.out, "check"));
  const Run check_help = run("check --help");
  CHECK(check_help.exit_code == 0);
  CHECK(contains(check_help.out, "--format"));
}

TEST_CASE("cli: a bad command line exits 2, never CLI11's own codes", "[cli]") {
  for (const std::string args :
       {"", "frobnicate", "check", "check --bogus x.json", "check --format xml x.json",
        "check --color sometimes x.json", "rules --format yaml"}) {
    INFO("budgetcheck " << args);
    const Run r = run(args);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "budgetcheck: error: "));
    CHECK(r.out.empty());
  }
}

TEST_CASE("cli: check exits 1 on error findings, 0 without", "[cli]") {
  const Run failing = run("check " + cli_data_arg("three_public_mismatch.json"));
  CHECK(failing.exit_code == 1);
  CHECK(contains(failing.out, "[BC115 three-public-sum]"));
  CHECK(failing.out.find('\x1b') == std::string::npos);  // not a terminal: no colour

  const Run clean = run("check --format json " + cli_data_arg("clean.json"));
  INFO(clean.out);
  CHECK(clean.exit_code == 0);
  const auto report = nlohmann::json::parse(clean.out);
  CHECK(report.at("summary").at("errors") == 0);
  CHECK(report.at("files").at(0).at("status") == "passed");
}

TEST_CASE("cli: --color=always colours the text report", "[cli]") {
  const Run r = run("check --color always " + cli_data_arg("three_public_mismatch.json"));
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "\x1b[1;31m错误\x1b[0m"));
}

TEST_CASE("cli: a missing or unloadable input exits 2 and is reported with the others", "[cli]") {
  const Run missing = run("check /nonexistent/budget.json");
  CHECK(missing.exit_code == 2);
  CHECK(contains(missing.out, "/nonexistent/budget.json"));
  CHECK(contains(missing.out, ": error: "));

  const Run mixed = run("check --format json " + cli_data_arg("syntax_error.json") + " " +
                        cli_data_arg("three_public_mismatch.json"));
  CHECK(mixed.exit_code == 2);  // unloadable input outranks error findings
  const auto report = nlohmann::json::parse(mixed.out);
  REQUIRE(report.at("files").size() == 2);
  CHECK(report.at("files").at(0).at("status") == "unreadable");
  CHECK(report.at("files").at(0).at("load_problems").at(0).at("location").at("line").is_number());
  CHECK(report.at("files").at(1).at("status") == "failed");
}

TEST_CASE("cli: -o writes the whole report atomically", "[cli]") {
  TempDir dir;
  const fs::path target = dir.path / "report.json";
  const std::string doc = cli_data_arg("three_public_mismatch.json");
  const Run to_file = run("check --format json -o " + quoted(target.string()) + " " + doc);
  CHECK(to_file.exit_code == 1);  // the exit code still reports the findings
  CHECK(to_file.out.empty());
  const Run to_stdout = run("check --format json " + doc);
  CHECK(slurp(target) == to_stdout.out);
  CHECK(dir.entries() == 1);  // no temporary file left beside it

  // Overwrites an existing file in place of the old content.
  const Run again = run("check -o " + quoted(target.string()) + " " + doc);
  CHECK(again.exit_code == 1);
  CHECK(contains(slurp(target), "[BC115 three-public-sum]"));
  CHECK(dir.entries() == 1);
}

TEST_CASE("cli: -o failure exits 2 and leaves no file", "[cli]") {
  TempDir dir;
  const fs::path missing_dir = dir.path / "no" / "such" / "dir" / "report.txt";
  const Run r = run("check -o " + quoted(missing_dir.string()) + " " +
                    cli_data_arg("three_public_mismatch.json"));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "budgetcheck: error: cannot"));
  CHECK(contains(r.err, missing_dir.string()));
  CHECK(dir.entries() == 0);

  // A directory in the way of the output.
  fs::create_directory(dir.path / "taken");
  const Run onto_dir = run("check -o " + quoted((dir.path / "taken").string()) + " " +
                           cli_data_arg("three_public_mismatch.json"));
  CHECK(onto_dir.exit_code == 2);
  CHECK(fs::is_directory(dir.path / "taken"));
  CHECK(dir.entries() == 1);
}

TEST_CASE("cli: rule CODE explains one rule, by code or name", "[cli]") {
  const Run by_code = run("rule BC101");
  CHECK(by_code.exit_code == 0);
  CHECK(by_code.out.rfind("BC101 functional-rollup（错误 / error）\n", 0) == 0);
  CHECK(contains(by_code.out, "说明 (what is checked):"));
  CHECK(run("rule functional-rollup").out == by_code.out);
  CHECK(run("rule bc101").out == by_code.out);

  const Run typo = run("rule functional-rolup");
  CHECK(typo.exit_code == 2);
  CHECK(contains(typo.err,
                 "unknown rule 'functional-rolup'; did you mean BC101 (functional-rollup)?"));
  const Run unknown = run("rule no-such-rule-at-all");
  CHECK(unknown.exit_code == 2);
  CHECK_FALSE(contains(unknown.err, "did you mean"));
}

TEST_CASE("cli: rules --format json lists every rule", "[cli]") {
  const Run r = run("rules --format json");
  CHECK(r.exit_code == 0);
  const auto list = nlohmann::json::parse(r.out);
  CHECK(list.at("rules_format") == "budgetcheck-rules/1");
  REQUIRE_FALSE(list.at("rules").empty());
  CHECK(list.at("rules").at(0).at("code") == "BC101");
  for (const auto& rule : list.at("rules")) {
    CHECK(rule.at("name").is_string());
    CHECK(rule.at("severity").is_string());
    CHECK_FALSE(rule.at("summary_zh").get<std::string>().empty());
  }
  const Run text = run("rules");
  CHECK(text.exit_code == 0);
  CHECK(contains(text.out, "BC101  functional-rollup"));
}

TEST_CASE("cli: docs/rules.md is the generated rule reference", "[cli][docs]") {
  const Run r = run("rules --format markdown");
  REQUIRE(r.exit_code == 0);
  const std::string committed = slurp(fs::path(BUDGETCHECK_SOURCE_DIR) / "docs" / "rules.md");
  INFO("docs/rules.md is stale: run scripts/update-docs");
  CHECK(committed == r.out);
}

TEST_CASE("cli: schema prints the embedded JSON Schema", "[cli]") {
  const fs::path schema = fs::path(BUDGETCHECK_SOURCE_DIR) / "schema" / "budgetcheck.schema.json";
  const Run r = run("schema");
  if (!fs::exists(schema)) {
    CHECK(r.exit_code == 2);
    return;
  }
  CHECK(r.exit_code == 0);
  CHECK(r.out == slurp(schema));
  CHECK_NOTHROW(nlohmann::json::parse(r.out));
}
