#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "budgetcheck/load/loader.hpp"

using namespace budgetcheck;
namespace fs = std::filesystem;

namespace {

const char* const kValid = R"({"format": "budgetcheck/1",
"document": {"unit_name": "某单位", "level": "单位", "year": 2026, "amount_unit": "万元", "decimals": 2}})";

// A fresh directory under the system temp dir, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("budgetcheck-loader-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path / "locked.json", fs::perms::owner_all, ignored);
    fs::remove_all(path, ignored);
  }
  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream(path / name, std::ios::binary) << content;
    return (path / name).string();
  }
};

LoadProblem only_problem(const LoadResult& result) {
  REQUIRE_FALSE(result.ok());
  REQUIRE(result.problems.size() == 1);
  return result.problems.front();
}

}  // namespace

TEST_CASE("loader_file: a valid file loads and is left untouched", "[load][loader_file]") {
  TempDir dir;
  const std::string file = dir.write("ok.json", kValid);
  const auto before = fs::last_write_time(file);
  const LoadResult result = load_document_file(file);
  REQUIRE(result.ok());
  CHECK(result.document->path == file);
  CHECK(fs::last_write_time(file) == before);
  CHECK(fs::file_size(file) == std::string(kValid).size());
}

TEST_CASE("loader_file: missing file, directory and FIFO are clear problems",
          "[load][loader_file]") {
  TempDir dir;
  const auto missing = only_problem(load_document_file((dir.path / "nope.json").string()));
  CHECK_THAT(missing.message, Catch::Contains("no such file"));
  CHECK_THAT(missing.message, Catch::Contains("nope.json"));
  CHECK_FALSE(missing.where.known());

  CHECK_THAT(only_problem(load_document_file(dir.path.string())).message,
             Catch::Contains("is a directory"));

  // stat fails for other reasons too; the system's reason is passed on.
  const std::string file = dir.write("plain.json", kValid);
  CHECK_THAT(only_problem(load_document_file(file + "/x.json")).message,
             Catch::Contains("Not a directory"));

  // Never opened, so this cannot block waiting for a writer.
  const std::string fifo = (dir.path / "pipe.json").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THAT(only_problem(load_document_file(fifo)).message, Catch::Contains("not a regular file"));

  CHECK_THAT(only_problem(load_document_file("/dev/null")).message,
             Catch::Contains("not a regular file"));
}

TEST_CASE("loader_file: an unreadable file is a problem", "[load][loader_file]") {
  if (::geteuid() == 0)
    return;  // root reads everything; nothing to test
  TempDir dir;
  const std::string file = dir.write("locked.json", kValid);
  fs::permissions(file, fs::perms::none);
  CHECK_THAT(only_problem(load_document_file(file)).message, Catch::Contains("cannot open"));
}

TEST_CASE("loader_file: a file over the size limit is refused before reading",
          "[load][loader_file]") {
  TempDir dir;
  const std::string file = dir.write("big.json", kValid);
  LoadOptions options;
  options.max_input_bytes = 16;
  const auto p = only_problem(load_document_file(file, options));
  CHECK_THAT(p.message, Catch::Contains("more than the limit of 16 bytes"));
  CHECK(LoadOptions{}.max_input_bytes == 64u * 1024 * 1024);
}

TEST_CASE("loader_file: problems inside the file carry line and column", "[load][loader_file]") {
  TempDir dir;
  const std::string file = dir.write("bad.json", "{\n  \"format\": \"budgetcheck/1\",\n  oops\n}");
  const auto p = only_problem(load_document_file(file));
  CHECK(p.where.line == 3);
  CHECK(p.where.column == 3);
}
