#include "performance_core.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceCore::kInfo{
    .code = "BC305",
    .name = "performance-core",
    .default_severity = Severity::Error,
    .summary_zh = "每个项目应至少设置一个核心绩效指标",
    .summary_en = "Each project must mark at least one core indicator (是否核心指标 = 是)",
    .explanation =
        "Performance targets distinguish 核心指标 (core indicators: the few that show whether the "
        "project achieved its purpose, used first in evaluation and in the next budget) from "
        "the rest (财预〔2021〕101号). A 项目支出绩效目标表 whose indicators are all marked "
        "是否核心指标 = 否, or left unmarked, has no core target, so at least one indicator per "
        "project must be marked 是. A project with no indicators at all is reported too.",
    .example =
        "A project whose five indicators are all 否 → finding: 项目 …未设置核心指标"
        "（是否核心指标均不为“是”）.",
    .fix =
        "Mark the indicators that measure the project's main output or effect as 核心指标 "
        "(是否核心指标 = 是).",
};

void PerformanceCore::check(RuleContext& context) const {
  if (!require_projects(context))
    return;
  const auto& projects = context.document().performance_projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    context.count_check();
    bool has_core = false;
    for (const auto& indicator : project.indicators)
      if (indicator.core.value_or(false))
        has_core = true;
    if (has_core)
      continue;
    Finding f = project_finding(context, project, project.where);
    f.message =
        project.indicators.empty()
            ? fmt::format("{}未列出绩效指标，因而没有核心指标", describe_project(project, i))
            : fmt::format("{}未设置核心指标（{} 个指标的是否核心指标均不为“是”）",
                          describe_project(project, i), project.indicators.size());
    f.message_en = project.indicators.empty()
                       ? fmt::format("{} lists no performance indicators, hence no core indicator",
                                     describe_project_en(project, i))
                       : fmt::format(
                             "{} has no core indicator (none of its {} indicators has "
                             "是否核心指标 = “是”)",
                             describe_project_en(project, i), project.indicators.size());
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
