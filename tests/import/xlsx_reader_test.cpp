#include "budgetcheck/import/xlsx_reader.hpp"

#include <catch2/catch.hpp>

#include "support/xlsx_writer.hpp"

using namespace budgetcheck;

namespace {

std::vector<std::string> texts(const GridRow& row) {
  std::vector<std::string> out;
  for (const auto& c : row.cells)
    out.push_back(c.text);
  return out;
}

XlsxReadResult read(const test::ZipEntries& parts, const XlsxOptions& options = {}) {
  return read_xlsx_bytes(test::zip_bytes(parts), "book.xlsx", options);
}

std::string first_problem(const XlsxReadResult& r) {
  return r.problems.empty() ? std::string("(no problem)") : r.problems.front().message;
}

}  // namespace

TEST_CASE("XLSX numbers become exact decimal text as Excel shows them", "[import][xlsx]") {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"14348853.34", "14348853.34"},
      {"1.434885334E7", "14348853.34"},
      {"1.434885334e+7", "14348853.34"},
      {"0.30000000000000004", "0.3"},
      {"14348853.340000001", "14348853.34"},
      {"2.9999999999999996", "3"},
      {"0.1499999999999999", "0.15"},             // 16th digit 9: up
      {"1.00000000000000049", "1"},               // 16th digit 4: down
      {"1.000000000000005", "1.00000000000001"},  // 16th digit 5: half away from zero
      {"-1.000000000000005", "-1.00000000000001"},
      {"1.000000000000004999", "1"},
      {"9.9999999999999999", "10"},  // the carry runs through every digit
      {"-2.5E-3", "-0.0025"},
      {"1E-7", "0.0000001"},
      {"1.5E+20", "150000000000000000000"},
      {"123456789012345678", "123456789012346000"},
      {"0", "0"},
      {"-0", "0"},
      {"0.000", "0"},
      {"-0.0E5", "0"},
      {"007.50", "7.5"},
      {".5", "0.5"},
      {"5.", "5"},
      {"22118861", "22118861"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    REQUIRE(xlsx_number_text(in).has_value());
    CHECK(*xlsx_number_text(in) == out);
  }
  for (const std::string bad : {"", "-", ".", "1e", "1e+", "abc", "1,000", " 1", "1 ", "1.2.3",
                                "NaN", "INF", "1E99999", "--1", "1e5.5"}) {
    INFO(bad);
    CHECK_FALSE(xlsx_number_text(bad).has_value());
  }
}

TEST_CASE("XLSX cell references", "[import][xlsx]") {
  CHECK(parse_cell_ref("A1")->row == 1);
  CHECK(parse_cell_ref("C5")->column == 3);
  CHECK(parse_cell_ref("AB12")->column == 28);
  CHECK(parse_cell_ref("XFD1048576")->column == 16384);
  for (const char* bad : {"", "A", "1", "A0", "a1", "XFE1", "A1048577", "AAAA1", "A01", "A1B"})
    CHECK_FALSE(parse_cell_ref(bad).has_value());
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(16384) == "XFD");
}

