#pragma once
// Exact fixed-point decimal numbers for money and other published figures.
// Binary floating point never touches an amount: published figures are decimal,
// and a sum that must agree to the last cent cannot carry representation error.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace budgetcheck {

class Decimal {
 public:
  // Digits kept after the decimal point. Disclosures publish at most two
  // (元 with 分, or 万元 with two decimals); four leave room for derived figures.
  static constexpr int kScale = 4;
  static constexpr std::int64_t kUnitsPerOne = 10'000;
  // Most decimals a document may declare: half a unit of the last digit must stay exact.
  static constexpr int kMaxDecimals = kScale - 1;

  constexpr Decimal() = default;

  // `units` counts 1/10^kScale.
  static constexpr Decimal from_units(std::int64_t units) { return Decimal(units); }
  static std::optional<Decimal> from_integer(std::int64_t whole);

  constexpr std::int64_t units() const { return units_; }
  constexpr bool is_zero() const { return units_ == 0; }
  constexpr bool is_negative() const { return units_ < 0; }

  // Checked arithmetic: std::nullopt on overflow.
  std::optional<Decimal> plus(Decimal other) const;
  std::optional<Decimal> minus(Decimal other) const;
  std::optional<Decimal> times(std::int64_t factor) const;
  Decimal abs() const;  // |INT64_MIN| cannot occur: parsing bounds every value

  // One unit of the `decimals`-th digit after the point (0.01 for 2).
  static Decimal unit_of(int decimals);
  // Digits needed after the point to write the value exactly (0 for 12, 1 for 12.5).
  int decimals_used() const;

  // Plain text with exactly `decimals` digits after the point, no grouping: "2465.43".
  // If the value has more digits than `decimals`, all of them are kept.
  std::string to_string(int decimals) const;
  // Grouped for people: "2,465.43".
  std::string to_display(int decimals) const;

  friend constexpr auto operator<=>(Decimal, Decimal) = default;

 private:
  constexpr explicit Decimal(std::int64_t units) : units_(units) {}
  std::int64_t units_ = 0;
};

using Amount = Decimal;

// Result of reading a decimal written the way disclosures write it.
struct DecimalParse {
  std::optional<Decimal> value;  // set on success
  int decimals = 0;              // digits written after the point ("84.00" -> 2)
  std::string error;             // set on failure, in English, e.g. "thousands separator misplaced"
};

// Accepts "2465.43", "2,465.43", "-3", "0.5", "1e3" (exponent form, as JSON numbers may be
// written). Rejects spaces, full-width digits, misplaced separators, NaN/Infinity and any
// value that does not fit.
DecimalParse parse_decimal(std::string_view text);

}  // namespace budgetcheck
