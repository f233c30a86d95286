#include "budgetcheck/import/csv_source.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace budgetcheck;

namespace {

std::vector<std::string> texts(const GridRow& row) {
  std::vector<std::string> out;
  for (const auto& c : row.cells)
    out.push_back(c.text);
  return out;
}

Grid only_grid(const CsvReadResult& r) {
  INFO((r.problems.empty() ? std::string() : r.problems.front().message));
  REQUIRE(r.ok());
  REQUIRE(r.grids.size() == 1);
  return r.grids.front();
}

std::string fixtures() {
  return std::string(BUDGETCHECK_TESTS_DIR) + "/import/fixtures/csv";
}

}  // namespace

TEST_CASE("CSV source: fields, quotes, escapes and line numbers", "[import][csv]") {
  const std::string text =
      "一般公共预算财政拨款支出预算表\r\n"
      "科目编码,科目名称,合计,基本支出,项目支出\r\n"
      "201,一般公共服务支出,\"12,952,089.20\",\"8,122,089.20\",4830000\r\n"
      "20138,\"市场监督\n管理事务\", 100 ,,\"say \"\"hi\"\"\"\n"
      "208,社会保障和就业支出,1,2,3";
  const Grid& grid = only_grid(read_csv_text(text, "t.csv"));
  CHECK(grid.source == "t.csv");
  CHECK(grid.sheet.empty());
  REQUIRE(grid.rows.size() == 5);
  CHECK(texts(grid.rows[0]) == std::vector<std::string>{"一般公共预算财政拨款支出预算表"});
  CHECK(texts(grid.rows[2]) == std::vector<std::string>{"201", "一般公共服务支出", "12,952,089.20",
                                                        "8,122,089.20", "4830000"});
  CHECK(texts(grid.rows[3]) ==
        std::vector<std::string>{"20138", "市场监督\n管理事务", "100", "", "say \"hi\""});
  CHECK(grid.rows[3].line == 4);
  CHECK(grid.rows[3].cells[4].line == 5);  // after the line break inside field 2
  CHECK(grid.rows[3].cells[4].column == 5);
  CHECK(grid.rows[3].cells[4].origin == "t.csv:5:5");
  CHECK(grid.rows[4].line == 6);  // the embedded line break counts
  CHECK(grid.rows[4].cells[1].origin == "t.csv:6:2");
}

TEST_CASE("CSV source: BOM, blank records, ragged rows, trailing line break", "[import][csv]") {
  const Grid& grid =
      only_grid(read_csv_text("\xEF\xBB\xBF表一\n\n,,,\n\xE3\x80\x80"
                              "a\xE3\x80\x80"
                              ",b\nc\n",
                              "x.csv"));
  REQUIRE(grid.rows.size() == 3);
  CHECK(texts(grid.rows[0]) == std::vector<std::string>{"表一"});
  CHECK(grid.rows[0].cells[0].origin == "x.csv:1:1");
  CHECK(texts(grid.rows[1]) == std::vector<std::string>{"a", "b"});
  CHECK(grid.rows[1].line == 4);
  CHECK(texts(grid.rows[2]) == std::vector<std::string>{"c"});
}

TEST_CASE("CSV source: encodings other than UTF-8 are refused at line:column", "[import][csv]") {
  SECTION("UTF-16") {
    const auto r = read_csv_text(std::string("\xFF\xFE"
                                             "a\0b\0",
                                             6),
                                 "u.csv");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("UTF-16"));
    CHECK(r.grids.empty());
  }
  SECTION("UTF-16 without BOM: NUL bytes") {
    const auto r = read_csv_text(std::string("a\0b\0", 4), "u.csv");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("NUL"));
  }
  SECTION("GBK") {
    // "合计" in GBK is B9 CF BC C6; line 2, after "a,"
    const auto r = read_csv_text("title\na,\xBA\xCF\xBC\xC6\n", "g.csv");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("not valid UTF-8"));
    CHECK(r.problems[0].where.line == 2);
    CHECK(r.problems[0].where.column == 3);
    CHECK(r.problems[0].where.origin == "g.csv:2:3");
  }
  SECTION("column counts code points") {
    const auto r = read_csv_text("合计,\xC0\x80", "g.csv");  // an overlong form
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.column == 4);
  }
}