TEST_CASE("XLSX reader: shared, rich, inline and formula strings, numbers, empty cells",
          "[import][xlsx]") {
  test::SheetXml sheet;
  sheet.name = "收支总表";
  sheet.sheet_data =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      // row 2 left out; row 3 has a gap at B and a styled empty cell at D
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"C3\"><v>1.434885334E7</v></c>"
      "<c r=\"D3\" s=\"4\"/><c r=\"E3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 行内 </t>"
      "</is></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>A1&amp;\"x\"</f><v>公式结果</v></c>"
      "<c r=\"B4\"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r=\"C4\" t=\"b\"><v>1</v></c>"
      "<c r=\"D4\" t=\"s\"><v>2</v></c><c r=\"E4\" t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本"
      "</t></r></is></c></row>"
      // only empty cells: no grid row
      "<row r=\"5\"><c r=\"A5\" s=\"1\"/><c r=\"B5\" t=\"s\"><v>3</v></c></row>";
  const auto parts = test::workbook_parts(
      {sheet}, {"<t>一般公共预算财政拨款支出预算表</t>",
                "<r><rPr><b/></rPr><t>科目</t></r><r><t xml:space=\"preserve\">编码</t></r>"
                "<rPh sb=\"0\" eb=\"1\"><t>かもく</t></rPh>",
                "<t>a_x000A_b</t>", "<t>   </t>"});
  const auto r = read(parts);
  INFO(first_problem(r));
  REQUIRE(r.ok());
  REQUIRE(r.grids.size() == 1);
  const Grid& g = r.grids[0];
  CHECK(g.source == "book.xlsx");
  CHECK(g.sheet == "收支总表");
  REQUIRE(g.rows.size() == 3);
  CHECK(texts(g.rows[0]) == std::vector<std::string>{"一般公共预算财政拨款支出预算表"});
  CHECK(g.rows[0].line == 1);
  CHECK(texts(g.rows[1]) == std::vector<std::string>{"科目编码", "", "14348853.34", "", "行内"});
  CHECK(g.rows[1].line == 3);
  CHECK(g.rows[1].cells[1].origin == "收支总表!B3");
  CHECK(g.rows[1].cells[2].line == 3);
  CHECK(g.rows[1].cells[2].column == 3);
  CHECK(g.rows[1].cells[2].origin == "收支总表!C3");
  CHECK(texts(g.rows[2]) == std::vector<std::string>{"公式结果", "0.3", "TRUE", "a\nb", "富文本"});
}

TEST_CASE("XLSX reader: merged cells repeat the top-left text over the range", "[import][xlsx]") {
  std::vector<std::string> shared;
  const auto sheet =
      test::simple_sheet("Sheet1",
                         {{"表"},
                          {"科目编码", "科目名称", "合计", "基本支出", "", "项目支出"},
                          {"", "", "", "人员经费", "公用经费", ""},
                          {"201", "一般公共服务支出", "3.5", "1", "2.5", ""}},
                         shared, {"A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"});
  const auto r = read(test::workbook_parts({sheet}, shared));
  INFO(first_problem(r));
  REQUIRE(r.ok());
  const Grid& g = r.grids.at(0);
  REQUIRE(g.rows.size() == 4);
  CHECK(texts(g.rows[1]) == std::vector<std::string>{"科目编码", "科目名称", "合计", "基本支出",
                                                     "基本支出", "项目支出"});
  CHECK(texts(g.rows[2]) == std::vector<std::string>{"科目编码", "科目名称", "合计", "人员经费",
                                                     "公用经费", "项目支出"});
  CHECK(g.rows[2].cells[0].origin == "Sheet1!A3");
  CHECK(texts(g.rows[3]) == std::vector<std::string>{"201", "一般公共服务支出", "3.5", "1", "2.5"});

  SECTION("a title merged across the table stays one cell") {
    std::vector<std::string> s2;
    const auto titled = test::simple_sheet(
        "S", {{"部门收入预算总表"}, {"单位：元"}, {"a", "b", "c"}}, s2, {"A1:C1", "A2:C2"});
    const auto t = read(test::workbook_parts({titled}, s2));
    REQUIRE(t.ok());
    CHECK(texts(t.grids[0].rows[0]) == std::vector<std::string>{"部门收入预算总表"});
    CHECK(texts(t.grids[0].rows[1]) == std::vector<std::string>{"单位：元"});
  }
  SECTION("a huge merge is refused, not filled") {
    std::vector<std::string> s2;
    const auto big = test::simple_sheet("S", {{"x", "y"}}, s2, {"A1:XFD1048576"});
    const auto huge = read(test::workbook_parts({big}, s2));
    REQUIRE_FALSE(huge.ok());
    CHECK_THAT(first_problem(huge), Catch::Contains("merged range A1:XFD1048576"));
  }
}

