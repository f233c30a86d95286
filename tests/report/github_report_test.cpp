#include "budgetcheck/report/github_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_results.hpp"

using namespace budgetcheck;

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}
}  // namespace

TEST_CASE("github report: escaping of data and properties", "[report][github]") {
  CHECK(github_escape_data("50% a:b,c\r\nd") == "50%25 a:b,c%0D%0Ad");
  CHECK(github_escape_property("50% a:b,c\r\nd") == "50%25 a%3Ab%2Cc%0D%0Ad");
}

TEST_CASE("github report: one workflow command per finding", "[report][github]") {
  std::ostringstream out;
  write_github_report(out, {test::sample_checked_file()});
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 3);
  CHECK(
      lines[0] ==
      "::error file=data/qijiang-2026.json,line=88,col=20,title=BC101 functional-rollup::"
      "一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出：基本支出不等于下级科目之和。"
      "%0A应为 1163.05（20805 + 20808），实为 1160.00，差额 -3.05"
      "%0A/tables/general_public_expenditure/rows/3/basic");
  CHECK(lines[1].starts_with(
      "::error file=data/qijiang-2026.json,line=95,col=7,title=BC101 functional-rollup::"));
  CHECK(lines[1].find("实为 空白") != std::string::npos);
  // Info → notice.
  CHECK(lines[2].starts_with(
      "::notice file=data/qijiang-2026.json,line=120,col=18,title=BC102 economic-rollup::"));
  CHECK(lines[2].find("（在舍入误差以内）") != std::string::npos);
}

TEST_CASE("github report: load problems, unknown positions, escaped path and origin",
          "[report][github]") {
  std::ostringstream out;
  FileReport clean = test::sample_clean_file();
  write_github_report(out, {test::sample_unreadable_file(), clean});
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 3);  // the clean file prints nothing
  CHECK(lines[0] ==
        "::error file=data/bad.json,line=3,col=5,title=budgetcheck%3A cannot load::expected a "
        "number, found \"abc\"%0A/tables/three_public/total");
  CHECK(lines[1] ==
        "::error file=data/bad.json,line=9,col=1,title=budgetcheck%3A cannot load::unexpected "
        "end of input");
  CHECK(lines[2] == "::error file=data/bad.json,title=budgetcheck%3A cannot load::file is empty");

  FileReport odd = test::sample_checked_file();
  odd.path = "a,b:c.json";
  Finding& f = odd.result->rules[0].findings[0];
  f.where = {"/tables/general_public_basic/totals/total", 0, 0, "Sheet1!C5"};
  f.message = "100% 合计\n不符";
  std::ostringstream odd_out;
  write_github_report(odd_out, {odd});
  const auto odd_lines = lines_of(odd_out.str());
  REQUIRE(odd_lines.size() == 3);
  CHECK(odd_lines[2].starts_with("::notice file=a%2Cb%3Ac.json,title=BC102 economic-rollup::"));
  CHECK(odd_lines[2].find("100%25 合计%0A不符") != std::string::npos);
  CHECK(odd_lines[2].ends_with("%0ASheet1!C5 /tables/general_public_basic/totals/total"));
}
