#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 4: 本年支出; line 5: 卫生健康支出; line 6: 支出合计.
constexpr std::string_view kFiscal = R"json(
"fiscal_summary": {"income": {"current_total": "24.21", "general_public": "24.21", "grand_total": "24.21"},
 "expenditure": {"columns": ["total", "general_public", "government_fund", "state_capital"],
  "current_total": {"total": "24.21", "general_public": "24.21"},
  "rows": [{"name": "卫生健康支出", "total": "24.21", "general_public": "@GP@", "government_fund": null}],
  "grand_total": {"total": "24.21", "general_public": "24.21"}}})json";

Document fiscal(std::string_view general_public) {
  return test::load_tables(test::replaced(kFiscal, "@GP@", general_public));
}

}  // namespace

TEST_CASE("fund-split passes when every line's 合计 is the sum of its funds", "[rules][BC114]") {
  const RuleResult result = test::run_rule("BC114", fiscal("24.21"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 3);
}

TEST_CASE("fund-split reports a line whose funds do not make its 合计", "[rules][BC114]") {
  const RuleResult result = test::run_rule("BC114", fiscal("24.12"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC114");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::FiscalSummary);
  CHECK(f.row_code.empty());
  CHECK(f.row_name == "卫生健康支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("24.12"));
  CHECK(f.actual == amount("24.21"));
  CHECK(f.difference == amount("0.09"));
  CHECK(f.expected_formula == "一般公共预算 + 政府性基金预算 + 国有资本经营预算");
  CHECK(f.where.pointer == "/tables/fiscal_summary/expenditure/rows/0/total");
  CHECK(f.where.line == 5);
}

TEST_CASE("fund-split judges the rounding boundary by the stated rule",
          "[rules][BC114][rounding]") {
  // Three fund columns at 0.01 allow ±0.02: exactly 0.02 is info, 0.03 an error.
  SECTION("difference equal to the tolerance: info") {
    const RuleResult result = test::run_rule("BC114", fiscal("24.19"));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
    CHECK(result.findings[0].tolerance == amount("0.02"));
    CHECK(result.findings[0].difference == amount("0.02"));
  }
  SECTION("one unit beyond: error") {
    const RuleResult result = test::run_rule("BC114", fiscal("24.18"));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
  }
}

TEST_CASE("fund-split cannot run without fund columns", "[rules][BC114]") {
  const RuleResult result = test::run_rule("BC114", test::load_tables(R"json(
"fiscal_summary": {"income": {"current_total": "24.21"},
 "expenditure": {"columns": ["total"], "current_total": {"total": "24.21"}}})json"));
  CHECK(result.status == RuleStatus::CouldNotRun);
  CHECK_THAT(result.reason, Catch::Contains("财政拨款收支总表"));
}

TEST_CASE("fund-split is not applicable without 财政拨款收支总表", "[rules][BC114]") {
  const RuleResult result = test::run_rule("BC114", test::load_tables(""));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(result.reason == "未公开财政拨款收支总表");
}

TEST_CASE("fund-split on the Qijiang seed: every line adds up", "[rules][BC114][seed]") {
  const RuleResult result =
      test::run_rule("BC114", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}
