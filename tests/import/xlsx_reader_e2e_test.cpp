// End to end: a workbook as finance staff prepare it (one sheet per table, title in the first
// row, amounts as numbers) → XLSX reader → recogniser → the tables of the Shanghai sample.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "budgetcheck/import/document_json.hpp"
#include "budgetcheck/import/recognise.hpp"
#include "budgetcheck/import/xlsx_reader.hpp"
#include "support/test_support.hpp"
#include "support/xlsx_writer.hpp"

using namespace budgetcheck;

namespace {

// "12,452,089.20" → "12452089.2": how Excel stores the figure; null → no cell.
std::string stored(const nlohmann::ordered_json& amount) {
  if (amount.is_null())
    return "";
  std::string s;
  for (char c : amount.get<std::string>())
    if (c != ',')
      s.push_back(c);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0')
      s.pop_back();
    if (s.back() == '.')
      s.pop_back();
  }
  return s;
}

const std::map<std::string, std::string> kLabels{{"total", "合计"},
                                                 {"basic", "基本支出"},
                                                 {"personnel", "人员经费"},
                                                 {"public", "日常公用经费"},
                                                 {"project", "项目支出"}};

// A code × column table: title, 单位 line, one header row, the total row, the rows.
test::SheetXml classified_sheet(const std::string& sheet_name, const nlohmann::ordered_json& t,
                                std::vector<std::string>& shared) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({t["title"].get<std::string>()});
  rows.push_back({"单位：元"});
  std::vector<std::string> header{"科目编码", "科目名称"};
  for (const auto& c : t["columns"])
    header.push_back(kLabels.at(c.get<std::string>()));
  rows.push_back(header);
  std::vector<std::string> totals{"", "合计"};
  for (const auto& c : t["columns"])
    totals.push_back(stored(t["totals"][c.get<std::string>()]));
  rows.push_back(totals);
  for (const auto& r : t["rows"]) {
    std::vector<std::string> row{r["code"].get<std::string>(), r["name"].get<std::string>()};
    for (const auto& c : t["columns"])
      row.push_back(stored(r[c.get<std::string>()]));
    rows.push_back(row);
  }
  const std::size_t width = header.size();
  return test::simple_sheet(
      sheet_name, rows, shared,
      {"A1:" + test::column_name(width) + "1", "A2:" + test::column_name(width) + "2"});
}

}  // namespace

TEST_CASE("XLSX import end to end: the sample's tables from a generated workbook",
          "[import][xlsx][e2e]") {
  const Document sample = test::load_ok(test::read_data_file("shanghai-sample-2026.json"));
  const auto expected = nlohmann::ordered_json::parse(write_document_json(sample));
  const std::vector<std::string> keys{"general_public_expenditure", "department_expenditure"};

  std::vector<std::string> shared;
  std::vector<test::SheetXml> sheets;
  for (const auto& key : keys)
    sheets.push_back(classified_sheet("表" + std::to_string(sheets.size() + 1),
                                      expected["tables"][key], shared));
  const auto bytes = test::zip_bytes(test::workbook_parts(sheets, shared));
  const XlsxReadResult read = read_xlsx_bytes(bytes, "sample.xlsx");
  REQUIRE(read.ok());
  REQUIRE(read.grids.size() == keys.size());

  HeaderHints hints;
  hints.unit_name = "上海市示例区市场监督管理局";
  hints.year = 2026;
  hints.level = DisclosureLevel::Unit;
  RecogniseResult recognised = recognise_tables(read.grids, hints);
  const LoadResult imported =
      finish_import(std::move(recognised.document), std::move(recognised.problems));
  std::string problems;
  for (const auto& p : imported.problems)
    problems += p.where.origin + " " + p.message + "\n";
  INFO(problems);
  REQUIRE(imported.ok());
  const auto actual = nlohmann::ordered_json::parse(write_document_json(*imported.document));
  for (const auto& key : keys) {
    INFO(key);
    REQUIRE(actual["tables"].contains(key));
    CHECK(actual["tables"][key].dump(1) == expected["tables"][key].dump(1));
  }
  // A value remembers its sheet and cell: row 5 of 表1 is the first row after the 合计 row,
  // column C its 合计.
  const auto& rows = imported.document->general_public_expenditure.rows;
  REQUIRE_FALSE(rows.empty());
  CHECK(rows[0][Column::Total].where.origin == "表1!C5");
}
