#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;

TEST_CASE("header-consistency passes tables in the document's unit", "[rules][BC404]") {
  test::ProjectJson project;
  project.preparer = "测试单位";
  const std::string body = R"json(
"three_public": {"amount_unit": "万元"},
"performance_projects": [)json" +
                           project.json() + "]";
  const RuleResult result = test::run_rule("BC404", test::load_tables(body));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 2);
}

TEST_CASE("header-consistency reports a table in another unit", "[rules][BC404]") {
  const RuleResult result = test::run_rule("BC404", test::load_tables(R"json(
"three_public": {"amount_unit": "元"})json"));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC404");
  CHECK(f.table == TableKind::ThreePublic);
  CHECK(f.message == "一般公共预算“三公”经费支出表的金额单位为元，与文档的金额单位万元不一致");
  CHECK(f.where.pointer == "/tables/three_public");
}

TEST_CASE("header-consistency reports a project table prepared by another unit", "[rules][BC404]") {
  test::ProjectJson project;
  project.preparer = "206002-其他单位";
  const RuleResult result = test::run_rule(
      "BC404", test::load_tables("\"performance_projects\": [" + project.json() + "]"));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::PerformanceProjects);
  CHECK(result.findings[0].row_code == "50011021T000000052342");
  CHECK(result.findings[0].message ==
        "项目 50011021T000000052342 "
        "参战参核军人生活补助的编制单位“206002-其他单位”不是本单位（测试单位）");
}

TEST_CASE("header-consistency accepts the unit code alone", "[rules][BC404]") {
  test::ProjectJson project;
  project.preparer = "206001";
  const std::string json = test::replaced(
      test::document_with("\"performance_projects\": [" + project.json() + "]"),
      "\"unit_name\": \"测试单位\"", "\"unit_code\": \"206001\", \"unit_name\": \"测试单位\"");
  CHECK(test::run_rule("BC404", test::load_ok(json)).status == RuleStatus::Passed);
}

TEST_CASE("header-consistency is not applicable without units or preparers", "[rules][BC404]") {
  test::ProjectJson project;
  project.preparer.clear();
  CHECK(test::run_rule("BC404", test::load_tables("\"three_public\": {}")).status ==
        RuleStatus::NotApplicable);
  CHECK(test::run_rule("BC404",
                       test::load_tables("\"performance_projects\": [" + project.json() + "]"))
            .status == RuleStatus::NotApplicable);
}
