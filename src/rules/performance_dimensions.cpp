#include "performance_dimensions.hpp"

#include <fmt/format.h>

#include <string_view>
#include <vector>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceDimensions::kInfo{
    .code = "BC303",
    .name = "performance-dimensions",
    .default_severity = Severity::Error,
    .summary_zh = "项目绩效指标应包括产出指标、效益指标和满意度指标",
    .summary_en = "Each project must have 产出, 效益 and 满意度 indicators",
    .explanation =
        "The performance-target framework (《中央部门项目支出核心绩效目标和指标设置及取值指引"
        "（试行）》, 财预〔2021〕101号, and the regional 绩效目标 templates) sets targets in "
        "several dimensions: 产出指标 (what the money produces), 效益指标 (what it achieves) and "
        "满意度指标 (what those served think of it). A project whose targets leave out a "
        "dimension cannot be evaluated in it, so every 项目支出绩效目标表 must have at least one "
        "indicator under each of 产出指标, 效益指标 and 满意度指标.\n\n"
        "成本指标 is required only when configured (the rule's `require_cost` option, off by "
        "default): regions differ on whether it is a separate first-level dimension. "
        "一级指标 names are compared with or without the suffix 指标 (\"满意度\" = "
        "\"满意度指标\"). One finding per missing dimension per project.",
    .example =
        "项目 50011026T000005582514 绿色循环发展专项 publishes five indicators, all under "
        "产出指标 or 效益指标 → finding: 项目 50011026T000005582514 "
        "绿色循环发展专项缺少满意度指标.",
    .fix =
        "Add the missing dimension's indicators to the project's 绩效目标 (e.g. a "
        "服务对象满意度指标 such as 受益对象满意度 ≥ 90%). If the published table has them "
        "and the transcription lost them, correct the transcription.",
};

void PerformanceDimensions::check(RuleContext& context) const {
  if (!require_projects(context))
    return;
  std::vector<std::string_view> required{"产出", "效益", "满意度"};
  if (require_cost_)
    required.insert(required.begin() + 1, "成本");
  const auto& projects = context.document().performance_projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    for (std::string_view dimension : required) {
      bool found = false;
      for (const auto& indicator : project.indicators)
        if (strip_indicator_suffix(indicator.level1) == dimension)
          found = true;
      context.count_check();
      if (found)
        continue;
      Finding f = project_finding(context, project, project.where);
      f.message = fmt::format("{}缺少{}指标", describe_project(project, i), dimension);
      f.message_en =
          fmt::format("{} has no {}指标 indicator", describe_project_en(project, i), dimension);
      context.report(std::move(f));
    }
  }
}

}  // namespace budgetcheck
