#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

constexpr std::string_view kBasic = R"json(
  "general_public_basic": {"columns": ["total", "personnel", "public"],
    "totals": {"total": "587.84", "personnel": "474.01", "public": "113.83"},
    "rows": [{"code": "301", "name": "工资福利支出", "total": "474.01", "personnel": "474.01"},
             {"code": "302", "name": "商品和服务支出", "total": "113.83", "public": "113.83"}]})json";

constexpr std::string_view kClaim =
    R"json({"subject": "office_operation", "amount": "113.83", "sentence": "运行经费 113.83 万元。"})json";

}  // namespace

TEST_CASE("office-operation: 行政 unit, 机关运行经费 = 公用经费 passes", "[rules][BC212]") {
  const RuleResult result =
      run_rule("BC212", load_narrative(kClaim, kBasic, R"(, "unit_type": "行政")"));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 1);
}

TEST_CASE("office-operation: a different figure is an error at the claim", "[rules][BC212]") {
  const RuleResult result = run_rule(
      "BC212",
      load_narrative(
          R"json({"subject": "office_operation", "amount": "113.38", "sentence": "运行经费 113.38 万元。"})json",
          kBasic, R"(, "unit_type": "参公")"));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.table == TableKind::GeneralPublicBasic);
  CHECK(f.row_name == "合计");
  CHECK(f.column == Column::Public);
  CHECK(f.expected == amount("113.83"));
  CHECK(f.actual == amount("113.38"));
  CHECK(f.difference == amount("-0.45"));
  CHECK(f.where.pointer == "/narrative/claims/0");
}

TEST_CASE("office-operation: the 三公 table's 机关运行经费 cell is compared too",
          "[rules][BC212]") {
  const std::string tables = std::string(kBasic) + R"json(,
    "three_public": {"total": "0.00", "office_operation": "100.00"})json";
  const RuleResult result =
      run_rule("BC212", load_narrative("", tables, R"(, "unit_type": "行政")"));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::ThreePublic);
  CHECK(result.findings[0].expected == amount("113.83"));
}

TEST_CASE("office-operation: 事业 units are not applicable, unknown unit type cannot run",
          "[rules][BC212]") {
  const RuleResult institution =
      run_rule("BC212", load_narrative(kClaim, kBasic, R"(, "unit_type": "事业")"));
  CHECK(institution.status == RuleStatus::NotApplicable);
  CHECK_THAT(institution.reason, Catch::Contains("事业"));
  const RuleResult unknown = run_rule("BC212", load_narrative(kClaim, kBasic));
  CHECK(unknown.status == RuleStatus::CouldNotRun);
  CHECK(unknown.reason == "未声明单位性质（unit_type），无法判断机关运行经费口径");
  const RuleResult no_table =
      run_rule("BC212", load_narrative(kClaim, "", R"(, "unit_type": "行政")"));
  CHECK(no_table.status == RuleStatus::CouldNotRun);
}
