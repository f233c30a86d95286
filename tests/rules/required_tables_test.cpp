#include <catch2/catch.hpp>

#include "../../src/rules/required_tables.hpp"
#include "rules/performance_test_support.hpp"

using namespace budgetcheck;

namespace {

// The eight tables of 财预〔2016〕143号, each as small as the loader allows; @NAME@ drops one.
constexpr std::string_view kEight = R"json(
"department_summary": {"income": {"sources": ["general_public"]}, "expenditure": {"columns": ["total"]}},
"department_income": {"columns": ["total"]},
"department_expenditure": {"columns": ["total"]},
"fiscal_summary": {"income": {}, "expenditure": {"columns": ["total"]}},
"general_public_expenditure": {"columns": ["total"]},
"general_public_basic": {"columns": ["total"]},
"three_public": {},
"government_fund_expenditure": {"columns": ["total"]})json";

std::string without(std::string_view key) {
  std::string body(kEight);
  const auto at = body.find("\n\"" + std::string(key) + "\"");
  REQUIRE(at != std::string::npos);
  const auto end = body.find('\n', at + 1);
  body.erase(at, end == std::string::npos ? std::string::npos : end - at);
  if (body.ends_with(','))
    body.pop_back();
  return body;
}

}  // namespace

TEST_CASE("required-tables passes when the eight tables are published, even empty",
          "[rules][BC401]") {
  const RuleResult result = test::run_rule("BC401", test::load_tables(kEight));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 8);
}

TEST_CASE("required-tables reports a missing table", "[rules][BC401]") {
  const RuleResult result =
      test::run_rule("BC401", test::load_tables(without("government_fund_expenditure")));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC401");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GovernmentFundExpenditure);
  CHECK(f.message == "缺少政府性基金预算支出表");
  CHECK(f.where.pointer == "/tables");

  const RuleResult nothing = test::run_rule("BC401", test::load_tables(""));
  CHECK(nothing.findings.size() == 8);
}

TEST_CASE("required-tables requires further tables only when configured", "[rules][BC401]") {
  const Document document = test::load_tables(kEight);
  CHECK(test::run(RequiredTables{}, document).status == RuleStatus::Passed);

  RequiredTablesOptions all;
  all.state_capital = all.procurement = all.performance = true;
  const RuleResult result = test::run(RequiredTables{all}, document);
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 4);
  CHECK(result.findings[0].table == TableKind::StateCapitalExpenditure);
  CHECK(result.findings[1].table == TableKind::Procurement);
  CHECK(result.findings[2].table == TableKind::PerformanceOverall);
  CHECK(result.findings[3].table == TableKind::PerformanceProjects);

  const Document with_all = test::load_tables(std::string(kEight) + R"json(,
"state_capital_expenditure": {"columns": ["total"]},
"procurement": {"columns": ["total"]},
"performance_overall": {},
"performance_projects": [])json");
  CHECK(test::run(RequiredTables{all}, with_all).status == RuleStatus::Passed);
}