TEST_CASE("XLSX reader: sheets in workbook order, names quoted in origins", "[import][xlsx]") {
  std::vector<std::string> shared;
  auto second = test::simple_sheet("My sheet", {{"", "b"}}, shared);
  second.part = "worksheets/sheet9.xml";  // the part name does not decide the order
  auto first = test::simple_sheet("首页", {{"a"}}, shared);
  first.part = "worksheets/sheet10.xml";
  const auto r = read(test::workbook_parts({first, second}, shared));
  INFO(first_problem(r));
  REQUIRE(r.ok());
  REQUIRE(r.grids.size() == 2);
  CHECK(r.grids[0].sheet == "首页");
  CHECK(r.grids[1].sheet == "My sheet");
  CHECK(r.grids[1].rows[0].cells[1].origin == "'My sheet'!B1");
}

TEST_CASE("XLSX reader: prefixed SpreadsheetML and cells without references", "[import][xlsx]") {
  test::SheetXml sheet{"S", "", "", ""};
  auto parts = test::workbook_parts({sheet});
  for (auto& [name, content] : parts)
    if (name == "xl/worksheets/sheet1.xml")
      content = std::string("<x:worksheet xmlns:x=\"") + test::kMainNs +
                "\"><x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>a</x:t></x:is></x:c>"
                "<x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r=\"B2\"><x:v>3</x:v></x:c></x:row>"
                "</x:sheetData></x:worksheet>";
  const auto r = read(parts);
  INFO(first_problem(r));
  REQUIRE(r.ok());
  REQUIRE(r.grids[0].rows.size() == 2);
  CHECK(texts(r.grids[0].rows[0]) == std::vector<std::string>{"a", "2"});
  CHECK(r.grids[0].rows[1].cells[1].origin == "S!B2");
}

TEST_CASE("XLSX reader: cell problems name the sheet and cell", "[import][xlsx]") {
  const auto problem_for = [](const std::string& cell_xml) {
    test::SheetXml sheet{"表1", "<row r=\"2\">" + cell_xml + "</row>", "", ""};
    return read(test::workbook_parts({sheet}, {"<t>only</t>"}));
  };
  SECTION("an error value") {
    const auto r = problem_for("<c r=\"B2\" t=\"e\"><v>#DIV/0!</v></c>");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("#DIV/0!"));
    CHECK(r.problems[0].where.origin == "表1!B2");
    CHECK(r.problems[0].where.line == 2);
    CHECK(r.problems[0].where.column == 2);
    CHECK(r.grids.empty());
  }
  SECTION("a shared string index out of range") {
    const auto r = problem_for("<c r=\"C2\" t=\"s\"><v>7</v></c>");
    CHECK_THAT(first_problem(r), Catch::Contains("shared string \"7\""));
  }
  SECTION("a formula without a stored result") {
    const auto r = problem_for("<c r=\"A2\"><f>SUM(A1:A1)</f></c>");
    CHECK_THAT(first_problem(r), Catch::Contains("no stored result"));
  }
  SECTION("a number that is not one") {
    const auto r = problem_for("<c r=\"A2\"><v>1,000</v></c>");
    CHECK_THAT(first_problem(r), Catch::Contains("holds \"1,000\""));
  }
  SECTION("an unknown type") {
    CHECK_THAT(first_problem(problem_for("<c r=\"A2\" t=\"x\"><v>1</v></c>")),
               Catch::Contains("unknown type"));
  }
  SECTION("a bad reference") {
    CHECK_THAT(first_problem(problem_for("<c r=\"2B\"><v>1</v></c>")),
               Catch::Contains("cannot be read"));
  }
  SECTION("a cell outside its row") {
    CHECK_THAT(first_problem(problem_for("<c r=\"A3\"><v>1</v></c>")),
               Catch::Contains("inside row 2"));
  }
}

