#pragma once
// The 情况说明 text → its sections and the structured claims the rules need (totals,
// changes, "三公", 机关运行经费, 政府采购, 绩效, vehicles), each with the sentence it came
// from. A sentence that looks like a claim but cannot be read is a problem, never a guess.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "budgetcheck/load/load_problem.hpp"
#include "budgetcheck/model/narrative.hpp"

namespace budgetcheck {

struct TextLine {
  std::string text;        // one line of the source, without its line break
  std::uint32_t line = 0;  // 1-based line number in the source
};

struct NarrativeReadResult {
  Narrative narrative;
  std::vector<LoadProblem> problems;  // claim-like sentences that could not be read
  // "万元" or "元": the unit of the first money figure, which every money claim is stated in
  // (a claim-like figure in another unit is a problem, not a claim); empty when none. The importer
  // compares it with the document's amount_unit.
  std::string amount_unit;
};

// `lines`: the narrative part of a document (from its title to the first table), in order.
// `source`: the file, for SourceLocation::origin-free messages.
NarrativeReadResult read_narrative(std::span<const TextLine> lines, const std::string& source);

}  // namespace budgetcheck
