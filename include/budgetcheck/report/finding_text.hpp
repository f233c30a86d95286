#pragma once
// Short texts about a finding shared by the one-line and table formats (GitHub, GitLab,
// JUnit, SARIF, Markdown): where it is in words, its figures, its place in the input.
// The text report keeps its own richer layout.

#include <string>
#include <string_view>

#include "budgetcheck/rules/finding.hpp"

namespace budgetcheck {

// "一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出"; `whole_document` when
// the finding concerns no table, row or column.
std::string finding_place(const Finding& finding, std::string_view whole_document = "（全文）");

// "应为 1163.05（20805 + 20808），实为 1160.00，差额 -3.05" as decimal strings with the
// document's decimals (no grouping: these lines are copied into other tools); "实为 空白"
// for a blank cell; "（在舍入误差以内）" when the difference is within rounding. Empty when
// the rule compared no figures.
std::string finding_figures(const Finding& finding, int decimals);

// Where in the input, without the file: the origin of an imported value when known
// ("Sheet1!C5"), then the JSON Pointer; empty when neither is known.
std::string location_text(const SourceLocation& where);

// `text` with every invalid UTF-8 sequence replaced by U+FFFD: messages may quote a
// broken input, and XML and JSON consumers reject invalid UTF-8.
std::string valid_utf8(std::string_view text);

}  // namespace budgetcheck
