#pragma once
// Exact percentages and rounding for rules that restate ratios (同比增减幅度, 覆盖率).
// Everything is integer arithmetic on Decimal units (__int128 for products): a stated
// "12.5%" is judged against the true ratio without binary floating point.

#include <optional>

#include "budgetcheck/model/decimal.hpp"

namespace budgetcheck {

// `value` rounded to `decimals` digits after the point, half away from zero
// (四舍五入 as published figures are rounded). Values already that short are unchanged.
Decimal round_half_up(Decimal value, int decimals);

// 100·part/whole rounded half up to `decimals` digits; std::nullopt when whole is 0.
std::optional<Decimal> percent_of(Amount part, Amount whole, int decimals);

// A stated percentage is consistent with part/whole when it is within half a unit of
// its own last digit: |stated − 100·|part|/|whole|| ≤ ½·10^-d, d = stated.decimals_used().
// "12.5" for 1/8 passes; "12.4" fails; "13" passes for 12.5 (boundary is inclusive).
// False when whole is 0 (a percentage of nothing is never consistent).
bool percent_consistent(Decimal stated, Amount part, Amount whole);

}  // namespace budgetcheck
