#include "budgetcheck/report/text_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_results.hpp"

using namespace budgetcheck;

namespace {

std::string render(const std::vector<FileReport>& files, bool color = false,
                   Language language = Language::Zh) {
  std::ostringstream out;
  write_text_report(out, files, TextOptions{color, language});
  return out.str();
}

}  // namespace

TEST_CASE("text report: findings by table with expected, found, difference and where",
          "[report][text]") {
  const std::string expected =
      "data/qijiang-2026.json：重庆市綦江区经济和信息化委员会（本级） 2026 年（单位：万元）\n"
      "\n"
      "一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出\n"
      "  应为 1,163.05（20805 + 20808），实为 1,160.00，差额 −3.05，"
      "超出舍入误差（2 项之和，精确到 0.01，允许 ±0.015）\n"
      "  错误：基本支出不等于下级科目之和。  [BC101 functional-rollup]\n"
      "  data/qijiang-2026.json:88:20  /tables/general_public_expenditure/rows/3/basic\n"
      "\n"
      "一般公共预算财政拨款支出表 · 20805 行政事业单位养老支出 · 项目支出\n"
      "  应为 12.00（2080505），实为 空白\n"
      "  错误：项目支出为空白，下级科目之和为 12.00。  [BC101 functional-rollup]\n"
      "  data/qijiang-2026.json:95:7  /tables/general_public_expenditure/rows/4\n"
      "\n"
      "一般公共预算财政拨款基本支出表 · 合计 · 合计\n"
      "  应为 587.85（301 + 302 + 303），实为 587.84，差额 −0.01，"
      "在舍入误差以内（3 项之和，精确到 0.01，允许 ±0.02）\n"
      "  提示：合计与各项之和的差额在舍入误差以内。  [BC102 economic-rollup]\n"
      "  data/qijiang-2026.json:120:18  /tables/general_public_basic/totals/total\n"
      "\n"
      "无法检查的规则（或部分）：\n"
      "  BC201 narrative-totals：情况说明未列出收入总数。\n"
      "\n"
      "data/qijiang-2026.json：未通过（错误 2，警告 0，提示 1；"
      "规则：通过 1，未通过 1，不适用 0，无法检查 1）\n"
      "\n"
      "共 1 个文件：通过 0，未通过 1，无法读取 0；错误 2，警告 0，提示 1；"
      "规则：通过 1，未通过 1，不适用 0，无法检查 1\n";
  CHECK(render({test::sample_checked_file()}) == expected);
}

TEST_CASE("text report: every load problem as path:line:column, then the run summary",
          "[report][text]") {
  const std::string expected =
      "data/bad.json:3:5: error: expected a number, found \"abc\" [/tables/three_public/total]\n"
      "data/bad.json:9:1: error: unexpected end of input\n"
      "data/bad.json: error: file is empty\n"
      "data/bad.json：无法读取（3 个问题）\n"
      "\n"
      "clean.json：（单位：元）\n"
      "\n"
      "clean.json：通过（错误 0，警告 0，提示 0；规则：通过 1，未通过 0，不适用 1，无法检查 0）\n"
      "\n"
      "共 2 个文件：通过 1，未通过 0，无法读取 1；错误 0，警告 0，提示 0；"
      "规则：通过 1，未通过 0，不适用 1，无法检查 0\n";
  CHECK(render({test::sample_unreadable_file(), test::sample_clean_file()}) == expected);
}

TEST_CASE("text report: ANSI colour only when asked", "[report][text]") {
  const auto files = std::vector<FileReport>{test::sample_checked_file()};
  CHECK(render(files, false).find('\x1b') == std::string::npos);
  const std::string colored = render(files, true);
  CHECK(colored.find("\x1b[1;31m错误\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[36m提示\x1b[0m") != std::string::npos);
}

