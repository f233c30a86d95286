#include "performance_weights.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceWeights::kInfo{
    .code = "BC301",
    .name = "performance-weights",
    .default_severity = Severity::Error,
    .summary_zh = "项目绩效指标权重与预算执行率权重之和应为 100",
    .summary_en = "Per project, indicator weights plus the budget-execution weight must total 100",
    .explanation =
        "Each 项目支出绩效目标表 distributes 100 points: the 预算执行率权重 (budget-execution "
        "weight, usually 10) plus the 指标权重 of every indicator (产出指标, 效益指标, 满意度指标, "
        "成本指标). The rule adds them with exact decimal arithmetic and reports every project "
        "whose total is not exactly 100.\n\n"
        "When a table publishes no 预算执行率权重, the indicator weights alone must make 100. "
        "If they make more, that is an error; if they make less, the missing "
        "预算执行率权重 may explain it, so the rule reports an info finding instead of "
        "guessing the missing figure (BC307 reports a table whose header was lost).",
    .example =
        "A project with 预算执行率权重 10 and four indicators weighted 20, 20, 20 and 10: "
        "10 + 20 + 20 + 20 + 10 = 80 → finding: expected 100, found 80, difference −20.",
    .fix =
        "Correct the 指标权重 (or the 预算执行率权重) so that they total 100, or add the "
        "indicator that was left out.",
};

namespace {

const Decimal kHundred = Decimal::from_units(100 * Decimal::kUnitsPerOne);

}  // namespace

void PerformanceWeights::check(RuleContext& context) const {
  if (!require_projects(context))
    return;
  const auto& projects = context.document().performance_projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    Decimal sum;
    bool overflow = false;
    std::size_t unweighted = 0;
    for (const auto& indicator : project.indicators) {
      if (!indicator.weight) {
        ++unweighted;  // BC306 reports the missing weight
        continue;
      }
      const auto next = sum.plus(*indicator.weight);
      if (!next) {
        overflow = true;
        break;
      }
      sum = *next;
    }
    if (!overflow && project.execution_weight) {
      const auto next = sum.plus(*project.execution_weight);
      overflow = !next;
      sum = next.value_or(sum);
    }
    if (overflow) {
      context.could_not_run(
          fmt::format("{}的指标权重之和超出可计算范围", describe_project(project, i)),
          fmt::format("the weights of {} add up beyond what can be computed",
                      describe_project_en(project, i)));
      return;
    }
    context.count_check();
    if (sum == kHundred)
      continue;

    // The sum written out, 预算执行率权重 first: only for a finding.
    std::string formula;
    if (project.execution_weight)
      formula = project.execution_weight->to_string(0);
    for (const auto& indicator : project.indicators)
      if (indicator.weight)
        formula += (formula.empty() ? "" : " + ") + indicator.weight->to_string(0);
    if (formula.empty())
      formula = "0";
    const std::string who = describe_project(project, i);
    Finding f = project_finding(context, project, project.where);
    f.expected = kHundred;
    f.actual = sum;
    f.difference = sum.minus(kHundred);
    f.expected_formula = project.execution_weight ? "预算执行率权重 + Σ 指标权重 (" + formula + ")"
                                                  : "Σ 指标权重 (" + formula + ")";
    const std::string shown = sum.to_string(0);
    if (!project.execution_weight && sum < kHundred) {
      f.severity = Severity::Info;
      f.message =
          fmt::format("{}未载明预算执行率权重，指标权重之和为 {}（{}），无法核对权重合计是否为 100",
                      who, shown, formula);
      f.message_en = fmt::format(
          "{} states no 预算执行率权重 and its indicator weights add up to {} ({}): whether the "
          "weights total 100 cannot be checked",
          describe_project_en(project, i), shown, formula);
    } else {
      f.message =
          fmt::format("{}的{}权重合计应为 100，实为 {}（{}）", who,
                      project.execution_weight ? "预算执行率权重与指标" : "指标", shown, formula);
      f.message_en = fmt::format(
          "the {} of {} should total 100, they total {} ({})",
          project.execution_weight ? "预算执行率权重 and indicator weights" : "indicator weights",
          describe_project_en(project, i), shown, formula);
    }
    if (unweighted > 0) {
      f.message += fmt::format("；另有 {} 个指标未填指标权重", unweighted);
      f.message_en += fmt::format("; {} more indicator(s) have no 指标权重", unweighted);
    }
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
