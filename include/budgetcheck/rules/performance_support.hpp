#pragma once
// Shared by the performance-target rules (BC30x): how a 项目支出绩效目标表 or one of its
// indicators is named in a finding, and the 一级/二级指标 names without their suffix.

#include <cstddef>
#include <string>
#include <string_view>

#include "budgetcheck/model/tables.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

// "项目 50011021T000000052342 参战参核军人生活补助"; a table that names no project (its header
// was lost) is called by its position: "第 8 张项目支出绩效目标表（未载明项目）". `index` is
// 0-based.
std::string describe_project(const ProjectPerformance& project, std::size_t index);
// The same in English: "project 5001… 参战参核军人生活补助", "项目支出绩效目标表 no. 8 (no project
// named)".
std::string describe_project_en(const ProjectPerformance& project, std::size_t index);

// The project as a finding names it: table PerformanceProjects, row_code = 项目编码,
// row_name = 项目名称. `cell` (optional) is one of the project's figures.
CellRef project_ref(const ProjectPerformance& project, const Cell* cell = nullptr,
                    std::string label = {});

// A finding about the project (or one of its indicators), located at `where`.
Finding project_finding(const RuleContext& context, const ProjectPerformance& project,
                        const SourceLocation& where);

// "产出指标" -> "产出", "数量指标" -> "数量"; names without the suffix are returned as they are.
std::string_view strip_indicator_suffix(std::string_view name);

// True when the document publishes at least one 项目支出绩效目标表; otherwise records why the
// rule is not applicable and returns false.
bool require_projects(RuleContext& context);

}  // namespace budgetcheck
