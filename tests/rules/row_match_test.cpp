#include "budgetcheck/rules/row_match.hpp"

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace budgetcheck {
namespace {

AmountRow row(std::string_view code, std::string name, std::string_view total = {}) {
  AmountRow r;
  if (!code.empty())
    r.code = ClassificationCode::parse(code);
  r.name = std::move(name);
  if (!total.empty())
    r[Column::Total].amount = test::amount(total);
  return r;
}

const RuleInfo kTestRule{.code = "BC999",
                         .name = "row-match-test",
                         .default_severity = Severity::Error,
                         .summary_zh = "",
                         .summary_en = "",
                         .explanation = "",
                         .example = "",
                         .fix = ""};

}  // namespace

TEST_CASE("row_match: rows with codes are the same row when the codes are equal", "[row_match]") {
  CHECK(same_row(row("208", "社会保障和就业支出"), row("208", "社会保障和就业")));
  CHECK_FALSE(same_row(row("208", "社会保障和就业支出"), row("210", "社会保障和就业支出")));
}

TEST_CASE("row_match: a row without a code is paired by its exact name", "[row_match]") {
  CHECK(same_row(row("", "卫生健康支出"), row("210", "卫生健康支出")));
  CHECK(same_row(row("210", "卫生健康支出"), row("", "卫生健康支出")));
  CHECK_FALSE(same_row(row("", "卫生健康支出"), row("210", "卫生健康 支出")));
}

TEST_CASE("row_match: codes win over names, leftovers come after the left rows", "[row_match]") {
  // The left name-only row must not take 210, which the left coded row identifies.
  const std::vector<AmountRow> left_rows{row("", "卫生健康支出"), row("210", "卫生健康支出"),
                                         row("221", "住房保障支出")};
  const std::vector<AmountRow> right_rows{row("210", "卫生健康支出"), row("217", "金融支出")};
  const RowSet left = RowSet::of(TableKind::FiscalSummary, left_rows, {});
  const RowSet right = RowSet::of(TableKind::GeneralPublicExpenditure, right_rows, {});
  const auto matches = match_rows(left, right);
  REQUIRE(matches.size() == 4);
  CHECK(matches[0].left == &left_rows[0]);
  CHECK(matches[0].right == nullptr);
  CHECK(matches[1].left == &left_rows[1]);
  CHECK(matches[1].right == &right_rows[0]);
  CHECK(matches[2].left == &left_rows[2]);
  CHECK(matches[2].right == nullptr);
  CHECK(matches[3].left == nullptr);
  CHECK(matches[3].right == &right_rows[1]);
}

TEST_CASE("row_match: class_rows keeps only the 类 rows", "[row_match]") {
  ClassifiedTable table(TableKind::DepartmentExpenditure);
  table.rows = {row("208", "社会保障和就业支出"), row("20805", "行政事业单位养老支出"),
                row("2080505", "机关事业单位基本养老保险缴费支出"), row("210", "卫生健康支出")};
  const RowSet set = RowSet::class_rows(table);
  REQUIRE(set.rows.size() == 2);
  CHECK(set.rows[0]->name == "社会保障和就业支出");
  CHECK(set.rows[1]->name == "卫生健康支出");
  CHECK(RowSet::all_rows(table).rows.size() == 4);
}

TEST_CASE("row_match: a row missing where the other table has a figure is a finding there",
          "[row_match]") {
  const Document document;
  RuleContext context(document, kTestRule, Severity::Error);
  std::vector<AmountRow> summary_rows{row("", "卫生健康支出")};
  summary_rows[0][Column::GeneralPublic].amount = test::amount("24.21");
  const std::vector<AmountRow> table_rows{row("210", "卫生健康支出", "24.21"),
                                          row("217", "金融支出", "84.00"),
                                          row("221", "住房保障支出", "0.00"), row("222", "空白")};
  const RowSet summary = RowSet::of(TableKind::FiscalSummary, summary_rows,
                                    SourceLocation{"/tables/fiscal_summary/expenditure", 7, 3, {}});
  const RowSet table = RowSet::of(TableKind::GeneralPublicExpenditure, table_rows, {});
  expect_same_rows(context, summary, Column::GeneralPublic, table, Column::Total);
  const RuleResult result = std::move(context).finish();

  INFO(test::findings_text(result));
  // 210 agrees, 217 is missing with a figure, 221 is missing with 0 (agrees), 222 is blank.
  CHECK(result.checks == 3);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC999");
  CHECK(f.table == TableKind::FiscalSummary);
  CHECK(f.row_code == "217");
  CHECK(f.row_name == "金融支出");
  CHECK(f.column == Column::GeneralPublic);
  CHECK(f.expected == test::amount("84.00"));
  CHECK_FALSE(f.actual.has_value());
  CHECK(f.actual_blank);
  CHECK(f.difference == test::amount("-84.00"));
  CHECK(f.where.pointer == "/tables/fiscal_summary/expenditure");
  CHECK(f.where.line == 7);
  CHECK(f.expected_formula == "一般公共预算财政拨款支出表 217 金融支出 · 合计");
  CHECK(f.message ==
        "财政拨款收支总表没有 217 金融支出 这一行，而一般公共预算财政拨款支出表 217 "
        "金融支出 · 合计为 84.00");
  CHECK(result.status == RuleStatus::Failed);
}

TEST_CASE("row_match: paired rows must carry the same figure, blank pairs are skipped",
          "[row_match]") {
  const Document document;
  RuleContext context(document, kTestRule, Severity::Error);
  const std::vector<AmountRow> left_rows{row("210", "卫生健康支出", "24.21"),
                                         row("217", "金融支出")};
  const std::vector<AmountRow> right_rows{row("210", "卫生健康支出", "24.12"),
                                          row("217", "金融支出")};
  expect_same_rows(context, RowSet::of(TableKind::DepartmentExpenditure, left_rows, {}),
                   Column::Total, RowSet::of(TableKind::DepartmentIncome, right_rows, {}),
                   Column::Total);
  const RuleResult result = std::move(context).finish();
  CHECK(result.checks == 1);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].row_code == "210");
  CHECK(result.findings[0].expected == test::amount("24.12"));
  CHECK(result.findings[0].actual == test::amount("24.21"));
  CHECK(result.findings[0].difference == test::amount("0.09"));
}

}  // namespace budgetcheck
