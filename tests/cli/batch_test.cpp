// Batch checking: collecting files from directories, the parallel runner's order and
// isolation of bad files, and the command line over a whole directory.

#include <unistd.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "budgetcheck/cli/batch.hpp"
#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/cli/inputs.hpp"
#include "budgetcheck/rules/catalogue.hpp"
#include "support/binary_runner.hpp"

namespace fs = std::filesystem;
using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

std::vector<std::string> paths(const std::vector<InputFile>& inputs) {
  std::vector<std::string> out;
  for (const auto& input : inputs)
    out.push_back(input.path);
  return out;
}

void copy_cli_data(const std::string& name, const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(cli_data(name), to);
}

// A batch of good, failing and broken files, in a nested directory.
void make_batch(const fs::path& root) {
  copy_cli_data("clean.json", root / "b" / "clean.json");
  copy_cli_data("three_public_mismatch.json", root / "a" / "mismatch.json");
  copy_cli_data("syntax_error.json", root / "a" / "broken.json");
  copy_cli_data("clean.json", root / "c.json");
  copy_cli_data("clean.json", root / "a" / "z" / "deep.JSON");
  write(root / "a" / "notes.txt", "not a disclosure");
  write(root / "budgetcheck.json", "{}");  // the config file, not an input
}

}  // namespace

TEST_CASE("batch: directories are recursed for *.json, sorted, after files in order",
          "[cli][batch]") {
  TempDir dir;
  make_batch(dir.path);
  const std::string root = dir.path.string();
  const auto inputs = collect_inputs({root + "/c.json", root});
  CHECK(paths(inputs) == std::vector<std::string>{
                             root + "/c.json", root + "/a/broken.json", root + "/a/mismatch.json",
                             root + "/a/z/deep.JSON", root + "/b/clean.json", root + "/c.json"});
  for (const auto& input : inputs)
    CHECK_FALSE(input.problem);
}

TEST_CASE("batch: --exclude leaves out what directories hold, never a file named", "[cli][batch]") {
  TempDir dir;
  make_batch(dir.path);
  copy_cli_data("clean.json", dir.path / "a" / "old.report.json");
  const std::string root = dir.path.string();
  const std::vector<std::string> everything{root + "/a/broken.json",     root + "/a/mismatch.json",
                                            root + "/a/old.report.json", root + "/a/z/deep.JSON",
                                            root + "/b/clean.json",      root + "/c.json"};
  CHECK(paths(collect_inputs({root})) == everything);
  // By name, at any depth.
  CHECK(paths(collect_inputs({root}, {"*.report.json"})) ==
        std::vector<std::string>{root + "/a/broken.json", root + "/a/mismatch.json",
                                 root + "/a/z/deep.JSON", root + "/b/clean.json",
                                 root + "/c.json"});
  // A directory by name: everything in it.
  CHECK(paths(collect_inputs({root}, {"a"})) ==
        std::vector<std::string>{root + "/b/clean.json", root + "/c.json"});
  // By path below the directory argument; several patterns.
  CHECK(paths(collect_inputs({root}, {"a/z", "b/*"})) ==
        std::vector<std::string>{root + "/a/broken.json", root + "/a/mismatch.json",
                                 root + "/a/old.report.json", root + "/c.json"});
  // A pattern that matches nothing leaves everything; a file named is checked regardless.
  CHECK(paths(collect_inputs({root}, {"*.csv"})) == everything);
  CHECK(paths(collect_inputs({root + "/c.json"}, {"*.json"})) ==
        std::vector<std::string>{root + "/c.json"});

  // On the command line: a report left next to the disclosures no longer makes the batch
  // unreadable (exit 2); the pattern takes one value and leaves the directory an input.
  fs::remove(dir.path / "a" / "broken.json");
  fs::remove(dir.path / "a" / "mismatch.json");
  write(dir.path / "a" / "old.report.json", R"({"report_format": "budgetcheck-report/1"})");
  CHECK(run("check " + quoted(root)).exit_code == 2);
  const Run excluded = run("check --color=never --exclude '*.report.json' " + quoted(root));
  CHECK(excluded.exit_code == 0);
  CHECK(contains(excluded.out, "共 3 个文件"));
}

TEST_CASE("batch: a missing argument is kept for the loader to report", "[cli][batch]") {
  const auto inputs = collect_inputs({"/nonexistent/budgetcheck/x.json"});
  REQUIRE(inputs.size() == 1);
  CHECK(inputs[0].path == "/nonexistent/budgetcheck/x.json");
  CHECK_FALSE(inputs[0].problem);
  const FileReport report = check_input(inputs[0], make_rule_catalogue(), RuleSelection{});
  CHECK(report.status() == FileStatus::Unreadable);
}

TEST_CASE("batch: a symbolic link loop is an unreadable input, not a hang", "[cli][batch]") {
  TempDir dir;
  copy_cli_data("clean.json", dir.path / "d" / "x.json");
  fs::create_directory_symlink("..", dir.path / "d" / "up");  // d/up -> the root again
  const auto inputs = collect_inputs({dir.path.string()});
  std::size_t files = 0, loops = 0;
  for (const auto& input : inputs) {
    if (input.problem) {
      ++loops;
      CHECK(input.problem->find("loop") != std::string::npos);
    } else {
      ++files;
    }
  }
  CHECK(files == 1);
  CHECK(loops == 1);
  const auto reports = check_inputs(inputs, make_rule_catalogue(), RuleSelection{}, 2);
  const RunSummary run = summarize_run(reports);
  CHECK(run.passed == 1);
  CHECK(run.unreadable == 1);
}