TEST_CASE("text report: positive differences carry a plus sign, whole units no point",
          "[report][text]") {
  FileReport file = test::sample_clean_file();
  Finding f;
  f.rule_code = "BC101";
  f.rule_name = "functional-rollup";
  f.table = TableKind::DepartmentExpenditure;
  f.row_name = "合计";
  f.expected = test::amt("1000000");
  f.actual = test::amt("1000005");
  f.difference = test::amt("5");
  f.tolerance = test::amt("1.5");
  f.where = {"/tables/department_expenditure/totals/total", 0, 0, {}};
  file.result->rules[0].findings.push_back(f);
  const std::string text = render({file});
  CHECK(text.find("部门支出总表 · 合计\n"
                  "  应为 1,000,000，实为 1,000,005，差额 +5，超出舍入误差（2 项之和，精确到 1，"
                  "允许 ±1.5）\n"
                  "  错误  [BC101 functional-rollup]\n"
                  "  clean.json  /tables/department_expenditure/totals/total\n") !=
        std::string::npos);
}

TEST_CASE("text report: in English, labels and messages change and names stay Chinese",
          "[report][text][lang]") {
  FileReport file = test::sample_checked_file();
  auto& rules = file.result->rules;
  rules[1].findings[0].message_en = "基本支出 is not the sum of its children.";
  rules[1].findings[1].message_en = "项目支出 is blank; its children add up to 12.00.";
  rules[0].findings[0].message_en = "合计 differs from the sum within rounding.";
  rules[2].reason_en = "the narrative states no income total.";
  const std::string expected =
      "data/qijiang-2026.json: 重庆市綦江区经济和信息化委员会（本级） 2026 (amounts in 万元)\n"
      "\n"
      "一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出\n"
      "  expected 1,163.05 (20805 + 20808), found 1,160.00, difference −3.05, "
      "beyond rounding (sum of 2 parts, precision 0.01, allowance ±0.015)\n"
      "  error: 基本支出 is not the sum of its children.  [BC101 functional-rollup]\n"
      "  data/qijiang-2026.json:88:20  /tables/general_public_expenditure/rows/3/basic\n"
      "\n"
      "一般公共预算财政拨款支出表 · 20805 行政事业单位养老支出 · 项目支出\n"
      "  expected 12.00 (2080505), found blank\n"
      "  error: 项目支出 is blank; its children add up to 12.00.  [BC101 functional-rollup]\n"
      "  data/qijiang-2026.json:95:7  /tables/general_public_expenditure/rows/4\n"
      "\n"
      "一般公共预算财政拨款基本支出表 · 合计 · 合计\n"
      "  expected 587.85 (301 + 302 + 303), found 587.84, difference −0.01, "
      "within rounding (sum of 3 parts, precision 0.01, allowance ±0.02)\n"
      "  info: 合计 differs from the sum within rounding.  [BC102 economic-rollup]\n"
      "  data/qijiang-2026.json:120:18  /tables/general_public_basic/totals/total\n"
      "\n"
      "Rules (or parts) that could not run:\n"
      "  BC201 narrative-totals: the narrative states no income total.\n"
      "\n"
      "data/qijiang-2026.json: failed (2 errors, 0 warnings, 1 infos; "
      "rules: 1 passed, 1 failed, 0 not applicable, 1 could not run)\n"
      "\n"
      "1 files: 0 passed, 1 failed, 0 unreadable; 2 errors, 0 warnings, 1 infos; "
      "rules: 1 passed, 1 failed, 0 not applicable, 1 could not run\n";
  CHECK(render({file}, false, Language::En) == expected);
}

TEST_CASE("text report: English falls back to the Chinese text rather than print nothing",
          "[report][text][lang]") {
  const std::string english = render({test::sample_checked_file()}, false, Language::En);
  CHECK(english.find("error: 基本支出不等于下级科目之和。") != std::string::npos);
  CHECK(english.find("BC201 narrative-totals: 情况说明未列出收入总数。") != std::string::npos);
}

TEST_CASE("text report: rules left out by --select / --ignore are listed on one line",
          "[report][text]") {
  FileReport file = test::sample_clean_file();
  file.result->deselected = {&test::kEconomicRollup, &test::kNarrativeTotals};
  const std::string zh = render({file});
  CHECK(zh.find("\n未运行的规则（--select/--ignore）：BC102 BC201\n") != std::string::npos);
  const std::string en = render({file}, false, Language::En);
  CHECK(en.find("\nRules not run (--select/--ignore): BC102 BC201\n") != std::string::npos);
  CHECK(render({test::sample_clean_file()}).find("未运行") == std::string::npos);
}
