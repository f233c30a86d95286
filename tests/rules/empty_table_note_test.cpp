#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;

TEST_CASE("empty-table-note passes empty tables whose notes speak of them", "[rules][BC402]") {
  const RuleResult result = test::run_rule("BC402", test::load_tables(R"json(
"government_fund_expenditure": {"columns": ["total"], "totals": {"total": null},
  "note": "本单位无政府性基金收支，故此表无数据。"},
"procurement": {"columns": ["total"], "note": "本单位无政府采购预算，故此表无数据。"},
"three_public": {"note": "本单位无“三公”经费预算。"},
"performance_overall": {"note": "本单位未编制整体绩效目标。"})json"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 4);
}

TEST_CASE("empty-table-note reports an empty table without a note", "[rules][BC402]") {
  const RuleResult result = test::run_rule("BC402", test::load_tables(R"json(
"performance_overall": {"title": "部门（单位）整体绩效目标表", "unit_name": "", "budget": null,
  "objective": "", "indicators": []})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC402");
  CHECK(f.table == TableKind::PerformanceOverall);
  CHECK(f.message == "部门（单位）整体绩效目标表为空表，但未附说明");
  CHECK(f.where.pointer == "/tables/performance_overall");
  CHECK(f.where.line == 2);
}

TEST_CASE("empty-table-note reports a note copied from another table", "[rules][BC402]") {
  const RuleResult result = test::run_rule("BC402", test::load_tables(R"json(
"procurement": {"columns": ["total"], "note": "本单位无政府性基金收支，故此表无数据。"})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::Procurement);
  CHECK(result.findings[0].message ==
        "政府采购预算表为空表，其说明“本单位无政府性基金收支，故此表无数据。”未提及本表内容"
        "（应提及政府采购），似从他表复制");
}

TEST_CASE("empty-table-note ignores tables with figures", "[rules][BC402]") {
  const RuleResult result = test::run_rule("BC402", test::load_tables(R"json(
"three_public": {"total": "17.00", "reception": "10.00", "vehicle_total": "7.00"},
"government_fund_expenditure": {"columns": ["total"], "totals": {"total": "0.00"}},
"performance_overall": {"budget": "2465.43"})json"));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(result.reason == "没有空表");
}
