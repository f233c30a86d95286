#include "narrative_figures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo NarrativeFigures::kInfo{
    .code = "BC201",
    .name = "narrative-figures",
    .default_severity = Severity::Error,
    .summary_zh = "情况说明所述收支总数、收入来源、类级支出、基本支出和项目支出应与报表一致",
    .summary_en =
        "Totals stated in the narrative (income, sources, expenditure by 类, basic/project) "
        "equal the tables",
    .explanation =
        "The 情况说明 restates the main figures of the tables. Each stated figure must be the "
        "figure of its table:\n\n"
        "| stated | table figure |\n|---|---|\n"
        "| 收入预算 (income_total) | 部门收支总表 收入总计, else 部门收入总表 合计 |\n"
        "| one income source | 部门收入总表 合计 row of that column, else 部门收支总表 |\n"
        "| 支出预算 (expenditure_total) | 部门支出总表 合计, else 部门收支总表 支出总计 |\n"
        "| one 功能分类 类 | the 类 row (by code, else name) of 部门支出总表, else 部门收支总表 |\n"
        "| 财政拨款收入 / 支出 | 财政拨款收支总表 本年收入 / 本年支出 |\n"
        "| 一般公共预算财政拨款收入 | 财政拨款收支总表 本年收入 · 一般公共预算 |\n"
        "| 一般公共预算财政拨款支出 | 一般公共预算财政拨款支出表 合计 |\n"
        "| 政府性基金 / 国有资本经营预算拨款支出 | their 支出表 合计 (blank = 0) |\n"
        "| 基本支出 / 项目支出 | 部门支出总表 合计 row; with scope `general_public`, the "
        "一般公共预算财政拨款支出表 合计 row (each falls back to the other) |\n\n"
        "The same figure published twice must be identical. The narrative often writes a "
        "figure with fewer digits (\"84 万元\" for 84.00): its value is compared, so 84 equals "
        "84.00; a figure that is the table figure rounded to the digits the sentence uses "
        "(\"84 万元\" for 84.30) is reported as info, within rounding. A stated 0 agrees with a "
        "blank cell or an empty table. A claim whose table is not published cannot be "
        "checked: an info finding says which table is missing, and the rule reports "
        "\"could not run\" when no claim could be checked.",
    .example =
        "Narrative: “其中：社会保障和就业支出 188.96 万元” while 部门支出总表 208 shows 188.69:\n\n"
        "    情况说明“……社会保障和就业支出 188.96 万元……”所述社会保障和就业支出 188.96 万元\n"
        "    与部门支出总表 208 社会保障和就业支出 · 合计（188.69 万元）不一致，相差 0.27",
    .fix =
        "Find which of the two is the published figure and correct the other; when the "
        "table is right, the narrative was usually written from an earlier draft.",
};

namespace {

// The table figure a claim is compared with, or why there is none.
struct Figure {
  std::optional<CellRef> ref;
  Bilingual missing;  // set when ref is empty
};

class FigureFinder {
 public:
  explicit FigureFinder(const Document& document) : doc_(document) {}