TEST_CASE("CSV source: broken quoting is a problem, not a guess", "[import][csv]") {
  SECTION("never closed") {
    const auto r = read_csv_text("a,b\nc,\"open\nmore", "q.csv");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("never closed"));
    CHECK(r.problems[0].where.line == 2);
    CHECK(r.problems[0].where.column == 3);
  }
  SECTION("text after the closing quote") {
    const auto r = read_csv_text("\"a\"b,c", "q.csv");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("after the closing quote"));
    CHECK(r.problems[0].where.column == 4);
  }
  SECTION("a quote inside an unquoted field") {
    const auto r = read_csv_text("a,b\"c", "q.csv");
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::Contains("unquoted field"));
    CHECK(r.problems[0].where.column == 4);
  }
}

TEST_CASE("CSV source: limits", "[import][csv]") {
  CsvOptions options;
  options.max_records = 2;
  CHECK_FALSE(read_csv_text("a\nb\nc\n", "l.csv", options).ok());
  CHECK(read_csv_text("a\nb\n", "l.csv", options).ok());
  options.max_fields = 3;
  CHECK_FALSE(read_csv_text("a,b,c,d\n", "l.csv", options).ok());
  options.max_bytes = 3;
  CHECK_FALSE(read_csv_text("abcd", "l.csv", options).ok());
}

TEST_CASE("CSV source: a file that starts with its header gets its title from the file name",
          "[import][csv]") {
  const Grid& grid = only_grid(read_csv_text("科目编码,科目名称,合计\n201,一般公共服务支出,1\n",
                                             "dir/一般公共预算财政拨款支出预算表.csv"));
  REQUIRE(grid.rows.size() == 3);
  CHECK(texts(grid.rows[0]) == std::vector<std::string>{"一般公共预算财政拨款支出预算表"});
  CHECK(grid.rows[0].line == 0);
  CHECK(grid.rows[0].cells[0].origin == "dir/一般公共预算财政拨款支出预算表.csv (file name)");
  CHECK(grid.rows[1].line == 1);

  SECTION("not when the first row is a title") {
    const Grid& titled = only_grid(read_csv_text("表,,\n科目编码,科目名称,合计\n", "a.csv"));
    CHECK(titled.rows.size() == 2);
    CHECK(titled.rows[0].cells[0].text == "表");
  }
  SECTION("not when switched off") {
    CsvOptions options;
    options.title_from_file_name = false;
    CHECK(only_grid(read_csv_text("a,b\n", "a.csv", options)).rows.size() == 1);
  }
}

TEST_CASE("CSV source: a directory of files is one document, in natural name order",
          "[import][csv]") {
  const std::string dir = fixtures() + "/shanghai-tables";
  const auto files = csv_files_in_directory(dir);
  REQUIRE(files.size() == 3);
  CHECK(std::filesystem::path(files[0]).filename() == "2-一般公共预算财政拨款支出预算表.csv");
  CHECK(std::filesystem::path(files[1]).filename() == "9-三公经费预算表.csv");
  CHECK(std::filesystem::path(files[2]).filename() == "10-政府性基金预算支出功能分类预算表.CSV");
  const auto r = read_csv_directory(dir);
  REQUIRE(r.ok());
  REQUIRE(r.grids.size() == 3);
  CHECK(r.grids[0].source == files[0]);
  CHECK(r.grids[0].rows[0].cells[0].text == "一般公共预算财政拨款支出预算表");
  // the third file has no title row: the file name supplies it
  CHECK(r.grids[2].rows[0].cells[0].text == "政府性基金预算支出功能分类预算表");

  SECTION("several files in the order given") {
    const std::vector<std::string> two{files[1], files[0]};
    const auto both = read_csv_files(two);
    REQUIRE(both.grids.size() == 2);
    CHECK(both.grids[0].source == files[1]);
  }
  SECTION("a missing file and an empty directory are problems") {
    const std::vector<std::string> missing{dir + "/nope.csv"};
    CHECK_FALSE(read_csv_files(missing).ok());
    const auto empty = std::filesystem::temp_directory_path() / "budgetcheck-empty-csv-dir";
    std::filesystem::create_directories(empty);
    const auto none = read_csv_directory(empty.string());
    REQUIRE(none.problems.size() == 1);
    CHECK_THAT(none.problems[0].message, Catch::Contains("no .csv files"));
    std::filesystem::remove(empty);
    CHECK_FALSE(read_csv_directory(dir + "/nope").ok());
  }
}

TEST_CASE("CSV source: a file name that is no table title gives no title row", "[import][csv]") {
  const Grid& grid = only_grid(read_csv_text("a,b\n1,2\n", "data.csv"));
  REQUIRE(grid.rows.size() == 2);
  CHECK(grid.rows[0].line == 1);
  CHECK(only_grid(read_csv_text("a,b\n", "03、部门收入总表.csv")).rows[0].cells[0].text ==
        "部门收入总表");
}
