// Runs the built `budgetcheck` binary with rule selection options and budgetcheck.json
// files: discovery upward, command line over file, --fail-on, config --show.

#include <sys/wait.h>
#include <unistd.h>

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

// A project tree: <root>/budgetcheck.json (optional) and <root>/a/b/doc.json, a copy of
// three_public_mismatch.json (BC115 and BC401 fail with error findings).
struct Project {
  TempDir dir;
  fs::path doc = dir.path / "a" / "b" / "doc.json";
  fs::path config = dir.path / "budgetcheck.json";
  Project() { write(doc, slurp(cli_data("three_public_mismatch.json"))); }
};

std::vector<std::string> rule_codes(const std::string& json_report) {
  std::vector<std::string> codes;
  const auto report = nlohmann::json::parse(json_report);  // kept alive for the loop
  for (const auto& rule : report.at("files").at(0).at("rules"))
    codes.push_back(rule.at("code").get<std::string>());
  return codes;
}

}  // namespace

TEST_CASE("cli config: --select and --ignore choose the rules run and listed", "[cli][config]") {
  Project p;
  const std::string doc = quoted(p.doc.string());
  const Run all = run("check --format json " + doc);
  CHECK(all.exit_code == 1);
  CHECK(rule_codes(all.out).size() > 30);

  const Run one = run("check --format json --select BC115 " + doc);
  CHECK(one.exit_code == 1);
  CHECK(rule_codes(one.out) == std::vector<std::string>{"BC115"});

  // Comma-separated and repeatable; ignore wins.
  const Run perf =
      run("check --format json --select BC30,BC401 --select BC115 --ignore BC1 " + doc);
  INFO(perf.err);
  CHECK(perf.exit_code == 1);  // BC401: tables missing
  const auto codes = rule_codes(perf.out);
  CHECK(codes.front() == "BC301");
  CHECK(codes.back() == "BC401");
  CHECK(codes.size() == 8);

  const Run none_failing = run("check --ignore BC115,BC401 " + doc);
  CHECK(none_failing.exit_code == 0);
}

TEST_CASE("cli config: an unknown rule code is a command-line error with a suggestion",
          "[cli][config]") {
  Project p;
  const Run r = run("check --select BC1155 " + quoted(p.doc.string()));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(contains(r.err,
                 "budgetcheck: error: unknown rule code or prefix 'BC1155' "
                 "(did you mean BC115 (three-public-sum)?) in select (command line)"));
  CHECK(run("check --severity BC115=fatal " + quoted(p.doc.string())).exit_code == 2);
  CHECK(run("check --severity BC115 " + quoted(p.doc.string())).exit_code == 2);
  CHECK(run("check --fail-on never " + quoted(p.doc.string())).exit_code == 2);
}

TEST_CASE("cli config: --severity and --fail-on decide the exit code", "[cli][config]") {
  Project p;
  const std::string doc = quoted(p.doc.string());
  // Only BC115, lowered to a warning: a warning-only report.
  const Run warning_only =
      run("check --format json --select BC115 --severity BC115=warning " + doc);
  CHECK(warning_only.exit_code == 0);
  const auto report = nlohmann::json::parse(warning_only.out);
  CHECK(report.at("summary").at("errors") == 0);
  CHECK(report.at("summary").at("warnings") == 1);

  CHECK(run("check --select BC115 --severity BC115=warning --fail-on warning " + doc).exit_code ==
        1);
  CHECK(run("check --select BC115 --severity BC115=info --fail-on warning " + doc).exit_code == 0);
  CHECK(run("check --select BC115 --severity BC115=info --fail-on info " + doc).exit_code == 1);
}

TEST_CASE("cli config: budgetcheck.json is found upward and the command line overrides it",
          "[cli][config]") {
  Project p;
  write(p.config, R"({"select": ["BC115", "BC401"], "ignore": ["BC401"],
                      "severity": {"BC115": "warning"}, "fail_on": "warning"})");
  const std::string doc = quoted(p.doc.string());

  const Run from_file = run("check --format json " + doc);
  INFO(from_file.err);
  CHECK(from_file.exit_code == 1);  // a warning, and the file fails on warnings
  CHECK(rule_codes(from_file.out) == std::vector<std::string>{"BC115"});
  CHECK(nlohmann::json::parse(from_file.out).at("summary").at("warnings") == 1);

  CHECK(run("check --fail-on error " + doc).exit_code == 0);
  // A command-line --select replaces the file's; the file's ignore still applies.
  CHECK(rule_codes(run("check --format json --select BC4 " + doc).out) ==
        std::vector<std::string>{"BC402", "BC403", "BC404", "BC405"});
  // --ignore adds to the file's.
  CHECK(rule_codes(run("check --format json --ignore BC115 " + doc).out).empty());
  // --no-config: defaults again.
  CHECK(rule_codes(run("check --format json --no-config " + doc).out).size() > 30);

  // --config names one explicitly, wherever it is.
  const fs::path other = p.dir.path / "elsewhere.json";
  write(other, R"({"select": ["BC401"]})");
  CHECK(rule_codes(run("check --format json --config " + quoted(other.string()) + " " + doc).out) ==
        std::vector<std::string>{"BC401"});
}

