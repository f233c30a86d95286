// The table recogniser on small hand-written grids (tab-separated text, one line per row).

#include <catch2/catch.hpp>

#include "budgetcheck/import/recognise.hpp"
#include "budgetcheck/import/tab_text.hpp"

using namespace budgetcheck;

namespace {

HeaderHints hints() {
  HeaderHints h;
  h.unit_name = "测试单位";
  h.year = 2026;
  h.level = DisclosureLevel::Unit;
  return h;
}

// Tables only (the text starts with a title); the loader's checks run too.
LoadResult import_tables(const std::string& text) {
  const TabText parts = read_tab_text(text, "t.txt");
  REQUIRE(parts.narrative.empty());
  RecogniseResult r = recognise_tables({parts.tables}, hints());
  return finish_import(std::move(r.document), std::move(r.problems));
}

std::string problems_of(const LoadResult& r) {
  std::string out;
  for (const LoadProblem& p : r.problems)
    out += p.where.origin + " " + p.message + "\n";
  return out;
}

bool has_problem(const LoadResult& r, const std::string& origin, const std::string& part) {
  for (const LoadProblem& p : r.problems)
    if (p.where.origin == origin && p.message.find(part) != std::string::npos)
      return true;
  return false;
}

Decimal units(std::int64_t hundredths) {
  return Decimal::from_units(hundredths * 100);
}

}  // namespace

TEST_CASE("recogniser: codes split over 类/款/项 columns are joined", "[import][recognise]") {
  const LoadResult r = import_tables(
      "一般公共预算财政拨款支出预算表\n"
      "单位：元\n"
      "功能分类科目编码\t\t\t科目名称\t合计\n"
      "类\t款\t项\t\t\n"
      "合计\t\t\t\t14,348,853.34\n"
      "208\t\t\t社会保障和就业支出\t14,348,853.34\n"
      "208\t05\t\t行政事业单位养老支出\t14,348,853.34\n"
      "\t\t05\t机关事业单位基本养老保险缴费支出\t22,118,861\n");
  INFO(problems_of(r));
  REQUIRE(r.ok());
  const ClassifiedTable& t = r.document->general_public_expenditure;
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].code->digits() == "208");
  CHECK(t.rows[1].code->digits() == "20805");
  CHECK(t.rows[2].code->digits() == "2080505");  // 类 and 款 printed once, above
  CHECK(t.rows[2][Column::Total].amount == units(2'211'886'100));
  CHECK(t.totals->operator[](Column::Total).amount == units(1'434'885'334));
  CHECK(t.amount_unit == "元");
  CHECK(r.document->header.amount_unit == AmountUnit::Yuan);
  CHECK(r.document->header.decimals == 2);
}

TEST_CASE("recogniser: merged header labels are inherited once, not doubled",
          "[import][recognise]") {
  // A workbook repeats a merged label in every cell it spans.
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t2026年预算数\t2026年预算数\t2026年预算数\n"
      "科目编码\t科目名称\t总计\t基本支出\t项目支出\n"
      "208\t社会保障和就业支出\t2, 465. 43\t2,465.43\t\n");
  INFO(problems_of(r));
  REQUIRE(r.ok());
  const ClassifiedTable& t = r.document->department_expenditure;
  CHECK(t.columns == std::vector<Column>{Column::Total, Column::Basic, Column::Project});
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0][Column::Total].amount == units(246'543));
  CHECK(t.rows[0][Column::Project].blank());
}

TEST_CASE("recogniser: an empty header cell under a merged label takes that label",
          "[import][recognise]") {
  const LoadResult r = import_tables(
      "一般公共预算“三公”经费支出表\n"
      "单位：万元\n"
      "2026年预算数\t\t\t\t\t\n"
      "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n"
      "\t\t小计\t公务用车购置费\t公务用车运行费\t\n"
      "17.00\t\t7.00\t\t7.00\t10.00\n");
  INFO(problems_of(r));
  REQUIRE(r.ok());
  const ThreePublicTable& t = r.document->three_public;
  CHECK(t.total.amount == units(1700));
  CHECK(t.overseas.blank());
  CHECK(t.vehicle_total.amount == units(700));
  CHECK(t.vehicle_purchase.blank());
  CHECK(t.vehicle_operation.amount == units(700));
  CHECK(t.reception.amount == units(1000));
  CHECK(t.reception.where.origin == "6:19");
}

TEST_CASE("recogniser: a header repeated after a page break is not data", "[import][recognise]") {
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t总计\n"
      "208\t社会保障和就业支出\t10.00\n"
      "部门支出总表\n"
      "科目编码\t科目名称\t总计\n"
      "20805\t行政事业单位养老支出\t10.00\n");
  INFO(problems_of(r));
  REQUIRE(r.ok());
  REQUIRE(r.document->department_expenditure.rows.size() == 2);
  CHECK(r.document->department_expenditure.rows[1].where.line == 7);
}

TEST_CASE("recogniser: an unreadable number is a problem at its cell", "[import][recognise]") {
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t总计\n"
      "208\t社会保障和就业支出\t1.2.3\n");
  CHECK_FALSE(r.ok());
  CHECK(has_problem(r, "4:15", "cannot read `1.2.3` as an amount"));
}

