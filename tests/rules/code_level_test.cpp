#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;

namespace {

// A 部门收支总表 whose expenditure rows are `rows` (row 0 on line 5).
std::string department_summary(std::string_view rows) {
  return R"json(
"department_summary": {
  "income": {"sources": ["general_public"], "general_public": "1.00", "total": "1.00"},
  "expenditure": {"columns": ["total"], "rows": [
    )json" +
         std::string(rows) + "]}}";
}

}  // namespace

TEST_CASE("code-level passes when codes fit their tables", "[rules][BC503]") {
  const RuleResult r = test::run_rule(
      "BC503",
      test::load_tables(
          department_summary(R"({"code": "208", "name": "社会保障和就业支出", "total": "1.00"})") +
          R"json(,
"general_public_expenditure": {"columns": ["total"], "rows": [
  {"code": "208", "name": "社会保障和就业支出", "total": "1.00"},
  {"code": "20808", "name": "抚恤", "total": "1.00"},
  {"code": "2080899", "name": "其他优抚支出", "total": "1.00"}]},
"general_public_basic": {"columns": ["total"], "rows": [
  {"code": "302", "name": "商品和服务支出", "total": "1.00"},
  {"code": "30201", "name": "办公费", "total": "1.00"}]})json"));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 6);
}

TEST_CASE("code-level reports a 款 in a summary table listed by 类", "[rules][BC503]") {
  const RuleResult r =
      test::run_rule("BC503", test::load_tables(department_summary(
                                  R"({"code": "208", "name": "社会保障和就业支出", "total": "1.00"},
    {"code": "20808", "name": "抚恤", "total": "1.00"})")));
  INFO(test::findings_text(r));
  REQUIRE(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC503");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::DepartmentSummary);
  CHECK(f.row_code == "20808");
  CHECK(f.where.pointer == "/tables/department_summary/expenditure/rows/1");
  CHECK(f.where.line == 6);
  CHECK(f.message == "部门收支总表按支出功能分类的类列示支出，20808 是款级科目（应只列 208 类）");
}

TEST_CASE("code-level reports an economic code in a 功能分类 table", "[rules][BC503]") {
  const RuleResult r = test::run_rule("BC503", test::load_tables(R"json(
"department_expenditure": {"columns": ["total"], "rows": [
  {"code": "301", "name": "工资福利支出", "total": "1.00"},
  {"code": "30101", "name": "基本工资", "total": "1.00"}]})json"));
  INFO(test::findings_text(r));
  REQUIRE(r.findings.size() == 2);
  CHECK(r.status == RuleStatus::Failed);
  CHECK(r.findings[1].row_code == "30101");
  CHECK(r.findings[1].message ==
        "科目编码 30101 "
        "是部门预算支出经济分类科目，不应出现在按支出功能分类科目列示的部门支出总表中");
}

TEST_CASE("code-level reports a functional code in the 经济分类 table", "[rules][BC503]") {
  const RuleResult r = test::run_rule("BC503", test::load_tables(R"json(
"general_public_basic": {"columns": ["total"], "rows": [
  {"code": "221", "name": "住房保障支出", "total": "1.00"}]})json"));
  INFO(test::findings_text(r));
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message ==
        "科目编码 221 是支出功能分类科目，不应出现在按部门预算支出经济分类科目列示的"
        "一般公共预算财政拨款基本支出表中");
}

TEST_CASE("code-level reports a 7-digit code in the 经济分类 table", "[rules][BC503]") {
  // The loader refuses such a code, so the row is given one after loading.
  Document d = test::load_tables(R"json(
"general_public_basic": {"columns": ["total"], "rows": [
  {"code": "302", "name": "商品和服务支出", "total": "1.00"},
  {"code": "30201", "name": "办公费", "total": "1.00"}]})json");
  d.general_public_basic.rows[1].code = ClassificationCode::parse("3020101");
  const RuleResult r = test::run_rule("BC503", d);
  INFO(test::findings_text(r));
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].row_code == "3020101");
  CHECK(r.findings[0].message ==
        "一般公共预算财政拨款基本支出表中科目编码 3020101 有 7 "
        "位：部门预算支出经济分类只有类、款两级（3 "
        "位、5 位）");
}

TEST_CASE("code-level needs no catalogue and skips rows without code", "[rules][BC503]") {
  const std::string text = test::replaced(
      test::document_with(department_summary(R"({"name": "社会保障和就业支出", "total": "1.00"},
    {"code": "208", "name": "社会保障和就业支出", "total": "1.00"})")),
      R"("year": 2026)", R"("year": 2019)");
  const RuleResult r = test::run_rule("BC503", test::load_ok(text));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 1);

  const RuleResult none = test::run_rule(
      "BC503",
      test::load_tables(department_summary(R"({"name": "社会保障和就业支出", "total": "1.00"})")));
  CHECK(none.status == RuleStatus::NotApplicable);
  CHECK(none.reason == "未公开列有科目编码的支出表");
}

TEST_CASE("code-level passes on the Qijiang seed", "[rules][BC503][seed]") {
  const RuleResult r =
      test::run_rule("BC503", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 98);
}
