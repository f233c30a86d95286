#include "budgetcheck/rules/hierarchy.hpp"

#include <catch2/catch.hpp>
#include <vector>

using namespace budgetcheck;

namespace {

AmountRow row(std::string_view code, std::string name = {}) {
  AmountRow r;
  if (!code.empty())
    r.code = ClassificationCode::parse(code);
  r.name = std::move(name);
  return r;
}

std::vector<std::string> codes(const std::vector<const AmountRow*>& rows) {
  std::vector<std::string> out;
  for (const AmountRow* r : rows)
    out.push_back(r->code ? r->code->digits() : r->name);
  return out;
}

}  // namespace

TEST_CASE("build_hierarchy groups each row under its parent code", "[rules][hierarchy]") {
  const std::vector<AmountRow> rows{row("208"),     row("20805"), row("2080505"),
                                    row("2080506"), row("20808"), row("217")};
  const CodeHierarchy h = build_hierarchy(rows);
  CHECK(codes(h.top) == std::vector<std::string>{"208", "217"});
  REQUIRE(h.groups.size() == 2);  // 217 and the 项 rows have no children: not groups
  CHECK(h.groups[0].parent->code->digits() == "208");
  CHECK(codes(h.groups[0].children) == std::vector<std::string>{"20805", "20808"});
  CHECK(h.groups[1].parent->code->digits() == "20805");
  CHECK(codes(h.groups[1].children) == std::vector<std::string>{"2080505", "2080506"});
}

TEST_CASE("build_hierarchy: rows without a code, or without a published ancestor, are top rows",
          "[rules][hierarchy]") {
  const std::vector<AmountRow> rows{row("", "社会保障和就业支出"), row("210"), row("2101101")};
  const CodeHierarchy h = build_hierarchy(rows);
  CHECK(codes(h.top) == std::vector<std::string>{"社会保障和就业支出", "210"});
  // 21011 is missing: 2101101 rolls into its nearest published ancestor, 210.
  REQUIRE(h.groups.size() == 1);
  CHECK(codes(h.groups[0].children) == std::vector<std::string>{"2101101"});
}

TEST_CASE("missing_columns_reason names the columns a table lacks", "[rules][hierarchy]") {
  const std::vector<Column> published{Column::Total, Column::Basic};
  const std::vector<Column> needed{Column::Total, Column::Basic, Column::Project};
  const auto missing = missing_columns_reason(TableKind::DepartmentExpenditure, published, needed);
  REQUIRE(missing);
  CHECK(missing->zh == "部门支出总表未公开项目支出列");
  CHECK(missing->en == "部门支出总表 does not publish the column(s) 项目支出");
  CHECK_FALSE(missing_columns_reason(TableKind::DepartmentExpenditure, needed, needed));
}

TEST_CASE("unavailable_reason tells absent from empty", "[rules][hierarchy]") {
  ClassifiedTable table(TableKind::GovernmentFundExpenditure);
  CHECK(unavailable_reason(table)->zh == "未公开政府性基金预算支出表");
  CHECK(unavailable_reason(table)->en == "政府性基金预算支出表 is not published");
  table.present = true;
  CHECK(unavailable_reason(table)->zh == "政府性基金预算支出表为空表");
  CHECK(unavailable_reason(table)->en == "政府性基金预算支出表 is empty");
  table.totals = AmountRow{};
  (*table.totals)[Column::Total].amount = Amount::from_units(10'000);
  CHECK_FALSE(unavailable_reason(table));
}
