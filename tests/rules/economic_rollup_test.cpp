#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 3: 合计; line 5: 301; line 6: 30101; line 7: 30102.
constexpr std::string_view kBasic = R"json(
"general_public_basic": {"columns": ["total", "personnel", "public"],
 "totals": {"total": "@TOTAL@", "personnel": "@PERSONNEL@", "public": "113.83"},
 "rows": [
  {"code": "301", "name": "工资福利支出", "total": "367.66", "personnel": "367.66"},
  {"code": "30101", "name": "基本工资", "total": "300.00", "personnel": "300.00"},
  {"code": "30102", "name": "津贴补贴", "total": "@30102@", "personnel": "@30102@"},
  {"code": "302", "name": "商品和服务支出", "total": "113.83", "public": "113.83"},
  {"code": "303", "name": "对个人和家庭的补助", "total": "106.36", "personnel": "106.36"}]})json";

Document basic(std::string_view total, std::string_view personnel, std::string_view item) {
  std::string text = test::replaced(kBasic, "@TOTAL@", total);
  text = test::replaced(text, "@PERSONNEL@", personnel);
  return test::load_tables(test::replaced(text, "@30102@", item));
}

}  // namespace

TEST_CASE("economic-rollup passes when 类 = Σ 款 and 合计 = Σ 类", "[rules][BC102]") {
  const RuleResult result = test::run_rule("BC102", basic("587.85", "474.02", "67.66"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}

TEST_CASE("economic-rollup reports a 类 that is not the sum of its 款", "[rules][BC102]") {
  // 30102 67.56: 301 (367.66) ≠ 30101 + 30102 (367.56) in 合计 and 人员经费.
  const RuleResult result = test::run_rule("BC102", basic("587.85", "474.02", "67.56"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 2);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC102");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicBasic);
  CHECK(f.row_code == "301");
  CHECK(f.row_name == "工资福利支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("367.56"));
  CHECK(f.actual == amount("367.66"));
  CHECK(f.difference == amount("0.10"));
  CHECK(f.expected_formula == "30101 + 30102");
  CHECK(f.where.pointer == "/tables/general_public_basic/rows/0/total");
  CHECK(f.where.line == 5);
  CHECK(result.findings[1].column == Column::Personnel);
}

TEST_CASE("economic-rollup judges the rounding boundary by the stated rule",
          "[rules][BC102][rounding]") {
  // 合计 = 301 + 302 + 303 = 587.85; three parts at 0.01 allow ±0.02.
  SECTION("the seed's published 合计 (−0.01) is within rounding: info") {
    const RuleResult result = test::run_rule("BC102", basic("587.84", "474.01", "67.66"));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 2);
    for (const Finding& f : result.findings) {
      CHECK(f.severity == Severity::Info);
      CHECK(f.within_rounding);
      CHECK(f.row_name == "合计");
      CHECK(f.difference == amount("-0.01"));
      CHECK(f.tolerance == amount("0.02"));
      CHECK(f.expected_formula == "301 + 302 + 303");
    }
    CHECK(result.findings[0].column == Column::Total);
    CHECK(result.findings[0].expected == amount("587.85"));
    CHECK(result.findings[0].where.line == 3);
    CHECK(result.findings[1].column == Column::Personnel);
    CHECK(result.findings[1].expected == amount("474.02"));
  }
  SECTION("a difference of exactly the tolerance is info") {
    const RuleResult result = test::run_rule("BC102", basic("587.83", "474.02", "67.66"));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
    CHECK(result.findings[0].difference == amount("-0.02"));
  }
  SECTION("one unit beyond the tolerance is an error") {
    const RuleResult result = test::run_rule("BC102", basic("587.82", "474.02", "67.66"));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
    CHECK(result.findings[0].difference == amount("-0.03"));
  }
}

TEST_CASE("economic-rollup is not applicable without the 基本支出表", "[rules][BC102]") {
  SECTION("absent") {
    const RuleResult result = test::run_rule("BC102", test::load_tables(""));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.reason == "未公开一般公共预算财政拨款基本支出表");
  }
  SECTION("empty") {
    const RuleResult result = test::run_rule("BC102", test::load_tables(R"json(
"general_public_basic": {"columns": ["total", "personnel", "public"], "totals": {}, "rows": []})json"));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.reason == "一般公共预算财政拨款基本支出表为空表");
  }
}

TEST_CASE("economic-rollup on the Qijiang seed: two 合计 cells within rounding",
          "[rules][BC102][seed]") {
  const RuleResult result =
      test::run_rule("BC102", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].column == Column::Total);
  CHECK(result.findings[0].actual == amount("587.84"));
  CHECK(result.findings[0].expected == amount("587.85"));
  CHECK(result.findings[1].column == Column::Personnel);
  CHECK(result.findings[1].actual == amount("474.01"));
  CHECK(result.findings[1].expected == amount("474.02"));
  for (const Finding& f : result.findings)
    CHECK(f.severity == Severity::Info);
}
