// BC121 department-balance.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::check_passes_cleanly_on_seed;
using test::findings_text;
using test::load_tables;
using test::run_rule;

std::string summary(std::string_view income_total, std::string_view rows,
                    std::string_view expenditure_total, std::string_view carry_forward = {}) {
  std::string text = R"(
"department_summary": {
  "income": {"sources": ["general_public"], "general_public": ")" +
                     std::string(income_total) + R"(", "total": ")" + std::string(income_total) +
                     R"("},
  "expenditure": {
    "columns": ["total"],
    "rows": [)" + std::string(rows) +
                     R"(],)";
  if (!carry_forward.empty())
    text += R"(
    "carry_forward": {"total": ")" +
            std::string(carry_forward) + R"("},)";
  text += R"(
    "totals": {"total": ")" +
          std::string(expenditure_total) + R"("}
  }
})";
  return text;
}

const char* kTwoRows =
    R"({"name": "社会保障和就业支出", "total": "6.00"}, {"name": "卫生健康支出", "total": "4.00"})";

}  // namespace

TEST_CASE("department-balance passes when 收入总计 = 支出总计 = Σ 类", "[rules][BC121]") {
  const RuleResult r = run_rule("BC121", load_tables(summary("10.00", kTwoRows, "10.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 2);
}

TEST_CASE("department-balance counts 结转下年 in 支出总计", "[rules][BC121]") {
  const RuleResult r =
      run_rule("BC121", load_tables(summary("12.00", kTwoRows, "12.00", /*carry_forward=*/"2.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
}

TEST_CASE("department-balance fails when 收入总计 differs from 支出总计", "[rules][BC121]") {
  // 支出总计 10.00 agrees with its rows, 收入总计 says 10.10.
  const RuleResult r = run_rule("BC121", load_tables(summary("10.10", kTwoRows, "10.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC121");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::DepartmentSummary);
  CHECK(f.row_code.empty());
  CHECK(f.row_name == "支出总计");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("10.10"));
  CHECK(f.actual == amount("10.00"));
  CHECK(f.difference == amount("-0.10"));
  CHECK(f.where.pointer == "/tables/department_summary/expenditure/totals/total");
  CHECK(f.where.line == 7);
}

TEST_CASE("department-balance fails when 支出总计 is not Σ 类 + 结转下年", "[rules][BC121]") {
  const RuleResult r = run_rule("BC121", load_tables(summary("11.00", kTwoRows, "11.00", "0.50")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.row_name == "支出总计");
  CHECK(f.expected == amount("10.50"));
  CHECK(f.actual == amount("11.00"));
  CHECK(f.difference == amount("0.50"));
  CHECK(f.expected_formula == "社会保障和就业支出 + 卫生健康支出 + 结转下年");
  CHECK(f.where.line == 8);
}

TEST_CASE("department-balance judges Σ 类 under the rounding rule", "[rules][BC121]") {
  // Three rows: tolerance ½·0.01·(3+1) = 0.02.
  const char* rows =
      R"({"name": "甲", "total": "3.33"}, {"name": "乙", "total": "3.33"}, {"name": "丙", "total": "3.33"})";
  SECTION("a difference of 0.02 is within rounding: info, passed") {
    const RuleResult r = run_rule("BC121", load_tables(summary("10.01", rows, "10.01")));
    INFO(findings_text(r));
    CHECK(r.status == RuleStatus::Passed);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].severity == Severity::Info);
    CHECK(r.findings[0].within_rounding);
    CHECK(r.findings[0].tolerance == amount("0.02"));
  }
  SECTION("a difference of 0.03 is beyond rounding: error") {
    const RuleResult r = run_rule("BC121", load_tables(summary("10.02", rows, "10.02")));
    INFO(findings_text(r));
    CHECK(r.status == RuleStatus::Failed);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].severity == Severity::Error);
    CHECK(r.findings[0].difference == amount("0.03"));
  }
}

TEST_CASE("department-balance is not applicable without 部门收支总表", "[rules][BC121]") {
  const RuleResult r = run_rule("BC121", load_tables(""));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开部门收支总表");
}

TEST_CASE("department-balance cannot run without 支出总计", "[rules][BC121]") {
  const RuleResult r = run_rule("BC121", load_tables(R"(
"department_summary": {
  "income": {"sources": ["general_public"], "general_public": "1.00", "total": "1.00"},
  "expenditure": {"columns": ["total"], "rows": [{"name": "甲", "total": "1.00"}]}
})"));
  CHECK(r.status == RuleStatus::CouldNotRun);
  CHECK(r.reason == "部门收支总表未列支出总计，无法核对收支平衡");
}

TEST_CASE("department-balance passes on the Qijiang seed", "[rules][BC121][seed]") {
  check_passes_cleanly_on_seed("BC121", 2);
}

}  // namespace budgetcheck
