#pragma once
// Hand-built results for the report tests: the reports must not depend on what the
// real rules happen to find.

#include <string>
#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck::test {

inline Amount amt(const char* text) {
  return *parse_decimal(text).value;
}

inline const RuleInfo kFunctionalRollup{
    "BC101", "functional-rollup", Severity::Error, "上级科目等于下级科目之和", "", "", "", ""};
inline const RuleInfo kEconomicRollup{
    "BC102", "economic-rollup", Severity::Error, "经济分类上级科目等于下级科目之和", "", "", "",
    ""};
inline const RuleInfo kNarrativeTotals{
    "BC201", "narrative-totals", Severity::Warning, "情况说明所述总数与表一致", "", "", "", ""};

// One checked file: two BC101 errors (one blank cell), one BC102 info within rounding,
// BC201 could not run. BC102 comes first in the results so the test sees the report
// order findings by table, not by rule.
inline FileReport sample_checked_file() {
  RuleResult economic{&kEconomicRollup, Severity::Error, RuleStatus::Passed, "", 12, {}, {}};
  Finding rounding;
  rounding.rule_code = "BC102";
  rounding.rule_name = "economic-rollup";
  rounding.severity = Severity::Info;
  rounding.table = TableKind::GeneralPublicBasic;
  rounding.row_name = "合计";
  rounding.column = Column::Total;
  rounding.expected = amt("587.85");
  rounding.actual = amt("587.84");
  rounding.difference = amt("-0.01");
  rounding.expected_formula = "301 + 302 + 303";
  rounding.within_rounding = true;
  rounding.tolerance = amt("0.02");
  rounding.message = "合计与各项之和的差额在舍入误差以内。";
  rounding.where = {"/tables/general_public_basic/totals/total", 120, 18, {}};
  economic.findings.push_back(rounding);

  RuleResult functional{&kFunctionalRollup, Severity::Error, RuleStatus::Failed, "", 30, {}, {}};
  Finding sum;
  sum.rule_code = "BC101";
  sum.rule_name = "functional-rollup";
  sum.severity = Severity::Error;
  sum.table = TableKind::GeneralPublicExpenditure;
  sum.row_code = "208";
  sum.row_name = "社会保障和就业支出";
  sum.column = Column::Basic;
  sum.expected = amt("1163.05");
  sum.actual = amt("1160");
  sum.difference = amt("-3.05");
  sum.expected_formula = "20805 + 20808";
  sum.tolerance = amt("0.015");
  sum.message = "基本支出不等于下级科目之和。";
  sum.where = {"/tables/general_public_expenditure/rows/3/basic", 88, 20, {}};
  functional.findings.push_back(sum);
  Finding blank;
  blank.rule_code = "BC101";
  blank.rule_name = "functional-rollup";
  blank.severity = Severity::Error;
  blank.table = TableKind::GeneralPublicExpenditure;
  blank.row_code = "20805";
  blank.row_name = "行政事业单位养老支出";
  blank.column = Column::Project;
  blank.expected = amt("12");
  blank.actual_blank = true;
  blank.expected_formula = "2080505";
  blank.message = "项目支出为空白，下级科目之和为 12.00。";
  blank.where = {"/tables/general_public_expenditure/rows/4", 95, 7, {}};
  functional.findings.push_back(blank);

  RuleResult narrative{&kNarrativeTotals,
                       Severity::Warning,
                       RuleStatus::CouldNotRun,
                       "情况说明未列出收入总数。",
                       0,
                       {},
                       {}};

  DocumentResult result;
  result.rules = {economic, functional, narrative};
  result.summary = CheckSummary{2, 0, 1, 1, 1, 0, 1};

  FileReport file;
  file.path = "data/qijiang-2026.json";
  file.result = result;
  file.decimals = 2;
  file.amount_unit = AmountUnit::WanYuan;
  file.unit_name = "重庆市綦江区经济和信息化委员会（本级）";
  file.year = 2026;
  return file;
}

inline FileReport sample_unreadable_file() {
  return unreadable_file("data/bad.json", {{"expected a number, found \"abc\"",
                                            {"/tables/three_public/total", 3, 5, {}}},
                                           {"unexpected end of input", {"", 9, 1, {}}},
                                           {"file is empty", {}}});
}

inline FileReport sample_clean_file() {
  DocumentResult result;
  result.rules = {{&kFunctionalRollup, Severity::Error, RuleStatus::Passed, "", 4, {}, {}},
                  {&kNarrativeTotals,
                   Severity::Warning,
                   RuleStatus::NotApplicable,
                   "没有情况说明。",
                   0,
                   {},
                   {}}};
  result.summary = CheckSummary{0, 0, 0, 1, 0, 1, 0};
  FileReport file;
  file.path = "clean.json";
  file.result = result;
  file.decimals = 0;
  file.amount_unit = AmountUnit::Yuan;
  return file;
}

}  // namespace budgetcheck::test
