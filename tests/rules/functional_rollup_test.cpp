#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 2: the table; line 3: 合计; line 5: 208; line 6: 20805; line 7: 20808.
constexpr std::string_view kGeneralPublic = R"json(
"general_public_expenditure": {"columns": ["total", "basic", "project"],
 "totals": {"total": "@TOTAL@", "basic": "163.04", "project": "25.65"},
 "rows": [
  {"code": "208", "name": "社会保障和就业支出", "total": "@208@", "basic": "163.04", "project": "25.65"},
  {"code": "20805", "name": "行政事业单位养老支出", "total": "163.04", "basic": "163.04"},
  {"code": "20808", "name": "抚恤", "total": "25.65", "project": "25.65"}]})json";

Document general_public(std::string_view total, std::string_view class_208) {
  return test::load_tables(
      test::replaced(test::replaced(kGeneralPublic, "@TOTAL@", total), "@208@", class_208));
}

// A 类 with a single 款: the tolerance is ½·0.01·(1 + 1) = 0.01 exactly.
constexpr std::string_view kSingleChild = R"json(
"department_expenditure": {"columns": ["total"],
 "totals": {"total": "@210@"},
 "rows": [
  {"code": "210", "name": "卫生健康支出", "total": "@210@"},
  {"code": "21011", "name": "行政事业单位医疗", "total": "24.21"}]})json";

}  // namespace

TEST_CASE("functional-rollup passes when every parent is the sum of its children",
          "[rules][BC101]") {
  const RuleResult result = test::run_rule("BC101", general_public("188.69", "188.69"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 6);  // 合计 = 208 and 208 = 20805 + 20808, in each of 3 columns
}

TEST_CASE("functional-rollup reports a 类 that is not the sum of its 款", "[rules][BC101]") {
  // 合计 follows 208, so 208 = 20805 + 20808 is the only sum that fails.
  const RuleResult result = test::run_rule("BC101", general_public("189.69", "189.69"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC101");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_code == "208");
  CHECK(f.row_name == "社会保障和就业支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("188.69"));
  CHECK(f.actual == amount("189.69"));
  CHECK(f.difference == amount("1.00"));
  CHECK(f.expected_formula == "20805 + 20808");
  CHECK_FALSE(f.within_rounding);
  CHECK(f.where.pointer == "/tables/general_public_expenditure/rows/0/total");
  CHECK(f.where.line == 5);
}

TEST_CASE("functional-rollup reports a 合计 that is not the sum of the 类", "[rules][BC101]") {
  const RuleResult result = test::run_rule("BC101", general_public("198.69", "188.69"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.row_code.empty());
  CHECK(f.row_name == "合计");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("188.69"));
  CHECK(f.actual == amount("198.69"));
  CHECK(f.difference == amount("10.00"));
  CHECK(f.expected_formula == "208");
  CHECK(f.where.pointer == "/tables/general_public_expenditure/totals/total");
  CHECK(f.where.line == 3);
}

TEST_CASE("functional-rollup judges the rounding boundary by the stated rule",
          "[rules][BC101][rounding]") {
  SECTION("a difference of exactly the tolerance is info and the rule passes") {
    const RuleResult result =
        test::run_rule("BC101", test::load_tables(test::replaced(kSingleChild, "@210@", "24.22")));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    const Finding& f = result.findings[0];
    CHECK(f.severity == Severity::Info);
    CHECK(f.within_rounding);
    CHECK(f.row_code == "210");
    CHECK(f.difference == amount("0.01"));
    CHECK(f.tolerance == amount("0.01"));
    CHECK(f.where.line == 5);
  }
  SECTION("one unit beyond the tolerance is an error") {
    const RuleResult result =
        test::run_rule("BC101", test::load_tables(test::replaced(kSingleChild, "@210@", "24.23")));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
    CHECK_FALSE(result.findings[0].within_rounding);
    CHECK(result.findings[0].difference == amount("0.02"));
  }
}

TEST_CASE("functional-rollup does not check a 类 published without 款", "[rules][BC101]") {
  // 217 has no child rows: only 合计 = 208 + 217 is compared.
  const RuleResult result = test::run_rule("BC101", test::load_tables(R"json(
"department_expenditure": {"columns": ["total"],
 "totals": {"total": "272.69"},
 "rows": [
  {"code": "208", "name": "社会保障和就业支出", "total": "188.69"},
  {"code": "217", "name": "金融支出", "total": "84.00"}]})json"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 1);
}

TEST_CASE("functional-rollup checks 本年支出 of 财政拨款收支总表 against its 类 rows",
          "[rules][BC101]") {
  const RuleResult result = test::run_rule("BC101", test::load_tables(R"json(
"fiscal_summary": {"income": {"current_total": "212.90", "general_public": "212.90"},
 "expenditure": {"columns": ["total", "general_public"],
  "current_total": {"total": "212.90", "general_public": "212.90"},
  "rows": [{"name": "社会保障和就业支出", "total": "188.69", "general_public": "188.69"},
           {"name": "卫生健康支出", "total": "24.12", "general_public": "24.21"}]}})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.table == TableKind::FiscalSummary);
  CHECK(f.row_name == "本年支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("212.81"));
  CHECK(f.difference == amount("0.09"));
  CHECK(f.expected_formula == "社会保障和就业支出 + 卫生健康支出");
  CHECK(f.where.pointer == "/tables/fiscal_summary/expenditure/current_total/total");
  CHECK(f.where.line == 4);
}

TEST_CASE("functional-rollup is not applicable without 功能分类 tables", "[rules][BC101]") {
  SECTION("no table published") {
    const RuleResult result = test::run_rule("BC101", test::load_tables(""));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.findings.empty());
    CHECK_THAT(result.reason, Catch::Contains("未公开一般公共预算财政拨款支出表"));
    CHECK_THAT(result.reason, Catch::Contains("未公开政府性基金预算支出表"));
  }
  SECTION("only an empty table published") {
    const RuleResult result = test::run_rule("BC101", test::load_tables(R"json(
"government_fund_expenditure": {"columns": ["total", "basic", "project"],
 "totals": {"total": null}, "rows": [], "note": "本单位无政府性基金收支，故此表无数据。"})json"));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK_THAT(result.reason, Catch::Contains("政府性基金预算支出表为空表"));
  }
}

TEST_CASE("functional-rollup on the Qijiang seed: every table rolls up exactly",
          "[rules][BC101][seed]") {
  const RuleResult result =
      test::run_rule("BC101", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}
