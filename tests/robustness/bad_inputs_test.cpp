// The hostile-input corpus (tests/bad-inputs/, docs/robustness.md): every committed case
// from the manifest, then the cases too big or too special to commit, generated here.
// Each runs the built binary under a time limit, so a hang fails instead of stalling.

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "support/binary_runner.hpp"

namespace fs = std::filesystem;
using namespace budgetcheck::test;

namespace {

fs::path bad_inputs() {
  return fs::path(BUDGETCHECK_TESTS_DIR) / "bad-inputs";
}

// `prefix` goes before the binary (e.g. a setpriv command); timeout's 124 marks a hang.
Run run_bounded(const std::string& args, const std::string& prefix = "") {
  TempDir dir;
  const fs::path out = dir.path / "stdout", err = dir.path / "stderr";
  const std::string command = "timeout -k 5 300 " + prefix + quoted(BUDGETCHECK_BINARY) +
                              " check --no-config " + args + " >" + quoted(out.string()) + " 2>" +
                              quoted(err.string()) + " </dev/null";
  const int status = std::system(command.c_str());
  Run result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = slurp(out);
  result.err = slurp(err);
  return result;
}

// Exit 2: the problem is printed as "FILE[:LINE:COLUMN]: error: MESSAGE"; otherwise the
// message is a part of the report.
void check_outcome(const Run& r, int exit_code, const std::string& message,
                   const std::string& at = "") {
  INFO("stdout: " << r.out.substr(0, 2000));
  INFO("stderr: " << r.err.substr(0, 2000));
  CHECK(r.exit_code != 124);  // timed out: a hang
  CHECK(r.exit_code == exit_code);
  const std::string output = r.out + r.err;
  if (exit_code == 2)
    CHECK(contains(output, (at.empty() ? "" : ":" + at) + ": error: " + message));
  else
    CHECK(contains(output, message));
}

std::size_t checksum(const fs::path& path) {
  return std::hash<std::string>{}(slurp(path));
}

nlohmann::json manifest() {
  return nlohmann::json::parse(slurp(bad_inputs() / "cases.json"));
}

// The clean base document with `rows` as the 一般公共预算支出表's rows.
std::string document_with_rows(const std::string& rows) {
  std::string doc = slurp(cli_data("clean.json"));
  const std::string empty_rows = "\"rows\": []";
  const auto at = doc.find(empty_rows, doc.find("\"general_public_expenditure\""));
  REQUIRE(at != std::string::npos);
  return doc.replace(at, empty_rows.size(), "\"rows\": [" + rows + "]");
}

}  // namespace

TEST_CASE("bad inputs: the manifest lists every committed file, at least forty cases",
          "[robustness]") {
  const nlohmann::json cases = manifest().at("cases");
  CHECK(cases.size() >= 40);
  std::set<std::string> listed;
  for (const auto& c : cases) {
    CHECK(listed.insert(c.at("file").get<std::string>()).second);
    CHECK_FALSE(c.at("why").get<std::string>().empty());
  }
  for (const auto& entry : fs::directory_iterator(bad_inputs()))
    if (entry.path().extension() == ".json" && entry.path().filename() != "cases.json") {
      INFO(entry.path());
      CHECK(listed.count(entry.path().filename().string()) == 1);
    }
}

TEST_CASE("bad inputs: every committed case gives its exit code and message, input untouched",
          "[robustness]") {
  const nlohmann::json cases = manifest();  // kept alive: the loop walks into it
  for (const auto& c : cases.at("cases")) {
    const fs::path file = bad_inputs() / c.at("file").get<std::string>();
    const std::string message = c.at("message").get<std::string>();
    const int exit_code = c.at("exit").get<int>();
    INFO(file.filename().string() << ": " << c.at("why").get<std::string>());
    const std::size_t before = checksum(file);
    const auto mtime = fs::last_write_time(file);
    // Loaded cases are checked in the JSON report, whose words do not depend on the language.
    const Run r = run_bounded((exit_code == 2 ? "" : "--format json ") + quoted(file.string()));
    if (exit_code == 2) {
      check_outcome(r, exit_code, message, c.at("at").get<std::string>());
    } else {
      INFO(r.out.substr(0, 2000) << r.err.substr(0, 2000));
      CHECK(r.exit_code == exit_code);
      const auto report = nlohmann::json::parse(r.out, nullptr, false);
      REQUIRE_FALSE(report.is_discarded());
      CHECK(report.at("files").at(0).at("status") == message);
    }
    CHECK(checksum(file) == before);
    CHECK(fs::last_write_time(file) == mtime);
  }
}

