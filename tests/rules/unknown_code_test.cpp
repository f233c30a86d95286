#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;

namespace {

// One 功能分类 table; rows on lines 3, 4, 5.
std::string general_public(std::string_view row1, std::string_view row2, std::string_view row3) {
  return R"json(
"general_public_expenditure": {"columns": ["total"], "rows": [
  )json" +
         std::string(row1) + ",\n  " + std::string(row2) + ",\n  " + std::string(row3) + "]}";
}

constexpr std::string_view k208 =
    R"({"code": "208", "name": "社会保障和就业支出", "total": "1.00"})";
constexpr std::string_view k20808 = R"({"code": "20808", "name": "抚恤", "total": "1.00"})";
constexpr std::string_view k2080801 = R"({"code": "2080801", "name": "死亡抚恤", "total": "1.00"})";

}  // namespace

TEST_CASE("unknown-code passes when every code is in the catalogue", "[rules][BC501]") {
  const RuleResult r =
      test::run_rule("BC501", test::load_tables(general_public(k208, k20808, k2080801)));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 3);
}

TEST_CASE("unknown-code reports a code whose 类 does not exist", "[rules][BC501]") {
  const RuleResult r = test::run_rule("BC501", test::load_tables(R"json(
"general_public_expenditure": {"columns": ["total"], "rows": [
  {"code": "299", "name": "其他支出", "total": "1.00"},
  {"code": "29901", "name": "其他支出", "total": "1.00"}]})json"));
  INFO(test::findings_text(r));
  REQUIRE(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 2);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC501");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_code == "299");
  CHECK(f.row_name == "其他支出");
  CHECK(f.where.pointer == "/tables/general_public_expenditure/rows/0");
  CHECK(f.where.line == 3);
  CHECK(f.message ==
        "一般公共预算财政拨款支出表中科目编码 299 不存在：2026 年支出功能分类科目中没有 299 类");
  CHECK(r.findings[1].message.find("科目编码 29901 不存在") != std::string::npos);
}

TEST_CASE("unknown-code: an unlisted 款/项 of a known 类 is summarised, not an error",
          "[rules][BC501]") {
  // 2080802 伤残抚恤 is a real 项 the (incomplete) catalogue does not list.
  const RuleResult r = test::run_rule(
      "BC501", test::load_tables(general_public(
                   k208, k20808, R"({"code": "2080802", "name": "伤残抚恤", "total": "1.00"})")));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Passed);  // 208 and 20808 were checked
  CHECK(r.checks == 2);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.severity == Severity::Info);
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_code.empty());
  CHECK(f.where.pointer == "/tables/general_public_expenditure");
  CHECK(f.message ==
        "一般公共预算财政拨款支出表有 1 个科目编码未收录在本程序的 2026 "
        "年支出功能分类科目（不完整）中，未能检查：2080802 伤残抚恤");
}

TEST_CASE("unknown-code could not run when no code could be checked", "[rules][BC501]") {
  // Every 款 and 项 unlisted, and the table has no 类 row: nothing could be checked.
  Document d = test::load_tables(
      general_public(k208, R"({"code": "20802", "name": "民政管理事务", "total": "1.00"})",
                     R"({"code": "2080201", "name": "行政运行", "total": "1.00"})"));
  d.general_public_expenditure.rows.erase(d.general_public_expenditure.rows.begin());
  const RuleResult r = test::run_rule("BC501", d);
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::CouldNotRun);
  CHECK(r.reason == "2 个科目编码均未收录在 2026 年科目目录（不完整）中，未能检查");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].severity == Severity::Info);
  CHECK(r.findings[0].message.find("20802 民政管理事务、2080201 行政运行") != std::string::npos);
}

TEST_CASE("unknown-code checks the 基本支出表 against the economic catalogue", "[rules][BC501]") {
  const RuleResult r = test::run_rule("BC501", test::load_tables(R"json(
"general_public_basic": {"columns": ["total"], "rows": [
  {"code": "302", "name": "商品和服务支出", "total": "1.00"},
  {"code": "30201", "name": "办公费", "total": "1.00"},
  {"code": "399", "name": "其他支出", "total": "1.00"},
  {"code": "304", "name": "不存在的类", "total": "1.00"}]})json"));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  CHECK(r.checks == 4);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].row_code == "304");
  CHECK(r.findings[0].message ==
        "一般公共预算财政拨款基本支出表中科目编码 304 不存在：2026 "
        "年部门预算支出经济分类科目中没有 304 类");
}

TEST_CASE(
    "unknown-code checks coded rows of the summary tables and leaves misplaced codes to "
    "BC503",
    "[rules][BC501]") {
  const RuleResult r = test::run_rule("BC501", test::load_tables(R"json(
"department_summary": {
  "income": {"sources": ["general_public"], "general_public": "2.00", "total": "2.00"},
  "expenditure": {"columns": ["total"], "rows": [
    {"code": "208", "name": "社会保障和就业支出", "total": "1.00"},
    {"code": "288", "name": "打错的类", "total": "1.00"},
    {"name": "没有编码的行", "total": "1.00"}]}},
"general_public_expenditure": {"columns": ["total"], "rows": [
  {"code": "301", "name": "工资福利支出", "total": "1.00"}]})json"));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  CHECK(r.checks == 2);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].table == TableKind::DepartmentSummary);
  CHECK(r.findings[0].row_code == "288");
  CHECK(r.findings[0].where.pointer == "/tables/department_summary/expenditure/rows/1");
}

TEST_CASE("unknown-code: a year without a catalogue could not run, no codes: not applicable",
          "[rules][BC501]") {
  const std::string text =
      test::replaced(test::document_with(general_public(k208, k20808, k2080801)), R"("year": 2026)",
                     R"("year": 2025)");
  const RuleResult r = test::run_rule("BC501", test::load_ok(text));
  CHECK(r.status == RuleStatus::CouldNotRun);
  CHECK(r.reason == "没有 2025 年的科目目录");
  CHECK(r.findings.empty());

  const RuleResult none = test::run_rule("BC501", test::load_tables(""));
  CHECK(none.status == RuleStatus::NotApplicable);
  CHECK(none.reason == "未公开列有科目编码的支出表");
}

TEST_CASE("unknown-code passes on the Qijiang seed", "[rules][BC501][seed]") {
  const RuleResult r =
      test::run_rule("BC501", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 98);  // 24 rows in each of three 功能分类 tables, 26 in the 基本支出表
}