  Figure find(const Claim& claim) {
    const Document& d = doc_;
    switch (claim.subject) {
      case ClaimSubject::IncomeTotal:
        if (d.department_summary.present)
          return named(TableKind::DepartmentSummary, d.department_summary.income_total, "收入总计",
                       Column::Total);
        return totals({&d.department_income}, Column::Total,
                      {"未公开部门收支总表和部门收入总表",
                       "neither 部门收支总表 nor 部门收入总表 is published"});
      case ClaimSubject::IncomeSource: {
        if (!claim.source)
          return {std::nullopt, {"收入来源未注明", "the income source is not named"}};
        const Column source = *claim.source;
        if (d.department_income.present && d.department_income.has_column(source))
          return totals({&d.department_income}, source, {});
        if (d.department_summary.present)
          // A source the table does not print is none: blank, equal to a stated 0.
          return named(TableKind::DepartmentSummary, d.department_summary.income_cell(source),
                       "收入", source);
        return {std::nullopt,
                {fmt::format("未公开部门收入总表和部门收支总表（{}）", column_info(source).zh_name),
                 fmt::format("neither 部门收入总表 nor 部门收支总表 is published ({})",
                             column_info(source).zh_name)}};
      }
      case ClaimSubject::ExpenditureTotal:
        if (d.department_expenditure.present)
          return totals({&d.department_expenditure}, Column::Total, {});
        if (d.department_summary.present) {
          if (d.department_summary.expenditure_total)
            return {total_cell(TableKind::DepartmentSummary,
                               *d.department_summary.expenditure_total, Column::Total, "支出总计"),
                    {}};
          return {std::nullopt, {"部门收支总表未列支出总计", "部门收支总表 has no 支出总计"}};
        }
        return {std::nullopt,
                {"未公开部门支出总表和部门收支总表",
                 "neither 部门支出总表 nor 部门收支总表 is published"}};
      case ClaimSubject::ExpenditureClass:
        return expenditure_class(claim);
      case ClaimSubject::FiscalIncomeTotal: {
        const FiscalSummary& f = d.fiscal_summary;
        if (!f.present)
          return {std::nullopt, {"未公开财政拨款收支总表", "财政拨款收支总表 is not published"}};
        if (f.income_current_total.blank() && !f.income_grand_total.blank())
          return named(TableKind::FiscalSummary, f.income_grand_total, "收入合计", Column::Total);
        return named(TableKind::FiscalSummary, f.income_current_total, "本年收入", Column::Total);
      }
      case ClaimSubject::FiscalExpenditureTotal:
        return fiscal_expenditure(Column::Total);
      case ClaimSubject::GeneralPublicIncome:
        if (d.fiscal_summary.present)
          return named(TableKind::FiscalSummary, d.fiscal_summary.income_general_public, "本年收入",
                       Column::GeneralPublic);
        if (d.department_income.present && d.department_income.has_column(Column::GeneralPublic))
          return totals({&d.department_income}, Column::GeneralPublic, {});
        return {std::nullopt,
                {"未公开财政拨款收支总表和部门收入总表",
                 "neither 财政拨款收支总表 nor 部门收入总表 is published"}};
      case ClaimSubject::GeneralPublicExpenditure:
        if (d.general_public_expenditure.present)
          return totals({&d.general_public_expenditure}, Column::Total, {});
        return fiscal_expenditure(Column::GeneralPublic);
      case ClaimSubject::GovernmentFundExpenditure:
        if (d.government_fund_expenditure.present)
          return totals({&d.government_fund_expenditure}, Column::Total, {});
        return fiscal_expenditure(Column::GovernmentFund);
      case ClaimSubject::StateCapitalExpenditure:
        if (d.state_capital_expenditure.present)
          return totals({&d.state_capital_expenditure}, Column::Total, {});
        return fiscal_expenditure(Column::StateCapital);
      case ClaimSubject::BasicExpenditure:
      case ClaimSubject::ProjectExpenditure: {
        // Without a scope the split is of all funds (部门支出总表); "一般公共预算" scope
        // takes the 一般公共预算财政拨款支出表. Each falls back to the other table.
        const Column column =
            claim.subject == ClaimSubject::BasicExpenditure ? Column::Basic : Column::Project;
        const bool general_public = claim.scope == Column::GeneralPublic;
        const ClassifiedTable* first =
            general_public ? &d.general_public_expenditure : &d.department_expenditure;
        const ClassifiedTable* second =
            general_public ? &d.department_expenditure : &d.general_public_expenditure;
        return totals({first, second}, column, {});
      }
      default:
        return {std::nullopt, {}};
    }
  }

 private:
  Figure named(TableKind table, const Cell& cell, std::string row, Column column) {
    return {CellRef::named(table, cell, std::move(row), column), {}};
  }

  // A blank stand-in for a figure a present table does not print (kept alive here).
  Figure blank(TableKind table, std::string row, std::optional<Column> column,
               const SourceLocation& where) {
    Cell& cell = scratch_.emplace_back();
    cell.where = where;
    return {CellRef::named(table, cell, std::move(row), column), {}};
  }

  // The 合计 row of the first published table among `tables`.
  Figure totals(std::initializer_list<const ClassifiedTable*> tables, Column column,
                Bilingual missing) {
    for (const ClassifiedTable* t : tables) {
      if (!t->present)
        continue;
      if (t->totals && t->has_column(column))
        return {total_cell(t->kind, *t->totals, column, "合计"), {}};
      // An empty table states 0 for everything.
      if (t->empty())
        return blank(t->kind, "合计", column, t->where);
      if (!t->has_column(column))
        return {
            std::nullopt,
            {fmt::format("{}未列{}列", table_info(t->kind).zh_name, column_info(column).zh_name),
             fmt::format("{} has no {} column", table_info(t->kind).zh_name,
                         column_info(column).zh_name)}};
      return {std::nullopt,
              {fmt::format("{}未列合计行", table_info(t->kind).zh_name),
               fmt::format("{} has no 合计 row", table_info(t->kind).zh_name)}};
    }
    if (missing.zh.empty()) {
      std::string names, names_en;
      for (const ClassifiedTable* t : tables) {
        if (!names.empty()) {
          names += "和";
          names_en += " or ";
        }
        names += std::string(table_info(t->kind).zh_name);
        names_en += std::string(table_info(t->kind).zh_name);
      }
      missing = {"未公开" + names, "no " + names_en + " is published"};
    }
    return {std::nullopt, std::move(missing)};
  }

