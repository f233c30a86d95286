#include "code_rows.hpp"

#include <fmt/format.h>

namespace budgetcheck {

bool CodedTable::has_codes() const {
  for (const AmountRow* row : rows)
    if (row->code)
      return true;
  return false;
}

namespace {

void add_rows(std::vector<CodedTable>& out, TableKind kind, bool present,
              const std::vector<AmountRow>& rows, const SourceLocation& where) {
  if (!present || rows.empty())
    return;
  CodedTable table;
  table.table = kind;
  table.classification = table_info(kind).classification;
  table.by_class = kind == TableKind::DepartmentSummary || kind == TableKind::FiscalSummary;
  if (table.by_class)  // the summary tables' expenditure rows are 功能分类 类
    table.classification = Classification::Functional;
  table.where = where;
  for (const AmountRow& row : rows)
    table.rows.push_back(&row);
  out.push_back(std::move(table));
}

}  // namespace

std::vector<CodedTable> coded_tables(const Document& document) {
  std::vector<CodedTable> out;
  for (const TableInfo& info : all_tables()) {
    if (info.kind == TableKind::DepartmentSummary) {
      const auto& t = document.department_summary;
      add_rows(out, info.kind, t.present, t.expenditure_rows, t.expenditure_where);
    } else if (info.kind == TableKind::FiscalSummary) {
      const auto& t = document.fiscal_summary;
      add_rows(out, info.kind, t.present, t.expenditure_rows, t.expenditure_where);
    } else if (info.kind != TableKind::Procurement) {
      if (const ClassifiedTable* t = document.classified(info.kind))
        add_rows(out, info.kind, t->present, t->rows, t->where);
    }
  }
  return out;
}

bool wrong_classification(Classification table, const ClassificationCode& code) {
  const char first = code.digits().front();
  return (table == Classification::Functional && first == '3') ||
         (table == Classification::Economic && first == '2');
}

const CodeCatalogue* require_catalogue(RuleContext& context) {
  const int year = context.document().header.year;
  const CodeCatalogue* catalogue = embedded_code_catalogue(year);
  if (!catalogue)
    context.could_not_run(fmt::format("没有 {} 年的科目目录", year),
                          fmt::format("no code catalogue for the year {}", year));
  return catalogue;
}

Finding row_finding(const RuleContext& context, const CodedTable& table, const AmountRow& row) {
  Finding f;
  f.severity = context.severity();
  f.table = table.table;
  f.row_code = row.code ? row.code->digits() : std::string{};
  f.row_name = row.name;
  f.where = row.where;
  return f;
}

std::string describe_row(const AmountRow& row) {
  return row.code ? fmt::format("{} {}", row.code->digits(), row.name) : row.name;
}

}  // namespace budgetcheck
