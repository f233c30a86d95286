#include "performance_budget.hpp"

#include <array>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceBudget::kInfo{
    .code = "BC302",
    .name = "performance-budget",
    .default_severity = Severity::Error,
    .summary_zh = "项目支出绩效目标表中当年预算应等于本级安排与上级补助之和",
    .summary_en = "Per project, 当年预算 must equal 本级安排 + 上级补助",
    .explanation =
        "A 项目支出绩效目标表 states the project's 当年预算 and where it comes from: 本级安排 "
        "(arranged by this level of government) and 上级补助 (subsidy from the level above). "
        "The two sources make up the budget, so 当年预算 = 本级安排 + 上级补助. A blank cell "
        "counts as 0 (most projects leave 上级补助 blank). The sum is judged under the "
        "rounding rule like every other sum.\n\n"
        "A project that states neither 本级安排 nor 上级补助 does not split its budget "
        "and is not compared here (BC307 reports a missing 当年预算).",
    .example =
        "项目 50011023T000003526103 市中小微企业发展专项资金: 当年预算 200.00, 本级安排 blank, "
        "上级补助 150.00 → expected 150.00 (本级安排 + 上级补助), found 200.00, difference 50.00.",
    .fix =
        "Check the three figures against the published table; correct the one that was "
        "mistyped, or report the disclosure if the published figures disagree.",
};

void PerformanceBudget::check(RuleContext& context) const {
  if (!require_projects(context))
    return;
  bool compared = false;
  for (const ProjectPerformance& project : context.document().performance_projects) {
    // Without either source the split is not stated (Shanghai-style tables print only
    // 当年预算): nothing to add up. BC307 reports a missing 当年预算.
    if (project.own_arrangement.blank() && project.higher_subsidy.blank())
      continue;
    compared = true;
    CellRef target = CellRef::named(TableKind::PerformanceProjects, project.budget, project.name,
                                    std::nullopt, "当年预算");
    target.own_code = project.code;
    std::array<CellRef, 2> parts{
        CellRef::named(TableKind::PerformanceProjects, project.own_arrangement, project.name,
                       std::nullopt, "本级安排"),
        CellRef::named(TableKind::PerformanceProjects, project.higher_subsidy, project.name,
                       std::nullopt, "上级补助"),
    };
    for (auto& part : parts)
      part.own_code = project.code;
    context.expect_sum(target, parts);
  }
  if (!compared)
    context.not_applicable("项目支出绩效目标表均未载明当年预算、本级安排或上级补助",
                           "no 项目支出绩效目标表 states 当年预算, 本级安排 or 上级补助");
}

}  // namespace budgetcheck
