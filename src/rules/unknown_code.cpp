#include "unknown_code.hpp"

#include <fmt/format.h>

#include "code_rows.hpp"

namespace budgetcheck {

const RuleInfo UnknownCode::kInfo{
    .code = "BC501",
    .name = "unknown-code",
    .default_severity = Severity::Error,
    .summary_zh = "科目编码应属于当年政府收支分类科目中存在的类",
    .summary_en = "Every classification code must belong to a 类 of the year's 政府收支分类科目",
    .explanation =
        "Rows of the 支出功能分类 tables (部门收入总表, 部门支出总表, 一般公共预算财政拨款支出表, "
        "政府性基金预算支出表, 国有资本经营预算支出表, and the coded expenditure rows of "
        "部门收支总表 "
        "and 财政拨款收支总表) are looked up in the year's 支出功能分类科目; rows of the "
        "一般公共预算财政拨款基本支出表 in the 部门预算支出经济分类科目. The catalogue embedded in "
        "budgetcheck lists every 类 of the year but only some 款 and 项 (data/codes/README.md). "
        "So a code whose 类 does not exist is an error, while a 款 or 项 of a known 类 that the "
        "catalogue does not list cannot be checked: one info finding per table lists such "
        "codes, and when no code at all could be checked the rule says it could not run. "
        "Codes of the other classification (an economic 3… code in a 功能分类 table) are left "
        "to BC503. A document of a year without a catalogue cannot be checked.",
    .example =
        "`{\"code\": \"299\", \"name\": \"其他支出\"}` in the 一般公共预算财政拨款支出表 of a 2026 "
        "document → finding: 科目编码 299 不存在：2026 年支出功能分类科目中没有 299 类.",
    .fix =
        "Copy the code from the year's 《政府收支分类科目》 (其他支出 is 229); a typing error in "
        "the 类 digits usually shows as an unknown 类.",
};

void UnknownCode::check(RuleContext& context) const {
  const auto tables = coded_tables(context.document());
  bool any_code = false;
  for (const auto& table : tables)
    any_code = any_code || table.has_codes();
  if (!any_code) {
    context.not_applicable("未公开列有科目编码的支出表",
                           "no expenditure table with 科目编码 is published");
    return;
  }
  const CodeCatalogue* catalogue = require_catalogue(context);
  if (!catalogue)
    return;
  const int year = catalogue->year();
  std::size_t judged = 0, unchecked = 0;
  for (const auto& table : tables) {
    std::vector<std::string> unlisted;
    for (const AmountRow* row : table.rows) {
      if (!row->code || wrong_classification(table.classification, *row->code))
        continue;
      switch (catalogue->lookup(table.classification, *row->code)) {
        case CodeStatus::Listed:
          ++judged;
          context.count_check();
          break;
        case CodeStatus::Unlisted:
          unlisted.push_back(describe_row(*row));
          break;
        case CodeStatus::UnknownClass: {
          ++judged;
          context.count_check();
          const std::string class_digits = row->code->digits().substr(0, 3);
          Finding f = row_finding(context, table, *row);
          f.message = fmt::format("{}中科目编码 {} 不存在：{} 年{}中没有 {} 类",
                                  table_info(table.table).zh_name, row->code->digits(), year,
                                  classification_zh(table.classification), class_digits);
          f.message_en = fmt::format("科目编码 {} in {} does not exist: the {} {} has no 类 {}",
                                     row->code->digits(), table_info(table.table).zh_name, year,
                                     classification_zh(table.classification), class_digits);
          context.report(std::move(f));
          break;
        }
      }
    }
    if (unlisted.empty())
      continue;
    unchecked += unlisted.size();
    Finding f;
    f.severity = Severity::Info;
    f.table = table.table;
    f.where = table.where;
    f.message = fmt::format("{}有 {} 个科目编码未收录在本程序的 {} 年{}（不完整）中，未能检查：{}",
                            table_info(table.table).zh_name, unlisted.size(), year,
                            classification_zh(table.classification), fmt::join(unlisted, "、"));
    f.message_en = fmt::format(
        "{} has {} 科目编码 not listed in this program's (incomplete) {} {}, so they were not "
        "checked: {}",
        table_info(table.table).zh_name, unlisted.size(), year,
        classification_zh(table.classification), fmt::join(unlisted, ", "));
    context.report(std::move(f));
  }
  if (judged == 0 && unchecked > 0)
    context.could_not_run(
        fmt::format("{} 个科目编码均未收录在 {} 年科目目录（不完整）中，未能检查", unchecked, year),
        fmt::format("none of the {} 科目编码 is listed in the (incomplete) {} code catalogue, so "
                    "none was checked",
                    unchecked, year));
}

}  // namespace budgetcheck
