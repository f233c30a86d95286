#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;

namespace {

Document with_section_text(std::string_view text) {
  return test::load_ok(test::replaced(R"json({"format": "budgetcheck/1",
"document": {"unit_name": "测试单位", "level": "单位", "year": 2026, "amount_unit": "万元", "decimals": 2},
"narrative": {"sections": [{"heading": "二、收支总体情况", "text": "@TEXT@"}]}})json",
                                      "@TEXT@", text));
}

}  // namespace

TEST_CASE("template-residue passes text without placeholders", "[rules][BC405]") {
  const RuleResult result = test::run_rule(
      "BC405", with_section_text("收入比 2025 年减少 6,171.12 万元，主要原因是人员调出。"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 3);  // unit name, heading, text
}

TEST_CASE("template-residue reports each placeholder with an excerpt", "[rules][BC405]") {
  const RuleResult result =
      test::run_rule("BC405", with_section_text("收入比 2025 年增加（减少）XX 万元，主要原因是。"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 3);  // in reading order
  CHECK(result.findings[0].message.find("模板残留“增加（减少）”") != std::string::npos);
  const Finding& f = result.findings[1];
  CHECK(f.rule_code == "BC405");
  CHECK_FALSE(f.table.has_value());
  CHECK(f.where.pointer == "/narrative/sections/0");
  CHECK(f.message ==
        "情况说明“二、收支总体情况”正文有模板残留“XX”：…2025 年增加（减少）XX 万元，主要原因是。");
  CHECK(result.findings[2].message.find("模板残留“主要原因是。”") != std::string::npos);
}

TEST_CASE("template-residue: placeholder letters only outside Latin words", "[rules][BC405]") {
  CHECK(test::run_rule("BC405", with_section_text("××单位")).findings.size() == 1);
  CHECK(test::run_rule("BC405", with_section_text("ＸＸ万元")).findings.size() == 1);
  CHECK(test::run_rule("BC405", with_section_text("www.xxx.gov.cn")).findings.size() == 1);
  CHECK(test::run_rule("BC405", with_section_text("XXL 号、代码 0x1F、单个 X 光机"))
            .findings.empty());
}

TEST_CASE("template-residue searches tables, notes and indicators", "[rules][BC405]") {
  test::ProjectJson project;
  project.indicators[0].value = "XX";
  const std::string body = R"json(
"government_fund_expenditure": {"columns": ["total"], "note": "待填写"},
"performance_projects": [)json" +
                           project.json() + "]";
  const RuleResult result = test::run_rule("BC405", test::load_tables(body));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].table == TableKind::GovernmentFundExpenditure);
  CHECK(result.findings[0].message == "政府性基金预算支出表的说明有模板残留“待填写”：待填写");
  CHECK(result.findings[1].table == TableKind::PerformanceProjects);
  CHECK(result.findings[1].row_code == "50011021T000000052342");
  CHECK(result.findings[1].where.pointer == "/tables/performance_projects/0/indicators/0");
}

TEST_CASE("template-residue finds a placeholder wherever it falls in a long text",
          "[rules][BC405]") {
  // The search steps sixteen bytes at a time: a hit must be found at every offset, across
  // a step's edge, and after a step that ended inside a character.
  const std::vector<std::string> residues{"XX",     "××",           "ＸＸ",
                                          "待填写", "增加（减少）", "主要用于。"};
  // Nothing in the filler may start a hit, so nothing stops the steps before the residue.
  // (Not even a full-width comma: its first byte is that of Ｘ.)
  const std::string filler = "收入预算安排人员经费 2026 年。公用经费按标准核定、项目经费按进度安排";
  for (const std::string& residue : residues) {
    for (std::size_t cut = 0; cut <= filler.size(); ++cut) {
      // Only cuts between characters (a UTF-8 lead byte or the end).
      if (cut < filler.size() && (static_cast<unsigned char>(filler[cut]) & 0xC0) == 0x80)
        continue;
      const std::string text = filler.substr(0, cut) + " " + residue + " " + filler.substr(cut);
      const RuleResult result = test::run_rule("BC405", with_section_text(text));
      INFO(text);
      REQUIRE(result.findings.size() == 1);
      CHECK(result.findings[0].message.find("模板残留“" + residue + "”") != std::string::npos);
    }
  }
}
