#include "budgetcheck/report/markdown_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_results.hpp"

using namespace budgetcheck;

namespace {
std::string markdown(const std::vector<FileReport>& files) {
  std::ostringstream out;
  write_markdown_report(out, files);
  return out.str();
}
bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("markdown report: cells are escaped", "[report][markdown]") {
  CHECK(markdown_cell("a|b\\c") == "a\\|b\\\\c");
  CHECK(markdown_cell("<b>&") == "&lt;b&gt;&amp;");
  CHECK(markdown_cell("one\r\ntwo\nthree") == "one<br>two<br>three");
}

TEST_CASE("markdown report: summary table and per-file tables", "[report][markdown]") {
  const std::string md = markdown({test::sample_checked_file(), test::sample_unreadable_file()});
  CHECK(
      md.starts_with("# budgetcheck 检查报告\n\n"
                     "共 2 个文件：通过 0，未通过 1，无法读取 1；错误 2，警告 0，提示 1。\n\n"
                     "| 文件 | 状态 | 错误 | 警告 | 提示 |\n|---|---|---:|---:|---:|\n"
                     "| data/qijiang-2026.json | 未通过 | 2 | 0 | 1 |\n"
                     "| data/bad.json | 无法读取 | – | – | – |\n"));
  CHECK(has(
      md,
      "\n## data/qijiang-2026.json\n\n"
      "重庆市綦江区经济和信息化委员会（本级） 2026 年（单位：万元）：**未通过**\n\n"
      "| 严重程度 | 规则 | 位置 | 应为 | 实为 | 差额 | 说明 |\n"
      "|---|---|---|---:|---:|---:|---|\n"
      "| 错误 | BC101 functional-rollup | 一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · "
      "基本支出<br>data/qijiang-2026.json:88:20 "
      "/tables/general_public_expenditure/rows/3/basic | 1,163.05<br>（20805 + 20808） | "
      "1,160.00 | −3.05 | 基本支出不等于下级科目之和。 |\n"));
  CHECK(has(md, "| 12.00<br>（2080505） | 空白 |  | 项目支出为空白"));
  CHECK(has(md, "| 提示 | BC102 economic-rollup |"));
  CHECK(has(md, "合计与各项之和的差额在舍入误差以内。（在舍入误差以内） |\n"));
  CHECK(has(
      md, "\n无法检查的规则（或部分）：\n\n- BC201 narrative-totals：情况说明未列出收入总数。\n"));
  CHECK(has(md, "\n规则：通过 1，未通过 1，不适用 0，无法检查 1。\n"));
  CHECK(has(md,
            "\n## data/bad.json\n\n**无法读取**（3 个问题）\n\n| 位置 | 问题 |\n|---|---|\n"
            "| data/bad.json:3:5 /tables/three_public/total | expected a number, found \"abc\" |\n"
            "| data/bad.json:9:1 | unexpected end of input |\n"
            "|  | file is empty |\n"));
}

TEST_CASE("markdown report: a clean file and pipes in messages", "[report][markdown]") {
  FileReport piped = test::sample_checked_file();
  piped.result->rules[1].findings[0].message = "a|b";
  const std::string md = markdown({test::sample_clean_file(), piped});
  CHECK(has(md, "\n## clean.json\n\n（单位：元）：**通过**\n\n没有发现问题。\n"));
  CHECK(has(md, "| a\\|b |"));
}
