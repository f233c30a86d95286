#include "functional_economic_crosswalk.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo FunctionalEconomicCrosswalk::kInfo{
    .code = "BC221",
    .name = "functional-economic-crosswalk",
    .default_severity = Severity::Warning,
    .summary_zh = "社会保险缴费、住房公积金等功能分类科目的基本支出应与对应经济分类科目一致",
    .summary_en =
        "基本支出 of social-insurance and housing-fund 功能分类 rows equals the matching 经济分类 "
        "rows",
    .explanation =
        "Some 功能分类 items exist only to carry one kind of personnel spending, so their "
        "基本支出 in the 一般公共预算财政拨款支出表 is, by convention, the 合计 of one 经济分类 "
        "row "
        "of the 基本支出表:\n\n"
        "| 功能分类 (基本支出) | 经济分类 (合计) |\n|---|---|\n"
        "| 2080505 机关事业单位基本养老保险缴费支出 | 30108 机关事业单位基本养老保险缴费 |\n"
        "| 2080506 机关事业单位职业年金缴费支出 | 30109 职业年金缴费 |\n"
        "| 2101101 行政单位医疗 + 2101102 事业单位医疗 | 30110 职工基本医疗保险缴费 |\n"
        "| 2101103 公务员医疗补助 | 30111 公务员医疗补助缴费, or 30114 医疗费 |\n"
        "| 2210201 住房公积金 | 30113 住房公积金 |\n\n"
        "A pair is compared when at least one side is published (a missing row counts as 0). "
        "For 2101103 either economic row matching passes: some documents book it to 30114. "
        "This is a convention observed in published documents, not a budget identity, hence "
        "a warning.",
    .example =
        "2080505 基本支出 36.19 and 30108 合计 36.91:\n\n"
        "    一般公共预算财政拨款基本支出表 30108 机关事业单位基本养老保险缴费 · 合计 36.91 应与"
        "一般公共预算财政拨款支出表 2080505 基本支出 36.19 一致，相差 0.72",
    .fix =
        "Check both tables against the publication; a difference usually means an amount was "
        "booked to a neighbouring 经济分类 row.",
};

namespace {

struct Pair {
  std::vector<const char*> functional;
  std::vector<const char*> economic;  // alternatives: any one matching passes
};

const AmountRow* find_row(const ClassifiedTable& table, const char* code_text) {
  const auto code = ClassificationCode::parse(code_text);
  return code ? table.find(*code) : nullptr;
}

}  // namespace

void FunctionalEconomicCrosswalk::check(RuleContext& context) const {
  const Document& doc = context.document();
  const ClassifiedTable& gpe = doc.general_public_expenditure;
  const ClassifiedTable& basic = doc.general_public_basic;
  if (!gpe.present || !basic.present) {
    const std::string name =
        !gpe.present ? "一般公共预算财政拨款支出表" : "一般公共预算财政拨款基本支出表";
    context.not_applicable("未公开" + name, name + " is not published");
    return;
  }
  if (!gpe.has_column(Column::Basic)) {
    context.not_applicable("一般公共预算财政拨款支出表未列基本支出列",
                           "一般公共预算财政拨款支出表 has no 基本支出 column");
    return;
  }
  const Pair pairs[] = {
      {{"2080505"}, {"30108"}},
      {{"2080506"}, {"30109"}},
      {{"2101101", "2101102"}, {"30110"}},
      {{"2101103"}, {"30111", "30114"}},
      {{"2210201"}, {"30113"}},
  };
  const int d = doc.header.decimals;
  bool compared = false;
  for (const Pair& pair : pairs) {
    Amount functional;
    std::string functional_text;
    const AmountRow* first_functional = nullptr;
    for (const char* code : pair.functional) {
      const AmountRow* row = find_row(gpe, code);
      if (!row)
        continue;
      if (!first_functional)
        first_functional = row;
      functional = functional.plus((*row)[Column::Basic].value_or_zero()).value_or(functional);
      if (!functional_text.empty())
        functional_text += " + ";
      functional_text += code;
    }
    std::vector<const AmountRow*> economic;
    for (const char* code : pair.economic)
      economic.push_back(find_row(basic, code));
    const bool any_economic = std::any_of(economic.begin(), economic.end(),
                                          [](const AmountRow* r) { return r != nullptr; });
    if (!first_functional && !any_economic)
      continue;
    compared = true;
    context.count_check();
    bool matched = false;
    for (const AmountRow* row : economic)
      if ((row ? (*row)[Column::Total].value_or_zero() : Amount{}) == functional)
        matched = true;
    if (matched)
      continue;
    // Report at the first economic row the document prints (else where it would be).
    const AmountRow* target = nullptr;
    for (std::size_t i = 0; i < economic.size() && !target; ++i)
      if (economic[i])
        target = economic[i];
    Cell missing;
    missing.where = basic.where;
    CellRef ref;
    if (target) {
      ref = CellRef::of(TableKind::GeneralPublicBasic, *target, Column::Total);
    } else {
      ref = CellRef::named(TableKind::GeneralPublicBasic, missing, "", Column::Total);
      ref.own_code = pair.economic[0];
    }
    Finding f = context.finding_at(ref);
    const Amount actual = target ? (*target)[Column::Total].value_or_zero() : Amount{};
    f.expected = functional;
    f.difference = actual.minus(functional);
    if (first_functional)
      functional_text = "一般公共预算财政拨款支出表 " + functional_text;
    f.expected_formula =
        (first_functional ? functional_text : std::string(pair.functional[0])) + " · 基本支出";
    std::string alternatives, alternatives_en;
    for (const char* code : pair.economic) {
      alternatives += (alternatives.empty() ? "" : " 或 ") + std::string(code);
      alternatives_en += (alternatives_en.empty() ? "" : " or ") + std::string(code);
    }
    f.message = fmt::format(
        "{}{} 应与{} {} 一致{}",
        target ? describe(ref) : "一般公共预算财政拨款基本支出表 " + alternatives,
        target ? " " + actual.to_display(d) : std::string("未列示"), f.expected_formula,
        first_functional ? functional.to_display(d) : "未列示",
        pair.economic.size() > 1 ? fmt::format("（{} 任一相符即可）", alternatives) : "");
    f.message_en = fmt::format(
        "{}{} should match {} {}{}",
        target ? describe(ref) : "一般公共预算财政拨款基本支出表 " + alternatives_en,
        target ? " " + actual.to_display(d) : std::string(" (not listed)"), f.expected_formula,
        first_functional ? functional.to_display(d) : "(not listed)",
        pair.economic.size() > 1 ? fmt::format(" (either of {} will do)", alternatives_en) : "");
    context.report(std::move(f));
  }
  if (!compared)
    context.not_applicable("两表均未列示社会保险缴费和住房公积金相关科目",
                           "neither table lists the social insurance and housing fund rows");
}

}  // namespace budgetcheck
