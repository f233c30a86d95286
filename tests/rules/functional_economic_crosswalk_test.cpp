#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

// 2080505 36.19 and 2101103 2.72 against 30108 / 30114 as in the seed.
std::string tables(std::string_view pension_economic, std::string_view medical_code) {
  return std::string(R"json(
  "general_public_expenditure": {"columns": ["total", "basic", "project"],
    "totals": {"total": "38.91", "basic": "38.91"},
    "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "36.19", "basic": "36.19"},
             {"code": "20805", "name": "行政事业单位养老支出", "total": "36.19", "basic": "36.19"},
             {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "total": "36.19", "basic": "36.19"},
             {"code": "210", "name": "卫生健康支出", "total": "2.72", "basic": "2.72"},
             {"code": "21011", "name": "行政事业单位医疗", "total": "2.72", "basic": "2.72"},
             {"code": "2101103", "name": "公务员医疗补助", "total": "2.72", "basic": "2.72"}]},
  "general_public_basic": {"columns": ["total", "personnel", "public"],
    "totals": {"total": "38.91", "personnel": "38.91"},
    "rows": [{"code": "301", "name": "工资福利支出", "total": "38.91", "personnel": "38.91"},
             {"code": "30108", "name": "机关事业单位基本养老保险缴费", "total": ")json") +
         std::string(pension_economic) + R"(", "personnel": ")" + std::string(pension_economic) +
         R"json("},
             {"code": ")json" +
         std::string(medical_code) +
         R"json(", "name": "医疗", "total": "2.72", "personnel": "2.72"}]})json";
}

}  // namespace

TEST_CASE("functional-economic-crosswalk: matching pairs pass, 30114 as the alternative",
          "[rules][BC221]") {
  const RuleResult result = run_rule("BC221", load_tables(tables("36.19", "30114")));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 2);
}

TEST_CASE("functional-economic-crosswalk: a differing pair is a warning at the economic row",
          "[rules][BC221]") {
  const RuleResult result = run_rule("BC221", load_tables(tables("36.91", "30111")));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Warning);
  CHECK(f.table == TableKind::GeneralPublicBasic);
  CHECK(f.row_code == "30108");
  CHECK(f.expected == amount("36.19"));
  CHECK(f.actual == amount("36.91"));
  CHECK(f.difference == amount("0.72"));
  CHECK(f.where.pointer == "/tables/general_public_basic/rows/1/total");
}

TEST_CASE("functional-economic-crosswalk: a functional row without its economic row",
          "[rules][BC221]") {
  // 2101103 2.72 while the basic table has neither 30111 nor 30114 (30199 instead).
  const RuleResult result = run_rule("BC221", load_tables(tables("36.19", "30199")));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].row_code == "30111");
  CHECK(result.findings[0].expected == amount("2.72"));
  CHECK(result.findings[0].actual_blank);
}

TEST_CASE("functional-economic-crosswalk: without the tables not applicable", "[rules][BC221]") {
  CHECK(run_rule("BC221", load_tables("")).status == RuleStatus::NotApplicable);
}
