#include "budgetcheck/rules/rounding.hpp"

namespace budgetcheck {

Amount RoundingRule::tolerance(std::size_t parts) const {
  // ½ unit is exact at Decimal's scale because decimals ≤ kMaxDecimals.
  const Amount half_unit = Amount::from_units(Amount::unit_of(decimals_).units() / 2);
  return half_unit.times(static_cast<std::int64_t>(parts) + 1).value_or(half_unit);
}

Agreement RoundingRule::judge_sum(Amount total, Amount sum_of_parts, std::size_t parts) const {
  if (total == sum_of_parts)
    return Agreement::Exact;
  const auto difference = total.minus(sum_of_parts);
  if (!difference)
    return Agreement::Mismatch;
  return difference->abs() <= tolerance(parts) ? Agreement::WithinRounding : Agreement::Mismatch;
}

}  // namespace budgetcheck
