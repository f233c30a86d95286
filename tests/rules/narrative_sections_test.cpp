#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;

namespace {

// Every topic once; @ASSETS@ is the 国有资产 section's heading.
constexpr std::string_view kNarrative = R"json({"format": "budgetcheck/1",
"document": {"unit_name": "测试单位", "level": "单位", "year": 2026, "amount_unit": "万元", "decimals": 2},
"narrative": {"sections": [
 {"heading": "一、单位基本情况", "text": "（一）职能职责……（二）单位构成……"},
 {"heading": "二、单位收支总体情况", "text": "（一）收入预算……（二）支出预算……"},
 {"heading": "三、“三公”经费情况说明", "text": "……"},
 {"heading": "四、其他重要事项的情况说明", "text": "（一）机关运行经费。（二）政府采购情况。（三）绩效目标设置情况。"},
 {"heading": "@ASSETS@", "text": "本单位共有车辆 2 辆。"},
 {"heading": "五、专业性名词解释", "text": "……"}]}})json";

}  // namespace

TEST_CASE("narrative-sections passes a narrative that covers every topic", "[rules][BC403]") {
  const RuleResult result = test::run_rule(
      "BC403", test::load_ok(test::replaced(kNarrative, "@ASSETS@", "（四）国有资产占有使用情况")));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 9);
}

TEST_CASE("narrative-sections warns about a missing topic", "[rules][BC403]") {
  const RuleResult result = test::run_rule(
      "BC403", test::load_ok(test::replaced(kNarrative, "@ASSETS@", "（四）车辆情况")));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC403");
  CHECK(f.severity == Severity::Warning);
  CHECK_FALSE(f.table.has_value());
  CHECK(f.message ==
        "情况说明未涉及国有资产占有使用情况（未见“国有资产占有”“国有资产占用”“资产占有使用”“资产占"
        "用”）");
  CHECK(f.where.pointer == "/narrative");
}

TEST_CASE("narrative-sections is not applicable without a narrative", "[rules][BC403]") {
  const RuleResult result = test::run_rule("BC403", test::load_tables(""));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(result.reason == "没有情况说明");
}
