#include "empty_table_note.hpp"

#include <fmt/format.h>

#include <initializer_list>
#include <string_view>
#include <vector>

#include "budgetcheck/rules/rule_context.hpp"
#include "budgetcheck/rules/text_search.hpp"

namespace budgetcheck {

const RuleInfo EmptyTableNote::kInfo{
    .code = "BC402",
    .name = "empty-table-note",
    .default_severity = Severity::Error,
    .summary_zh = "空表应附说明，且说明应针对本表",
    .summary_en = "An empty table must carry a note, and the note must be about that table",
    .explanation =
        "A required table with nothing to show is still published, empty, with a note that "
        "says why (财预〔2016〕143号: e.g. 本单位无政府性基金收支，故此表无数据。). The rule looks "
        "at every published table with no figure: a 功能分类/经济分类/政府采购 table with every "
        "cell blank, a “三公” table with every cell blank, and a 部门（单位）整体绩效目标表 with "
        "no 部门支出预算数 and no indicator. Each must carry a note, and the note must speak of "
        "its own table, i.e. contain one of the table's keywords:\n\n"
        "| table | keywords |\n"
        "|---|---|\n"
        "| 部门收入总表 | 收入 |\n"
        "| 部门支出总表 | 支出 |\n"
        "| 一般公共预算财政拨款支出表 | 一般公共预算 |\n"
        "| 一般公共预算财政拨款基本支出表 | 基本支出, 一般公共预算 |\n"
        "| 一般公共预算“三公”经费支出表 | 三公, 因公出国, 公务接待, 公务用车 |\n"
        "| 政府性基金预算支出表 | 政府性基金 |\n"
        "| 国有资本经营预算支出表 | 国有资本 |\n"
        "| 政府采购预算表 | 政府采购, 采购 |\n"
        "| 部门（单位）整体绩效目标表 | 绩效 |\n\n"
        "A note that names another table's subject (a 政府性基金 note copied under 政府采购预算表) "
        "is a finding: it explains nothing about the table it stands under.",
    .example =
        "部门（单位）整体绩效目标表 published with every field empty and no note → finding: "
        "部门（单位）整体绩效目标表为空表，但未附说明.",
    .fix =
        "Add a note under the empty table saying why it is empty, naming its subject (e.g. "
        "本单位无政府采购预算，故此表无数据。); if a note was copied from another table, rewrite "
        "it for this one. If the table should have figures, publish them.",
};

namespace {

struct EmptyTable {
  TableKind kind;
  const TableCommon* table;
  std::vector<std::string_view> keywords;  // the first is named in the finding
};

bool all_blank(std::initializer_list<const Cell*> cells) {
  for (const Cell* c : cells)
    if (!c->blank())
      return false;
  return true;
}

}  // namespace

void EmptyTableNote::check(RuleContext& context) const {
  const Document& d = context.document();
  std::vector<EmptyTable> empty;
  auto add_classified = [&](const ClassifiedTable& t, std::vector<std::string_view> keywords) {
    if (t.present && t.empty())
      empty.push_back({t.kind, &t, std::move(keywords)});
  };
  add_classified(d.department_income, {"收入"});
  add_classified(d.department_expenditure, {"支出"});
  add_classified(d.general_public_expenditure, {"一般公共预算"});
  add_classified(d.general_public_basic, {"基本支出", "一般公共预算"});
  add_classified(d.government_fund_expenditure, {"政府性基金"});
  add_classified(d.state_capital_expenditure, {"国有资本"});
  add_classified(d.procurement, {"政府采购", "采购"});
  const ThreePublicTable& tp = d.three_public;
  if (tp.present && all_blank({&tp.total, &tp.overseas, &tp.vehicle_total, &tp.vehicle_purchase,
                               &tp.vehicle_operation, &tp.reception, &tp.office_operation}))
    empty.push_back({TableKind::ThreePublic, &tp, {"三公", "因公出国", "公务接待", "公务用车"}});
  const PerformanceOverall& po = d.performance_overall;
  if (po.present && po.budget.blank() && po.indicators.empty())
    empty.push_back({TableKind::PerformanceOverall, &po, {"绩效"}});

  if (empty.empty()) {
    context.not_applicable("没有空表", "no table is empty");
    return;
  }
  for (const EmptyTable& e : empty) {
    context.count_check();
    const std::string_view name = table_info(e.kind).zh_name;
    const std::string note = e.table->note.value_or("");
    bool about_itself = false;
    for (auto keyword : e.keywords)
      if (contains(note, keyword))
        about_itself = true;
    if (about_itself)
      continue;
    CellRef ref;
    ref.table = e.kind;
    Finding f = context.finding_at(ref);
    f.where = e.table->where;
    if (note.empty()) {
      f.message = fmt::format("{}为空表，但未附说明", name);
      f.message_en = fmt::format("{} is empty but carries no explanatory note", name);
    } else {
      f.message = fmt::format("{}为空表，其说明“{}”未提及本表内容（应提及{}），似从他表复制", name,
                              note, e.keywords.front());
      f.message_en = fmt::format(
          "{} is empty and its note “{}” does not speak of this table (it should mention {}); "
          "it looks copied from another table",
          name, note, e.keywords.front());
    }
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
