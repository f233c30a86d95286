#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 3: 合计; line 5: 301; line 6: 302.
constexpr std::string_view kBasic = R"json(
"general_public_basic": {"columns": ["total", "personnel", "public"],
 "totals": {"total": "481.49", "personnel": "367.66", "public": "113.83"},
 "rows": [
  {"code": "301", "name": "工资福利支出", "total": "367.66", "personnel": "@301@"},
  {"code": "302", "name": "商品和服务支出", "total": "113.83", "public": "113.83"}]})json";

Document basic(std::string_view personnel_301) {
  return test::load_tables(test::replaced(kBasic, "@301@", personnel_301));
}

}  // namespace

TEST_CASE("basic-split passes when 合计 = 人员经费 + 公用经费 in the 基本支出表",
          "[rules][BC112]") {
  const RuleResult result = test::run_rule("BC112", basic("367.66"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 3);
}

TEST_CASE("basic-split reports a row whose 人员经费 and 公用经费 do not make its 合计",
          "[rules][BC112]") {
  const RuleResult result = test::run_rule("BC112", basic("367.56"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC112");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicBasic);
  CHECK(f.row_code == "301");
  CHECK(f.row_name == "工资福利支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("367.56"));
  CHECK(f.actual == amount("367.66"));
  CHECK(f.difference == amount("0.10"));
  CHECK(f.expected_formula == "人员经费 + 公用经费");
  CHECK(f.where.pointer == "/tables/general_public_basic/rows/0/total");
  CHECK(f.where.line == 5);
}

TEST_CASE("basic-split judges the rounding boundary by the stated rule",
          "[rules][BC112][rounding]") {
  // Two parts at 0.01 allow ±0.015: 0.01 is within, 0.02 beyond.
  SECTION("within: info") {
    const RuleResult result = test::run_rule("BC112", basic("367.65"));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
    CHECK(result.findings[0].within_rounding);
  }
  SECTION("one unit beyond: error") {
    const RuleResult result = test::run_rule("BC112", basic("367.64"));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
  }
}

TEST_CASE("basic-split checks 基本支出 = 人员经费 + 公用经费 in 功能分类 tables that split it",
          "[rules][BC112]") {
  const RuleResult result = test::run_rule("BC112", test::load_tables(R"json(
"department_expenditure": {"columns": ["total", "basic", "personnel", "public", "project"],
 "totals": {"total": "30.85", "basic": "30.85", "personnel": "30.85"},
 "rows": [{"code": "221", "name": "住房保障支出", "total": "30.85", "basic": "30.85", "personnel": "30.58"}]})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.table == TableKind::DepartmentExpenditure);
  CHECK(f.row_code == "221");
  CHECK(f.column == Column::Basic);
  CHECK(f.expected == amount("30.58"));
  CHECK(f.where.pointer == "/tables/department_expenditure/rows/0/basic");
  CHECK(f.where.line == 4);
}

TEST_CASE("basic-split cannot run on a 基本支出表 without 公用经费", "[rules][BC112]") {
  const RuleResult result = test::run_rule("BC112", test::load_tables(R"json(
"general_public_basic": {"columns": ["total", "personnel"],
 "totals": {"total": "367.66", "personnel": "367.66"},
 "rows": [{"code": "301", "name": "工资福利支出", "total": "367.66", "personnel": "367.66"}]})json"));
  CHECK(result.status == RuleStatus::CouldNotRun);
  CHECK(result.reason == "一般公共预算财政拨款基本支出表未公开公用经费列");
}

TEST_CASE("basic-split is not applicable when no table splits 基本支出", "[rules][BC112]") {
  SECTION("no table") {
    const RuleResult result = test::run_rule("BC112", test::load_tables(""));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK_THAT(result.reason, Catch::Contains("未公开一般公共预算财政拨款基本支出表"));
  }
  SECTION("a 功能分类 table without 人员经费 / 公用经费 columns") {
    const RuleResult result = test::run_rule("BC112", test::load_tables(R"json(
"department_expenditure": {"columns": ["total", "basic", "project"],
 "totals": {"total": "30.85", "basic": "30.85"},
 "rows": [{"code": "221", "name": "住房保障支出", "total": "30.85", "basic": "30.85"}]})json"));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK_THAT(result.reason, Catch::Contains("部门支出总表未将基本支出分为人员经费和公用经费"));
  }
}

TEST_CASE("basic-split on the Qijiang seed: the 基本支出表 splits exactly",
          "[rules][BC112][seed]") {
  const RuleResult result =
      test::run_rule("BC112", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}