TEST_CASE("batch: an unreadable directory is reported, the others still checked", "[cli][batch]") {
  if (::geteuid() == 0) {
    WARN("running as root: permissions cannot make a directory unreadable");
    return;
  }
  TempDir dir;
  copy_cli_data("clean.json", dir.path / "ok" / "x.json");
  copy_cli_data("clean.json", dir.path / "locked" / "y.json");
  fs::permissions(dir.path / "locked", fs::perms::none);
  const auto inputs = collect_inputs({dir.path.string()});
  fs::permissions(dir.path / "locked", fs::perms::owner_all);
  REQUIRE(inputs.size() == 2);
  CHECK(inputs[0].problem);
  CHECK_FALSE(inputs[1].problem);
}

TEST_CASE("batch: results keep input order and are the same with 1 and 4 workers", "[cli][batch]") {
  TempDir dir;
  make_batch(dir.path);
  const auto inputs =
      collect_inputs({dir.path.string(), dir.path.string() + "/c.json",
                      dir.path.string() + "/a/broken.json", dir.path.string() + "/b/clean.json"});
  const RuleCatalogue catalogue = make_rule_catalogue();
  const auto one = check_inputs(inputs, catalogue, RuleSelection{}, 1);
  const auto four = check_inputs(inputs, catalogue, RuleSelection{}, 4);
  REQUIRE(one.size() == inputs.size());
  REQUIRE(four.size() == inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    INFO(inputs[i].path);
    CHECK(one[i].path == inputs[i].path);
    CHECK(four[i].path == inputs[i].path);
    CHECK(one[i].status() == four[i].status());
    CHECK(one[i].load_problems.size() == four[i].load_problems.size());
    if (one[i].result && four[i].result)
      CHECK(one[i].result->summary.errors == four[i].result->summary.errors);
  }
}

TEST_CASE("batch: reports reach the consumer in input order, one call at a time", "[cli][batch]") {
  TempDir dir;
  for (int i = 0; i < 24; ++i)
    copy_cli_data(i % 5 == 3 ? "three_public_mismatch.json" : "clean.json",
                  dir.path / ("f" + std::to_string(100 + i) + ".json"));
  const auto inputs = collect_inputs({dir.path.string()});
  REQUIRE(inputs.size() == 24);
  std::vector<std::string> order;
  std::atomic<int> inside{0};
  bool overlapped = false;
  check_inputs(inputs, make_rule_catalogue(), RuleSelection{}, 4, [&](FileReport&& report) {
    overlapped = overlapped || inside.fetch_add(1) != 0;
    order.push_back(report.path);
    inside.fetch_sub(1);
  });
  CHECK(order == paths(inputs));
  CHECK_FALSE(overlapped);
}

TEST_CASE("batch: a consumer that fails stops the batch and its exception comes back",
          "[cli][batch]") {
  TempDir dir;
  for (int i = 0; i < 12; ++i)
    copy_cli_data("clean.json", dir.path / ("f" + std::to_string(10 + i) + ".json"));
  std::size_t consumed = 0;
  CHECK_THROWS_WITH(
      check_inputs(collect_inputs({dir.path.string()}), make_rule_catalogue(), RuleSelection{}, 3,
                   [&](FileReport&&) {
                     if (++consumed == 3)
                       throw std::runtime_error("cannot write the report");
                   }),
      "cannot write the report");
  CHECK(consumed == 3);
}

TEST_CASE("batch: an unreadable file among good ones stops nothing", "[cli][batch]") {
  TempDir dir;
  make_batch(dir.path);
  const auto reports =
      check_inputs(collect_inputs({dir.path.string()}), make_rule_catalogue(), RuleSelection{}, 3);
  REQUIRE(reports.size() == 5);
  CHECK(reports[0].status() == FileStatus::Unreadable);  // a/broken.json
  CHECK(reports[1].status() == FileStatus::Failed);      // a/mismatch.json
  CHECK(reports[2].status() == FileStatus::Passed);
  CHECK(reports[3].status() == FileStatus::Passed);
  CHECK(reports[4].status() == FileStatus::Passed);
}

TEST_CASE("batch: check DIR exits 2 with an unreadable file, 1 with failures, 0 clean",
          "[cli][batch]") {
  TempDir dir;
  make_batch(dir.path);
  const Run all = run("check --color=never -j 2 " + quoted(dir.path.string()));
  CHECK(all.exit_code == 2);
  CHECK(contains(all.out, "共 5 个文件：通过 3，未通过 1，无法读取 1"));
  CHECK(contains(all.out, "按规则统计"));  // a batch ends with its findings by rule
  // The report follows the sorted input order.
  CHECK(all.out.find("broken.json") < all.out.find("mismatch.json"));
  CHECK(all.out.find("mismatch.json") < all.out.find("clean.json"));

  fs::remove(dir.path / "a" / "broken.json");
  CHECK(run("check -j 2 " + quoted(dir.path.string())).exit_code == 1);
  fs::remove(dir.path / "a" / "mismatch.json");
  CHECK(run("check -j 2 " + quoted(dir.path.string())).exit_code == 0);
  CHECK(run("check -j 0 " + quoted(dir.path.string())).exit_code == 2);  // -j must be ≥ 1
}

TEST_CASE("batch: run_check refuses a report format it has no writer for, before checking",
          "[cli][batch]") {
  CheckOptions options;
  options.files = {cli_data("clean.json")};
  options.format = "xml";
  CHECK(run_check(options) == 2);
}
