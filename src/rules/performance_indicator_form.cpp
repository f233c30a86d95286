#include "performance_indicator_form.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceIndicatorForm::kInfo{
    .code = "BC306",
    .name = "performance-indicator-form",
    .default_severity = Severity::Error,
    .summary_zh = "绩效指标的指标性质、指标值和指标权重应填写规范",
    .summary_en = "Each indicator's nature, value and weight must be well formed",
    .explanation =
        "A performance indicator is a measurable target. For each indicator of every "
        "项目支出绩效目标表 and of the 部门（单位）整体绩效目标表:\n\n"
        "- **指标性质** is a comparison (`≥`, `≤`, `=`, `>`, `<`; the full-width forms `＞`, "
        "`＜`, `＝` are accepted) or one of the qualitative words 定性, 好, 较好, 一般, 较差, "
        "差, 高, 较高, 中, 较低, 低, 优, 良, 中等, 合格;\n"
        "- for a comparison, **指标值** is a number (a comparison against text cannot be "
        "measured): `90`, `4.5`, `280000000`; not `90%`, not `≥90`, not `全部`;\n"
        "- when the 计量单位 is `%`, the number lies between 0 and 100;\n"
        "- **指标权重** is present and greater than 0 (a weight of 0 or none leaves the "
        "indicator out of the evaluation; BC301 checks that the weights total 100).\n\n"
        "One finding per problem, located at the indicator.",
    .example =
        "An indicator 补助政策知晓率 with 指标性质 ≥, 计量单位 %, 指标值 900 → finding: "
        "计量单位为 % 的指标值应在 0 到 100 之间，实为 900.",
    .fix =
        "Write 指标值 as a plain number in the 计量单位 given (move `%` to 计量单位), use a "
        "qualitative 指标性质 (定性) for a target that is not a number, and give every "
        "indicator a positive 指标权重.",
};

namespace {

constexpr std::array<std::string_view, 8> kComparisons{"≥", "≤", "=", ">", "<", "＞", "＜", "＝"};
constexpr std::array<std::string_view, 15> kQualitative{"定性", "好", "较好", "一般", "较差",
                                                        "差",   "高", "较高", "中",   "较低",
                                                        "低",   "优", "良",   "中等", "合格"};

template <std::size_t N>
bool one_of(std::string_view text, const std::array<std::string_view, N>& list) {
  for (auto item : list)
    if (item == text)
      return true;
  return false;
}

const Decimal kHundred = Decimal::from_units(100 * Decimal::kUnitsPerOne);

// Every problem of one indicator, as the clause of a finding's message.
std::vector<Bilingual> problems(const PerformanceIndicator& indicator) {
  std::vector<Bilingual> out;
  const bool comparison = one_of(indicator.nature, kComparisons);
  if (!comparison && !one_of(indicator.nature, kQualitative)) {
    if (indicator.nature.empty())
      out.push_back({"未填指标性质", "指标性质 is empty"});
    else
      out.push_back(
          {fmt::format("指标性质“{}”既不是比较符号（≥ ≤ = > <）也不是定性词", indicator.nature),
           fmt::format("指标性质 “{}” is neither a comparison (≥ ≤ = > <) nor a qualitative word",
                       indicator.nature)});
  }
  if (comparison) {
    const DecimalParse parsed = parse_decimal(indicator.value);
    if (!parsed.value) {
      if (indicator.value.empty())
        out.push_back({fmt::format("指标性质为“{}”但未填指标值", indicator.nature),
                       fmt::format("指标性质 is “{}” but 指标值 is empty", indicator.nature)});
      else
        out.push_back(
            {fmt::format("指标性质为“{}”，指标值“{}”应为数字", indicator.nature, indicator.value),
             fmt::format("指标性质 is “{}”, so 指标值 “{}” should be a number", indicator.nature,
                         indicator.value)});
    } else if (indicator.unit == "%" && (parsed.value->is_negative() || *parsed.value > kHundred)) {
      out.push_back(
          {fmt::format("计量单位为 % 的指标值应在 0 到 100 之间，实为 {}", indicator.value),
           fmt::format("a 指标值 in % should lie between 0 and 100, it is {}", indicator.value)});
    }
  }
  if (!indicator.weight)
    out.push_back({"未填指标权重", "指标权重 is empty"});
  else if (indicator.weight->is_negative() || indicator.weight->is_zero())
    out.push_back(
        {fmt::format("指标权重应大于 0，实为 {}", indicator.weight->to_string(0)),
         fmt::format("指标权重 should be more than 0, it is {}", indicator.weight->to_string(0))});
  return out;
}

}  // namespace

void PerformanceIndicatorForm::check(RuleContext& context) const {
  const Document& document = context.document();
  const auto& projects = document.performance_projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    for (const auto& indicator : project.indicators) {
      context.count_check();
      for (auto& problem : problems(indicator)) {
        Finding f = project_finding(context, project, indicator.where);
        f.message = fmt::format("{}的指标“{}”：{}", describe_project(project, i), indicator.level3,
                                problem.zh);
        f.message_en = fmt::format("indicator “{}” of {}: {}", indicator.level3,
                                   describe_project_en(project, i), problem.en);
        context.report(std::move(f));
      }
    }
  }
  const PerformanceOverall& overall = document.performance_overall;
  if (overall.present) {
    for (const auto& indicator : overall.indicators) {
      context.count_check();
      for (auto& problem : problems(indicator)) {
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
  }
  if (projects.empty() && (!overall.present || overall.indicators.empty()))
    context.not_applicable("没有公开绩效指标", "no performance indicators are published");
}

}  // namespace budgetcheck