TEST_CASE("XLSX reader: damaged or foreign files are refused with a clear problem",
          "[import][xlsx]") {
  std::vector<std::string> shared;
  const auto good = test::workbook_parts({test::simple_sheet("S", {{"a", "1"}}, shared)}, shared);

  SECTION("not a zip at all") {
    const auto r = read_xlsx_bytes("a,b\n1,2\n", "x.xlsx");
    CHECK_THAT(first_problem(r), Catch::Contains("not a zip archive"));
    CHECK(r.problems[0].where.origin == "x.xlsx");
  }
  SECTION("a legacy .xls or an encrypted workbook") {
    const auto r =
        read_xlsx_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest", "x.xlsx");
    CHECK_THAT(first_problem(r), Catch::Contains("legacy .xls"));
  }
  SECTION("a corrupt zip") {
    std::string bytes = test::zip_bytes(good);
    bytes.resize(bytes.size() / 2);  // the central directory is gone
    CHECK_THAT(first_problem(read_xlsx_bytes(bytes, "x.xlsx")), Catch::Contains("damaged zip"));
  }
  SECTION("a zip with damaged compressed data") {
    std::string bytes = test::zip_bytes(good);
    const auto at = bytes.find("xl/worksheets/sheet1.xml");  // the local header's name
    REQUIRE(at != std::string::npos);
    for (std::size_t i = at + 30; i < at + 60 && i < bytes.size(); ++i)
      bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    const auto r = read_xlsx_bytes(bytes, "x.xlsx");
    CHECK_FALSE(r.ok());
  }
  SECTION("a zip that is not a workbook") {
    const auto r = read({{"hello.txt", "hi"}});
    CHECK_THAT(first_problem(r), Catch::Contains("not an XLSX workbook"));
  }
  SECTION("an OpenDocument spreadsheet") {
    const auto r = read(
        {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}});
    CHECK_THAT(first_problem(r), Catch::Contains(".ods"));
  }
  SECTION("a missing sheet part") {
    test::ZipEntries parts;
    for (const auto& p : good)
      if (p.first != "xl/worksheets/sheet1.xml")
        parts.push_back(p);
    CHECK_THAT(first_problem(read(parts)), Catch::Contains("no part xl/worksheets/sheet1.xml"));
  }
  SECTION("missing workbook relationships") {
    test::ZipEntries parts;
    for (const auto& p : good)
      if (p.first != "xl/_rels/workbook.xml.rels")
        parts.push_back(p);
    CHECK_THAT(first_problem(read(parts)), Catch::Contains("xl/_rels/workbook.xml.rels"));
  }
  SECTION("malformed XML") {
    auto parts = good;
    for (auto& [name, content] : parts)
      if (name == "xl/workbook.xml")
        content = "<workbook><sheets>";
    CHECK_THAT(first_problem(read(parts)), Catch::Contains("not well-formed XML"));
  }
  SECTION("a DTD (entity expansion) is refused") {
    auto parts = good;
    for (auto& [name, content] : parts)
      if (name == "xl/sharedStrings.xml")
        content = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaa\">]><sst><si><t>&a;</t></si></sst>";
    CHECK_THAT(first_problem(read(parts)), Catch::Contains("DTD"));
  }
  SECTION("a part that inflates beyond the limit (zip bomb)") {
    auto parts = good;
    for (auto& [name, content] : parts)
      if (name == "xl/worksheets/sheet1.xml")
        content.insert(content.find("<sheetData>"), std::string(300'000, ' '));
    XlsxOptions options;
    options.max_part_bytes = 100'000;
    const auto r = read(parts, options);
    CHECK_THAT(first_problem(r), Catch::Contains("limit of 100000"));
    CHECK(r.grids.empty());
    options.max_part_bytes = 1'000'000;
    options.max_total_bytes = 200'000;
    CHECK_THAT(first_problem(read(parts, options)), Catch::Contains("workbook inflates"));
    CHECK(read(parts).ok());
  }
  SECTION("row and cell limits") {
    XlsxOptions options;
    options.max_rows = 1;
    std::vector<std::string> s2;
    const auto two_rows = test::workbook_parts({test::simple_sheet("S", {{"a"}, {"b"}}, s2)}, s2);
    CHECK_THAT(first_problem(read(two_rows, options)), Catch::Contains("rows (limit)"));
    options = {};
    options.max_cells = 1;
    CHECK_THAT(first_problem(read(two_rows, options)), Catch::Contains("limit"));
  }
}
