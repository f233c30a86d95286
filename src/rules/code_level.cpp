#include "code_level.hpp"

#include <fmt/format.h>

#include "code_rows.hpp"

namespace budgetcheck {

const RuleInfo CodeLevelRule::kInfo{
    .code = "BC503",
    .name = "code-level",
    .default_severity = Severity::Error,
    .summary_zh = "科目编码的分类和级次应符合所在表的要求",
    .summary_en = "Each code must be of the classification and level its table is published by",
    .explanation =
        "The 功能分类 tables are coded by 支出功能分类科目 (codes beginning with 2), the "
        "一般公共预算财政拨款基本支出表 by 部门预算支出经济分类科目 (codes beginning with 3), "
        "which "
        "stop at 款 (5 digits). 部门收支总表 and 财政拨款收支总表 list expenditure by 功能分类 类 "
        "only, so a coded row there must be a 类 (3 digits). A code of the other classification "
        "usually means rows were pasted from the wrong table; a 7-digit code in the economic "
        "table or a 款 in a summary table means the table was printed at the wrong level, and "
        "its totals no longer mean what the format says.",
    .example =
        "`{\"code\": \"30101\", \"name\": \"基本工资\"}` in the 一般公共预算财政拨款支出表 → "
        "finding: "
        "科目编码 30101 "
        "是部门预算支出经济分类科目，不应出现在按支出功能分类列示的一般公共预算财政拨款支出表中.",
    .fix =
        "Move the row to the table of its classification, or print the table at its level "
        "(类 only in the summary tables, 类/款 in the 基本支出表).",
};

namespace {

std::string_view other_classification_zh(Classification table) {
  return classification_zh(table == Classification::Functional ? Classification::Economic
                                                               : Classification::Functional);
}

}  // namespace

void CodeLevelRule::check(RuleContext& context) const {
  bool any_code = false;
  for (const auto& table : coded_tables(context.document())) {
    const std::string_view table_zh = table_info(table.table).zh_name;
    for (const AmountRow* row : table.rows) {
      if (!row->code)
        continue;
      any_code = true;
      context.count_check();
      const ClassificationCode& code = *row->code;
      std::string message, message_en;
      if (wrong_classification(table.classification, code))
        message = fmt::format("科目编码 {} 是{}，不应出现在按{}列示的{}中", code.digits(),
                              other_classification_zh(table.classification),
                              classification_zh(table.classification), table_zh);
      if (!message.empty())
        message_en =
            fmt::format("科目编码 {} is a {} code and does not belong in {}, which is by {}",
                        code.digits(), other_classification_zh(table.classification), table_zh,
                        classification_zh(table.classification));
      else if (table.classification == Classification::Economic &&
               code.level() == budgetcheck::CodeLevel::Item)
        message =
            fmt::format("{}中科目编码 {} 有 7 位：部门预算支出经济分类只有类、款两级（3 位、5 位）",
                        table_zh, code.digits());
      if (!message.empty() && message_en.empty())
        message_en = fmt::format(
            "科目编码 {} in {} has 7 digits: 部门预算支出经济分类 has only the "
            "类 and 款 levels (3 and 5 digits)",
            code.digits(), table_zh);
      else if (table.by_class && code.level() != budgetcheck::CodeLevel::Class)
        message =
            fmt::format("{}按支出功能分类的类列示支出，{} 是{}级科目（应只列 {} 类）", table_zh,
                        code.digits(), code_level_zh(code.level()), code.digits().substr(0, 3));
      if (!message.empty() && message_en.empty())
        message_en = fmt::format(
            "{} lists expenditure by 支出功能分类 类, but {} is a {}-level code "
            "(only its 类 {} belongs here)",
            table_zh, code.digits(), code_level_zh(code.level()), code.digits().substr(0, 3));
      if (message.empty())
        continue;
      Finding f = row_finding(context, table, *row);
      f.message = std::move(message);
      f.message_en = std::move(message_en);
      context.report(std::move(f));
    }
  }
  if (!any_code)
    context.not_applicable("未公开列有科目编码的支出表",
                           "no expenditure table with 科目编码 is published");
}

}  // namespace budgetcheck
