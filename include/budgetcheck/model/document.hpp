#pragma once
// A whole disclosure: header, narrative and the standard tables.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "budgetcheck/model/narrative.hpp"
#include "budgetcheck/model/source_text.hpp"
#include "budgetcheck/model/tables.hpp"

namespace budgetcheck {

enum class DisclosureLevel { Department, Unit };  // 部门预算 / 单位预算
enum class AmountUnit { Yuan, WanYuan };          // 元 / 万元

std::string_view amount_unit_zh(AmountUnit unit);

struct DocumentHeader {
  std::string unit_code;  // e.g. "206001"
  std::string unit_name;  // e.g. "重庆市綦江区经济和信息化委员会（本级）"
  DisclosureLevel level = DisclosureLevel::Unit;
  int year = 0;
  AmountUnit amount_unit = AmountUnit::WanYuan;
  int decimals = 2;                      // digits published after the point
  std::optional<std::string> unit_type;  // 行政 / 参公 / 事业 / 混合 (decides 机关运行经费 rules)
  std::optional<std::string> region;  // e.g. "重庆市綦江区"
  std::optional<std::string> source;  // where the disclosure was published / transcribed from
  SourceLocation where;
};

struct Document {
  std::string path;  // file it was loaded from, as given on the command line
  DocumentHeader header;
  Narrative narrative;

  DepartmentSummary department_summary;
  ClassifiedTable department_income{TableKind::DepartmentIncome};
  ClassifiedTable department_expenditure{TableKind::DepartmentExpenditure};
  FiscalSummary fiscal_summary;
  ClassifiedTable general_public_expenditure{TableKind::GeneralPublicExpenditure};
  ClassifiedTable general_public_basic{TableKind::GeneralPublicBasic};
  ThreePublicTable three_public;
  ClassifiedTable government_fund_expenditure{TableKind::GovernmentFundExpenditure};
  ClassifiedTable state_capital_expenditure{TableKind::StateCapitalExpenditure};
  ClassifiedTable procurement{TableKind::Procurement};
  PerformanceOverall performance_overall;
  bool performance_projects_present = false;
  std::vector<ProjectPerformance> performance_projects;
  SourceLocation performance_projects_where;

  // The JSON text it was loaded from (none for a document built otherwise): locations
  // read from it stay pending until locate() counts their line:column.
  std::shared_ptr<const SourceText> source_text;

  // `where` with its line and column, if they were left to be counted from the text, and
  // its pointer written out.
  void locate(SourceLocation& where) const {
    where.write_pointer();
    if (where.pending != 0 && source_text)
      source_text->resolve(where);
  }

  // The 功能分类 tables that share the code × column shape, for rules that treat them alike.
  std::vector<const ClassifiedTable*> functional_tables() const;
  const ClassifiedTable* classified(TableKind kind) const;  // nullptr for other shapes
};

}  // namespace budgetcheck
