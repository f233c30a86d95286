// BC131 summary-income-agreement.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::findings_text;
using test::load_tables;
using test::run_rule;

const char* kSummary = R"(
"department_summary": {
  "income": {"sources": ["general_public", "business"], "general_public": "8.00", "business": "2.00", "total": "10.00"},
  "expenditure": {"columns": ["total"], "rows": [{"name": "甲", "total": "10.00"}], "totals": {"total": "10.00"}}
})";

std::string income_table(std::string_view general_public,
                         std::string_view columns = R"("total", "general_public", "business")") {
  return R"(,
"department_income": {
  "columns": [)" +
         std::string(columns) +
         R"(],
  "totals": {"total": "10.00", "general_public": ")" +
         std::string(general_public) + R"(", "business": "2.00"},
  "rows": [{"code": "208", "name": "甲", "total": "10.00", "general_public": ")" +
         std::string(general_public) + R"(", "business": "2.00"}]
})";
}

}  // namespace

TEST_CASE("summary-income-agreement passes when every income line equals the 合计 row",
          "[rules][BC131]") {
  const RuleResult r = run_rule("BC131", load_tables(kSummary + income_table("8.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 3);  // 收入总计, 一般公共预算, 事业收入
}

TEST_CASE("summary-income-agreement fails on a source that differs, exactly", "[rules][BC131]") {
  // 0.01 is a real difference: the same figure printed twice has no rounding allowance.
  const RuleResult r = run_rule("BC131", load_tables(kSummary + income_table("8.01")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC131");
  CHECK(f.table == TableKind::DepartmentSummary);
  CHECK(f.row_name == "收入");
  CHECK(f.column == Column::GeneralPublic);
  CHECK(f.expected == amount("8.01"));
  CHECK(f.actual == amount("8.00"));
  CHECK(f.difference == amount("-0.01"));
  CHECK_FALSE(f.within_rounding);
  CHECK(f.expected_formula == "部门收入总表 合计 · 一般公共预算");
  CHECK(f.where.pointer == "/tables/department_summary/income/general_public");
  CHECK(f.where.line == 3);
}

TEST_CASE("summary-income-agreement compares only sources both tables publish", "[rules][BC131]") {
  // The income table has no 事业收入 column: only 收入总计 and 一般公共预算 are compared.
  const RuleResult r = run_rule("BC131", load_tables(std::string(kSummary) + R"(,
"department_income": {
  "columns": ["total", "general_public"],
  "totals": {"total": "10.00", "general_public": "8.00"},
  "rows": [{"code": "208", "name": "甲", "total": "10.00", "general_public": "8.00"}]
})"));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 2);
}

TEST_CASE("summary-income-agreement is not applicable when a table is absent", "[rules][BC131]") {
  SECTION("no 部门收入总表") {
    const RuleResult r = run_rule("BC131", load_tables(kSummary));
    CHECK(r.status == RuleStatus::NotApplicable);
    CHECK(r.reason == "未公开部门收入总表");
  }
  SECTION("no 部门收支总表") {
    const RuleResult r = run_rule("BC131", load_tables(income_table("8.00").substr(1)));
    CHECK(r.status == RuleStatus::NotApplicable);
    CHECK(r.reason == "未公开部门收支总表");
  }
}

TEST_CASE("summary-income-agreement passes on the Qijiang seed", "[rules][BC131][seed]") {
  const RuleResult r = run_rule("BC131", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(findings_text(r));
  // 收入总计 and 一般公共预算; the other sources are blank in both tables.
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 2);
}

}  // namespace budgetcheck
