// Space-aligned text (pdftotext -layout) → narrative lines + one grid per table block.

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "budgetcheck/import/layout_text.hpp"

using namespace budgetcheck;

namespace {

// One line with each text starting at its display column (CJK counts 2), as pdftotext
// lays it out.
std::string at(std::initializer_list<std::pair<unsigned, std::string>> parts) {
  std::string line;
  unsigned col = 0;
  for (const auto& [x, text] : parts) {
    while (col < x)
      line += ' ', ++col;
    line += text;
    col += display_width(text);
  }
  return line;
}

std::string lines(std::initializer_list<std::string> all) {
  std::string text;
  for (const std::string& l : all)
    text += l + "\n";
  return text;
}

std::vector<std::string> texts(const GridRow& row) {
  std::vector<std::string> out;
  for (const GridCell& c : row.cells)
    out.push_back(c.text);
  return out;
}

using Texts = std::vector<std::string>;

// A Shanghai-style table: 科目编码 over 类/款/项, 基本支出 over 人员经费/公用经费.
const std::string kTitle = at({{30, "2026年部门支出预算总表"}});
const std::string kUnit = at({{2, "编制单位：上海市示例区某某局"}, {92, "单位：元"}});
const std::string kHead1 =
    at({{4, "科目编码"}, {24, "科目名称"}, {50, "合计"}, {68, "基本支出"}, {90, "项目支出"}});
const std::string kHead2 =
    at({{2, "类"}, {8, "款"}, {14, "项"}, {60, "人员经费"}, {76, "公用经费"}});

std::string data_line(const std::string& l, const std::string& k, const std::string& x,
                      const std::string& name, const std::string& total,
                      const std::string& personnel, const std::string& pub,
                      const std::string& project) {
  // Amounts right-aligned to the ends of their columns (56, 70, 86, 100).
  std::string line = at({{2, l}, {8, k}, {14, x}, {20, name}});
  const auto right = [&](unsigned end, const std::string& v) {
    if (v.empty())
      return;
    const unsigned start = end - display_width(v);
    while (display_width(line) < start)
      line += ' ';
    line += v;
  };
  right(56, total);
  right(70, personnel);
  right(86, pub);
  right(100, project);
  return line;
}

}  // namespace

TEST_CASE("layout text: display width counts CJK and full-width characters as 2",
          "[import][layout]") {
  CHECK(display_width(std::string_view("abc 1,000.00")) == 12);
  CHECK(display_width(std::string_view("编制单位")) == 8);
  CHECK(display_width(std::string_view("（续）")) == 6);
  CHECK(display_width(std::string_view("单位：元")) == 8);
  CHECK(display_width(U'\f') == 0);
  CHECK(display_width(U'\u3000') == 2);
  CHECK(display_width(std::string_view("\xFF")) == 1);  // an invalid byte counts 1
}

TEST_CASE("layout text: runs split at wide spaces and between numbers", "[import][layout]") {
  const auto runs = split_layout_runs("204   06   01   行政运行  1,000.00 22,118,861  0.00");
  REQUIRE(runs.size() == 7);
  CHECK(runs[0].text == "204");
  CHECK(runs[3].text == "行政运行");
  CHECK(runs[3].start == 16);
  CHECK(runs[3].end == 24);
  CHECK(runs[4].text == "1,000.00");
  CHECK(runs[4].start == 26);   // after 行政运行 (8 display columns) and two spaces
  CHECK(runs[4].column == 23);  // code-point column, 1-based
  CHECK(runs[5].text == "22,118,861");
  CHECK(runs[6].text == "0.00");

  SECTION("one space inside a name or a damaged number does not split") {
    const auto r = split_layout_runs("  一、 财政拨款收入   2, 465. 43");
    REQUIRE(r.size() == 2);
    CHECK(r[0].text == "一、 财政拨款收入");
    CHECK(r[1].text == "2, 465. 43");
  }
  SECTION("one space between a code and its name, or a label and an amount, splits") {
    const auto r = split_layout_runs("2080505 机关事业单位 合计 16,544,538.19");
    REQUIRE(r.size() == 3);
    CHECK(r[0].text == "2080505");
    CHECK(r[1].text == "机关事业单位 合计");
    CHECK(r[2].text == "16,544,538.19");
  }
  SECTION("a form feed takes no display column but is a code point of the line") {
    const auto r = split_layout_runs("\f  合计");
    REQUIRE(r.size() == 1);
    CHECK(r[0].start == 2);
    CHECK(r[0].column == 4);
  }
}

