#include "basic_economic_agreement.hpp"

#include <array>
#include <string>

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo BasicEconomicAgreement::kInfo{
    .code = "BC135",
    .name = "basic-economic-agreement",
    .default_severity = Severity::Error,
    .summary_zh = "一般公共预算财政拨款支出表的基本支出合计应与基本支出表合计一致",
    .summary_en =
        "基本支出 in the general public budget expenditure table equals the total of "
        "the basic expenditure (economic classification) table",
    .explanation =
        "The 一般公共预算财政拨款基本支出表 breaks the 基本支出 of the 一般公共预算财政拨款支出表 "
        "down by 部门预算支出经济分类 instead of 支出功能分类. Both totals are the same money, "
        "so the 基本支出 column of the 合计 row must equal the 合计 (总计) of the 基本支出表, "
        "exactly. Where both tables also publish 人员经费 and 公用经费 columns, their 合计 "
        "must agree as well.",
    .example =
        "一般公共预算财政拨款支出表 合计 · 基本支出 587.84; 基本支出表 合计 578.84:\n\n"
        "    一般公共预算财政拨款支出表 · 合计 · 基本支出\n"
        "      expected 578.84 (一般公共预算财政拨款基本支出表 合计 · 合计), found 587.84, "
        "difference 9.00",
    .fix =
        "Check both 合计 rows against the published tables. If the 基本支出表's own rows add "
        "up to its 合计 (BC10x), the difference lies between the two tables: report it.",
};

namespace {

constexpr TableKind kExpenditure = TableKind::GeneralPublicExpenditure;
constexpr TableKind kBasic = TableKind::GeneralPublicBasic;

}  // namespace

void BasicEconomicAgreement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const ClassifiedTable& expenditure = doc.general_public_expenditure;
  const ClassifiedTable& basic = doc.general_public_basic;
  if (!expenditure.present) {
    context.not_applicable("未公开一般公共预算财政拨款支出表",
                           "一般公共预算财政拨款支出表 is not published");
    return;
  }
  if (!basic.present) {
    context.not_applicable("未公开一般公共预算财政拨款基本支出表",
                           "一般公共预算财政拨款基本支出表 is not published");
    return;
  }
  if (!expenditure.has_column(Column::Basic)) {
    context.not_applicable("一般公共预算财政拨款支出表未分列基本支出",
                           "一般公共预算财政拨款支出表 has no separate 基本支出 column");
    return;
  }
  if (!expenditure.totals || !basic.totals) {
    const std::string name(table_info(expenditure.totals ? kBasic : kExpenditure).zh_name);
    context.could_not_run(name + "未列合计行，无法核对基本支出",
                          name + " has no 合计 row, so 基本支出 cannot be checked");
    return;
  }
  expect_same_if_published(context, total_cell(kExpenditure, *expenditure.totals, Column::Basic),
                           total_cell(kBasic, *basic.totals, Column::Total));
  for (Column column : std::array{Column::Personnel, Column::Public}) {
    if (!expenditure.has_column(column) || !basic.has_column(column))
      continue;
    expect_same_if_published(context, total_cell(kExpenditure, *expenditure.totals, column),
                             total_cell(kBasic, *basic.totals, column));
  }
  context.not_applicable(
      "两表均无基本支出数据",
      "neither table publishes 基本支出 figures");  // kept only when nothing was compared
}

}  // namespace budgetcheck
