#include "budgetcheck/rules/percent.hpp"

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using budgetcheck::test::amount;

TEST_CASE("percent: round_half_up rounds half away from zero", "[rules][percent]") {
  CHECK(round_half_up(amount("84.50"), 0) == amount("85"));
  CHECK(round_half_up(amount("84.49"), 0) == amount("84"));
  CHECK(round_half_up(amount("-84.50"), 0) == amount("-85"));
  CHECK(round_half_up(amount("1.2345"), 2) == amount("1.23"));
  CHECK(round_half_up(amount("1.235"), 2) == amount("1.24"));
  CHECK(round_half_up(amount("17"), 2) == amount("17"));
}

TEST_CASE("percent: percent_of is exact and rounded half up", "[rules][percent]") {
  CHECK(percent_of(amount("1"), amount("8"), 1) == amount("12.5"));
  CHECK(percent_of(amount("1"), amount("16"), 1) == amount("6.3"));             // 6.25 → 6.3
  CHECK(percent_of(amount("789.59"), amount("1877.59"), 1) == amount("42.1"));  // 42.053…
  CHECK(percent_of(amount("1"), amount("3"), 2) == amount("33.33"));
  CHECK_FALSE(percent_of(amount("1"), amount("0"), 1).has_value());
}

TEST_CASE("percent: stated percentages within half a unit of their last digit",
          "[rules][percent]") {
  // 1/16 = 6.25%: "6.3" and "6.2" are both within ±0.05 (boundary inclusive), "6.4" is not.
  CHECK(percent_consistent(amount("6.25"), amount("1"), amount("16")));
  CHECK(percent_consistent(amount("6.3"), amount("1"), amount("16")));
  CHECK(percent_consistent(amount("6.2"), amount("1"), amount("16")));
  CHECK_FALSE(percent_consistent(amount("6.4"), amount("1"), amount("16")));
  CHECK_FALSE(percent_consistent(amount("6.1"), amount("1"), amount("16")));
  // Integer percent: 6.25 lies within [5.5, 6.5].
  CHECK(percent_consistent(amount("6"), amount("1"), amount("16")));
  CHECK_FALSE(percent_consistent(amount("7"), amount("1"), amount("16")));
  // 1/3 = 33.333…%: "33.33" within ±0.005, "33.34" not.
  CHECK(percent_consistent(amount("33.33"), amount("1"), amount("3")));
  CHECK_FALSE(percent_consistent(amount("33.34"), amount("1"), amount("3")));
  // Sign is carried by the direction word: magnitudes are compared.
  CHECK(percent_consistent(amount("12.5"), amount("-1"), amount("8")));
  CHECK_FALSE(percent_consistent(amount("0"), amount("1"), amount("0")));
  // Large figures do not overflow (units × units in 128 bits).
  CHECK(percent_consistent(amount("50"), amount("400000000000"), amount("800000000000")));
}