TEST_CASE("layout text: numbers", "[import][layout]") {
  CHECK(is_layout_number("14,348,853.34"));
  CHECK(is_layout_number("0.00"));
  CHECK(is_layout_number("22,118,861"));
  CHECK(is_layout_number("-5.00"));
  CHECK(is_layout_number("204"));
  CHECK_FALSE(is_layout_number("2,"));
  CHECK_FALSE(is_layout_number("465."));
  CHECK_FALSE(is_layout_number("2026年"));
  CHECK_FALSE(is_layout_number(""));
}

TEST_CASE("layout text: bands put header and data cells of a column at the same index",
          "[import][layout]") {
  const std::string text = lines({
      at({{10, "上海市示例区某某局"}}),
      at({{4, "一、主要职能"}}),
      "",
      kTitle,
      "",
      kUnit,
      kHead1,
      kHead2,
      data_line("204", "", "", "公共安全支出", "1,500.00", "800.00", "200.00", "500.00"),
      data_line("204", "06", "", "司法", "1,500.00", "800.00", "200.00", "500.00"),
      data_line("204", "06", "01", "行政运行", "1,000.00", "800.00", "200.00", ""),
      data_line("204", "06", "99", "其他司法支出", "500.00", "", "", "500.00"),
      data_line("", "", "", "合计", "1,500.00", "800.00", "200.00", "500.00"),
  });
  const LayoutText layout = read_layout_text(text, "unit.txt");

  REQUIRE(layout.narrative.size() == 3);
  CHECK(layout.narrative[0].text == "          上海市示例区某某局");
  CHECK(layout.narrative[1].line == 2);
  CHECK(layout.narrative[2].text.empty());

  REQUIRE(layout.tables.size() == 1);
  const Grid& grid = layout.tables[0];
  CHECK(grid.source == "unit.txt");
  REQUIRE(grid.rows.size() == 9);
  CHECK(texts(grid.rows[0]) == Texts{"2026年部门支出预算总表"});
  CHECK(grid.rows[0].line == 4);
  CHECK(texts(grid.rows[1]) == Texts{kUnit.substr(2)});
  // 科目编码 is centred over 类/款/项 and 基本支出 over 人员经费/公用经费: like merged cells,
  // each sits in the first column of its group.
  CHECK(texts(grid.rows[2]) ==
        Texts{"科目编码", "", "", "科目名称", "合计", "基本支出", "", "项目支出"});
  CHECK(texts(grid.rows[3]) == Texts{"类", "款", "项", "", "", "人员经费", "公用经费", ""});
  CHECK(texts(grid.rows[4]) ==
        Texts{"204", "", "", "公共安全支出", "1,500.00", "800.00", "200.00", "500.00"});
  CHECK(texts(grid.rows[6]) ==
        Texts{"204", "06", "01", "行政运行", "1,000.00", "800.00", "200.00", ""});
  CHECK(texts(grid.rows[7]) ==
        Texts{"204", "06", "99", "其他司法支出", "500.00", "", "", "500.00"});
  CHECK(texts(grid.rows[8]) == Texts{"", "", "", "合计", "1,500.00", "800.00", "200.00", "500.00"});

  SECTION("cells remember line and code-point column") {
    const GridCell& name = grid.rows[6].cells[3];
    CHECK(name.line == 11);
    CHECK(name.column == 21);
    CHECK(name.origin == "11:21");
    const GridCell& amount = grid.rows[6].cells[4];
    // 行政运行 is 4 code points wide but 8 display columns.
    CHECK(amount.column == 56 - 8 + 1 - 4);
    const GridCell& blank = grid.rows[6].cells[7];
    CHECK(blank.text.empty());
    CHECK(blank.line == 11);
  }
  SECTION("the combined grid holds the same rows") {
    CHECK(layout_rows(layout).rows.size() == 9);
  }
}

TEST_CASE(
    "layout text: a table continued on the next page keeps its header rows and drops "
    "the page number",
    "[import][layout]") {
  const std::string text = lines({
      kTitle,
      kUnit,
      kHead1,
      kHead2,
      data_line("204", "", "", "公共安全支出", "1,500.00", "800.00", "200.00", "500.00"),
      "",
      at({{50, "- 3 -"}}),
      "\f" + kHead1,
      kHead2,
      data_line("204", "06", "", "司法", "1,500.00", "800.00", "200.00", "500.00"),
      at({{50, "4"}}),
  });
  const LayoutText layout = read_layout_text(text, "t.txt");
  REQUIRE(layout.tables.size() == 1);
  const Grid& grid = layout.tables[0];
  REQUIRE(grid.rows.size() == 8);                     // the page number lines are not rows
  CHECK(texts(grid.rows[5]) == texts(grid.rows[2]));  // the header again
  CHECK(texts(grid.rows[6]) == texts(grid.rows[3]));
  CHECK(grid.rows[5].line == 8);
  CHECK(grid.rows[5].cells[0].column == 6);  // the form feed is a code point of its line
  CHECK(texts(grid.rows[7])[1] == "06");
}

