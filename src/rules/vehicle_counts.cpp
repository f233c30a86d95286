#include "vehicle_counts.hpp"

#include <fmt/format.h>

#include <vector>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo VehicleCounts::kInfo{
    .code = "BC215",
    .name = "vehicle-counts",
    .default_severity = Severity::Error,
    .summary_zh = "情况说明所述车辆总数应等于各类车辆数之和，购置车辆数同理",
    .summary_en =
        "Stated vehicle counts add up: total = general + law enforcement + special + other, "
        "and likewise for planned purchases",
    .explanation =
        "国有资产占有使用情况 states the vehicles held and the vehicles to be bought: “共有车辆 2 "
        "辆，其中一般公务用车 2 辆、执勤执法用车 0 辆”. Checked (counts, exactly):\n\n"
        "- 车辆总数 = 一般公务用车 + 执勤执法用车 + 特种专业技术用车 + 其他用车 (the kinds "
        "stated);\n"
        "- 安排购置车辆 = 购置一般公务用车 + 购置执勤执法用车 (the kinds stated);\n"
        "- no count is negative.\n\n"
        "A total compared with fewer kinds than exist may legitimately exceed their sum only "
        "when a kind was left unstated; the text then should say so, so a mismatch is still "
        "reported.",
    .example =
        "“共有车辆 3 辆，其中一般公务用车 2 辆、执勤执法用车 0 辆”:\n\n"
        "    情况说明“……”所述车辆总数 3 辆应等于一般公务用车 + 执勤执法用车之和 2 辆",
    .fix = "Correct the count that is wrong, or state the missing kind of vehicle.",
};

namespace {

const Claim* first_count(const Narrative& narrative, ClaimSubject subject) {
  for (const Claim* c : claims::of_subject(narrative, subject))
    if (c->count)
      return c;
  return nullptr;
}

void check_family(RuleContext& context, ClaimSubject total_subject,
                  std::initializer_list<ClaimSubject> part_subjects, bool& compared) {
  const Narrative& narrative = context.document().narrative;
  const Claim* total = first_count(narrative, total_subject);
  if (!total)
    return;
  std::int64_t sum = 0;
  std::string formula;
  std::size_t parts = 0;
  for (ClaimSubject s : part_subjects) {
    const Claim* part = first_count(narrative, s);
    if (!part)
      continue;
    sum += *part->count;
    ++parts;
    if (!formula.empty())
      formula += " + ";
    formula += std::string(claim_subject_zh(s));
  }
  if (parts == 0)
    return;
  compared = true;
  context.count_check();
  if (sum == *total->count)
    return;
  Finding f = claims::finding_on(context, *total, nullptr);
  f.expected = Amount::from_integer(sum);
  f.difference = Amount::from_integer(*total->count - sum);
  f.expected_formula = formula;
  f.message = fmt::format("{} {} 辆应等于{}之和 {} 辆", claims::claim_label(*total), *total->count,
                          formula, sum);
  f.message_en = fmt::format("{} {} vehicles should equal the sum of {}, {} vehicles",
                             claims::claim_label_en(*total), *total->count, formula, sum);
  context.report(std::move(f));
}

}  // namespace

void VehicleCounts::check(RuleContext& context) const {
  const Document& doc = context.document();
  bool compared = false;
  for (const Claim& c : doc.narrative.claims) {
    if (!c.count || !claim_subject_is_count(c.subject))
      continue;
    context.count_check();
    compared = true;
    if (*c.count >= 0)
      continue;
    Finding f = claims::finding_on(context, c, nullptr);
    f.message = fmt::format("{} {} 辆：车辆数不应为负数", claims::claim_label(c), *c.count);
    f.message_en = fmt::format("{} {} vehicles: a vehicle count cannot be negative",
                               claims::claim_label_en(c), *c.count);
    context.report(std::move(f));
  }
  using S = ClaimSubject;
  check_family(
      context, S::VehiclesTotal,
      {S::VehiclesGeneral, S::VehiclesLawEnforcement, S::VehiclesSpecial, S::VehiclesOther},
      compared);
  check_family(context, S::VehiclePurchasesTotal,
               {S::VehiclePurchasesGeneral, S::VehiclePurchasesLawEnforcement}, compared);
  if (!compared) {
    if (doc.narrative.present)
      context.not_applicable("情况说明未列示车辆数", "the narrative states no vehicle counts");
    else
      context.not_applicable("未公开情况说明", "the narrative (情况说明) is not published");
  }
}

}  // namespace budgetcheck
