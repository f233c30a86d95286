#include "budgetcheck/report/junit_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_results.hpp"

using namespace budgetcheck;

namespace {
std::string junit(const std::vector<FileReport>& files) {
  std::ostringstream out;
  write_junit_report(out, files);
  return out.str();
}
bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("junit report: escaping", "[report][junit]") {
  CHECK(xml_escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
  CHECK(xml_escape("tab\tnl\nbell\x07") == "tab\tnl\nbell\xEF\xBF\xBD");
  CHECK(xml_escape("bad \xFF utf8") == "bad \xEF\xBF\xBD utf8");
}

TEST_CASE("junit report: a clean file, one passing testcase per rule", "[report][junit]") {
  CHECK(junit({test::sample_clean_file()}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"budgetcheck\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"1\">\n"
        "  <testsuite name=\"clean.json\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"1\">\n"
        "    <testcase classname=\"clean.json\" name=\"BC101 functional-rollup\" "
        "assertions=\"4\"/>\n"
        "    <testcase classname=\"clean.json\" name=\"BC201 narrative-totals\" "
        "assertions=\"0\">\n"
        "      <skipped message=\"不适用：没有情况说明。\"/>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("junit report: failures list each finding, info goes to system-out", "[report][junit]") {
  const std::string xml = junit({test::sample_checked_file(), test::sample_unreadable_file()});
  CHECK(has(xml,
            "<testsuites name=\"budgetcheck\" tests=\"4\" failures=\"1\" errors=\"1\" "
            "skipped=\"1\">"));
  CHECK(has(xml,
            "<testsuite name=\"data/qijiang-2026.json\" tests=\"3\" failures=\"1\" "
            "errors=\"0\" skipped=\"1\">"));
  // BC102 passed with an info finding.
  CHECK(has(
      xml,
      "<testcase classname=\"data/qijiang-2026.json\" name=\"BC102 economic-rollup\" "
      "assertions=\"12\">\n      <system-out>data/qijiang-2026.json:120:18 "
      "/tables/general_public_basic/totals/total: 提示：合计与各项之和的差额在舍入误差以内。\n"));
  // BC101 failed with both findings in the failure body.
  CHECK(has(xml,
            "name=\"BC101 functional-rollup\" assertions=\"30\">\n"
            "      <failure message=\"2 处问题\" type=\"error\">"
            "data/qijiang-2026.json:88:20 /tables/general_public_expenditure/rows/3/basic: "
            "错误：基本支出不等于下级科目之和。\n"
            "  一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 基本支出\n"
            "  应为 1163.05（20805 + 20808），实为 1160.00，差额 -3.05\n"
            "data/qijiang-2026.json:95:7 /tables/general_public_expenditure/rows/4: "
            "错误：项目支出为空白，下级科目之和为 12.00。\n"));
  CHECK(has(xml, "</failure>\n    </testcase>\n"));
  CHECK(has(xml,
            "name=\"BC201 narrative-totals\" assertions=\"0\">\n"
            "      <skipped message=\"无法检查：情况说明未列出收入总数。\"/>\n"));
  // The unreadable file: one errored testcase listing every problem.
  CHECK(has(xml,
            "  <testsuite name=\"data/bad.json\" tests=\"1\" failures=\"0\" errors=\"1\" "
            "skipped=\"0\">\n"
            "    <testcase classname=\"data/bad.json\" name=\"load\">\n"
            "      <error message=\"无法读取（3 个问题）\" type=\"unreadable\">"
            "data/bad.json:3:5 /tables/three_public/total: expected a number, found "
            "&quot;abc&quot;\n"
            "data/bad.json:9:1: unexpected end of input\n"
            "data/bad.json: file is empty\n"
            "</error>\n"));
}
