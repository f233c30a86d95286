#include "budgetcheck/report/statistics.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_results.hpp"

using namespace budgetcheck;

TEST_CASE("statistics: findings per rule across files, by severity", "[report][statistics]") {
  FileReport second = test::sample_checked_file();
  second.path = "other.json";
  second.result->rules[1].findings.pop_back();                       // one BC101 left
  second.result->rules[0].findings[0].severity = Severity::Warning;  // BC102 as warning
  const auto stats =
      finding_statistics({test::sample_checked_file(), second, test::sample_unreadable_file(),
                          test::sample_clean_file()});
  REQUIRE(stats.size() == 2);
  CHECK(stats[0].code == "BC101");
  CHECK(stats[0].name == "functional-rollup");
  CHECK(stats[0].errors == 3);
  CHECK(stats[0].warnings == 0);
  CHECK(stats[0].infos == 0);
  CHECK(stats[0].files == 2);
  CHECK(stats[1].code == "BC102");
  CHECK(stats[1].infos == 1);
  CHECK(stats[1].warnings == 1);
  CHECK(stats[1].total() == 2);

  std::ostringstream text;
  write_statistics_text(text, stats);
  CHECK(text.str() ==
        "按规则统计（共 5 处发现）：\n"
        "     3  BC101 functional-rollup（错误 3，警告 0，提示 0；2 个文件）\n"
        "     2  BC102 economic-rollup（错误 0，警告 1，提示 1；2 个文件）\n");
  std::ostringstream md;
  write_statistics_markdown(md, stats);
  CHECK(md.str() ==
        "\n## 按规则统计\n\n| 规则 | 名称 | 合计 | 错误 | 警告 | 提示 | 文件 |\n"
        "|---|---|---:|---:|---:|---:|---:|\n"
        "| BC101 | functional-rollup | 3 | 3 | 0 | 0 | 2 |\n"
        "| BC102 | economic-rollup | 2 | 0 | 1 | 1 | 2 |\n");
}

TEST_CASE("statistics: ties keep code order, nothing found", "[report][statistics]") {
  FileReport file = test::sample_checked_file();
  file.result->rules[1].findings.pop_back();
  const auto stats = finding_statistics({file});
  REQUIRE(stats.size() == 2);
  CHECK(stats[0].code == "BC101");
  CHECK(stats[1].code == "BC102");
  std::ostringstream text;
  write_statistics_text(text, finding_statistics({test::sample_clean_file()}));
  CHECK(text.str() == "按规则统计（共 0 处发现）：\n  （无）\n");
}
