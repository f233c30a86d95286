#include "office_operation.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo OfficeOperation::kInfo{
    .code = "BC212",
    .name = "office-operation",
    .default_severity = Severity::Error,
    .summary_zh = "行政单位和参公单位的机关运行经费应等于基本支出表公用经费合计",
    .summary_en =
        "机关运行经费 (office operation) equals the 公用经费 total of the 基本支出表 for "
        "行政 and 参公 units",
    .explanation =
        "机关运行经费 is the 公用经费 of the 一般公共预算财政拨款基本支出 of administrative units "
        "(行政单位) and units run like the civil service (参照公务员法管理的事业单位, 参公). For "
        "them the figure stated in the narrative (五、其他重要事项 ·（一）机关运行经费), and the "
        "机关运行经费 cell some regions print in the “三公” table, must equal the 合计 row · "
        "公用经费 of the 一般公共预算财政拨款基本支出表.\n\n"
        "For 事业单位 and departments that include them (混合) the two differ by design: the "
        "rule is not applicable. When the document does not declare `unit_type` the rule "
        "cannot know which case applies and does not run.",
    .example =
        "行政 unit, narrative “运行经费 113.38 万元”, 基本支出表 合计 · 公用经费 113.83:\n\n"
        "    情况说明“……运行经费 113.38 万元……”所述机关运行经费 113.38 万元 与一般公共预算财政"
        "拨款基本支出表 合计 · 公用经费（113.83 万元）不一致，相差 -0.45",
    .fix =
        "Correct the figure that was mistyped. If the unit is a 事业单位, declare its "
        "`unit_type` so the rule does not apply.",
};

void OfficeOperation::check(RuleContext& context) const {
  const Document& doc = context.document();
  const auto stated = claims::of_subject(doc.narrative, ClaimSubject::OfficeOperation);
  const bool in_three_public = doc.three_public.present && doc.three_public.has_office_operation;
  if (stated.empty() && !in_three_public) {
    context.not_applicable("情况说明和“三公”经费表均未列示机关运行经费",
                           "neither the narrative nor the “三公” table states 机关运行经费");
    return;
  }
  const auto& unit_type = doc.header.unit_type;
  if (!unit_type) {
    context.could_not_run("未声明单位性质（unit_type），无法判断机关运行经费口径",
                          "the unit type (unit_type) is not declared, so the scope of "
                          "机关运行经费 cannot be told");
    return;
  }
  if (*unit_type != "行政" && *unit_type != "参公") {
    context.not_applicable(
        fmt::format("单位性质为{}，机关运行经费不等于基本支出公用经费（仅行政单位和参公单位适用）",
                    *unit_type),
        fmt::format("the unit type is {}: 机关运行经费 equals the 公用经费 of 基本支出 only for "
                    "行政 and 参公 units",
                    *unit_type));
    return;
  }
  const ClassifiedTable& basic = doc.general_public_basic;
  if (!basic.present) {
    context.could_not_run("未公开一般公共预算财政拨款基本支出表，无法核对机关运行经费",
                          "一般公共预算财政拨款基本支出表 is not published, so 机关运行经费 "
                          "cannot be checked");
    return;
  }
  Cell blank_public;
  blank_public.where = basic.where;
  CellRef figure =
      CellRef::named(TableKind::GeneralPublicBasic, blank_public, "合计", Column::Public);
  if (basic.totals && basic.has_column(Column::Public)) {
    figure = total_cell(TableKind::GeneralPublicBasic, *basic.totals, Column::Public, "合计");
  } else if (!basic.empty()) {
    if (basic.has_column(Column::Public))
      context.could_not_run("一般公共预算财政拨款基本支出表未列合计行",
                            "一般公共预算财政拨款基本支出表 has no 合计 row");
    else
      context.could_not_run("一般公共预算财政拨款基本支出表未列公用经费列",
                            "一般公共预算财政拨款基本支出表 has no 公用经费 column");
    return;
  }
  for (const Claim* claim : stated)
    claims::expect_claim_equals(context, *claim, figure);
  if (in_three_public) {
    const CellRef cell =
        CellRef::named(TableKind::ThreePublic, doc.three_public.office_operation, "机关运行经费");
    context.expect_same(cell, figure);
  }
}

}  // namespace budgetcheck
