#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

// Line 3: 合计; line 4: 小计 (公务用车购置及运行费).
constexpr std::string_view kThreePublic = R"json(
"three_public": {
 "total": "@TOTAL@", "overseas": null,
 "vehicle_total": "@VEHICLES@", "vehicle_purchase": null, "vehicle_operation": "7.00",
 "reception": "10.00"})json";

Document three_public(std::string_view total, std::string_view vehicles = "7.00") {
  return test::load_tables(
      test::replaced(test::replaced(kThreePublic, "@TOTAL@", total), "@VEHICLES@", vehicles));
}

}  // namespace

TEST_CASE("three-public-sum passes when 合计 and 小计 are the sums of their parts",
          "[rules][BC115]") {
  const RuleResult result = test::run_rule("BC115", three_public("17.00"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 2);
}

TEST_CASE("three-public-sum reports a 合计 that is not the sum of the three", "[rules][BC115]") {
  const RuleResult result = test::run_rule("BC115", three_public("18.00"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC115");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::ThreePublic);
  CHECK(f.row_name == "合计");
  CHECK_FALSE(f.column.has_value());
  CHECK(f.expected == amount("17.00"));
  CHECK(f.actual == amount("18.00"));
  CHECK(f.difference == amount("1.00"));
  CHECK(f.expected_formula == "因公出国（境）费 + 公务用车购置及运行费 + 公务接待费");
  CHECK(f.where.pointer == "/tables/three_public/total");
  CHECK(f.where.line == 3);
}

TEST_CASE("three-public-sum reports a 小计 that is not 购置费 + 运行费", "[rules][BC115]") {
  // 合计 follows the 小计, so only 小计 = 购置费 + 运行费 fails.
  const RuleResult result = test::run_rule("BC115", three_public("18.00", "8.00"));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.row_name == "公务用车购置及运行费");
  CHECK(f.expected == amount("7.00"));
  CHECK(f.expected_formula == "公务用车购置费 + 公务用车运行费");
  CHECK(f.where.pointer == "/tables/three_public/vehicle_total");
  CHECK(f.where.line == 4);
}

TEST_CASE("three-public-sum judges the rounding boundary by the stated rule",
          "[rules][BC115][rounding]") {
  // Three parts at 0.01 allow ±0.02.
  SECTION("difference equal to the tolerance: info") {
    const RuleResult result = test::run_rule("BC115", three_public("17.02"));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
    CHECK(result.findings[0].tolerance == amount("0.02"));
  }
  SECTION("one unit beyond: error") {
    const RuleResult result = test::run_rule("BC115", three_public("17.03"));
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
  }
}

TEST_CASE("three-public-sum is not applicable without the “三公” table", "[rules][BC115]") {
  SECTION("absent") {
    const RuleResult result = test::run_rule("BC115", test::load_tables(""));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.reason == "未公开一般公共预算“三公”经费支出表");
  }
  SECTION("all cells blank") {
    const RuleResult result =
        test::run_rule("BC115", test::load_tables(R"json("three_public": {"total": null})json"));
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.reason == "一般公共预算“三公”经费支出表为空表");
  }
}

TEST_CASE("three-public-sum on the Qijiang seed: 17.00 = 0 + 7.00 + 10.00",
          "[rules][BC115][seed]") {
  const RuleResult result =
      test::run_rule("BC115", test::load_ok(test::read_data_file("qijiang-2026.json")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}
