#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using namespace budgetcheck;
using test::amount;

namespace {

Document three_public(std::string_view reception) {
  return test::load_tables(test::replaced(R"json(
"three_public": {
 "total": "17.00", "overseas": null,
 "vehicle_total": "7.00", "vehicle_purchase": null, "vehicle_operation": "7.00",
 "reception": "@RECEPTION@"})json",
                                          "@RECEPTION@", reception));
}

}  // namespace

TEST_CASE("negative-amount passes when every figure is zero or more", "[rules][BC116]") {
  const RuleResult result = test::run_rule("BC116", three_public("10.00"));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 4);  // the blank cells are not figures
}

TEST_CASE("negative-amount reports a negative 公务接待费 at its cell", "[rules][BC116]") {
  const RuleResult result = test::run_rule("BC116", three_public("-3.00"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::ThreePublic);
  CHECK(f.row_name == "公务接待费");
  CHECK(f.actual == amount("-3.00"));
  CHECK(f.where.pointer == "/tables/three_public/reception");
  CHECK(f.message == "一般公共预算“三公”经费支出表 公务接待费 为负数 -3.00");
  CHECK_FALSE(f.message_en.empty());
}

TEST_CASE("negative-amount reads code × column rows too", "[rules][BC116]") {
  const Document seed =
      test::load_ok(test::replaced(test::read_data_file("qijiang-2026.json"),
                                   "\"total\": \"587.84\"", "\"total\": \"-587.84\""));
  const RuleResult result = test::run_rule("BC116", seed);
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::GeneralPublicBasic);
  CHECK(result.findings[0].column == Column::Total);
}

TEST_CASE("negative-amount passes on the seed, which has no negative figure", "[rules][BC116]") {
  const RuleResult result =
      test::run_rule("BC116", test::load_ok(test::read_data_file("qijiang-2026.json")));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks > 100);
}

TEST_CASE("negative-amount is not applicable without any table figure", "[rules][BC116]") {
  CHECK(test::run_rule("BC116", test::load_tables("")).status == RuleStatus::NotApplicable);
}
