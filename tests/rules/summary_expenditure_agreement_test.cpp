// BC132 summary-expenditure-agreement.
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

using test::amount;
using test::check_passes_cleanly_on_seed;
using test::findings_text;
using test::load_tables;
using test::run_rule;

// The summary prints 类 names only, as the seed does.
std::string summary(std::string_view rows, std::string_view total = "10.00",
                    std::string_view carry_forward = "null") {
  return R"(
"department_summary": {
  "income": {"sources": ["general_public"], "general_public": ")" +
         std::string(total) + R"(", "total": ")" + std::string(total) + R"("},
  "expenditure": {
    "columns": ["total"],
    "rows": [)" +
         std::string(rows) + R"(],
    "carry_forward": {"total": )" +
         std::string(carry_forward) + R"(},
    "totals": {"total": ")" +
         std::string(total) + R"("}
  }
},)";
}

const char* kBothRows =
    R"({"name": "社会保障和就业支出", "total": "6.00"}, {"name": "卫生健康支出", "total": "4.00"})";

std::string expenditure(std::string_view health) {
  return R"(
"department_expenditure": {
  "columns": ["total"],
  "totals": {"total": "10.00"},
  "rows": [
    {"code": "208", "name": "社会保障和就业支出", "total": "6.00"},
    {"code": "20805", "name": "行政事业单位养老支出", "total": "6.00"},
    {"code": "210", "name": "卫生健康支出", "total": ")" +
         std::string(health) + R"("},
    {"code": "21011", "name": "行政事业单位医疗", "total": ")" +
         std::string(health) + R"("}
  ]
})";
}

}  // namespace

TEST_CASE("summary-expenditure-agreement passes when 类 rows and 合计 agree", "[rules][BC132]") {
  const RuleResult r = run_rule("BC132", load_tables(summary(kBothRows) + expenditure("4.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.checks == 3);  // two 类 (款 rows are not compared) and 支出总计
}

TEST_CASE("summary-expenditure-agreement fails on a 类 that differs", "[rules][BC132]") {
  const RuleResult r = run_rule("BC132", load_tables(summary(kBothRows) + expenditure("4.10")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule_code == "BC132");
  CHECK(f.table == TableKind::DepartmentSummary);
  CHECK(f.row_code.empty());
  CHECK(f.row_name == "卫生健康支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("4.10"));
  CHECK(f.actual == amount("4.00"));
  CHECK(f.difference == amount("-0.10"));
  CHECK(f.expected_formula == "部门支出总表 210 卫生健康支出 · 合计");
  CHECK(f.where.pointer == "/tables/department_summary/expenditure/rows/1/total");
  CHECK(f.where.line == 6);
}

TEST_CASE("summary-expenditure-agreement reports a 类 the summary lacks", "[rules][BC132]") {
  const RuleResult r =
      run_rule("BC132", load_tables(summary(R"({"name": "社会保障和就业支出", "total": "6.00"})") +
                                    expenditure("4.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Failed);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.table == TableKind::DepartmentSummary);
  CHECK(f.row_code == "210");
  CHECK(f.row_name == "卫生健康支出");
  CHECK(f.column == Column::Total);
  CHECK(f.expected == amount("4.00"));
  CHECK_FALSE(f.actual.has_value());
  CHECK(f.actual_blank);
  CHECK(f.difference == amount("-4.00"));
  CHECK(f.where.pointer == "/tables/department_summary/expenditure");
  CHECK(f.where.line == 4);
}

TEST_CASE("summary-expenditure-agreement adds 结转下年 to the 合计 it compares", "[rules][BC132]") {
  const RuleResult r = run_rule(
      "BC132", load_tables(summary(kBothRows, "12.00", R"("2.00")") + expenditure("4.00")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
}

TEST_CASE("summary-expenditure-agreement is not applicable without 部门支出总表",
          "[rules][BC132]") {
  std::string tables = summary(kBothRows);
  tables.pop_back();  // the trailing comma
  const RuleResult r = run_rule("BC132", load_tables(tables));
  CHECK(r.status == RuleStatus::NotApplicable);
  CHECK(r.reason == "未公开部门支出总表");
}

TEST_CASE("summary-expenditure-agreement passes on the Qijiang seed", "[rules][BC132][seed]") {
  check_passes_cleanly_on_seed("BC132", 6);
}

}  // namespace budgetcheck
