#include "three_public_economic.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo ThreePublicEconomic::kInfo{
    .code = "BC216",
    .name = "three-public-economic",
    .default_severity = Severity::Error,
    .summary_zh = "基本支出表中因公出国（境）、公务接待、公务用车的经济分类科目不应超过“三公”经费",
    .summary_en =
        "经济分类 rows of the 基本支出表 for overseas travel, reception and official vehicles do "
        "not exceed the \"三公\" figures",
    .explanation =
        "The “三公” figures cover all 一般公共预算 spending on those items, 基本支出 and 项目支出 "
        "together. The 基本支出 part, published by 经济分类 in the 一般公共预算财政拨款基本支出表, "
        "can therefore be at most the “三公” figure:\n\n"
        "| 经济分类 (合计 column) | ≤ “三公” cell |\n|---|---|\n"
        "| 30212 因公出国（境）费用 | 因公出国（境）费 |\n"
        "| 30217 公务接待费 | 公务接待费 |\n"
        "| 30231 公务用车运行维护费 | 公务用车运行费 |\n"
        "| 31013 (or 30913) 公务用车购置 | 公务用车购置费 |\n\n"
        "A row the table does not print counts as 0, a blank “三公” cell as 0. Equal passes.",
    .example =
        "30231 公务用车运行维护费 8.00 in the 基本支出表, 公务用车运行费 7.00 in the “三公” "
        "table:\n\n"
        "    一般公共预算财政拨款基本支出表 30231 公务用车运行维护费 · 合计 8.00 超过"
        "一般公共预算“三公”经费支出表 公务用车运行费 7.00",
    .fix =
        "One of the two tables is wrong: the “三公” figure must include the 基本支出 booked to "
        "these 经济分类 codes.",
};

void ThreePublicEconomic::check(RuleContext& context) const {
  const Document& doc = context.document();
  const ClassifiedTable& basic = doc.general_public_basic;
  const ThreePublicTable& three = doc.three_public;
  if (!basic.present || !three.present) {
    const std::string name =
        !basic.present ? "一般公共预算财政拨款基本支出表" : "一般公共预算“三公”经费支出表";
    context.not_applicable("未公开" + name, name + " is not published");
    return;
  }
  if (!basic.has_column(Column::Total)) {
    context.could_not_run("一般公共预算财政拨款基本支出表未列合计列",
                          "一般公共预算财政拨款基本支出表 has no 合计 column");
    return;
  }
  struct Link {
    std::initializer_list<const char*> codes;
    const Cell* limit;
    const char* limit_name;
  };
  const Link links[] = {
      {{"30212"}, &three.overseas, "因公出国（境）费"},
      {{"30217"}, &three.reception, "公务接待费"},
      {{"30231"}, &three.vehicle_operation, "公务用车运行费"},
      {{"31013", "30913"}, &three.vehicle_purchase, "公务用车购置费"},
  };
  const int d = doc.header.decimals;
  for (const Link& link : links) {
    const CellRef limit = CellRef::named(TableKind::ThreePublic, *link.limit, link.limit_name);
    const Amount bound = link.limit->value_or_zero();
    // Vehicle purchase may be booked to 31013 or 30913 (or both): their sum is bounded.
    const AmountRow* first = nullptr;
    Amount value;
    std::string codes;
    for (const char* code_text : link.codes) {
      const auto code = ClassificationCode::parse(code_text);
      const AmountRow* row = code ? basic.find(*code) : nullptr;
      if (!row)
        continue;
      if (!first)
        first = row;
      value = value.plus((*row)[Column::Total].value_or_zero()).value_or(value);
      codes += (codes.empty() ? "" : " + ") + std::string(code_text);
    }
    context.count_check();  // a missing row is 0, which never exceeds
    if (!first || value <= bound)
      continue;
    const CellRef cell = CellRef::of(TableKind::GeneralPublicBasic, *first, Column::Total);
    Finding f = context.finding_at(cell);
    f.actual = value;
    f.expected = bound;
    f.difference = value.minus(bound);
    f.expected_formula = "≤ " + describe(limit);
    f.message = fmt::format(
        "{}{} {} 超过{} {}（“三公”经费含基本支出和项目支出，基本支出部分不应更多）", describe(cell),
        codes.find('+') == std::string::npos ? "" : "（" + codes + "）", value.to_display(d),
        describe(limit), link.limit->blank() ? "空白（按 0 计）" : bound.to_display(d));
    f.message_en = fmt::format(
        "{}{} {} exceeds {} {} (“三公” spending covers both 基本支出 and 项目支出, so its 基本支出 "
        "part cannot be larger)",
        describe(cell), codes.find('+') == std::string::npos ? "" : " (" + codes + ")",
        value.to_display(d), describe(limit),
        link.limit->blank() ? "blank, taken as 0" : bound.to_display(d));
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