TEST_CASE("cli config: a bad budgetcheck.json exits 2 and says what is wrong", "[cli][config]") {
  Project p;
  const std::string doc = quoted(p.doc.string());
  write(p.config, R"({"selct": ["BC115"]})");
  const Run unknown_key = run("check " + doc);
  CHECK(unknown_key.exit_code == 2);
  CHECK(unknown_key.out.empty());
  CHECK(contains(unknown_key.err, p.config.string() + ": unknown key \"selct\" (did you mean "
                                                      "\"select\"?)"));

  write(p.config, R"({"select": ["BC115"], "severity": {"BC115": "fatal"}})");
  CHECK(contains(run("check " + doc).err, "unknown severity 'fatal'"));

  write(p.config, R"({"ignore": ["narative-figures"]})");
  const Run bad_code = run("check " + doc);
  CHECK(bad_code.exit_code == 2);
  CHECK(contains(bad_code.err,
                 "did you mean BC201 (narrative-figures)?) in ignore (" + p.config.string() + ")"));

  write(p.config, "{not json");
  CHECK(contains(run("check " + doc).err, "invalid JSON"));
  CHECK(run("check --no-config " + doc).exit_code == 1);  // skipped, so no error
}

TEST_CASE("cli config: config --show prints the settings and where each came from",
          "[cli][config]") {
  Project p;
  write(p.config, R"({"ignore": ["BC4"], "severity": {"BC115": "warning"}})");
  const Run r = run("config --show --ignore BC5 --fail-on warning " + quoted(p.doc.string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto shown = nlohmann::json::parse(r.out);
  const std::string config = fs::absolute(p.config).lexically_normal().string();
  CHECK(shown.at("config") == config);
  CHECK(shown.at("select") ==
        nlohmann::json{{"value", nlohmann::json::array()}, {"from", "default"}});
  CHECK(shown.at("ignore") ==
        nlohmann::json::parse(R"([{"value": "BC4", "from": ")" + config +
                              R"("}, {"value": "BC5", "from": "command line"}])"));
  CHECK(shown.at("severity").at(0) ==
        nlohmann::json{{"rule", "BC115"}, {"value", "warning"}, {"from", config}});
  CHECK(shown.at("fail_on") == nlohmann::json{{"value", "warning"}, {"from", "command line"}});
  bool saw_bc115 = false;
  for (const auto& rule : shown.at("rules")) {
    CHECK(rule.at("code").get<std::string>().rfind("BC4", 0) != 0);
    CHECK(rule.at("code").get<std::string>().rfind("BC5", 0) != 0);
    if (rule.at("code") == "BC115") {
      saw_bc115 = true;
      CHECK(rule.at("severity") == "warning");
    }
  }
  CHECK(saw_bc115);

  const Run no_config = run("config --show --no-config " + quoted(p.doc.string()));
  CHECK(nlohmann::json::parse(no_config.out).at("config").is_null());
  CHECK(run("config").exit_code == 2);  // --show is required

  // A list option takes one argument per occurrence: the file is not read as a rule code.
  const Run list_before_file = run("config --show --select BC30,BC115 " + quoted(p.doc.string()));
  INFO(list_before_file.err);
  REQUIRE(list_before_file.exit_code == 0);
  CHECK(nlohmann::json::parse(list_before_file.out).at("select").at("value") ==
        nlohmann::json{"BC30", "BC115"});
}

