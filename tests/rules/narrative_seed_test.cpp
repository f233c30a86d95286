// The narrative rules (BC20x–BC22x) on the seed disclosure (data/qijiang-2026.json): what
// the published text and tables of 重庆市綦江区经济和信息化委员会（本级）2026 produce.

#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

const Document& seed() {
  static const Document document = load_ok(read_data_file("qijiang-2026.json"));
  return document;
}

}  // namespace

TEST_CASE("narrative rules on the seed: figures, changes and 三公 agree", "[rules][seed][BC2]") {
  for (const char* code :
       {"BC201", "BC202", "BC203", "BC211", "BC212", "BC213", "BC215", "BC216", "BC221"}) {
    const RuleResult result = run_rule(code, seed());
    INFO(code << "\n" << findings_text(result));
    CHECK(result.status == RuleStatus::Passed);
    for (const auto& f : result.findings)
      CHECK(f.severity == Severity::Info);
  }
}

TEST_CASE("narrative rules on the seed: the change parts are compared for both wholes and 三公",
          "[rules][seed][BC203]") {
  const RuleResult result = run_rule("BC203", seed());
  CHECK(result.checks == 3);  // 支出预算, 一般公共预算财政拨款支出, “三公”经费
}

TEST_CASE("narrative rules on the seed: 2101103 matches 30114, the alternative",
          "[rules][seed][BC221]") {
  const RuleResult result = run_rule("BC221", seed());
  CHECK(result.checks == 5);
  CHECK(result.findings.empty());
}

TEST_CASE("narrative rules on the seed: performance amount cannot be confirmed",
          "[rules][seed][BC214]") {
  const RuleResult result = run_rule("BC214", seed());
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 2);
  const Finding& amount_finding = result.findings[0];
  CHECK(amount_finding.severity == Severity::Warning);
  CHECK(amount_finding.actual == amount("1877.59"));
  CHECK_THAT(amount_finding.message, Catch::Contains("789.59"));
  CHECK_THAT(amount_finding.message, Catch::Contains("1,088.00"));
  CHECK_THAT(amount_finding.message, Catch::Contains("第 8 张"));
  const Finding& coverage = result.findings[1];
  CHECK(coverage.severity == Severity::Info);
  CHECK_THAT(coverage.message, Catch::Contains("42.1%"));
}
