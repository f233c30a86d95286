#pragma once
// What a rule found: one cell (or fact) that is wrong, where it is, what was
// expected, what was found and by how much they differ.

#include <optional>
#include <string>
#include <string_view>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/decimal.hpp"
#include "budgetcheck/model/source_location.hpp"
#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck {

enum class Severity { Info, Warning, Error };

std::string_view severity_key(Severity severity);  // "info" / "warning" / "error"
std::string_view severity_zh(Severity severity);   // "提示" / "警告" / "错误"
std::optional<Severity> severity_from_key(std::string_view key);

// One more finding of `severity` in any tally with errors, warnings and infos.
template <typename Tally>
void count_severity(Tally& tally, Severity severity) {
  switch (severity) {
    case Severity::Error:
      ++tally.errors;
      break;
    case Severity::Warning:
      ++tally.warnings;
      break;
    case Severity::Info:
      ++tally.infos;
      break;
  }
}

// A sentence in both report languages. The Chinese is the reference text; the English
// names tables, columns and rows by their official Chinese names all the same.
struct Bilingual {
  std::string zh;
  std::string en;
};

struct Finding {
  std::string rule_code;  // "BC101"
  std::string rule_name;  // "functional-rollup"
  Severity severity = Severity::Error;

  std::optional<TableKind> table;
  std::string row_code;  // 科目编码, empty for rows without one
  std::string row_name;  // 科目名称 / 项目 as published ("合计" for the total row)
  std::optional<Column> column;

  std::optional<Amount> expected;
  std::optional<Amount> actual;  // std::nullopt with actual_blank: the cell is blank
  bool actual_blank = false;
  std::optional<Amount> difference;  // actual - expected
  std::string expected_formula;      // how expected was formed, e.g. "20805 + 20808"
  bool within_rounding = false;      // the difference is explained by rounding
  std::optional<Amount> tolerance;   // the rounding allowance that was applied

  std::string message;  // one sentence in Chinese, domain terms by official name
  SourceLocation where;
  std::string message_en;  // `message` in English; table, column and row names stay Chinese
};

}  // namespace budgetcheck