TEST_CASE("layout text: a title repeated with （续） continues its table", "[import][layout]") {
  const std::string text = lines({
      kTitle,
      kUnit,
      kHead1,
      kHead2,
      data_line("204", "", "", "公共安全支出", "1,500.00", "800.00", "200.00", "500.00"),
      "\f" + at({{30, "2026年部门支出预算总表（续）"}}),
      kUnit,
      kHead1,
      kHead2,
      data_line("204", "06", "", "司法", "1,500.00", "800.00", "200.00", "500.00"),
  });
  const LayoutText layout = read_layout_text(text, "t.txt");
  REQUIRE(layout.tables.size() == 1);
  const Grid& grid = layout.tables[0];
  REQUIRE(grid.rows.size() == 10);
  CHECK(texts(grid.rows[5]) == Texts{"2026年部门支出预算总表（续）"});
  CHECK(texts(grid.rows[9])[1] == "06");
}

TEST_CASE("layout text: an empty table keeps its note, a label line starts its block",
          "[import][layout]") {
  const std::string text = lines({
      kTitle,
      kUnit,
      kHead1,
      kHead2,
      data_line("", "", "", "合计", "1,500.00", "800.00", "200.00", "500.00"),
      "",
      at({{2, "表七"}}),
      at({{30, "2026年政府性基金预算支出功能分类预算表"}}),
      kUnit,
      kHead1,
      kHead2,
      at({{20, "合计"}}),
      "",
      at({{2, "注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"}}),
  });
  const LayoutText layout = read_layout_text(text, "t.txt");
  CHECK(layout.narrative.empty());
  REQUIRE(layout.tables.size() == 2);
  const Grid& empty = layout.tables[1];
  REQUIRE(empty.rows.size() == 7);
  CHECK(texts(empty.rows[0]) == Texts{"表七"});
  CHECK(texts(empty.rows[1]) == Texts{"2026年政府性基金预算支出功能分类预算表"});
  CHECK(texts(empty.rows[3])[0] == "科目编码");
  CHECK(texts(empty.rows[5])[3] == "合计");
  CHECK(texts(empty.rows[6]) ==
        Texts{"注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"});
  CHECK(empty.rows[6].line == 14);
}

TEST_CASE("layout text: a note wrapped over two lines is one cell", "[import][layout]") {
  const std::string text = lines({
      kTitle,
      kUnit,
      kHead1,
      kHead2,
      at({{20, "合计"}}),
      at({{2, "注:本单位2026年无政府性基金预算财政拨款安排的预算，"}}),
      at({{2, "故本表为空表。"}}),
  });
  const Grid grid = read_layout_text(text, "t.txt").tables.at(0);
  CHECK(texts(grid.rows.back()) ==
        Texts{"注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"});
}

TEST_CASE("layout text: an empty table with no column headers, only 合计 lines, is one column",
          "[import][layout]") {
  // Found by fuzz_layout_text: no band was found and the first run was laid on bands[0].
  const std::string text = lines({
      kTitle,
      kUnit,
      at({{20, "合计"}}),
      at({{40, "总计"}}),
  });
  const Grid grid = read_layout_text(text, "t.txt").tables.at(0);
  REQUIRE(grid.rows.size() == 4);
  CHECK(texts(grid.rows[2]) == Texts{"合计"});
  CHECK(texts(grid.rows[3]) == Texts{"总计"});
  CHECK(grid.rows[3].line == 4);
}

