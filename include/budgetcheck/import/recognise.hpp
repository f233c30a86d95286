#pragma once
// Grids → Document: finds the standard tables by their titles, maps their columns by header
// text, reads codes and amounts exactly, and remembers where every value came from (the source
// line:column or sheet!cell, plus the JSON Pointer it gets in the JSON `import` writes).
// Every cell that cannot be placed is a LoadProblem: nothing is silently dropped.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/import/narrative_reader.hpp"
#include "budgetcheck/load/load_problem.hpp"
#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/model/document.hpp"

namespace budgetcheck {

// What a source knows about the document before its tables are read (its heading lines,
// a file name, a command-line option). Unset fields are taken from the tables where they say
// it (编制单位 lines, 单位 lines, titles such as "2026年项目支出绩效目标表").
struct HeaderHints {
  std::optional<std::string> unit_code;
  std::optional<std::string> unit_name;
  std::optional<DisclosureLevel> level;
  std::optional<int> year;
  std::optional<AmountUnit> amount_unit;
  std::optional<std::string> unit_type;
  std::optional<std::string> region;
  std::optional<std::string> source;
  SourceLocation where;  // where the heading is (first line of the document)
};

// Reads the heading of a disclosure text: the unit name (first non-empty line), "2026 年单位
// 预算情况说明" (year, level), the kind of unit stated in the text ("属行政机构" → 行政) and
// the region at the start of the unit name. `lines` is the narrative part, in order.
HeaderHints read_heading(std::span<const TextLine> lines, const std::string& source);

struct RecogniseResult {
  Document document;                  // complete as far as it could be read
  std::vector<LoadProblem> problems;  // empty when every row was placed
};

// `grids`: the table part of the document, in order (tables may span grids, e.g. one per
// sheet). Cells of one table are aligned by index: cell i of every row is the same column.
RecogniseResult recognise_tables(const std::vector<Grid>& grids, const HeaderHints& hints);

// The last step of every import: `problems` (from the source, the narrative and the
// recogniser) plus what the strict loader finds in the JSON the document would be written as
// (codes without parents, duplicates, …), each at its source position. The document comes
// back, with JSON Pointers assigned, only when there is no problem.
LoadResult finish_import(Document document, std::vector<LoadProblem> problems);

}  // namespace budgetcheck
