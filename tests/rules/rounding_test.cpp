#include "budgetcheck/rules/rounding.hpp"

#include <catch2/catch.hpp>

using namespace budgetcheck;

namespace {

Amount a(std::string_view text) {
  return *parse_decimal(text).value;
}

}  // namespace

TEST_CASE("RoundingRule tolerance is ½·10^-d·(n + 1) at 2 decimals", "[rules][rounding]") {
  const RoundingRule rule(2);
  CHECK(rule.tolerance(0) == a("0.005"));
  CHECK(rule.tolerance(1) == a("0.01"));
  CHECK(rule.tolerance(2) == a("0.015"));
  CHECK(rule.tolerance(3) == a("0.02"));
  CHECK(rule.tolerance(24) == a("0.125"));
}

TEST_CASE("RoundingRule tolerance at 0 and 3 decimals", "[rules][rounding]") {
  const RoundingRule whole(0);
  CHECK(whole.tolerance(1) == a("1"));
  CHECK(whole.tolerance(2) == a("1.5"));
  CHECK(whole.tolerance(3) == a("2"));
  const RoundingRule thousandths(3);
  CHECK(thousandths.tolerance(1) == a("0.001"));
  CHECK(thousandths.tolerance(4) == a("0.0025"));
}

TEST_CASE("RoundingRule judges a sum exact, within rounding or a mismatch at the boundary",
          "[rules][rounding]") {
  SECTION("2 decimals, 3 parts: ±0.02") {
    const RoundingRule rule(2);
    CHECK(rule.judge_sum(a("587.85"), a("587.85"), 3) == Agreement::Exact);
    CHECK(rule.judge_sum(a("587.84"), a("587.85"), 3) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("587.83"), a("587.85"), 3) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("587.87"), a("587.85"), 3) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("587.82"), a("587.85"), 3) == Agreement::Mismatch);
    CHECK(rule.judge_sum(a("587.88"), a("587.85"), 3) == Agreement::Mismatch);
  }
  SECTION("2 decimals, 2 parts: ±0.015 lies between 0.01 and 0.02") {
    const RoundingRule rule(2);
    CHECK(rule.judge_sum(a("10.01"), a("10.00"), 2) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("10.02"), a("10.00"), 2) == Agreement::Mismatch);
  }
  SECTION("0 decimals, 1 part: ±1") {
    const RoundingRule rule(0);
    CHECK(rule.judge_sum(a("100"), a("100"), 1) == Agreement::Exact);
    CHECK(rule.judge_sum(a("101"), a("100"), 1) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("99"), a("100"), 1) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("102"), a("100"), 1) == Agreement::Mismatch);
  }
  SECTION("0 decimals, 3 parts: ±2") {
    const RoundingRule rule(0);
    CHECK(rule.judge_sum(a("102"), a("100"), 3) == Agreement::WithinRounding);
    CHECK(rule.judge_sum(a("103"), a("100"), 3) == Agreement::Mismatch);
  }
}

TEST_CASE("RoundingRule: the same figure published twice must be identical", "[rules][rounding]") {
  CHECK(RoundingRule::judge_same(a("2465.43"), a("2465.43")) == Agreement::Exact);
  CHECK(RoundingRule::judge_same(a("2465.43"), a("2465.44")) == Agreement::Mismatch);
  CHECK(RoundingRule::judge_same(a("0"), a("0.00")) == Agreement::Exact);
}