  Figure fiscal_expenditure(Column column) {
    const FiscalSummary& f = doc_.fiscal_summary;
    if (!f.present)
      return {std::nullopt, {"未公开财政拨款收支总表", "财政拨款收支总表 is not published"}};
    const AmountRow* row = f.expenditure_current_total ? &*f.expenditure_current_total : nullptr;
    std::string_view name = "本年支出";
    if ((!row || (*row)[column].blank()) && f.expenditure_grand_total) {
      row = &*f.expenditure_grand_total;
      name = "支出合计";
    }
    if (!row)
      return {std::nullopt, {"财政拨款收支总表未列本年支出", "财政拨款收支总表 has no 本年支出"}};
    return {total_cell(TableKind::FiscalSummary, *row, column, name), {}};
  }

  Figure expenditure_class(const Claim& claim) {
    auto match = [&](const AmountRow& row) {
      if (claim.code && row.code)
        return *row.code == *claim.code;
      return !claim.name.empty() && row.name == claim.name &&
             (!row.code || row.code->level() == CodeLevel::Class);
    };
    const std::string label = claim.code ? claim.code->digits() + " " + claim.name : claim.name;
    if (doc_.department_expenditure.present) {
      const auto& rows = doc_.department_expenditure.rows;
      const auto it = std::find_if(rows.begin(), rows.end(), match);
      if (it != rows.end())
        return {CellRef::of(TableKind::DepartmentExpenditure, *it, Column::Total), {}};
      return blank(TableKind::DepartmentExpenditure, label, Column::Total,
                   doc_.department_expenditure.where);
    }
    if (doc_.department_summary.present) {
      const auto& rows = doc_.department_summary.expenditure_rows;
      const auto it = std::find_if(rows.begin(), rows.end(), match);
      if (it != rows.end())
        return {CellRef::of(TableKind::DepartmentSummary, *it, Column::Total), {}};
      return blank(TableKind::DepartmentSummary, label, Column::Total,
                   doc_.department_summary.expenditure_where);
    }
    return {
        std::nullopt,
        {"未公开部门支出总表和部门收支总表", "neither 部门支出总表 nor 部门收支总表 is published"}};
  }

  const Document& doc_;
  std::deque<Cell> scratch_;  // deque: references stay valid as it grows
};

}  // namespace

void NarrativeFigures::check(RuleContext& context) const {
  const Document& doc = context.document();
  if (!doc.narrative.present) {
    context.not_applicable("未公开情况说明", "the narrative (情况说明) is not published");
    return;
  }
  FigureFinder finder(doc);
  std::vector<Bilingual> unchecked;
  bool any_checked = false;
  for (const Claim& claim : doc.narrative.claims) {
    if (!claim.amount)
      continue;  // a change without the figure itself: BC202
    const Figure figure = finder.find(claim);
    if (figure.ref) {
      claims::expect_claim_equals(context, claim, *figure.ref);
      any_checked = true;
      continue;
    }
    if (figure.missing.zh.empty())
      continue;  // not this rule's subject
    Finding f = claims::finding_on(context, claim, nullptr);
    f.severity = Severity::Info;
    f.message = fmt::format("{} {} 无法核对：{}", claims::claim_label(claim),
                            claims::money(*claim.amount, doc), figure.missing.zh);
    f.message_en = fmt::format("{} {} cannot be checked: {}", claims::claim_label_en(claim),
                               claims::money(*claim.amount, doc), figure.missing.en);
    context.report(std::move(f));
    unchecked.push_back(
        {fmt::format("{}（{}）", claim_subject_zh(claim.subject), figure.missing.zh),
         fmt::format("{} ({})", claim_subject_zh(claim.subject), figure.missing.en)});
  }
  if (any_checked)
    return;
  if (!unchecked.empty()) {
    std::string reason = "无法核对情况说明所述数字：";
    std::string reason_en = "cannot check the figures stated in the narrative: ";
    for (std::size_t i = 0; i < unchecked.size(); ++i) {
      reason += (i ? "；" : "") + unchecked[i].zh;
      reason_en += (i ? "; " : "") + unchecked[i].en;
    }
    context.could_not_run(std::move(reason), std::move(reason_en));
    return;
  }
  context.not_applicable("情况说明未列示收支总数",
                         "the narrative states no income or expenditure totals");
}

}  // namespace budgetcheck
