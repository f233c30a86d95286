// The JSON Schema is written by hand; these tests tie it to the code's lists of tables,
// columns and claim subjects so that adding one without the other fails here.

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/narrative.hpp"
#include "budgetcheck/model/table_kind.hpp"

namespace {

using budgetcheck::ClaimSubject;
using nlohmann::json;

json load_schema() {
  const std::string path = std::string(BUDGETCHECK_SOURCE_DIR) + "/schema/budgetcheck.schema.json";
  std::ifstream in(path, std::ios::binary);
  INFO("reading " << path);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  json schema = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  REQUIRE_FALSE(schema.is_discarded());
  return schema;
}

const json& at(const json& schema, const std::string& pointer) {
  const json::json_pointer ptr(pointer);
  INFO("schema has no " << pointer);
  REQUIRE(schema.contains(ptr));
  return schema.at(ptr);
}

bool enum_contains(const json& node, std::string_view key) {
  REQUIRE(node.contains("enum"));
  const json& values = node.at("enum");
  return std::find(values.begin(), values.end(), json(std::string(key))) != values.end();
}

// Every enumerator from the first to the last; the enum is contiguous from 0.
constexpr auto kLastSubject = ClaimSubject::VehiclePurchasesLawEnforcement;
constexpr std::size_t kSubjectCount = static_cast<std::size_t>(kLastSubject) + 1;

}  // namespace

TEST_CASE("schema: file is a draft 2020-12 JSON Schema with $id and title", "[schema]") {
  const json schema = load_schema();
  REQUIRE(schema.is_object());
  CHECK(schema.value("$schema", "") == "https://json-schema.org/draft/2020-12/schema");
  CHECK_FALSE(schema.value("$id", "").empty());
  CHECK_FALSE(schema.value("title", "").empty());
  CHECK(at(schema, "/properties/format/const") == "budgetcheck/1");
  CHECK(at(schema, "/additionalProperties") == false);
}

TEST_CASE("schema: every table key of the model is described, and no other", "[schema]") {
  const json schema = load_schema();
  const json& tables = at(schema, "/properties/tables/properties");
  for (const auto& table : budgetcheck::all_tables()) {
    INFO("table " << table.key);
    CHECK(tables.contains(std::string(table.key)));
  }
  CHECK(tables.size() == budgetcheck::all_tables().size());
  CHECK(at(schema, "/properties/tables/additionalProperties") == false);
}

TEST_CASE("schema: every amount column key of the model is described, and no other", "[schema]") {
  const json schema = load_schema();
  const json& keys = at(schema, "/$defs/column_key");
  const json& amounts = at(schema, "/$defs/amount_columns/properties");
  for (const auto& column : budgetcheck::all_columns()) {
    INFO("column " << column.key);
    CHECK(enum_contains(keys, column.key));
    CHECK(amounts.contains(std::string(column.key)));
  }
  CHECK(keys.at("enum").size() == budgetcheck::all_columns().size());
  CHECK(amounts.size() == budgetcheck::all_columns().size());
}

TEST_CASE("schema: income sources of the model are income source keys", "[schema]") {
  const json schema = load_schema();
  const json& sources = at(schema, "/$defs/income_source_key");
  for (const auto column : budgetcheck::income_source_columns()) {
    const auto key = budgetcheck::column_info(column).key;
    INFO("income source " << key);
    CHECK(enum_contains(sources, key));
  }
}

TEST_CASE("schema: every claim subject of the model is described, and no other", "[schema]") {
  const json schema = load_schema();
  const json& subject = at(schema, "/$defs/claim/properties/subject");
  for (std::size_t i = 0; i < kSubjectCount; ++i) {
    const auto key = budgetcheck::claim_subject_key(static_cast<ClaimSubject>(i));
    INFO("claim subject " << key);
    CHECK_FALSE(key.empty());
    CHECK(enum_contains(subject, key));
  }
  CHECK(subject.at("enum").size() == kSubjectCount);
}
