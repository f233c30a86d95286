#include "procurement.hpp"

#include <fmt/format.h>

#include <deque>
#include <vector>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo Procurement::kInfo{
    .code = "BC213",
    .name = "procurement",
    .default_severity = Severity::Error,
    .summary_zh = "政府采购预算总额应等于货物、工程、服务之和，并与政府采购预算表一致",
    .summary_en =
        "Stated 政府采购 total equals goods + works + services and the procurement table; the "
        "SME share does not exceed the total",
    .explanation =
        "The narrative (五、其他重要事项 ·（二）政府采购情况) states the 政府采购预算总额 and its "
        "split into 货物, 工程 and 服务, often twice: for all funds and “其中一般公共预算拨款”. "
        "For each scope (all funds, or one fund named by `scope`):\n\n"
        "- 政府采购预算总额 = 货物 + 工程 + 服务 (the parts stated for that scope; rounding "
        "rule);\n"
        "- 政府采购预算总额 = the 合计 row of the 政府采购预算表 (column 合计, or the scope's fund "
        "column); an empty table states 0;\n"
        "- 货物 / 工程 / 服务 = the table rows of that category, when rows carry categories;\n"
        "- 预留中小企业的份额 ≤ 政府采购预算总额.",
    .example =
        "“政府采购预算总额 50 万元：货物 20 万元、工程 0 万元、服务 20 万元”:\n\n"
        "    情况说明“……”所述政府采购预算总额 50.00 万元应等于货物 + 工程 + 服务之和 40.00 万元",
    .fix = "Recompute the split from the 政府采购预算表 and correct the narrative.",
};

