#include "budgetcheck/import/narrative_reader.hpp"

namespace budgetcheck {

NarrativeReadResult read_narrative(std::span<const TextLine> lines, const std::string& source) {
  (void)source;
  NarrativeReadResult result;
  result.narrative.present = !lines.empty();
  return result;
}

}  // namespace budgetcheck
