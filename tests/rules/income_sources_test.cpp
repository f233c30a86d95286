#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 3: 合计; line 5: 208.
constexpr std::string_view kIncome = R"json(
"department_income": {"columns": ["total", "general_public", "business"],
 "totals": {"total": "188.69", "general_public": "178.69", "business": "10.00"},
 "rows": [
  {"code": "208", "name": "社会保障和就业支出", "total": "188.69", "general_public": "178.69", "business": @BUSINESS@}]})json";

Document income(std::string_view business) {
  return test::load_tables(test::replaced(kIncome, "@BUSINESS@", business));
}

}  // namespace

TEST_CASE("income-sources passes when 合计 is the sum of the source columns", "[rules][BC113]") {
  const RuleResult result = test::run_rule("BC113", income(R"("10.00")"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 2);
}

TEST_CASE("income-sources reports a row whose sources do not make its 合计", "[rules][BC113]") {
  const RuleResult result = test::run_rule("BC113", income("null"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC113");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::DepartmentIncome);
  CHECK(f.row_code == "208");
  CHECK(f.row_name == "社会保障和就业支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("178.69"));
  CHECK(f.actual == amount("188.69"));
  CHECK(f.difference == amount("10.00"));
  CHECK(f.expected_formula == "一般公共预算 + 事业收入");
  CHECK(f.where.pointer == "/tables/department_income/rows/0/total");
  CHECK(f.where.line == 5);
}

TEST_CASE("income-sources judges the rounding boundary by the stated rule",
          "[rules][BC113][rounding]") {
  // Two sources at 0.01 allow ±0.015: 0.01 is within, 0.02 beyond.
  SECTION("within: info") {
    const RuleResult result = test::run_rule("BC113", income(R"("9.99")"));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
  }
  SECTION("one unit beyond: error") {
    const RuleResult result = test::run_rule("BC113", income(R"("9.98")"));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
  }
}

TEST_CASE("income-sources counts an aggregated 财政拨款收入 once", "[rules][BC113]") {
  // 合计 = 财政拨款收入 (= 一般公共预算 + 政府性基金预算) + 事业收入.
  const std::string_view table = R"json(
"department_income": {"columns": ["total", "fiscal_appropriation", "general_public", "government_fund", "business"],
 "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "110.00", "fiscal_appropriation": "@FA@",
  "general_public": "60.00", "government_fund": "40.00", "business": "10.00"}]})json";
  const RuleResult passes =
      test::run_rule("BC113", test::load_tables(test::replaced(table, "@FA@", "100.00")));
  INFO(test::findings_text(passes));
  CHECK(passes.status == RuleStatus::Passed);
  CHECK(passes.checks == 2);

  const RuleResult fails =
      test::run_rule("BC113", test::load_tables(test::replaced(table, "@FA@", "90.00")));
  INFO(test::findings_text(fails));
  REQUIRE(fails.findings.size() == 1);
  CHECK(fails.findings[0].column == Column::FiscalAppropriation);
  CHECK(fails.findings[0].expected == amount("100.00"));
  CHECK(fails.findings[0].expected_formula == "一般公共预算 + 政府性基金预算");
}

TEST_CASE("income-sources checks 部门收支总表 收入总计 with 上年结转", "[rules][BC113]") {
  const RuleResult result = test::run_rule("BC113", test::load_tables(R"json(
"department_summary": {
 "income": {"sources": ["general_public", "prior_carryover"], "general_public": "100.00",
  "prior_carryover": "5.00", "total": "100.00"},
 "expenditure": {"columns": ["total"], "rows": []}})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.table == TableKind::DepartmentSummary);
  CHECK(f.row_name == "收入总计");
  CHECK(f.expected == amount("105.00"));
  CHECK(f.expected_formula == "一般公共预算 + 上年结转");
  CHECK(f.where.pointer == "/tables/department_summary/income/total");
  CHECK(f.where.line == 4);
}

TEST_CASE("income-sources checks 财政拨款收支总表 本年收入 and 上年结转", "[rules][BC113]") {
  const RuleResult result = test::run_rule("BC113", test::load_tables(R"json(
"fiscal_summary": {"income": {"current_total": "100.00", "general_public": "90.00", "government_fund": "10.00",
  "carryover_total": "6.00", "carryover_general_public": "5.00"},
 "expenditure": {"columns": ["total"]}})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.table == TableKind::FiscalSummary);
  CHECK(f.row_name == "上年结转");
  CHECK(f.expected == amount("5.00"));
  CHECK(f.actual == amount("6.00"));
  CHECK(f.where.pointer == "/tables/fiscal_summary/income/carryover_total");
  CHECK(f.where.line == 3);
  CHECK(result.checks == 2);
}

TEST_CASE("income-sources cannot run on a 部门收入总表 without its 合计 column", "[rules][BC113]") {
  const RuleResult result = test::run_rule("BC113", test::load_tables(R"json(
"department_income": {"columns": ["general_public"],
 "rows": [{"code": "208", "name": "社会保障和就业支出", "general_public": "10.00"}]})json"));
  CHECK(result.status == RuleStatus::CouldNotRun);
  CHECK(result.reason == "部门收入总表未公开合计列");
}

TEST_CASE("income-sources is not applicable without income tables", "[rules][BC113]") {
  const RuleResult result = test::run_rule("BC113", test::load_tables(""));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(result.reason == "未公开部门收入总表；未公开部门收支总表；未公开财政拨款收支总表");
}

TEST_CASE("income-sources on the Qijiang seed: every income line adds up", "[rules][BC113][seed]") {
  const RuleResult result =
      test::run_rule("BC113", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}
