#include "code_name_mismatch.hpp"

#include <fmt/format.h>

#include "code_rows.hpp"

namespace budgetcheck {

const RuleInfo CodeNameMismatch::kInfo{
    .code = "BC502",
    .name = "code-name-mismatch",
    .default_severity = Severity::Warning,
    .summary_zh = "科目名称应与当年政府收支分类科目中该编码的名称一致",
    .summary_en = "The published 科目名称 must be the catalogue name of its code",
    .explanation =
        "A 科目编码 and its 科目名称 are printed together; when they disagree, a reader cannot "
        "tell which one is right, and a 类 renamed years ago (医疗卫生与计划生育支出 became "
        "卫生健康支出 in 2019) shows a template that was not updated. Each coded row whose code "
        "the year's catalogue lists is compared with the official name; full-width and "
        "half-width brackets (维修（护）费 / 维修(护)费) and spaces around the name are not "
        "differences. Rows published without a code (the 类 rows of 部门收支总表 and "
        "财政拨款收支总表 in some layouts) are checked only for former 类 names. Codes the "
        "catalogue does not list are left to BC501.",
    .example =
        "`{\"code\": \"210\", \"name\": \"医疗卫生与计划生育支出\"}` in a 2026 document → finding: "
        "科目 210 的名称“医疗卫生与计划生育支出”已于 2019 年更名为“卫生健康支出”.",
    .fix =
        "Print the name of the year's 《政府收支分类科目》 next to the code (the finding names "
        "it).",
};

namespace {

void check_row(RuleContext& context, const CodeCatalogue& catalogue, const CodedTable& table,
               const AmountRow& row) {
  const Classification classification = table.classification;
  if (!row.code) {
    // Only a former 类 name can be judged without a code; other names may be free text.
    if (catalogue.class_named(classification, row.name)) {
      context.count_check();
    } else if (const RenamedCode* r = catalogue.renamed_from(classification, row.name)) {
      context.count_check();
      Finding f = row_finding(context, table, row);
      f.message = fmt::format("{}中“{}”已于 {} 年更名为“{}”（{}）", table_info(table.table).zh_name,
                              row.name, r->renamed_in, r->current_name, r->code);
      f.message_en =
          fmt::format("“{}” in {} was renamed “{}” ({}) in {}", row.name,
                      table_info(table.table).zh_name, r->current_name, r->code, r->renamed_in);
      context.report(std::move(f));
    }
    return;
  }
  const CatalogueEntry* entry = catalogue.find(classification, *row.code);
  if (!entry || wrong_classification(classification, *row.code))
    return;  // unknown or unlisted: BC501; wrong classification: BC503
  context.count_check();
  if (same_code_name(row.name, entry->name))
    return;
  Finding f = row_finding(context, table, row);
  if (const RenamedCode* r = catalogue.renamed_from(classification, row.name, row.code)) {
    f.message =
        fmt::format("{}中科目 {} 的名称“{}”已于 {} 年更名为“{}”", table_info(table.table).zh_name,
                    entry->code, row.name, r->renamed_in, entry->name);
    f.message_en = fmt::format("in {}, the name “{}” of {} was changed to “{}” in {}",
                               table_info(table.table).zh_name, row.name, entry->code, entry->name,
                               r->renamed_in);
  } else {
    f.message = fmt::format("{}中科目 {} 的名称应为“{}”（{} 年{}），表中为“{}”",
                            table_info(table.table).zh_name, entry->code, entry->name,
                            catalogue.year(), classification_zh(classification), row.name);
    f.message_en = fmt::format("in {}, {} should be named “{}” ({} {}), the table says “{}”",
                               table_info(table.table).zh_name, entry->code, entry->name,
                               catalogue.year(), classification_zh(classification), row.name);
  }
  context.report(std::move(f));
}

}  // namespace

void CodeNameMismatch::check(RuleContext& context) const {
  const auto tables = coded_tables(context.document());
  if (tables.empty()) {
    context.not_applicable("未公开列有科目的支出表",
                           "no expenditure table with classified rows is published");
    return;
  }
  const CodeCatalogue* catalogue = require_catalogue(context);
  if (!catalogue)
    return;
  // Stands only if no row can be compared (the reason is dropped once a check is made).
  context.not_applicable(
      fmt::format("没有编码收录在 {} 年科目目录中的科目，也没有可识别的类名称", catalogue->year()),
      fmt::format("no row has a code listed in the {} code catalogue or a recognisable 类 name",
                  catalogue->year()));
  for (const auto& table : tables)
    for (const AmountRow* row : table.rows)
      check_row(context, *catalogue, table, *row);
}

}  // namespace budgetcheck
