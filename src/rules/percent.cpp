#include "budgetcheck/rules/percent.hpp"

#include <cstdint>

namespace budgetcheck {
namespace {

// __extension__: -Wpedantic rejects the GCC/Clang 128-bit type otherwise.
__extension__ typedef __int128 i128;

i128 abs128(i128 v) {
  return v < 0 ? -v : v;
}

i128 pow10(int n) {
  i128 p = 1;
  for (int i = 0; i < n; ++i)
    p *= 10;
  return p;
}

// n / d rounded half away from zero; d > 0.
i128 divide_rounded(i128 n, i128 d) {
  const i128 q = abs128(n) / d;
  const i128 r = abs128(n) % d;
  const i128 rounded = 2 * r >= d ? q + 1 : q;
  return n < 0 ? -rounded : rounded;
}

}  // namespace

Decimal round_half_up(Decimal value, int decimals) {
  if (decimals >= Decimal::kScale)
    return value;
  if (decimals < 0)
    decimals = 0;
  const i128 step = pow10(Decimal::kScale - decimals);
  const i128 units = divide_rounded(value.units(), step) * step;
  return Decimal::from_units(static_cast<std::int64_t>(units));
}

std::optional<Decimal> percent_of(Amount part, Amount whole, int decimals) {
  if (whole.is_zero())
    return std::nullopt;
  if (decimals < 0)
    decimals = 0;
  if (decimals > Decimal::kScale)
    decimals = Decimal::kScale;
  // 100·part/whole in units of 10^-decimals.
  i128 n = static_cast<i128>(part.units()) * 100 * pow10(decimals);
  i128 d = whole.units();
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const i128 q = divide_rounded(n, d) * pow10(Decimal::kScale - decimals);
  // A ratio beyond Decimal's range is meaningless as a published percentage.
  if (abs128(q) > static_cast<i128>(INT64_MAX))
    return std::nullopt;
  return Decimal::from_units(static_cast<std::int64_t>(q));
}

bool percent_consistent(Decimal stated, Amount part, Amount whole) {
  if (whole.is_zero())
    return false;
  // stated = S/10^4, true = 100·P/W with P, W in units. Multiply the condition
  // |S/10^4 − 100·P/W| ≤ U/(2·10^4) by 2·10^4·W:  |2·(S·W − 10^6·P)| ≤ U·W,
  // U = one unit of the stated last digit, in units.
  const int d = stated.decimals_used();
  const i128 unit = pow10(Decimal::kScale - d);
  const i128 s = abs128(stated.units());
  const i128 p = abs128(part.units());
  const i128 w = abs128(whole.units());
  return abs128(2 * (s * w - pow10(6) * p)) <= unit * w;
}

}  // namespace budgetcheck
