#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

std::string tables(std::string_view vehicle_operation) {
  return std::string(R"json(
  "general_public_basic": {"columns": ["total", "personnel", "public"],
    "totals": {"total": "7.00", "public": "7.00"},
    "rows": [{"code": "302", "name": "商品和服务支出", "total": "7.00", "public": "7.00"},
             {"code": "30231", "name": "公务用车运行维护费", "total": "7.00", "public": "7.00"}]},
  "three_public": {"total": "17.00", "overseas": null, "vehicle_total": ")json") +
         std::string(vehicle_operation) + R"(", "vehicle_operation": ")" +
         std::string(vehicle_operation) + R"json(", "reception": "10.00"})json";
}

}  // namespace

TEST_CASE("three-public-economic: economic rows at most the 三公 figures pass (equal too)",
          "[rules][BC216]") {
  const RuleResult result = run_rule("BC216", load_tables(tables("7.00")));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}

TEST_CASE("three-public-economic: an economic row above the 三公 figure is an error",
          "[rules][BC216]") {
  const RuleResult result = run_rule("BC216", load_tables(tables("6.99")));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::GeneralPublicBasic);
  CHECK(f.row_code == "30231");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("6.99"));
  CHECK(f.actual == amount("7.00"));
  CHECK(f.difference == amount("0.01"));
  CHECK(f.where.pointer == "/tables/general_public_basic/rows/1/total");
}

TEST_CASE("three-public-economic: without either table not applicable", "[rules][BC216]") {
  CHECK(run_rule("BC216", load_tables(R"json("three_public": {"total": "1.00"})json")).status ==
        RuleStatus::NotApplicable);
}

TEST_CASE("three-public-economic: 31013 and 30913 together are bounded by 公务用车购置费",
          "[rules][BC216]") {
  const RuleResult result = run_rule("BC216", load_tables(R"json(
  "general_public_basic": {"columns": ["total"], "totals": {"total": "10.00"},
    "rows": [{"code": "309", "name": "资本性支出（基本建设）", "total": "5.00"},
             {"code": "30913", "name": "公务用车购置", "total": "5.00"},
             {"code": "310", "name": "资本性支出", "total": "5.00"},
             {"code": "31013", "name": "公务用车购置", "total": "5.00"}]},
  "three_public": {"total": "8.00", "vehicle_total": "8.00", "vehicle_purchase": "8.00"})json"));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].actual == amount("10.00"));
  CHECK(result.findings[0].expected == amount("8.00"));
  CHECK(result.findings[0].row_code == "31013");
}
