#include "budgetcheck/model/decimal.hpp"

#include <catch2/catch.hpp>
#include <limits>

using budgetcheck::Decimal;
using budgetcheck::DecimalParse;
using budgetcheck::parse_decimal;

namespace {

std::int64_t units_of(std::string_view text) {
  const auto parsed = parse_decimal(text);
  INFO(text << " -> " << parsed.error);
  REQUIRE(parsed.value.has_value());
  return parsed.value->units();
}

std::string error_of(std::string_view text) {
  const auto parsed = parse_decimal(text);
  INFO(text);
  REQUIRE_FALSE(parsed.value.has_value());
  REQUIRE_FALSE(parsed.error.empty());
  return parsed.error;
}

}  // namespace

TEST_CASE("decimal: parses plain, grouped, signed and exponent forms exactly", "[model][decimal]") {
  CHECK(units_of("2465.43") == 24'654'300);
  CHECK(units_of("2,465.43") == 24'654'300);
  CHECK(units_of("1,234,567.8") == 12'345'678'000);
  CHECK(units_of("-3") == -30'000);
  CHECK(units_of("+3") == 30'000);
  CHECK(units_of("0.5") == 5'000);
  CHECK(units_of("0") == 0);
  CHECK(units_of("-0") == 0);
  CHECK(units_of("1e3") == 10'000'000);
  CHECK(units_of("1E3") == 10'000'000);
  CHECK(units_of("2.5e-1") == 2'500);
  CHECK(units_of("1.50e1") == 150'000);
  CHECK(units_of("0.0001") == 1);
  CHECK(units_of("0e400") == 0);
  // 0.1 + 0.2 is exactly 0.3 here: no binary floating point.
  CHECK(*parse_decimal("0.1").value->plus(*parse_decimal("0.2").value) ==
        *parse_decimal("0.3").value);
}

TEST_CASE("decimal: counts the decimals as written", "[model][decimal]") {
  CHECK(parse_decimal("84.00").decimals == 2);
  CHECK(parse_decimal("84").decimals == 0);
  CHECK(parse_decimal("2,465.431").decimals == 3);
  CHECK(parse_decimal("1e-2").decimals == 2);
  CHECK(parse_decimal("1.5e1").decimals == 0);
  // Trailing zeros beyond the scale carry no value but still count as written.
  const auto many = parse_decimal("1.000000");
  REQUIRE(many.value);
  CHECK(many.value->units() == 10'000);
  CHECK(many.decimals == 6);
}

TEST_CASE("decimal: rejects malformed numbers with a clear reason", "[model][decimal]") {
  CHECK(error_of("") == "empty number");
  CHECK(error_of("1,23") == "thousands separator misplaced");
  CHECK(error_of("1234,567") == "thousands separator misplaced");
  CHECK(error_of(",123") == "thousands separator misplaced");
  CHECK(error_of("1,234,56") == "thousands separator misplaced");
  CHECK(error_of("0,123") == "thousands separator misplaced");
  CHECK(error_of("1.") == "no digits after the decimal point");
  CHECK(error_of(".5") == "no digits before the decimal point");
  CHECK(error_of("1e") == "exponent without digits");
  CHECK(error_of("1,000e3") == "thousands separators cannot be combined with an exponent");
  CHECK_THAT(error_of("２４６５.４３"), Catch::Contains("full-width"));
  CHECK_THAT(error_of("12万"), Catch::Contains("not an ASCII number"));
  CHECK_THAT(error_of("12 "), Catch::Contains("unexpected character ' '"));
  CHECK(error_of(" 12") == "not a number");
  CHECK(error_of("NaN") == "not a number");
  CHECK(error_of("Infinity") == "not a number");
  CHECK(error_of("-") == "not a number");
  CHECK_THAT(error_of("0.00001"), Catch::Contains("more than 4 decimals"));
}

TEST_CASE("decimal: overflow is refused, never wrapped", "[model][decimal]") {
  CHECK_THAT(error_of("1e400"), Catch::Contains("overflow"));
  CHECK_THAT(error_of("12345678901234567890"), Catch::Contains("overflow"));
  CHECK_THAT(error_of("-12345678901234567890"), Catch::Contains("overflow"));
  CHECK_THAT(error_of("1e99999"), Catch::Contains("out of range"));
  // The largest value that fits: INT64_MAX units.
  CHECK(units_of("922337203685477.5807") == std::numeric_limits<std::int64_t>::max());
  CHECK_THAT(error_of("922337203685477.5808"), Catch::Contains("overflow"));
}

TEST_CASE("decimal: checked arithmetic reports overflow", "[model][decimal]") {
  const Decimal max = Decimal::from_units(std::numeric_limits<std::int64_t>::max());
  CHECK_FALSE(max.plus(Decimal::from_units(1)).has_value());
  CHECK_FALSE(Decimal::from_units(std::numeric_limits<std::int64_t>::min())
                  .minus(Decimal::from_units(1))
                  .has_value());
  CHECK_FALSE(max.times(2).has_value());
  CHECK(Decimal::from_units(5).times(-3)->units() == -15);
  CHECK_FALSE(Decimal::from_integer(std::numeric_limits<std::int64_t>::max()).has_value());
  CHECK(Decimal::from_integer(12)->units() == 120'000);
  CHECK(Decimal::from_units(-5).abs().units() == 5);
}

TEST_CASE("decimal: formats plain and grouped text", "[model][decimal]") {
  const Decimal v = *parse_decimal("2465.43").value;
  CHECK(v.to_string(2) == "2465.43");
  CHECK(v.to_string(3) == "2465.430");
  CHECK(v.to_string(0) == "2465.43");  // never drops digits it has
  CHECK(v.to_display(2) == "2,465.43");
  CHECK(parse_decimal("-1234567.5").value->to_display(2) == "-1,234,567.50");
  CHECK(parse_decimal("-0.5").value->to_string(2) == "-0.50");
  CHECK(parse_decimal("123").value->to_display(0) == "123");
  CHECK(parse_decimal("100").value->to_display(0) == "100");
  CHECK(Decimal::from_units(std::numeric_limits<std::int64_t>::min()).to_string(4) ==
        "-922337203685477.5808");
}

TEST_CASE("decimal: unit_of and decimals_used", "[model][decimal]") {
  CHECK(Decimal::unit_of(2).units() == 100);
  CHECK(Decimal::unit_of(0).units() == 10'000);
  CHECK(Decimal::unit_of(-1).units() == 10'000);
  CHECK(Decimal::unit_of(9).units() == 1);
  CHECK(parse_decimal("12").value->decimals_used() == 0);
  CHECK(parse_decimal("12.5").value->decimals_used() == 1);
  CHECK(parse_decimal("-12.05").value->decimals_used() == 2);
  CHECK(parse_decimal("0.0001").value->decimals_used() == 4);
}

TEST_CASE("decimal: ordering follows value", "[model][decimal]") {
  CHECK(*parse_decimal("-1").value < *parse_decimal("0.01").value);
  CHECK(*parse_decimal("2,465.43").value == *parse_decimal("2465.430").value);
}

TEST_CASE("decimal: the plain form is read exactly as the general path reads it",
          "[model][decimal]") {
  // "e0" sends the same number through the general path (exponent form, which allows no
  // grouping).
  for (const std::string text :
       {"0", "-0", "7", "007", "2465.43", "84.00", "-12.5", "0.0001", "99999999999999.9999",
        "-12345678901234", "100.10", "70,123,456.78", "-1,000", "999,999,999,999.99",
        "12,345,678,901,234"}) {
    INFO(text);
    const DecimalParse plain = parse_decimal(text);
    std::string ungrouped = text;
    std::erase(ungrouped, ',');
    const DecimalParse general = parse_decimal(ungrouped + "e0");
    REQUIRE(plain.value);
    REQUIRE(general.value);
    CHECK(plain.value->units() == general.value->units());
    CHECK(plain.decimals == general.decimals);
  }

  CHECK(parse_decimal("-0.5").value->units() == -5'000);
  // Just outside the plain form: still read, by the general path.
  CHECK(parse_decimal("123456789012345").value->units() == 1'234'567'890'123'450'000);
  CHECK(parse_decimal("1.00000").decimals == 5);
  CHECK_FALSE(parse_decimal("1.").value);
  CHECK_FALSE(parse_decimal("-").value);
  CHECK_FALSE(parse_decimal("1.2.3").value);
  // Misplaced separators fall through to the general path and its messages.
  for (const char* bad : {"1,23", "1234,567", ",123", "0,123", "1,,234", "1,234,", "12,34.5"}) {
    INFO(bad);
    CHECK(parse_decimal(bad).error == "thousands separator misplaced");
  }
  CHECK(parse_decimal("123456789012345678901234567890").error == "number too large (overflow)");
}
