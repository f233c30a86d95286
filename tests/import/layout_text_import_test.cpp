// End to end: a pdftotext -layout rendering of the Shanghai sample → the model, compared with
// the hand-made JSON of the same disclosure (data/shanghai-sample-2026.json).

#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "budgetcheck/import/document_json.hpp"
#include "budgetcheck/import/input.hpp"
#include "budgetcheck/import/layout_text.hpp"
#include "budgetcheck/load/loader.hpp"

using namespace budgetcheck;

namespace {

const std::string kFixture =
    std::string(BUDGETCHECK_TESTS_DIR) + "/import/fixtures/layout/shanghai-sample-2026.txt";
const std::string kDamaged =
    std::string(BUDGETCHECK_TESTS_DIR) + "/import/fixtures/layout/damaged-spacing.txt";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string problems_of(const LoadResult& result) {
  std::string text;
  for (const LoadProblem& p : result.problems)
    text += p.where.origin + " " + std::to_string(p.where.line) + ":" +
            std::to_string(p.where.column) + " " + p.message + "\n";
  return text;
}

}  // namespace

TEST_CASE("layout text: the Shanghai sample fixture splits into its ten tables",
          "[import][layout]") {
  const LayoutText layout = read_layout_text(slurp(kFixture), kFixture);
  REQUIRE(layout.tables.size() == 10);
  const char* titles[] = {"财务收支预算总表",
                          "部门收入预算总表",
                          "部门支出预算总表",
                          "财政拨款收支预算总表",
                          "一般公共预算支出功能分类预算表",
                          "一般公共预算基本支出经济分类预算表",
                          "政府性基金预算支出功能分类预算表",
                          "国有资本经营预算支出功能分类预算表",
                          "一般公共预算“三公”经费和机关运行经费预算表",
                          "政府采购预算表"};
  for (std::size_t i = 0; i < 10; ++i)
    CHECK(layout.tables[i].rows.at(0).cells.at(0).text == titles[i]);
  REQUIRE_FALSE(layout.narrative.empty());
  CHECK(layout.narrative.front().text.find("上海市示例区市场监督管理局") != std::string::npos);
  for (const TextLine& line : layout.narrative)
    CHECK(line.text.find("- 1 -") == std::string::npos);  // page numbers are dropped

  // 一般公共预算基本支出经济分类预算表 continues onto a second page and prints its names
  // vertically centred around the figures.
  const Grid& basic = layout.tables[5];
  bool wrapped = false;
  for (const GridRow& row : basic.rows)
    if (row.cells.size() > 1 && row.cells[1].text == "机关事业单位基本养老保险缴费") {
      wrapped = true;
      CHECK(row.cells[0].text == "30108");
      CHECK(row.cells[2].text == "1,082,459.52");
    }
  CHECK(wrapped);
}

TEST_CASE("layout text: the Shanghai sample imports to the tables of its JSON",
          "[import][layout][e2e]") {
  const LoadResult imported = load_input_file(kFixture);
  INFO(problems_of(imported));
  REQUIRE(imported.document);
  const LoadResult expected =
      load_document_file(std::string(BUDGETCHECK_TEST_DATA_DIR) + "/shanghai-sample-2026.json");
  REQUIRE(expected.document);

  nlohmann::json got = nlohmann::json::parse(write_document_json(*imported.document));
  nlohmann::json want = nlohmann::json::parse(write_document_json(*expected.document));
  // The fixture renders the tables but not the 绩效目标表.
  got["tables"].erase("performance_projects");
  want["tables"].erase("performance_projects");
  // The sample keeps "注:" in its notes, the recogniser drops it (as the Qijiang JSON does
  // for 备注：): the data disagree, not the layout source. Compared without the prefix.
  for (auto& [key, table] : want["tables"].items())
    if (table.is_object() && table.contains("note") && table["note"].is_string()) {
      std::string note = table["note"];
      for (const std::string prefix : {"注:", "注："})
        if (note.rfind(prefix, 0) == 0)
          note.erase(0, prefix.size());
      table["note"] = note;
    }
  for (auto& [key, table] : want["tables"].items()) {
    INFO(key);
    REQUIRE(got["tables"].contains(key));
    CHECK(got["tables"][key].dump(1) == table.dump(1));
  }
  CHECK(got["tables"].size() == want["tables"].size());
}

TEST_CASE("layout text: damaged spacing of a real extraction still lines up", "[import][layout]") {
  const LayoutText layout = read_layout_text(slurp(kDamaged), kDamaged);
  REQUIRE(layout.tables.size() == 2);
  const Grid& grid = layout.tables[0];
  // Header, 类/款/项 row, four data rows and 合计: every data row has its amounts in the
  // amount columns, with decimals dropped or not.
  std::vector<std::vector<std::string>> rows;
  for (const GridRow& row : grid.rows) {
    std::vector<std::string> cells;
    for (const GridCell& c : row.cells)
      cells.push_back(c.text);
    rows.push_back(cells);
  }
  using Row = std::vector<std::string>;
  REQUIRE(rows.size() == 9);
  CHECK(rows[2] ==
        Row{"功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"});
  CHECK(rows[3] == Row{"类", "款", "项", "", "", "", ""});
  CHECK(rows[4] ==
        Row{"204", "", "", "公共安全支出", "22,118,861", "14,348,853.34", "7,770,007.66"});
  CHECK(rows[5] == Row{"204", "06", "", "司法", "22,118,861", "14,348,853.34", "7,770,007.66"});
  CHECK(rows[6] == Row{"204", "06", "01", "行政运行", "14,348,853.34", "14,348,853.34", "0.00"});
  CHECK(rows[7] == Row{"204", "06", "99", "其他司法支出", "7,770,007.66", "", "7,770,007.66"});
  CHECK(rows[8] == Row{"", "", "", "合计", "22,118,861", "14,348,853.34", "7,770,007.66"});
  const Grid& empty = layout.tables[1];
  CHECK(empty.rows.back().cells.at(0).text ==
        "注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。");
}
