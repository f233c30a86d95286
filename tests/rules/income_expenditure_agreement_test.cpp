// BC133 income-expenditure-agreement.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::check_passes_cleanly_on_seed;
using test::findings_text;
using test::load_tables;
using test::run_rule;

const char* kIncome = R"(
"department_income": {
  "columns": ["total", "general_public"],
  "totals": {"total": "10.00", "general_public": "10.00"},
  "rows": [
    {"code": "210", "name": "卫生健康支出", "total": "10.00", "general_public": "10.00"},
    {"code": "21011", "name": "行政事业单位医疗", "total": "10.00", "general_public": "10.00"}
  ]
},)";

std::string expenditure(std::string_view rows, std::string_view total = "10.00") {
  return R"(
"department_expenditure": {
  "columns": ["total"],
  "totals": {"total": ")" +
         std::string(total) + R"("},
  "rows": [)" +
         std::string(rows) +
         R"(]
})";
}

const char* kBothRows =
    R"({"code": "210", "name": "卫生健康支出", "total": "10.00"}, {"code": "21011", "name": "行政事业单位医疗", "total": "10.00"})";

}  // namespace

TEST_CASE("income-expenditure-agreement passes when every 科目 and 合计 agree", "[rules][BC133]") {
  const RuleResult r = run_rule("BC133", load_tables(kIncome + expenditure(kBothRows)));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 3);
}

TEST_CASE("income-expenditure-agreement fails on a 科目 whose 合计 differs", "[rules][BC133]") {
  const RuleResult r = run_rule(
      "BC133", load_tables(kIncome +
                           expenditure(R"({"code": "210", "name": "卫生健康支出", "total": "10.00"},
    {"code": "21011", "name": "行政事业单位医疗", "total": "9.99"})")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC133");
  CHECK(f.table == TableKind::DepartmentExpenditure);
  CHECK(f.row_code == "21011");
  CHECK(f.row_name == "行政事业单位医疗");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("10.00"));
  CHECK(f.actual == amount("9.99"));
  CHECK(f.difference == amount("-0.01"));
  CHECK(f.where.pointer == "/tables/department_expenditure/rows/1/total");
  CHECK(f.where.line == 14);
}

TEST_CASE("income-expenditure-agreement reports a 科目 the expenditure table lacks",
          "[rules][BC133]") {
  const RuleResult r = run_rule(
      "BC133",
      load_tables(kIncome +
                  expenditure(R"({"code": "210", "name": "卫生健康支出", "total": "10.00"})")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.table == TableKind::DepartmentExpenditure);
  CHECK(f.row_code == "21011");
  CHECK(f.expected == amount("10.00"));
  CHECK(f.actual_blank);
  CHECK(f.where.pointer == "/tables/department_expenditure");
  CHECK(f.where.line == 10);
}

TEST_CASE("income-expenditure-agreement is not applicable without 部门支出总表", "[rules][BC133]") {
  std::string tables = kIncome;
  tables.pop_back();
  const RuleResult r = run_rule("BC133", load_tables(tables));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开部门支出总表");
}

TEST_CASE("income-expenditure-agreement passes on the Qijiang seed", "[rules][BC133][seed]") {
  check_passes_cleanly_on_seed("BC133", 25);
}

}  // namespace budgetcheck
