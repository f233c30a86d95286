// `budgetcheck import` and `budgetcheck check` on a source that is not JSON.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "budgetcheck/load/loader.hpp"
#include "support/binary_runner.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

std::string seed_arg() {
  return quoted(std::string(BUDGETCHECK_TEST_DATA_DIR) + "/seeds/qijiang-2026.txt");
}

}  // namespace

TEST_CASE("import command: the seed text becomes a loadable JSON file", "[import][cli]") {
  TempDir dir;
  const auto out = dir.path / "unit.json";
  const Run r = run("import " + seed_arg() + " -o " + quoted(out.string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const LoadResult loaded = load_document_file(out.string());
  CHECK(loaded.ok());
  CHECK(loaded.document->general_public_expenditure.rows.size() == 24);
}

TEST_CASE("import command: every problem is listed, nothing is written", "[import][cli]") {
  TempDir dir;
  const auto source = dir.path / "bad.txt";
  write(source,
        "部门支出总表\n单位：万元\n科目编码\t科目名称\t总计\n208\t社会保障和就业支出\t1.2.3\n"
        "奇怪的表\n");
  const auto out = dir.path / "unit.json";
  const Run r = run("import " + quoted(source.string()) + " -o " + quoted(out.string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "bad.txt:4:15: error: cannot read `1.2.3` as an amount"));
  CHECK(contains(r.err, "bad.txt:5:1: error: unrecognised table title `奇怪的表`"));
  CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("check command reads the seed text directly", "[import][cli]") {
  const Run r = run("check --format json " + seed_arg());
  INFO(r.err);
  CHECK(r.exit_code != 2);
  CHECK(contains(r.out, "/tables/"));
}
