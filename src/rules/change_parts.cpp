#include "change_parts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo ChangeParts::kInfo{
    .code = "BC203",
    .name = "change-parts",
    .default_severity = Severity::Error,
    .summary_zh = "情况说明中各组成部分的同比变动之和应等于总数的同比变动",
    .summary_en =
        "Stated year-on-year changes of the parts add up to the stated change of the whole",
    .explanation =
        "The narrative explains a change by its parts: “支出预算比 2025 年减少 6,171.12 "
        "万元，主要是"
        "基本支出减少 132 万元，项目支出减少 6,039.12 万元”. With 增加 as + and 减少 as − (持平 "
        "is 0), checked:\n\n"
        "- 支出预算 (or 一般公共预算财政拨款支出) change = 基本支出 change + 项目支出 change;\n"
        "- “三公”经费 change = 因公出国（境）费 + 公务接待费 + 公务用车运行维护费 + 公务用车购置费 "
        "changes (or 公务用车购置及运行维护费 in place of the last two).\n\n"
        "The parts of a whole are the part claims that follow it, up to the next whole of the "
        "same kind (the way “其中：” lists them), else the part claims of the same sentence. A "
        "whole is compared only when every part states its change. Judged under the rounding "
        "rule: the stated figures are each rounded, so a difference within ½ unit × (parts + 1) "
        "is info.",
    .example =
        "“支出预算比 2025 年减少 6,171.12 万元，主要是基本支出减少 132 万元，项目支出减少 6,029.12 "
        "万元”:\n\n"
        "    情况说明“……”所述支出预算变动 -6,171.12 万元应等于基本支出变动 + 项目支出变动 "
        "-6,161.12 万元，相差 -10.00",
    .fix = "Recompute the changes of the parts and of the whole from the two years' budgets.",
};

namespace {

struct Family {
  std::vector<ClaimSubject> wholes;
  // Alternatives: the first list whose every subject is stated is used.
  std::vector<std::vector<ClaimSubject>> part_sets;
};

bool has_change(const Claim& c) {
  return c.change.has_value();
}

bool is_one_of(ClaimSubject s, const std::vector<ClaimSubject>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// The part claim with `subject` for the whole at `index`: following it up to the next
// whole, else in the same sentence.
const Claim* find_part(const std::vector<Claim>& claims, std::size_t index, ClaimSubject subject,
                       const Family& family) {
  for (std::size_t j = index + 1; j < claims.size(); ++j) {
    if (has_change(claims[j]) && is_one_of(claims[j].subject, family.wholes))
      break;
    if (claims[j].subject == subject && has_change(claims[j]))
      return &claims[j];
  }
  for (const Claim& c : claims)
    if (c.subject == subject && has_change(c) && c.sentence == claims[index].sentence)
      return &c;
  return nullptr;
}

void check_family(RuleContext& context, const Family& family, bool& compared) {
  const Document& doc = context.document();
  const auto& claims = doc.narrative.claims;
  const int d = doc.header.decimals;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& whole = claims[i];
    if (!has_change(whole) || !is_one_of(whole.subject, family.wholes))
      continue;
    const auto whole_change = claims::signed_change(*whole.change);
    if (!whole_change)
      continue;
    std::vector<const Claim*> parts;
    for (const auto& set : family.part_sets) {
      parts.clear();
      for (ClaimSubject s : set)
        if (const Claim* p = find_part(claims, i, s, family))
          parts.push_back(p);
      if (parts.size() == set.size())
        break;
      parts.clear();
    }
    if (parts.empty())
      continue;
    Amount sum;
    std::string formula;
    bool known = true;
    for (const Claim* p : parts) {
      const auto change = claims::signed_change(*p->change);
      const auto next = change ? sum.plus(*change) : std::nullopt;
      if (!next) {
        known = false;
        break;
      }
      sum = *next;
      if (!formula.empty())
        formula += " + ";
      formula += std::string(claim_subject_zh(p->subject)) + "变动";
    }
    if (!known)
      continue;
    compared = true;
    context.count_check();
    const Agreement agreement = context.rounding().judge_sum(*whole_change, sum, parts.size());
    if (agreement == Agreement::Exact)
      continue;
    Finding f = claims::finding_on(context, whole, nullptr);
    f.row_name = std::string(claim_subject_zh(whole.subject)) + "变动";
    if (whole.change && !whole.change->where.pointer.empty())
      f.where = whole.change->where;
    f.actual = *whole_change;
    f.expected = sum;
    f.difference = whole_change->minus(sum);
    f.expected_formula = formula;
    f.tolerance = context.rounding().tolerance(parts.size());
    if (agreement == Agreement::WithinRounding) {
      f.severity = Severity::Info;
      f.within_rounding = true;
    }
    f.message = fmt::format("{}变动 {} 应等于{}之和 {}，相差 {}{}", claims::claim_label(whole),
                            claims::money(*whole_change, doc), formula, claims::money(sum, doc),
                            f.difference ? f.difference->to_display(d) : "?",
                            f.within_rounding ? "（在四舍五入允许范围内）" : "");
    f.message_en =
        fmt::format("the change in {} ({}) should equal the sum of {} ({}); difference {}{}",
                    claims::claim_label_en(whole), claims::money(*whole_change, doc), formula,
                    claims::money(sum, doc), f.difference ? f.difference->to_display(d) : "?",
                    f.within_rounding ? " (within rounding)" : "");
    context.report(std::move(f));
  }
}

}  // namespace

void ChangeParts::check(RuleContext& context) const {
  if (!context.document().narrative.present) {
    context.not_applicable("未公开情况说明", "the narrative (情况说明) is not published");
    return;
  }
  using S = ClaimSubject;
  const Family expenditure{{S::ExpenditureTotal, S::GeneralPublicExpenditure},
                           {{S::BasicExpenditure, S::ProjectExpenditure}}};
  const Family three_public{
      {S::ThreePublicTotal},
      {{S::ThreePublicOverseas, S::ThreePublicReception, S::ThreePublicVehicleOperation,
        S::ThreePublicVehiclePurchase},
       {S::ThreePublicOverseas, S::ThreePublicReception, S::ThreePublicVehicle}}};
  bool compared = false;
  check_family(context, expenditure, compared);
  check_family(context, three_public, compared);
  if (!compared)
    context.not_applicable("情况说明未同时列示总数及其各组成部分的同比变动",
                           "the narrative does not state the year-on-year change of a total "
                           "together with that of each of its parts");
}

}  // namespace budgetcheck
