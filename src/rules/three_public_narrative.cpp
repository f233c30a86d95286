#include "three_public_narrative.hpp"

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo ThreePublicNarrative::kInfo{
    .code = "BC211",
    .name = "three-public-narrative",
    .default_severity = Severity::Error,
    .summary_zh = "情况说明所述“三公”经费及其各项应与“三公”经费支出表一致",
    .summary_en = "\"Three public\" expenses stated in the narrative equal the \"三公\" table",
    .explanation =
        "Section 四、“三公”经费情况说明 restates the 一般公共预算“三公”经费支出表. Each stated "
        "figure must be its cell:\n\n"
        "| stated | cell |\n|---|---|\n"
        "| “三公”经费 | 合计 |\n| 因公出国（境）费 | 因公出国（境）费 |\n"
        "| 公务接待费 | 公务接待费 |\n| 公务用车购置及运行维护费 | 公务用车购置及运行费 (小计) |\n"
        "| 公务用车运行维护费 | 公务用车运行费 |\n| 公务用车购置费 | 公务用车购置费 |\n\n"
        "A blank cell counts as 0, so “因公出国（境）费用 0 万元” agrees with a blank cell. "
        "“17 万元” equals 17.00; a figure written with fewer digits that is the cell rounded "
        "is info (within rounding). Without the table the rule cannot run.",
    .example =
        "“公务接待费 11 万元” while the table prints 10.00:\n\n"
        "    情况说明“……公务接待费 11 万元……”所述公务接待费 11.00 万元 与一般公共预算“三公”"
        "经费支出表 公务接待费（10.00 万元）不一致，相差 1.00",
    .fix = "Correct the narrative or the table so that both show the budgeted figure.",
};

void ThreePublicNarrative::check(RuleContext& context) const {
  const Document& doc = context.document();
  const ThreePublicTable& t = doc.three_public;
  constexpr TableKind kTable = TableKind::ThreePublic;
  struct Pair {
    ClaimSubject subject;
    const Cell* cell;
    const char* name;
  };
  const Pair pairs[] = {
      {ClaimSubject::ThreePublicTotal, &t.total, "合计"},
      {ClaimSubject::ThreePublicOverseas, &t.overseas, "因公出国（境）费"},
      {ClaimSubject::ThreePublicReception, &t.reception, "公务接待费"},
      {ClaimSubject::ThreePublicVehicle, &t.vehicle_total, "公务用车购置及运行费"},
      {ClaimSubject::ThreePublicVehicleOperation, &t.vehicle_operation, "公务用车运行费"},
      {ClaimSubject::ThreePublicVehiclePurchase, &t.vehicle_purchase, "公务用车购置费"},
  };
  bool stated = false;
  for (const Claim& claim : doc.narrative.claims) {
    for (const Pair& p : pairs) {
      if (claim.subject != p.subject || !claim.amount)
        continue;
      stated = true;
      if (!t.present)
        continue;
      claims::expect_claim_equals(context, claim, CellRef::named(kTable, *p.cell, p.name));
    }
  }
  if (!stated) {
    if (doc.narrative.present)
      context.not_applicable("情况说明未列示“三公”经费", "the narrative states no “三公” figures");
    else
      context.not_applicable("未公开情况说明", "the narrative (情况说明) is not published");
    return;
  }
  if (!t.present)
    context.could_not_run("未公开一般公共预算“三公”经费支出表，无法核对情况说明所述“三公”经费",
                          "一般公共预算“三公”经费支出表 is not published, so the narrative's "
                          "“三公” figures cannot be checked");
}

}  // namespace budgetcheck
