#include "budgetcheck/rules/rule_context.hpp"

#include <array>
#include <catch2/catch.hpp>

using namespace budgetcheck;

namespace {

const RuleInfo kRule{
    .code = "BC999",
    .name = "context-test",
    .default_severity = Severity::Error,
    .summary_zh = "测试",
    .summary_en = "test",
    .explanation = "",
    .example = "",
    .fix = "",
};

Amount a(std::string_view text) {
  return *parse_decimal(text).value;
}

Cell cell(std::string_view text, std::string pointer = "/tables/x") {
  Cell c;
  c.amount = a(text);
  c.where = SourceLocation{std::move(pointer), 7, 3, {}};
  return c;
}

Document two_decimals() {
  Document document;
  document.header.decimals = 2;
  return document;
}

constexpr TableKind kTable = TableKind::GeneralPublicExpenditure;

}  // namespace

TEST_CASE("RuleContext: nothing compared is not applicable, never a pass", "[rules][context]") {
  const Document document = two_decimals();
  SECTION("without a reason the context gives one") {
    RuleContext context(document, kRule, Severity::Error);
    const RuleResult result = std::move(context).finish();
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.checks == 0);
    CHECK_FALSE(result.reason.empty());
  }
  SECTION("the last reason given wins") {
    RuleContext context(document, kRule, Severity::Error);
    context.not_applicable("未公开政府性基金预算支出表", "政府性基金预算支出表 is not published");
    context.not_applicable("政府性基金预算支出表为空表", "政府性基金预算支出表 is empty");
    const RuleResult result = std::move(context).finish();
    CHECK(result.status == RuleStatus::NotApplicable);
    CHECK(result.reason == "政府性基金预算支出表为空表");
    CHECK(result.reason_en == "政府性基金预算支出表 is empty");
  }
}

TEST_CASE("RuleContext: an exact sum passes and clears a not-applicable reason",
          "[rules][context]") {
  const Document document = two_decimals();
  const Cell total = cell("10.00"), x = cell("6.00"), y = cell("4.00");
  RuleContext context(document, kRule, Severity::Error);
  context.not_applicable("未公开部门支出总表", "部门支出总表 is not published");
  const std::array parts{CellRef::named(kTable, x, "x"), CellRef::named(kTable, y, "y")};
  context.expect_sum(CellRef::named(kTable, total, "合计"), parts);
  const RuleResult result = std::move(context).finish();
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 1);
  CHECK(result.findings.empty());
  CHECK(result.reason.empty());
}

TEST_CASE("RuleContext: a difference within rounding is info and still passes",
          "[rules][context]") {
  const Document document = two_decimals();
  const Cell total = cell("10.01", "/t/total"), x = cell("6.00"), y = cell("4.00");
  RuleContext context(document, kRule, Severity::Error);
  const std::array parts{CellRef::named(kTable, x, "x"), CellRef::named(kTable, y, "y")};
  context.expect_sum(CellRef::named(kTable, total, "合计", Column::Total), parts);
  const RuleResult result = std::move(context).finish();
  CHECK(result.status == RuleStatus::Passed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Info);
  CHECK(f.within_rounding);
  CHECK(f.rule_code == "BC999");
  CHECK(f.expected == a("10.00"));
  CHECK(f.actual == a("10.01"));
  CHECK(f.difference == a("0.01"));
  CHECK(f.tolerance == a("0.015"));
  CHECK(f.expected_formula == "x + y");
  CHECK(f.column == Column::Total);
  CHECK(f.where.pointer == "/t/total");
  CHECK(f.where.line == 7);
}

TEST_CASE("RuleContext: a mismatch fails at the severity in force", "[rules][context]") {
  const Document document = two_decimals();
  const Cell total = cell("10.02"), x = cell("6.00"), y = cell("4.00");
  const std::array parts{CellRef::named(kTable, x, "x"), CellRef::named(kTable, y, "y")};
  for (Severity severity : {Severity::Error, Severity::Warning}) {
    RuleContext context(document, kRule, severity);
    context.expect_sum(CellRef::named(kTable, total, "合计"), parts);
    const RuleResult result = std::move(context).finish();
    CHECK(result.status == RuleStatus::Failed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == severity);
    CHECK_FALSE(result.findings[0].within_rounding);
  }
}

TEST_CASE("RuleContext: a blank target counts as 0 and is reported as blank", "[rules][context]") {
  const Document document = two_decimals();
  const Cell blank, x = cell("6.00");
  RuleContext context(document, kRule, Severity::Error);
  const std::array parts{CellRef::named(kTable, x, "x")};
  context.expect_sum(CellRef::named(kTable, blank, "合计"), parts);
  const RuleResult result = std::move(context).finish();
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].actual_blank);
  CHECK_FALSE(result.findings[0].actual.has_value());
  CHECK(result.findings[0].difference == a("-6.00"));
}

TEST_CASE("RuleContext: the same figure twice gets no rounding allowance", "[rules][context]") {
  const Document document = two_decimals();
  const Cell here = cell("2465.43"), there = cell("2465.44");
  RuleContext context(document, kRule, Severity::Error);
  context.expect_same(CellRef::named(kTable, here, "收入总计"),
                      CellRef::named(TableKind::FiscalSummary, there, "收入合计"));
  const RuleResult result = std::move(context).finish();
  CHECK(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].difference == a("-0.01"));
}

TEST_CASE("RuleContext: failed outranks could not run, which keeps its reason",
          "[rules][context]") {
  const Document document = two_decimals();
  const Cell total = cell("99.00"), x = cell("6.00");
  RuleContext context(document, kRule, Severity::Error);
  const std::array parts{CellRef::named(kTable, x, "x")};
  context.expect_sum(CellRef::named(kTable, total, "合计"), parts);
  context.could_not_run("部门支出总表未公开项目支出列", "部门支出总表 does not publish 项目支出");
  const RuleResult result = std::move(context).finish();
  CHECK(result.status == RuleStatus::Failed);
  CHECK(result.reason == "部门支出总表未公开项目支出列");
  CHECK(result.findings.size() == 1);  // findings made before are kept
}

TEST_CASE("RuleContext: finding_at and report fill in the rule and the cell", "[rules][context]") {
  const Document document = two_decimals();
  const Cell c = cell("1.00", "/tables/three_public/total");
  RuleContext context(document, kRule, Severity::Warning);
  Finding f = context.finding_at(CellRef::named(TableKind::ThreePublic, c, "合计"));
  CHECK(f.rule_code == "BC999");
  CHECK(f.severity == Severity::Warning);
  CHECK(f.table == TableKind::ThreePublic);
  CHECK(f.row_name == "合计");
  CHECK(f.actual == a("1.00"));
  CHECK(f.where.pointer == "/tables/three_public/total");
  f.rule_code.clear();
  context.report(std::move(f));
  const RuleResult result = std::move(context).finish();
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].rule_code == "BC999");
  CHECK(result.status == RuleStatus::Failed);
}
