#include "budgetcheck/rules/performance_support.hpp"

#include <fmt/format.h>

namespace budgetcheck {

std::string describe_project(const ProjectPerformance& project, std::size_t index) {
  if (project.code.empty() && project.name.empty())
    return fmt::format("第 {} 张项目支出绩效目标表（未载明项目）", index + 1);
  std::string text = "项目";
  if (!project.code.empty())
    text += " " + project.code;
  if (!project.name.empty())
    text += " " + project.name;
  return text;
}

std::string describe_project_en(const ProjectPerformance& project, std::size_t index) {
  if (project.code.empty() && project.name.empty())
    return fmt::format("项目支出绩效目标表 no. {} (no project named)", index + 1);
  std::string text = "project";
  if (!project.code.empty())
    text += " " + project.code;
  if (!project.name.empty())
    text += " " + project.name;
  return text;
}

CellRef project_ref(const ProjectPerformance& project, const Cell* cell, std::string label) {
  CellRef ref;
  ref.table = TableKind::PerformanceProjects;
  ref.own_code = project.code;
  ref.own_name = project.name;
  ref.cell = cell;
  ref.own_label = std::move(label);
  return ref;
}

Finding project_finding(const RuleContext& context, const ProjectPerformance& project,
                        const SourceLocation& where) {
  Finding f = context.finding_at(project_ref(project));
  f.where = where;
  return f;
}

std::string_view strip_indicator_suffix(std::string_view name) {
  constexpr std::string_view suffix = "指标";
  if (name.size() > suffix.size() && name.ends_with(suffix))
    name.remove_suffix(suffix.size());
  return name;
}

bool require_projects(RuleContext& context) {
  const Document& doc = context.document();
  if (!doc.performance_projects_present) {
    context.not_applicable("未公开项目支出绩效目标表", "项目支出绩效目标表 is not published");
    return false;
  }
  if (doc.performance_projects.empty()) {
    context.not_applicable("项目支出绩效目标表中没有项目", "项目支出绩效目标表 lists no project");
    return false;
  }
  return true;
}

}  // namespace budgetcheck
