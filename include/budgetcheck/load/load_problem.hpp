#pragma once
// A problem with the input: why it cannot be loaded, and exactly where.

#include <string>
#include <vector>

#include "budgetcheck/model/source_location.hpp"

namespace budgetcheck {

struct LoadProblem {
  std::string message;  // English, one sentence; may quote the offending text
  SourceLocation
      where;  // pointer may be empty for syntax errors; line:column always set when known
};

}  // namespace budgetcheck
