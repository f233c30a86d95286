#include "budgetcheck/model/columns.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "budgetcheck/model/table_kind.hpp"

using namespace budgetcheck;

TEST_CASE("columns: every column has a unique key and its info is indexed by id",
          "[model][columns]") {
  REQUIRE(all_columns().size() == kColumnCount);
  std::set<std::string_view> keys;
  for (std::size_t i = 0; i < all_columns().size(); ++i) {
    const ColumnInfo& info = all_columns()[i];
    CHECK(static_cast<std::size_t>(info.id) == i);
    CHECK(&column_info(info.id) == &info);
    CHECK(column_from_key(info.key) == info.id);
    CHECK_FALSE(info.zh_name.empty());
    keys.insert(info.key);
  }
  CHECK(keys.size() == kColumnCount);
  CHECK_FALSE(column_from_key("Total").has_value());
  CHECK_FALSE(column_from_key("").has_value());
  CHECK(column_info(Column::GeneralPublic).key == "general_public");
}

TEST_CASE("columns: income sources are the income columns in published order", "[model][columns]") {
  const auto sources = income_source_columns();
  REQUIRE(sources.size() == 11);
  CHECK(sources.front() == Column::GeneralPublic);
  CHECK(sources.back() == Column::PriorCarryover);
  for (Column c : sources) {
    CHECK(c != Column::Total);
    CHECK(c != Column::Basic);
    CHECK(c != Column::Project);
  }
}

TEST_CASE("table_kind: keys round-trip and info is indexed by kind", "[model][columns]") {
  REQUIRE(all_tables().size() == kTableKindCount);
  for (const TableInfo& t : all_tables()) {
    CHECK(table_from_key(t.key) == t.kind);
    CHECK(&table_info(t.kind) == &t);
  }
  CHECK(table_info(TableKind::GeneralPublicBasic).classification == Classification::Economic);
  CHECK_FALSE(table_from_key("tables").has_value());
}
