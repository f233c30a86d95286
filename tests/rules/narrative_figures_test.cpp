#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

constexpr std::string_view kGeneralPublic = R"json(
  "general_public_expenditure": {"columns": ["total", "basic", "project"],
    "totals": {"total": "100.00", "basic": "60.00", "project": "40.00"},
    "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "100.00", "basic": "60.00", "project": "40.00"}]}
)json";

}  // namespace

TEST_CASE("narrative-figures: stated figures equal to the table pass", "[rules][BC201]") {
  const Document doc = load_narrative(R"json(
    {"subject": "general_public_expenditure", "amount": "100", "sentence": "一般公共预算财政拨款支出 100 万元。"},
    {"subject": "basic_expenditure", "amount": "60.00", "sentence": "基本支出 60.00 万元。"},
    {"subject": "project_expenditure", "amount": "40", "sentence": "项目支出 40 万元。"}
  )json",
                                      kGeneralPublic);
  const RuleResult result = run_rule("BC201", doc);
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 3);
  CHECK(result.findings.empty());
}

TEST_CASE("narrative-figures: a stated figure that differs is an error at the claim",
          "[rules][BC201]") {
  const Document doc = load_narrative(R"json(
    {"subject": "project_expenditure", "amount": "41.00", "sentence": "项目支出 41.00 万元。"}
  )json",
                                      kGeneralPublic);
  const RuleResult result = run_rule("BC201", doc);
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_name == "合计");
  CHECK(f.column == Column::Project);
  CHECK(f.expected == amount("40.00"));
  CHECK(f.actual == amount("41.00"));
  CHECK(f.difference == amount("1.00"));
  CHECK(f.where.pointer == "/narrative/claims/0");
  CHECK_THAT(f.message, Catch::Contains("项目支出 41.00 万元"));
}

TEST_CASE("narrative-figures: a figure written rounded is info, within rounding",
          "[rules][BC201]") {
  const Document doc = load_narrative(R"json(
    {"subject": "project_expenditure", "amount": "40", "sentence": "项目支出 40 万元。"}
  )json",
                                      R"json(
  "general_public_expenditure": {"columns": ["total", "basic", "project"],
    "totals": {"total": "100.30", "basic": "60.00", "project": "40.30"}, "rows": []})json");
  const RuleResult result = run_rule("BC201", doc);
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].severity == Severity::Info);
  CHECK(result.findings[0].within_rounding);
  CHECK(result.findings[0].difference == amount("-0.30"));
}

TEST_CASE("narrative-figures: rounding boundary (40.50 is 41, not 40)", "[rules][BC201]") {
  const Document doc = load_narrative(R"json(
    {"subject": "project_expenditure", "amount": "40", "sentence": "项目支出 40 万元。"},
    {"subject": "basic_expenditure", "amount": "60", "sentence": "基本支出 60 万元。"}
  )json",
                                      R"json(
  "general_public_expenditure": {"columns": ["total", "basic", "project"],
    "totals": {"total": "100.99", "basic": "60.49", "project": "40.50"}, "rows": []})json");
  const RuleResult result = run_rule("BC201", doc);
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].severity == Severity::Error);  // 40.50 rounds to 41
  CHECK(result.findings[1].severity == Severity::Info);   // 60.49 rounds to 60
}

TEST_CASE("narrative-figures: 0 agrees with an empty table, 类 rows by code and name",
          "[rules][BC201]") {
  const Document doc = load_narrative(R"json(
    {"subject": "government_fund_expenditure", "amount": "0", "sentence": "无政府性基金支出。"},
    {"subject": "expenditure_class", "code": "208", "name": "社会保障和就业支出", "amount": "100", "sentence": "社保 100 万元。"},
    {"subject": "expenditure_class", "name": "卫生健康支出", "amount": "5", "sentence": "卫生 5 万元。"}
  )json",
                                      R"json(
  "government_fund_expenditure": {"columns": ["total"], "totals": {"total": null}, "rows": []},
  "department_expenditure": {"columns": ["total"], "totals": {"total": "100.00"},
    "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "100.00"}]})json");
  const RuleResult result = run_rule("BC201", doc);
  INFO(findings_text(result));
  CHECK(result.checks == 3);
  REQUIRE(result.findings.size() == 1);  // 卫生健康支出 is not in the table
  CHECK(result.findings[0].severity == Severity::Error);
  CHECK(result.findings[0].table == TableKind::DepartmentExpenditure);
  CHECK(result.findings[0].row_name == "卫生健康支出");
  CHECK(result.findings[0].actual_blank == false);
  CHECK(result.findings[0].expected == amount("0"));
  CHECK(result.findings[0].where.pointer == "/narrative/claims/2");
}

TEST_CASE("narrative-figures: a claim whose table is absent cannot be checked", "[rules][BC201]") {
  const Document doc = load_narrative(R"json(
    {"subject": "income_total", "amount": "100", "sentence": "收入预算 100 万元。"}
  )json",
                                      kGeneralPublic);
  const RuleResult result = run_rule("BC201", doc);
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::CouldNotRun);
  CHECK_THAT(result.reason, Catch::Contains("未公开部门收支总表和部门收入总表"));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].severity == Severity::Info);
}

TEST_CASE("narrative-figures: no narrative is not applicable", "[rules][BC201]") {
  const RuleResult result = run_rule("BC201", load_tables(kGeneralPublic));
  CHECK(result.status == RuleStatus::NotApplicable);
}

TEST_CASE("narrative-figures: 基本支出/项目支出 of all funds or, scoped, of 一般公共预算",
          "[rules][BC201]") {
  const std::string tables = std::string(kGeneralPublic) + R"json(,
  "department_expenditure": {"columns": ["total", "basic", "project"],
    "totals": {"total": "150.00", "basic": "60.00", "project": "90.00"},
    "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "150.00", "basic": "60.00", "project": "90.00"}]})json";
  const RuleResult result = run_rule("BC201", load_narrative(R"json(
    {"subject": "project_expenditure", "amount": "90", "sentence": "项目支出 90 万元。"},
    {"subject": "project_expenditure", "scope": "general_public", "amount": "40", "sentence": "一般公共预算项目支出 40 万元。"},
    {"subject": "project_expenditure", "scope": "general_public", "amount": "90", "sentence": "一般公共预算项目支出 90 万元。"}
  )json",
                                                             tables));
  INFO(findings_text(result));
  CHECK(result.checks == 3);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::GeneralPublicExpenditure);
  CHECK(result.findings[0].expected == amount("40.00"));
  CHECK(result.findings[0].where.pointer == "/narrative/claims/2");
}