namespace {

struct ScopeClaims {
  std::optional<Column> scope;
  const Claim* total = nullptr;
  const Claim* goods = nullptr;
  const Claim* works = nullptr;
  const Claim* services = nullptr;
  const Claim* sme = nullptr;
};

std::vector<ScopeClaims> group(const Narrative& narrative) {
  std::vector<ScopeClaims> groups;
  for (const Claim& c : narrative.claims) {
    const Claim** slot = nullptr;
    ScopeClaims* g = nullptr;
    for (auto& existing : groups)
      if (existing.scope == c.scope)
        g = &existing;
    auto ensure = [&]() -> ScopeClaims& {
      if (!g)
        g = &groups.emplace_back(ScopeClaims{c.scope});
      return *g;
    };
    switch (c.subject) {
      case ClaimSubject::ProcurementTotal:
        slot = &ensure().total;
        break;
      case ClaimSubject::ProcurementGoods:
        slot = &ensure().goods;
        break;
      case ClaimSubject::ProcurementWorks:
        slot = &ensure().works;
        break;
      case ClaimSubject::ProcurementServices:
        slot = &ensure().services;
        break;
      case ClaimSubject::ProcurementSme:
        slot = &ensure().sme;
        break;
      default:
        continue;
    }
    if (!*slot && c.amount)
      *slot = &c;  // the first stated figure of each kind
  }
  return groups;
}

void check_split(RuleContext& context, const ScopeClaims& g) {
  if (!g.total)
    return;
  const Document& doc = context.document();
  Amount sum;
  std::string formula;
  std::size_t parts = 0;
  for (const Claim* p : {g.goods, g.works, g.services}) {
    if (!p)
      continue;
    const auto next = sum.plus(*p->amount);
    if (!next)
      return;
    sum = *next;
    ++parts;
    if (!formula.empty())
      formula += " + ";
    formula += std::string(claim_subject_zh(p->subject));
  }
  if (parts == 0)
    return;
  context.count_check();
  const Amount total = *g.total->amount;
  const Agreement agreement = context.rounding().judge_sum(total, sum, parts);
  if (agreement == Agreement::Exact)
    return;
  Finding f = claims::finding_on(context, *g.total, nullptr);
  f.expected = sum;
  f.difference = total.minus(sum);
  f.expected_formula = formula;
  f.tolerance = context.rounding().tolerance(parts);
  if (agreement == Agreement::WithinRounding) {
    f.severity = Severity::Info;
    f.within_rounding = true;
  }
  f.message = fmt::format("{} {} 应等于{}之和 {}{}", claims::claim_label(*g.total),
                          claims::money(total, doc), formula, claims::money(sum, doc),
                          f.within_rounding ? "（在四舍五入允许范围内）" : "");
  f.message_en =
      fmt::format("{} {} should equal the sum of {} ({}){}", claims::claim_label_en(*g.total),
                  claims::money(total, doc), formula, claims::money(sum, doc),
                  f.within_rounding ? " (within rounding)" : "");
  context.report(std::move(f));
}

void check_table(RuleContext& context, const ScopeClaims& g, std::deque<Cell>& scratch) {
  const ClassifiedTable& table = context.document().procurement;
  const Column column = g.scope.value_or(Column::Total);
  if (g.total) {
    if (table.totals && table.has_column(column)) {
      claims::expect_claim_equals(context, *g.total,
                                  total_cell(TableKind::Procurement, *table.totals, column));
    } else if (table.empty()) {
      Cell& blank = scratch.emplace_back();
      blank.where = table.where;
      claims::expect_claim_equals(context, *g.total,
                                  CellRef::named(TableKind::Procurement, blank, "合计", column));
    }
  }
  if (table.empty())
    return;
  // Category sums only when the table's rows say which category they are.
  const std::pair<const Claim*, std::string_view> categories[] = {
      {g.goods, "货物"}, {g.works, "工程"}, {g.services, "服务"}};
  bool categorised = false;
  for (const auto& row : table.rows)
    if (!row.category.empty())
      categorised = true;
  if (!categorised || !table.has_column(column))
    return;
  for (const auto& [claim, name] : categories) {
    if (!claim)
      continue;
    Amount sum;
    bool ok = true;
    for (const auto& row : table.rows) {
      if (row.category != name)
        continue;
      const auto next = sum.plus(row[column].value_or_zero());
      if (!next)
        ok = false;
      if (next)
        sum = *next;
    }
    if (!ok)
      continue;
    Cell& cell = scratch.emplace_back();
    cell.amount = sum;
    cell.where = table.where;
    claims::expect_claim_equals(
        context, *claim,
        CellRef::named(TableKind::Procurement, cell, std::string(name) + "各行合计", column));
  }
}

void check_sme(RuleContext& context, const ScopeClaims& g) {
  if (!g.sme || !g.total)
    return;
  const Document& doc = context.document();
  context.count_check();
  const Amount sme = *g.sme->amount;
  const Amount total = *g.total->amount;
  if (sme <= total)
    return;
  Finding f = claims::finding_on(context, *g.sme, nullptr);
  f.expected = total;
  f.difference = sme.minus(total);
  f.expected_formula = "≤ 政府采购预算总额";
  f.message = fmt::format("{} {} 超过政府采购预算总额 {}", claims::claim_label(*g.sme),
                          claims::money(sme, doc), claims::money(total, doc));
  f.message_en =
      fmt::format("{} {} exceeds the total 政府采购 budget {}", claims::claim_label_en(*g.sme),
                  claims::money(sme, doc), claims::money(total, doc));
  context.report(std::move(f));
}

}  // namespace

void Procurement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const auto groups = group(doc.narrative);
  if (groups.empty()) {
    if (doc.narrative.present)
      context.not_applicable("情况说明未列示政府采购预算",
                             "the narrative states no 政府采购 budget");
    else
      context.not_applicable("未公开情况说明", "the narrative (情况说明) is not published");
    return;
  }
  std::deque<Cell> scratch;
  for (const auto& g : groups) {
    check_split(context, g);
    if (doc.procurement.present)
      check_table(context, g, scratch);
    check_sme(context, g);
  }
  if (!doc.procurement.present)
    context.not_applicable("未公开政府采购预算表，仅核对情况说明内部的政府采购数字",
                           "政府采购预算表 is not published: only the narrative's own "
                           "政府采购 figures are checked");
}

}  // namespace budgetcheck
