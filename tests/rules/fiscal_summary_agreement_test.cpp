// BC134 fiscal-summary-agreement.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::findings_text;
using test::load_tables;
using test::run_rule;

// Expenditure side only matters here; the income side is BC122's.
std::string summary(std::string_view government_fund = "null",
                    std::string_view state_capital = "null") {
  return R"(
"fiscal_summary": {
  "income": {"grand_total": "10.00"},
  "expenditure": {
    "columns": ["total", "general_public", "government_fund", "state_capital"],
    "current_total": {"total": "10.00", "general_public": "10.00", "government_fund": )" +
         std::string(government_fund) + R"(},
    "rows": [{"name": "卫生健康支出", "total": "10.00", "general_public": "10.00", "government_fund": )" +
         std::string(government_fund) + R"(, "state_capital": )" + std::string(state_capital) +
         R"(}]
  }
},)";
}

std::string general_public(std::string_view health) {
  return R"(
"general_public_expenditure": {
  "columns": ["total"],
  "totals": {"total": "10.00"},
  "rows": [
    {"code": "210", "name": "卫生健康支出", "total": ")" +
         std::string(health) + R"("},
    {"code": "21011", "name": "行政事业单位医疗", "total": ")" +
         std::string(health) + R"("}
  ]
})";
}

const char* kEmptyFundTable = R"(,
"government_fund_expenditure": {
  "columns": ["total"], "totals": {"total": null}, "rows": [],
  "note": "本单位无政府性基金收支，故此表无数据。"
})";

}  // namespace

TEST_CASE("fiscal-summary-agreement passes when the fund column equals its table",
          "[rules][BC134]") {
  // 国有资本经营预算 column blank and its table absent: nothing to compare, not a problem.
  const RuleResult r = run_rule("BC134", load_tables(summary() + general_public("10.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 2);  // 卫生健康支出 and 本年支出
}

TEST_CASE("fiscal-summary-agreement fails on a 类 that differs from the fund table",
          "[rules][BC134]") {
  const RuleResult r = run_rule("BC134", load_tables(summary() + general_public("9.90")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC134");
  CHECK(f.table == TableKind::FiscalSummary);
  CHECK(f.row_code.empty());
  CHECK(f.row_name == "卫生健康支出");
  CHECK(f.column == Column::GeneralPublic);
  CHECK(f.expected == amount("9.90"));
  CHECK(f.actual == amount("10.00"));
  CHECK(f.difference == amount("0.10"));
  CHECK(f.expected_formula == "一般公共预算财政拨款支出表 210 卫生健康支出 · 合计");
  CHECK(f.where.pointer == "/tables/fiscal_summary/expenditure/rows/0/general_public");
  CHECK(f.where.line == 7);
}

TEST_CASE("fiscal-summary-agreement: an empty fund table agrees with a blank column",
          "[rules][BC134]") {
  const RuleResult r =
      run_rule("BC134", load_tables(summary() + general_public("10.00") + kEmptyFundTable));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 2);
}

TEST_CASE("fiscal-summary-agreement: figures against an empty fund table are findings",
          "[rules][BC134]") {
  const RuleResult r = run_rule(
      "BC134", load_tables(summary(R"("3.00")") + general_public("10.00") + kEmptyFundTable));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 2);
  const Finding& missing = r.findings[0];  // the 类 row the fund table lacks
  CHECK(missing.table == TableKind::GovernmentFundExpenditure);
  CHECK(missing.row_name == "卫生健康支出");
  CHECK(missing.column == Column::Total);
  CHECK(missing.expected == amount("3.00"));
  CHECK(missing.actual_blank);
  CHECK(missing.where.pointer == "/tables/government_fund_expenditure");
  const Finding& total = r.findings[1];  // 本年支出 against the blank 合计
  CHECK(total.table == TableKind::FiscalSummary);
  CHECK(total.row_name == "本年支出");
  CHECK(total.column == Column::GovernmentFund);
  CHECK(total.expected == amount("0"));
  CHECK(total.actual == amount("3.00"));
}

TEST_CASE("fiscal-summary-agreement cannot run when a fund table with figures is absent",
          "[rules][BC134]") {
  const RuleResult r =
      run_rule("BC134", load_tables(summary("null", R"("2.00")") + general_public("10.00")));
  CHECK(r.status == RuleStatus::CouldNotRun);
  CHECK(r.reason == "未公开国有资本经营预算支出表，无法核对财政拨款收支总表的国有资本经营预算支出");
}

TEST_CASE("fiscal-summary-agreement is not applicable without 财政拨款收支总表", "[rules][BC134]") {
  const RuleResult r = run_rule("BC134", load_tables(general_public("10.00")));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开财政拨款收支总表");
}

TEST_CASE("fiscal-summary-agreement passes on the Qijiang seed", "[rules][BC134][seed]") {
  const RuleResult r = run_rule("BC134", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(findings_text(r));
  // 一般公共预算 per 类 and 本年支出; 政府性基金预算 is blank against an empty table, and no
  // 国有资本经营预算支出表 is published while its column is blank: nothing to compare there.
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == 6);
}

}  // namespace budgetcheck
