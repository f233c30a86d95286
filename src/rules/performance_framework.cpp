#include "performance_framework.hpp"

#include <fmt/format.h>

#include <array>
#include <span>
#include <string_view>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceFramework::kInfo{
    .code = "BC304",
    .name = "performance-framework",
    .default_severity = Severity::Info,
    .summary_zh = "二级指标应属于其一级指标的标准分类",
    .summary_en = "Each 二级指标 should be a standard one of its 一级指标",
    .explanation =
        "The standard performance-indicator framework (财预〔2021〕101号 and the regional "
        "templates) fixes the 二级指标 under each 一级指标:\n\n"
        "| 一级指标 | 二级指标 |\n"
        "|---|---|\n"
        "| 产出指标 | 数量指标, 质量指标, 时效指标, 成本指标 |\n"
        "| 成本指标 | 经济成本指标, 社会成本指标, 生态环境成本指标 |\n"
        "| 效益指标 | 经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标 |\n"
        "| 满意度指标 | 服务对象满意度指标 |\n\n"
        "(成本指标 appears both as a 二级指标 of 产出指标, as in the older templates, and as a "
        "一级指标 of its own.) Names are compared with or without the suffix 指标. An indicator "
        "filed under a non-standard 二级指标 (e.g. 效果指标 or 安全指标 under 产出指标, or a bare "
        "满意度指标 under 满意度指标) is reported as info naming the standard ones, as is an "
        "unknown 一级指标. This is advice, not an error: the indicator itself may be sound. "
        "The indicators of 部门（单位）整体绩效目标表 are checked too.",
    .example =
        "项目 50011023T000003526103 市中小微企业发展专项资金, indicator 缓解企业资金压力 under "
        "产出指标 / 效果指标 → info: 二级指标“效果指标”不属于产出指标的标准二级指标（数量指标、"
        "质量指标、时效指标、成本指标）.",
    .fix =
        "File the indicator under the standard 二级指标 it measures (an effect such as "
        "缓解企业资金压力 is a 效益指标; a safety target such as 安全隐患整治率 is usually a "
        "质量指标; 企业满意度 is a 服务对象满意度指标).",
};

namespace {

struct Dimension {
  std::string_view level1;
  std::span<const std::string_view> level2;
  std::string_view listed;     // the standard 二级指标 as a finding names them
  std::string_view listed_en;  // the same, listed the English way
};

constexpr std::array<std::string_view, 4> kOutput{"数量", "质量", "时效", "成本"};
constexpr std::array<std::string_view, 3> kCost{"经济成本", "社会成本", "生态环境成本"};
constexpr std::array<std::string_view, 4> kBenefit{"经济效益", "社会效益", "生态效益",
                                                   "可持续影响"};
constexpr std::array<std::string_view, 1> kSatisfaction{"服务对象满意度"};

const std::array<Dimension, 4> kFramework{{
    {"产出", kOutput, "数量指标、质量指标、时效指标、成本指标",
     "数量指标, 质量指标, 时效指标, 成本指标"},
    {"成本", kCost, "经济成本指标、社会成本指标、生态环境成本指标",
     "经济成本指标, 社会成本指标, 生态环境成本指标"},
    {"效益", kBenefit, "经济效益指标、社会效益指标、生态效益指标、可持续影响指标",
     "经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标"},
    {"满意度", kSatisfaction, "服务对象满意度指标", "服务对象满意度指标"},
}};

const Dimension* find_dimension(std::string_view level1) {
  for (const auto& d : kFramework)
    if (d.level1 == level1)
      return &d;
  return nullptr;
}

// Judges one indicator; returns the finding's message, empty when it conforms.
Bilingual judge(const PerformanceIndicator& indicator) {
  const Dimension* dimension = find_dimension(strip_indicator_suffix(indicator.level1));
  if (!dimension)
    return {fmt::format("一级指标“{}”不是标准一级指标（产出指标、成本指标、效益指标、满意度指标）",
                        indicator.level1),
            fmt::format("一级指标 “{}” is not a standard 一级指标 (产出指标, 成本指标, 效益指标, "
                        "满意度指标)",
                        indicator.level1)};
  const std::string_view level2 = strip_indicator_suffix(indicator.level2);
  for (auto standard : dimension->level2)
    if (standard == level2)
      return {};
  if (indicator.level2.empty())
    return {
        fmt::format("未填二级指标，{}指标的标准二级指标为{}", dimension->level1, dimension->listed),
        fmt::format("二级指标 is empty; the standard 二级指标 of {}指标 are {}", dimension->level1,
                    dimension->listed_en)};
  return {fmt::format("二级指标“{}”不属于{}指标的标准二级指标（{}）", indicator.level2,
                      dimension->level1, dimension->listed),
          fmt::format("二级指标 “{}” is not a standard 二级指标 of {}指标 ({})", indicator.level2,
                      dimension->level1, dimension->listed_en)};
}

}  // namespace

void PerformanceFramework::check(RuleContext& context) const {
  const Document& document = context.document();
  const auto& projects = document.performance_projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    for (const auto& indicator : project.indicators) {
      context.count_check();
      const Bilingual problem = judge(indicator);
      if (problem.zh.empty())
        continue;
      Finding f = project_finding(context, project, indicator.where);
      f.message = fmt::format("{}的指标“{}”：{}", describe_project(project, i), indicator.level3,
                              problem.zh);
      f.message_en = fmt::format("indicator “{}” of {}: {}", indicator.level3,
                                 describe_project_en(project, i), problem.en);
      context.report(std::move(f));
    }
  }
  const PerformanceOverall& overall = document.performance_overall;
  if (overall.present) {
    for (const auto& indicator : overall.indicators) {
      context.count_check();
      const Bilingual problem = judge(indicator);
      if (problem.zh.empty())
        continue;
      CellRef ref;
      ref.table = TableKind::PerformanceOverall;
      Finding f = context.finding_at(ref);
      f.where = indicator.where;
      f.message =
          fmt::format("部门（单位）整体绩效目标表的指标“{}”：{}", indicator.level3, problem.zh);
      f.message_en = fmt::format("indicator “{}” of 部门（单位）整体绩效目标表: {}",
                                 indicator.level3, problem.en);
      context.report(std::move(f));
    }
  }
  if (projects.empty() && (!overall.present || overall.indicators.empty()))
    context.not_applicable("没有公开绩效指标", "no performance indicators are published");
}

}  // namespace budgetcheck
