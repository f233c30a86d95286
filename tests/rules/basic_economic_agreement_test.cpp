// BC135 basic-economic-agreement.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::check_passes_cleanly_on_seed;
using test::findings_text;
using test::load_tables;
using test::run_rule;

const char* kExpenditure = R"(
"general_public_expenditure": {
  "columns": ["total", "basic", "project"],
  "totals": {"total": "10.00", "basic": "6.00", "project": "4.00"},
  "rows": [{"code": "210", "name": "卫生健康支出", "total": "10.00", "basic": "6.00", "project": "4.00"}]
},)";

std::string basic(std::string_view total) {
  return R"(
"general_public_basic": {
  "columns": ["total", "personnel", "public"],
  "totals": {"total": ")" +
         std::string(total) + R"(", "personnel": "5.00", "public": "1.00"},
  "rows": [{"code": "301", "name": "工资福利支出", "total": ")" +
         std::string(total) + R"(", "personnel": "5.00", "public": "1.00"}]
})";
}

}  // namespace

TEST_CASE("basic-economic-agreement passes when 基本支出 合计 agree", "[rules][BC135]") {
  const RuleResult r = run_rule("BC135", load_tables(kExpenditure + basic("6.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 1);
}

TEST_CASE("basic-economic-agreement fails when the 基本支出表 合计 differs", "[rules][BC135]") {
  const RuleResult r = run_rule("BC135", load_tables(kExpenditure + basic("6.01")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC135");
  CHECK(f.table == TableKind::GeneralPublicExpenditure);
  CHECK(f.row_name == "合计");
  CHECK(f.column == Column::Basic);
  CHECK(f.expected == amount("6.01"));
  CHECK(f.actual == amount("6.00"));
  CHECK(f.difference == amount("-0.01"));
  CHECK(f.where.pointer == "/tables/general_public_expenditure/totals/basic");
  CHECK(f.where.line == 4);
}

TEST_CASE("basic-economic-agreement compares 人员经费 and 公用经费 when both publish them",
          "[rules][BC135]") {
  const RuleResult r = run_rule("BC135", load_tables(R"(
"general_public_expenditure": {
  "columns": ["total", "basic", "personnel", "public", "project"],
  "totals": {"total": "10.00", "basic": "6.00", "personnel": "5.00", "public": "1.50", "project": "4.00"},
  "rows": []
},)" + basic("6.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  CHECK(r.checks == 3);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].column == Column::Public);
  CHECK(r.findings[0].expected == amount("1.00"));
}

TEST_CASE("basic-economic-agreement is not applicable without the 基本支出表", "[rules][BC135]") {
  std::string tables = kExpenditure;
  tables.pop_back();
  const RuleResult r = run_rule("BC135", load_tables(tables));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开一般公共预算财政拨款基本支出表");
}

TEST_CASE("basic-economic-agreement passes on the Qijiang seed", "[rules][BC135][seed]") {
  check_passes_cleanly_on_seed("BC135", 1);
}

}  // namespace budgetcheck
