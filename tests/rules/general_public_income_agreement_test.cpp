// BC136 general-public-income-agreement.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::check_passes_cleanly_on_seed;
using test::findings_text;
using test::load_tables;
using test::run_rule;

std::string income(std::string_view item) {
  return R"(
"department_income": {
  "columns": ["total", "general_public", "business"],
  "totals": {"total": "12.00", "general_public": "10.00", "business": "2.00"},
  "rows": [
    {"code": "210", "name": "卫生健康支出", "total": "12.00", "general_public": "10.00", "business": "2.00"},
    {"code": "21011", "name": "行政事业单位医疗", "total": "12.00", "general_public": "10.00", "business": "2.00"},
    {"code": "2101101", "name": "行政单位医疗", "total": "12.00", "general_public": ")" +
         std::string(item) + R"(", "business": "2.00"}
  ]
},)";
}

const char* kExpenditure = R"(
"general_public_expenditure": {
  "columns": ["total"],
  "totals": {"total": "10.00"},
  "rows": [
    {"code": "210", "name": "卫生健康支出", "total": "10.00"},
    {"code": "21011", "name": "行政事业单位医疗", "total": "10.00"},
    {"code": "2101101", "name": "行政单位医疗", "total": "10.00"}
  ]
})";

}  // namespace

TEST_CASE("general-public-income-agreement passes when each 科目 equals its 一般公共预算 income",
          "[rules][BC136]") {
  const RuleResult r = run_rule("BC136", load_tables(income("10.00") + kExpenditure));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 4);
}

TEST_CASE("general-public-income-agreement fails on a 科目 that differs", "[rules][BC136]") {
  const RuleResult r = run_rule("BC136", load_tables(income("10.10") + kExpenditure));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC136");
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_code == "2101101");
  CHECK(f.row_name == "行政单位医疗");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("10.10"));
  CHECK(f.actual == amount("10.00"));
  CHECK(f.difference == amount("-0.10"));
  CHECK(f.expected_formula == "部门收入总表 2101101 行政单位医疗 · 一般公共预算");
  CHECK(f.where.pointer == "/tables/general_public_expenditure/rows/2/total");
  CHECK(f.where.line == 17);
}

TEST_CASE(
    "general-public-income-agreement is not applicable with an aggregated 财政拨款收入 "
    "column",
    "[rules][BC136]") {
  const RuleResult r = run_rule("BC136", load_tables(R"(
"department_income": {
  "columns": ["total", "fiscal_appropriation"],
  "totals": {"total": "10.00", "fiscal_appropriation": "10.00"},
  "rows": [{"code": "210", "name": "卫生健康支出", "total": "10.00", "fiscal_appropriation": "10.00"}]
},)" + std::string(kExpenditure)));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "部门收入总表只列财政拨款收入合计，未分列一般公共预算拨款收入");
}

TEST_CASE("general-public-income-agreement is not applicable without 部门收入总表",
          "[rules][BC136]") {
  const RuleResult r = run_rule("BC136", load_tables(kExpenditure));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开部门收入总表");
}

TEST_CASE("general-public-income-agreement passes on the Qijiang seed", "[rules][BC136][seed]") {
  check_passes_cleanly_on_seed("BC136", 25);
}

}  // namespace budgetcheck
