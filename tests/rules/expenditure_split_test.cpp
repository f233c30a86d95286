#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 3: 合计; line 5: 2150502.
constexpr std::string_view kGeneralPublic = R"json(
"general_public_expenditure": {"columns": ["total", "basic", "project"],
 "totals": {"total": "621.38", "basic": "3.44", "project": "617.94"},
 "rows": [
  {"code": "2150502", "name": "一般行政管理事务", "total": "621.38", "basic": "3.44", "project": "@PROJECT@"}]})json";

// The row's parent rows are left out on purpose: the loader insists on them.
std::string with_parents(std::string_view project) {
  std::string text = test::replaced(kGeneralPublic, "@PROJECT@", project);
  const std::string row = R"({"code": "2150502")";
  const auto at = text.find(row);
  text.insert(
      at,
      R"({"code": "215", "name": "资源勘探工业信息等支出"}, {"code": "21505", "name": "工业和信息产业"}, )");
  return text;
}

}  // namespace

TEST_CASE("expenditure-split passes when 合计 = 基本支出 + 项目支出 on every row",
          "[rules][BC111]") {
  const RuleResult result = test::run_rule("BC111", test::load_tables(with_parents("617.94")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 2);  // 合计 and 2150502; the parents' cells are blank
}

TEST_CASE("expenditure-split reports a row whose parts do not add up", "[rules][BC111]") {
  const RuleResult result = test::run_rule("BC111", test::load_tables(with_parents("617.49")));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC111");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_code == "2150502");
  CHECK(f.row_name == "一般行政管理事务");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("620.93"));
  CHECK(f.actual == amount("621.38"));
  CHECK(f.difference == amount("0.45"));
  CHECK(f.expected_formula == "基本支出 + 项目支出");
  CHECK(f.where.pointer == "/tables/general_public_expenditure/rows/2/total");
  CHECK(f.where.line == 5);
}

TEST_CASE("expenditure-split judges the rounding boundary by the stated rule",
          "[rules][BC111][rounding]") {
  // Two parts at 0.01 allow ±0.015: 0.01 is the largest difference within, 0.02 beyond.
  SECTION("within the tolerance: info, passed") {
    const RuleResult result = test::run_rule("BC111", test::load_tables(with_parents("617.93")));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
    CHECK(result.findings[0].tolerance == amount("0.015"));
    CHECK(result.findings[0].difference == amount("0.01"));
  }
  SECTION("one unit beyond: error") {
    const RuleResult result = test::run_rule("BC111", test::load_tables(with_parents("617.92")));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
  }
}

TEST_CASE("expenditure-split checks 部门收支总表 only when it splits expenditure",
          "[rules][BC111]") {
  const std::string summary = R"json(
"department_summary": {"income": {"sources": ["general_public"], "general_public": "30.85", "total": "30.85"},
 "expenditure": {"columns": ["total", "basic", "project"],
  "rows": [{"name": "住房保障支出", "total": "30.85", "basic": "30.85", "project": "1.00"}],
  "totals": {"total": "30.85", "basic": "30.85"}}})json";
  const RuleResult result = test::run_rule("BC111", test::load_tables(summary));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::DepartmentSummary);
  CHECK(result.findings[0].row_name == "住房保障支出");
  CHECK(result.findings[0].where.line == 4);

  const RuleResult unsplit = test::run_rule("BC111", test::load_tables(R"json(
"department_summary": {"income": {"sources": ["general_public"], "general_public": "30.85", "total": "30.85"},
 "expenditure": {"columns": ["total"], "rows": [{"name": "住房保障支出", "total": "30.85"}],
  "totals": {"total": "30.85"}}})json"));
  CHECK(unsplit.status == RuleStatus::NotApplicable);
  CHECK_THAT(unsplit.reason, Catch::Contains("部门收支总表支出未分基本支出、项目支出"));
}

TEST_CASE("expenditure-split cannot run on a table without its standard columns",
          "[rules][BC111]") {
  const RuleResult result = test::run_rule("BC111", test::load_tables(R"json(
"department_expenditure": {"columns": ["total", "basic"],
 "totals": {"total": "30.85", "basic": "30.85"},
 "rows": [{"code": "221", "name": "住房保障支出", "total": "30.85", "basic": "30.85"}]})json"));
  CHECK(result.status == RuleStatus::CouldNotRun);
  CHECK(result.reason == "部门支出总表未公开项目支出列");
}

TEST_CASE("expenditure-split is not applicable without expenditure tables", "[rules][BC111]") {
  const RuleResult result = test::run_rule("BC111", test::load_tables(""));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(result.findings.empty());
  CHECK_THAT(result.reason, Catch::Contains("未公开部门支出总表"));
  CHECK_THAT(result.reason, Catch::Contains("未公开国有资本经营预算支出表"));
}

TEST_CASE("expenditure-split on the Qijiang seed: every row adds up", "[rules][BC111][seed]") {
  const RuleResult result =
      test::run_rule("BC111", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}