TEST_CASE("cli config: lang, require_cost_indicators and require_tables from budgetcheck.json",
          "[cli][config][lang]") {
  Project p;
  const std::string doc = quoted(p.doc.string());
  const std::string config = fs::absolute(p.config).lexically_normal().string();
  write(p.config, R"({"lang": "en", "require_cost_indicators": true,
                      "require_tables": ["procurement", "performance"]})");
  const Run shown = run("config --show " + doc);
  INFO(shown.err);
  REQUIRE(shown.exit_code == 0);
  const auto settings = nlohmann::json::parse(shown.out);
  CHECK(settings.at("lang") == nlohmann::json{{"value", "en"}, {"from", config}});
  CHECK(settings.at("require_cost_indicators") ==
        nlohmann::json{{"value", true}, {"from", config}});
  CHECK(settings.at("require_tables") ==
        nlohmann::json::parse(R"({"value": ["procurement", "performance"], "from": ")" + config +
                              R"("})"));
  // --lang overrides the file.
  CHECK(nlohmann::json::parse(run("config --show --lang zh " + doc).out).at("lang") ==
        nlohmann::json{{"value", "zh"}, {"from", "command line"}});
  const auto defaults = nlohmann::json::parse(run("config --show --no-config " + doc).out);
  CHECK(defaults.at("lang").at("from") == "locale");
  CHECK(defaults.at("require_cost_indicators") ==
        nlohmann::json{{"value", false}, {"from", "default"}});
  CHECK(defaults.at("require_tables") ==
        nlohmann::json{{"value", nlohmann::json::array()}, {"from", "default"}});

  // The text report is in English, with the official Chinese table names.
  const Run english = run("check --select BC115,BC401 " + doc);
  INFO(english.out);
  CHECK(english.exit_code == 1);
  CHECK(contains(english.out, "error: "));
  CHECK(contains(english.out, "一般公共预算“三公”经费支出表"));
  CHECK_FALSE(contains(english.out, "错误："));
  CHECK(contains(run("check --lang zh --select BC115 " + doc).out, "错误："));

  // BC401 now also requires 政府采购预算表 and the performance tables (absent here).
  const Run required = run("check --format json --select BC401 " + doc);
  const auto report = nlohmann::json::parse(required.out);
  std::size_t missing_tables = 0;
  for (const auto& finding : report.at("files").at(0).at("findings"))
    if (finding.at("rule") == "BC401")
      ++missing_tables;
  const Run national = run("check --format json --select BC401 --no-config " + doc);
  std::size_t national_missing = 0;
  const auto national_report = nlohmann::json::parse(national.out);
  for (const auto& finding : national_report.at("files").at(0).at("findings"))
    if (finding.at("rule") == "BC401")
      ++national_missing;
  CHECK(missing_tables > national_missing);

  write(p.config, R"({"lang": "fr"})");
  CHECK(contains(run("check " + doc).err, "\"lang\" must be \"zh\" or \"en\""));
  write(p.config, R"({"require_tables": ["budget"]})");
  CHECK(contains(run("check " + doc).err, "unknown table 'budget'"));
  write(p.config, R"({"require_cost_indicators": "yes"})");
  CHECK(run("check " + doc).exit_code == 2);
  CHECK(run("check --lang fr --no-config " + doc).exit_code == 2);
}

TEST_CASE("cli config: rules left out by --select are listed in the report", "[cli][config]") {
  Project p;
  const std::string doc = quoted(p.doc.string());
  const Run r = run("check --format json --no-config --ignore BC1,BC2,BC3,BC4 " + doc);
  const auto report = nlohmann::json::parse(r.out);
  const auto& deselected = report.at("files").at(0).at("deselected");
  CHECK(deselected.size() + report.at("files").at(0).at("rules").size() > 30);
  CHECK(deselected.at(0) == nlohmann::json{{"code", "BC101"}, {"name", "functional-rollup"}});
  CHECK(contains(run("check --lang zh --no-config --select BC5 " + doc).out,
                 "未运行的规则（--select/--ignore）：BC101 BC102"));
}

TEST_CASE("cli config: exclude in budgetcheck.json leaves files out, the command line adds",
          "[cli][config]") {
  // <root>/budgetcheck.json, <root>/a/b/doc.json (fails), and next to it a report and an
  // archive folder that must not be read as disclosures.
  Project p;
  const fs::path b = p.doc.parent_path();
  write(b / "doc.report.json", R"({"report_format": "budgetcheck-report/1"})");
  write(b / "archive" / "old.json", "{not a disclosure");
  const std::string root = quoted(p.dir.path.string());

  write(p.config, "{}");
  CHECK(run("check --format json " + root).exit_code == 2);  // both are unreadable inputs

  const std::string config = fs::absolute(p.config).lexically_normal().string();
  write(p.config, R"({"exclude": ["*.report.json", "archive"]})");
  const Run excluded = run("check --format json " + root);
  INFO(excluded.err);
  CHECK(excluded.exit_code == 1);  // the disclosure's own error findings, nothing unreadable
  const auto report = nlohmann::json::parse(excluded.out);
  REQUIRE(report.at("files").size() == 1);
  CHECK(report.at("files").at(0).at("path") == (b / "doc.json").string());

  // The command line adds to the file's patterns: with the disclosure left out as well,
  // nothing is left to check.
  const Run nothing_left = run("check " + root + " --exclude 'doc.json'");
  CHECK(nothing_left.exit_code == 2);
  CHECK(contains(nothing_left.err, "no disclosure files found"));
  // config --show lists both, with their origins.
  const auto shown =
      nlohmann::json::parse(run("config --show --exclude '*.csv' " + quoted(p.doc.string())).out);
  CHECK(shown.at("exclude") ==
        nlohmann::json::parse(R"([{"value": "*.report.json", "from": ")" + config +
                              R"("}, {"value": "archive", "from": ")" + config +
                              R"("}, {"value": "*.csv", "from": "command line"}])"));
  // Without the file, no patterns; a pattern list of the wrong kind is a config error.
  CHECK(run("check --no-config " + root).exit_code == 2);
  write(p.config, R"({"exclude": "*.report.json"})");
  const Run bad = run("check " + root);
  CHECK(bad.exit_code == 2);
  CHECK(contains(bad.err, "\"exclude\" must be a list of shell patterns"));
}
