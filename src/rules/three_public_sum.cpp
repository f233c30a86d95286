#include "three_public_sum.hpp"

#include <array>

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo ThreePublicSum::kInfo{
    .code = "BC115",
    .name = "three-public-sum",
    .default_severity = Severity::Error,
    .summary_zh = "“三公”经费合计应等于因公出国（境）费、公务用车购置及运行费、公务接待费之和",
    .summary_en =
        "\"Three public\" expenses: 合计 equals overseas travel + official vehicles + "
        "official reception, and vehicles equal purchase + operation",
    .explanation =
        "The 一般公共预算“三公”经费支出表 splits the \"三公\" expenses into 因公出国（境）费, "
        "公务用车购置及运行费 and 公务接待费; the vehicle part is split again into 公务用车购置费 "
        "and 公务用车运行费 (its 小计 is printed). Checked:\n\n"
        "- 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费;\n"
        "- 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费.\n\n"
        "A blank cell counts as 0 (the seed prints a blank 因公出国（境）费 for 0); a sum whose "
        "target and parts are all blank is not compared.",
    .example =
        "“三公”经费支出表 with 合计 17.00, 因公出国（境）费 blank, 小计 7.00, 公务接待费 11.00:\n\n"
        "    一般公共预算“三公”经费支出表 · 合计\n"
        "      expected 18.00 (因公出国（境）费 + 公务用车购置及运行费 + 公务接待费), found 17.00, "
        "difference -1.00",
    .fix =
        "Compare the table with the publication; the narrative (四、“三公”经费情况说明) states "
        "the same figures and helps to find the wrong one.",
};

void ThreePublicSum::check(RuleContext& context) const {
  constexpr TableKind kTable = TableKind::ThreePublic;
  const ThreePublicTable& t = context.document().three_public;
  if (auto reason = unavailable_reason(t)) {
    context.not_applicable(std::move(*reason));
    return;
  }
  const CellRef vehicles = CellRef::named(kTable, t.vehicle_total, "公务用车购置及运行费");
  const std::array total_parts{CellRef::named(kTable, t.overseas, "因公出国（境）费"), vehicles,
                               CellRef::named(kTable, t.reception, "公务接待费")};
  std::size_t compared = 0;
  if (expect_sum_if_published(context, CellRef::named(kTable, t.total, "合计"), total_parts))
    ++compared;
  const std::array vehicle_parts{CellRef::named(kTable, t.vehicle_purchase, "公务用车购置费"),
                                 CellRef::named(kTable, t.vehicle_operation, "公务用车运行费")};
  if (expect_sum_if_published(context, vehicles, vehicle_parts))
    ++compared;
  if (compared == 0)
    context.not_applicable("一般公共预算“三公”经费支出表为空表",
                           "一般公共预算“三公”经费支出表 is empty");
}

}  // namespace budgetcheck
