#pragma once
// Shared by the classification-code rules (BC50x): which tables carry 科目编码, under which
// classification, and how a finding names a row.

#include <string>
#include <vector>

#include "budgetcheck/model/document.hpp"
#include "budgetcheck/rules/code_catalogue.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

// The rows of one published table (or of its expenditure side) that the BC50x rules read.
struct CodedTable {
  TableKind table{};
  Classification classification = Classification::Functional;
  bool by_class = false;  // 部门收支总表 / 财政拨款收支总表: expenditure listed by 类 only
  SourceLocation where;                // the table, or its expenditure side
  std::vector<const AmountRow*> rows;  // in published order, with or without a code

  bool has_codes() const;
};

// Present tables with rows, in table order: the 功能分类 tables, the expenditure sides of
// 部门收支总表 and 财政拨款收支总表, and the 经济分类 基本支出表. Procurement is left out: its
// codes are 项目编号, not 科目编码.
std::vector<CodedTable> coded_tables(const Document& document);

// A code of the other classification: an economic code (3…) in a 功能分类 table, or a
// functional code (2…) in the 经济分类 table. BC503 reports these; the others skip them.
bool wrong_classification(Classification table, const ClassificationCode& code);

// The catalogue of the document's year. Without one: could_not_run ("没有 2025 年的科目目录")
// and nullptr.
const CodeCatalogue* require_catalogue(RuleContext& context);

// A finding about `row` of `table`, at the row, at the rule's severity.
Finding row_finding(const RuleContext& context, const CodedTable& table, const AmountRow& row);

// "210 卫生健康支出"; a row without code is its name.
std::string describe_row(const AmountRow& row);

}  // namespace budgetcheck
