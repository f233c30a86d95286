// BC122 fiscal-balance.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::check_passes_cleanly_on_seed;
using test::findings_text;
using test::load_tables;
using test::run_rule;

// One fund (一般公共预算) with current-year figures only.
std::string one_fund(std::string_view income_grand_total) {
  return R"(
"fiscal_summary": {
  "income": {"current_total": "10.00", "general_public": "10.00", "grand_total": ")" +
         std::string(income_grand_total) + R"("},
  "expenditure": {
    "columns": ["total", "general_public"],
    "current_total": {"total": "10.00", "general_public": "10.00"},
    "rows": [{"name": "卫生健康支出", "total": "10.00", "general_public": "10.00"}],
    "grand_total": {"total": "10.00", "general_public": "10.00"}
  }
})";
}

// Total column only, with carry-overs on both sides.
std::string with_carryover(std::string_view grand_total) {
  return R"(
"fiscal_summary": {
  "income": {"current_total": "10.00", "carryover_total": "2.00", "grand_total": ")" +
         std::string(grand_total) + R"("},
  "expenditure": {
    "columns": ["total"],
    "current_total": {"total": "10.00"},
    "carry_forward": {"total": "2.00"},
    "grand_total": {"total": ")" +
         std::string(grand_total) + R"("}
  }
})";
}

}  // namespace

TEST_CASE("fiscal-balance passes a balanced 财政拨款收支总表", "[rules][BC122]") {
  const RuleResult r = run_rule("BC122", load_tables(one_fund("10.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  // 收入合计 = 支出合计; 收入合计 = 本年 + 结转; fund 一般公共预算; 支出合计 per column (2).
  CHECK(r.checks == 5);
}

TEST_CASE("fiscal-balance fails when 收入合计 differs from 支出合计", "[rules][BC122]") {
  const RuleResult r = run_rule("BC122", load_tables(one_fund("10.10")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 2);  // 支出合计 ≠ 收入合计, and 收入合计 ≠ 本年收入 + 上年结转
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC122");
  CHECK(f.table == TableKind::FiscalSummary);
  CHECK(f.row_name == "支出合计");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("10.10"));
  CHECK(f.actual == amount("10.00"));
  CHECK(f.difference == amount("-0.10"));
  CHECK(f.where.pointer == "/tables/fiscal_summary/expenditure/grand_total/total");
  CHECK(f.where.line == 8);
  const Finding& g = r.findings[1];
  CHECK(g.row_name == "收入合计");
  CHECK(g.expected == amount("10.00"));
  CHECK(g.actual == amount("10.10"));
  CHECK(g.expected_formula == "本年收入 + 上年结转");
  CHECK(g.where.pointer == "/tables/fiscal_summary/income/grand_total");
  CHECK(g.where.line == 3);
}

TEST_CASE("fiscal-balance counts 上年结转 and 结转下年", "[rules][BC122]") {
  const RuleResult r = run_rule("BC122", load_tables(with_carryover("12.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
}

TEST_CASE("fiscal-balance judges 本年 + 结转 under the rounding rule", "[rules][BC122]") {
  // Two parts: tolerance ½·0.01·(2+1) = 0.015.
  SECTION("0.01 off is within rounding") {
    const RuleResult r = run_rule("BC122", load_tables(with_carryover("12.01")));
    INFO(findings_text(r));
    CHECK(r.status == RuleStatus::Passed);
    REQUIRE(r.findings.size() == 2);
    for (const auto& f : r.findings)
      CHECK(f.severity == Severity::Info);
  }
  SECTION("0.02 off is beyond rounding") {
    const RuleResult r = run_rule("BC122", load_tables(with_carryover("12.02")));
    INFO(findings_text(r));
    CHECK(r.status == RuleStatus::Failed);
    REQUIRE(r.findings.size() == 2);
    for (const auto& f : r.findings)
      CHECK(f.severity == Severity::Error);
  }
}

TEST_CASE("fiscal-balance is not applicable without 财政拨款收支总表", "[rules][BC122]") {
  const RuleResult r = run_rule("BC122", load_tables(""));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开财政拨款收支总表");
}

TEST_CASE("fiscal-balance passes on the Qijiang seed", "[rules][BC122][seed]") {
  check_passes_cleanly_on_seed("BC122", 5);
}

}  // namespace budgetcheck