TEST_CASE("bad inputs (generated): nesting 100,000 deep is refused, not a stack overflow",
          "[robustness]") {
  TempDir dir;
  const fs::path file = dir.path / "deep.json";
  write(file, "{\"format\": \"budgetcheck/1\", \"narrative\": " + std::string(100'000, '[') +
                  std::string(100'000, ']') + "}");
  check_outcome(run_bounded(quoted(file.string())), 2,
                "nesting deeper than 256 levels; refusing to read further", "1:297");
  // A lower limit from the command line.
  check_outcome(run_bounded("--max-depth 3 " + quoted(file.string())), 2,
                "nesting deeper than 3 levels");
}

TEST_CASE("bad inputs (generated): a 200 MB string is refused by the size limit, unread",
          "[robustness]") {
  TempDir dir;
  const fs::path file = dir.path / "huge-string.json";
  {
    std::ofstream out(file, std::ios::binary);
    out << "{\"format\": \"budgetcheck/1\", \"document\": {\"unit_name\": \"";
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 200; ++i)
      out << chunk;
    out << "\"}}";
  }
  const std::string size = std::to_string(fs::file_size(file));
  check_outcome(run_bounded(quoted(file.string())), 2,
                "cannot load `" + file.string() + "`: file is " + size +
                    " bytes, more than the limit of 67108864 bytes");
  check_outcome(run_bounded("--max-input-mb 1 " + quoted(file.string())), 2,
                "cannot load `" + file.string() + "`: file is " + size +
                    " bytes, more than the limit of 1048576 bytes");
}

TEST_CASE("bad inputs (generated): a million rows stop at the row limit", "[robustness]") {
  TempDir dir;
  const fs::path file = dir.path / "million-rows.json";
  std::string rows;
  rows.reserve(40'000'000);
  for (int i = 0; i < 1'000'000; ++i)
    rows += std::string(i ? "," : "") + "{\"code\":\"201\",\"name\":\"x\",\"total\":\"1.00\"}";
  write(file, document_with_rows(rows));
  check_outcome(run_bounded(quoted(file.string())), 2,
                "too many rows: more than 100000 in all tables");
  check_outcome(run_bounded("--max-rows 10 " + quoted(file.string())), 2,
                "too many rows: more than 10 in all tables");
}

TEST_CASE("bad inputs (generated): a FIFO is refused without blocking", "[robustness]") {
  TempDir dir;
  const fs::path fifo = dir.path / "pipe.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  check_outcome(run_bounded(quoted(fifo.string())), 2,
                "cannot load `" + fifo.string() + "`: is not a regular file");
}

TEST_CASE("bad inputs (generated): missing file, and a directory with no disclosure in it",
          "[robustness]") {
  TempDir dir;
  check_outcome(run_bounded(quoted((dir.path / "missing.json").string())), 2,
                "cannot load `" + (dir.path / "missing.json").string() + "`: no such file");
  fs::create_directories(dir.path / "looks-like-a-file.json");
  const Run r = run_bounded(quoted((dir.path / "looks-like-a-file.json").string()));
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "budgetcheck: error: no disclosure files found"));
}

TEST_CASE("bad inputs (generated): symbolic link loops in a batch directory end the walk",
          "[robustness]") {
  TempDir dir;
  const fs::path batch = dir.path / "batch";
  fs::create_directories(batch);
  fs::copy_file(cli_data("clean.json"), batch / "clean.json");
  fs::create_symlink("b.json", batch / "a.json");  // a.json → b.json → a.json
  fs::create_symlink("a.json", batch / "b.json");
  fs::create_directory_symlink(".", batch / "self");  // the directory contains itself
  const Run r = run_bounded(quoted(batch.string()));
  check_outcome(r, 2,
                "cannot load `" + (batch / "a.json").string() +
                    "`: cannot read: Too many levels of symbolic links");
  CHECK(contains(r.out, "symbolic link loop"));
  CHECK(contains(r.out, (batch / "clean.json").string()));  // the good file is still checked
}

TEST_CASE("bad inputs (generated): an unreadable file is an input error", "[robustness]") {
  TempDir dir;
  const fs::path file = dir.path / "secret.json";
  fs::copy_file(cli_data("clean.json"), file);
  fs::permissions(file, fs::perms::none);
  std::string prefix;
  if (::geteuid() == 0) {
    // Permissions do not stop root: run as nobody where setpriv can, else skip honestly.
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    const int usable =
        std::system((prefix + quoted(BUDGETCHECK_BINARY) + " --version >/dev/null 2>&1").c_str());
    if (usable != 0) {
      WARN(
          "SKIPPED: running as root and cannot drop privileges (setpriv), so a chmod 000 "
          "file is readable; the unreadable-file case is not tested here");
      return;
    }
    fs::permissions(dir.path, fs::perms::owner_all | fs::perms::others_exec);
  }
  check_outcome(run_bounded(quoted(file.string()), prefix), 2,
                "cannot load `" + file.string() + "`: cannot");
}

TEST_CASE("bad inputs (generated): a report path that cannot be written", "[robustness]") {
  TempDir dir;
  const std::string input = quoted(cli_data("clean.json").string());
  const Run no_dir = run_bounded(
      "-o " + quoted((dir.path / "no" / "such" / "dir" / "r.txt").string()) + " " + input);
  CHECK(no_dir.exit_code == 2);
  CHECK(contains(no_dir.err, "budgetcheck: error: cannot create a temporary file for"));
  const Run onto_dir = run_bounded("-o " + quoted(dir.path.string()) + " " + input);
  CHECK(onto_dir.exit_code == 2);
  CHECK(contains(onto_dir.err, "is a directory"));
  CHECK(dir.entries() == 0);  // nothing half-written left behind
}

TEST_CASE("bad inputs (generated): -o naming an input is refused, the input kept", "[robustness]") {
  TempDir dir;
  const fs::path file = dir.path / "budget.json";
  fs::copy_file(cli_data("clean.json"), file);
  const std::size_t before = checksum(file);
  const Run r = run_bounded("-o " + quoted(file.string()) + " " + quoted(file.string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "budgetcheck: error: the report would overwrite the input"));
  CHECK(checksum(file) == before);
  CHECK(dir.entries() == 1);
}