TEST_CASE("recogniser: an unknown title is a problem and its rows are not read silently",
          "[import][recognise]") {
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t总计\n"
      "208\t社会保障和就业支出\t10.00\n"
      "机关运行经费明细表\n"
      "项目\t金额\n"
      "办公费\t1.00\n");
  CHECK_FALSE(r.ok());
  INFO(problems_of(r));
  CHECK(has_problem(r, "5:1", "unrecognised table title `机关运行经费明细表`; its 2 row(s)"));
}

TEST_CASE("recogniser: a row that cannot be placed is a problem", "[import][recognise]") {
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t总计\n"
      "208\t社会保障和就业支出\t10.00\n"
      "\t（接上行）\t1.00\n");
  CHECK_FALSE(r.ok());
  CHECK(has_problem(r, "5:2", "cannot be placed: it has no 科目编码"));
}

TEST_CASE("recogniser: a header label that does not map is a problem", "[import][recognise]") {
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t总计\t奇怪的列\n"
      "208\t社会保障和就业支出\t10.00\t1.00\n");
  CHECK_FALSE(r.ok());
  CHECK(has_problem(r, "3:14", "header label `奇怪的列`"));
  CHECK(has_problem(r, "4:21", "`1.00`"));  // its figure is reported, not dropped
}

TEST_CASE("recogniser: a code without its parent is the loader's error, at the source line",
          "[import][recognise]") {
  const LoadResult r = import_tables(
      "部门支出总表\n"
      "单位：万元\n"
      "科目编码\t科目名称\t总计\n"
      "2080505\t机关事业单位基本养老保险缴费支出\t10.00\n");
  CHECK_FALSE(r.ok());
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].where.line == 4);
  CHECK(r.problems[0].where.pointer == "/tables/department_expenditure/rows/0/code");
}

TEST_CASE("recogniser: notes, labels and the 编制单位 line", "[import][recognise]") {
  const LoadResult r = import_tables(
      "表五\n"
      "政府性基金预算支出表\n"
      "编制单位：206001-测试单位 单位：万元\n"
      "科目编码\t科目名称\t本年政府性基金预算财政拨款支出\t\t\n"
      "\t\t总计\t基本支出\t项目支出\n"
      "合计\t\t\t\t\n"
      "注：本单位无政府性基金收支，故此表无数据。\n");
  INFO(problems_of(r));
  REQUIRE(r.ok());
  const ClassifiedTable& t = r.document->government_fund_expenditure;
  CHECK(t.label == "表五");
  CHECK(t.note == "本单位无政府性基金收支，故此表无数据。");
  CHECK(t.amount_unit == "万元");
  CHECK(t.totals.has_value());
  CHECK(t.rows.empty());
  CHECK(r.document->header.unit_code == "206001");
}