TEST_CASE("layout text: wrapped names join their row", "[import][layout]") {
  // The name column is 20..44 (12 characters); a name that fills it wraps.
  SECTION("top-aligned: the rest of the name on the next line") {
    const std::string text = lines({
        kTitle,
        kUnit,
        kHead1,
        kHead2,
        data_line("208", "05", "05", "机关事业单位基本养老保险", "1,082.52", "1,082.52", "", ""),
        at({{20, "缴费支出"}}),
        data_line("208", "05", "06", "机关事业单位职业年金缴费", "541.76", "541.76", "", ""),
        at({{20, "支出"}}),
        data_line("", "", "", "合计", "1,624.28", "1,624.28", "", ""),
    });
    const Grid grid = read_layout_text(text, "t.txt").tables.at(0);
    REQUIRE(grid.rows.size() == 7);
    CHECK(grid.rows[4].cells[3].text == "机关事业单位基本养老保险缴费支出");
    CHECK(grid.rows[4].cells[3].line == 5);
    CHECK(grid.rows[5].cells[3].text == "机关事业单位职业年金缴费支出");
    CHECK(grid.rows[6].cells[3].text == "合计");
  }
  SECTION("vertically centred: name around a line of figures") {
    const std::string text = lines({
        kTitle,
        kUnit,
        kHead1,
        kHead2,
        data_line("201", "", "", "一般公共服务支出", "1.00", "1.00", "", ""),
        at({{20, "机关事业单位基本养老保险"}}),
        data_line("208", "05", "05", "", "1,082,459.52", "1,082,459.52", "", ""),
        at({{20, "缴费支出"}}),
        data_line("", "", "", "合计", "1,082,460.52", "1,082,460.52", "", ""),
    });
    const Grid grid = read_layout_text(text, "t.txt").tables.at(0);
    REQUIRE(grid.rows.size() == 7);
    CHECK(grid.rows[4].cells[3].text == "一般公共服务支出");
    CHECK(grid.rows[5].cells[3].text == "机关事业单位基本养老保险缴费支出");
    CHECK(grid.rows[5].cells[0].text == "208");
    CHECK(grid.rows[5].line == 6);
    CHECK(grid.rows[5].cells[3].line == 6);
  }
  SECTION("a short line of its own is a row, not part of a name") {
    const std::string text = lines({
        kTitle,
        kUnit,
        kHead1,
        kHead2,
        data_line("208", "05", "05", "机关事业单位基本养老保险", "1.00", "1.00", "", ""),
        data_line("201", "", "", "一般公共服务支出", "1.00", "1.00", "", ""),
        at({{20, "结转下年"}}),
        data_line("", "", "", "合计", "1.00", "1.00", "", ""),
    });
    const Grid grid = read_layout_text(text, "t.txt").tables.at(0);
    REQUIRE(grid.rows.size() == 8);
    CHECK(grid.rows[5].cells[3].text == "一般公共服务支出");
    CHECK(texts(grid.rows[6]) == Texts{"", "", "", "结转下年", "", "", "", ""});
  }
}

TEST_CASE("layout text: a 目录 entry or a part heading is not a table title", "[import][layout]") {
  const std::string text = lines({
      at({{10, "目录"}}),
      at({{4, "一、2026年部门支出预算总表"}}),
      at({{4, "二、2026年政府性基金预算支出功能分类预算表"}}),
      at({{4, "第二部分"}, {16, "2026年单位预算表"}}),
      kTitle,
      kUnit,
      kHead1,
      kHead2,
      data_line("", "", "", "合计", "1.00", "1.00", "", ""),
  });
  const LayoutText layout = read_layout_text(text, "t.txt");
  CHECK(layout.narrative.size() == 4);
  REQUIRE(layout.tables.size() == 1);
  CHECK(layout.tables[0].rows[0].cells[0].text == "2026年部门支出预算总表");
}

TEST_CASE("layout text: tab-separated and space-aligned text are told apart", "[import][layout]") {
  const std::string layout =
      lines({kTitle, kUnit, kHead1, kHead2,
             data_line("204", "", "", "公共安全支出", "1,500.00", "800.00", "200.00", "500.00")});
  CHECK(looks_like_layout_text(layout));
  CHECK_FALSE(looks_like_layout_text("部门支出总表\n科目编码\t科目名称\t合计\n201\t一般\t1.00\n"));
  CHECK_FALSE(looks_like_layout_text("只有一段说明文字。\n"));
}

TEST_CASE("layout text: paragraphs wrapped at the right margin are joined, across a page break",
          "[import][layout]") {
  const std::string text = lines({
      at({{30, "上海市示例区某某局"}}),
      at({{4, "一、主要职能"}}),
      at({{4, "本单位收入预算16,544,538.19元，其中：财政拨款收入16,044,5"}}),
      at({{0, "38.19元，其他收入500,000.00元。收入预算比2025年预算增加562,1"}}),
      "",
      at({{40, "- 1 -"}}),
      "\f" + at({{0, "38.19元。"}}),
      at({{4, "二、机构设置"}}),
      kTitle,
      kUnit,
      kHead1,
      kHead2,
      data_line("", "", "", "合计", "1.00", "1.00", "", ""),
  });
  const LayoutText layout = read_layout_text(text, "t.txt");
  REQUIRE(layout.narrative.size() == 4);
  CHECK(layout.narrative[2].text ==
        "    本单位收入预算16,544,538.19元，其中：财政拨款收入16,044,538.19元，其他收入500,000."
        "00元。收入预算比2025年预算增加562,138.19元。");
  CHECK(layout.narrative[2].line == 3);
  CHECK(layout.narrative[3].text == "    二、机构设置");
  CHECK(layout.narrative[3].line == 8);
}
