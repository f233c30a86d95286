#pragma once
// Recognising table titles ("一般公共预算财政拨款支出预算表", "2026年部门收支总表") and printed
// table numbers ("表二") (internal header).

#include <optional>
#include <string>
#include <string_view>

#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck::import_titles {

// The standard table a title names, or std::nullopt.
std::optional<TableKind> table_kind_from_title(std::string_view title);

// A line that reads like a table title: short, ends in 表 (or 表（续）), no sentence punctuation.
bool looks_like_title(std::string_view text);

// "表二", "表 2", "表2-1" → the label as printed (trimmed); std::nullopt otherwise.
std::optional<std::string> table_label(std::string_view text);

// The year at the start of a title ("2026年项目支出绩效目标表" → 2026).
std::optional<int> title_year(std::string_view title);

}  // namespace budgetcheck::import_titles
