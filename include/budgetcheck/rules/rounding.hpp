#pragma once
// Rounding judged by a stated rule (interval consistency, as XBRL Calculations 1.1):
// a figure published with d decimals stands for the interval ±½·10^-d around it.
// A total and n published parts are consistent within rounding when
//     |total − Σ parts| ≤ ½·10^-d · (n + 1).
// The same figure published in two places must be identical: both are the rounding
// of one true value, and rounding is deterministic.

#include <cstddef>

#include "budgetcheck/model/decimal.hpp"

namespace budgetcheck {

enum class Agreement { Exact, WithinRounding, Mismatch };

class RoundingRule {
 public:
  explicit RoundingRule(int decimals) : decimals_(decimals) {}

  int decimals() const { return decimals_; }
  // ½·10^-d · (n + 1), exact because d ≤ Decimal::kMaxDecimals.
  Amount tolerance(std::size_t parts) const;
  Agreement judge_sum(Amount total, Amount sum_of_parts, std::size_t parts) const;
  static Agreement judge_same(Amount a, Amount b) {
    return a == b ? Agreement::Exact : Agreement::Mismatch;
  }

 private:
  int decimals_;
};

}  // namespace budgetcheck
