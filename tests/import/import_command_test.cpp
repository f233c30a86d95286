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

TEST_CASE("import command: a directory of CSV tables is one document, --year fills the heading",
          "[import][cli][csv]") {
  TempDir dir;
  const auto out = dir.path / "unit.json";
  const std::string tables =
      quoted(std::string(BUDGETCHECK_TESTS_DIR) + "/import/fixtures/csv/shanghai-tables");

  // The CSV files state no year: refused, nothing written.
  Run r = run("import " + tables + " -o " + quoted(out.string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "the budget year was not found"));
  CHECK_FALSE(std::filesystem::exists(out));

  r = run("import " + tables + " --year 2026 -o " + quoted(out.string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const LoadResult loaded = load_document_file(out.string());
  REQUIRE(loaded.ok());
  const Document& d = *loaded.document;
  CHECK(d.header.year == 2026);
  CHECK(d.header.unit_name == "上海市示例区市场监督管理局");
  // 基本支出 over 小计/人员经费/公用经费: 小计 is the 基本支出 column, not a second 合计.
  REQUIRE_FALSE(d.general_public_expenditure.rows.empty());
  const AmountRow& first = d.general_public_expenditure.rows.front();
  CHECK(first[Column::Basic].amount == parse_decimal("8302089.20").value);
  CHECK(first[Column::Total].amount == parse_decimal("12452089.20").value);
  // 公务用车购置及运行费 over 小计/购置费/运行费.
  CHECK(d.three_public.vehicle_total.amount == parse_decimal("52800.00").value);
  CHECK(d.three_public.vehicle_operation.amount == parse_decimal("52800.00").value);
  CHECK(d.three_public.vehicle_purchase.amount == parse_decimal("0.00").value);
}
