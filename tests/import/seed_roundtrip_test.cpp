// The seed text imports to the tables of its hand transcription, and the JSON writer gives
// back what it loaded.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "budgetcheck/import/document_json.hpp"
#include "budgetcheck/import/input.hpp"
#include "support/test_support.hpp"

using namespace budgetcheck;

namespace {

nlohmann::ordered_json written(const Document& doc) {
  return nlohmann::ordered_json::parse(write_document_json(doc));
}

Document import_seed() {
  const LoadResult imported =
      load_input_file(std::string(BUDGETCHECK_TEST_DATA_DIR) + "/seeds/qijiang-2026.txt");
  for (const LoadProblem& p : imported.problems)
    UNSCOPED_INFO(p.where.origin << " " << p.where.pointer << ": " << p.message);
  REQUIRE(imported.ok());
  return *imported.document;
}

}  // namespace

TEST_CASE("document JSON writer: load, write, load, write gives the same text", "[import][json]") {
  for (const char* name : {"qijiang-2026.json", "shanghai-sample-2026.json"}) {
    INFO(name);
    const Document first = test::load_ok(test::read_data_file(name));
    const std::string text = write_document_json(first);
    const Document second = test::load_ok(text);
    CHECK(write_document_json(second) == text);
  }
}

TEST_CASE("document JSON writer: blank cells are null, amounts keep the published decimals",
          "[import][json]") {
  const Document doc = test::load_ok(test::read_data_file("qijiang-2026.json"));
  const auto json = written(doc);
  const auto& row = json["tables"]["general_public_expenditure"]["rows"][1];
  CHECK(row["code"] == "20805");
  CHECK(row["total"] == "163.04");
  CHECK(row["project"].is_null());
  CHECK(json["tables"]["fiscal_summary"]["expenditure"]["rows"][3]["total"] == "84.00");
}

TEST_CASE("seed import: every table equals the hand transcription", "[import][seed]") {
  const Document imported = import_seed();
  const Document transcribed = test::load_ok(test::read_data_file("qijiang-2026.json"));
  const auto a = written(imported);
  const auto b = written(transcribed);
  REQUIRE(a["tables"].size() == b["tables"].size());
  for (const auto& [key, table] : b["tables"].items()) {
    INFO("table " << key);
    REQUIRE(a["tables"].contains(key));
    if (table.is_array()) {  // performance_projects: one by one, for a readable difference
      REQUIRE(a["tables"][key].size() == table.size());
      for (std::size_t i = 0; i < table.size(); ++i) {
        INFO("project " << i);
        CHECK(a["tables"][key][i].dump(1) == table[i].dump(1));
      }
    } else {
      CHECK(a["tables"][key].dump(1) == table.dump(1));
    }
  }
}

TEST_CASE("seed import: the document header and the narrative sections", "[import][seed]") {
  const Document imported = import_seed();
  const Document transcribed = test::load_ok(test::read_data_file("qijiang-2026.json"));
  auto a = written(imported)["document"];
  auto b = written(transcribed)["document"];
  CHECK(a["source"] == "imported by budgetcheck from " + std::string(BUDGETCHECK_TEST_DATA_DIR) +
                           "/seeds/qijiang-2026.txt");
  a.erase("source");
  b.erase("source");  // says who transcribed it
  CHECK(a.dump(1) == b.dump(1));
  CHECK(written(imported)["narrative"]["sections"].dump(1) ==
        written(transcribed)["narrative"]["sections"].dump(1));
}

TEST_CASE("seed import: values point at the source line and the written JSON", "[import][seed]") {
  const Document doc = import_seed();
  // Line 108: "208<TAB>社会保障和就业支出<TAB>188.69<TAB>163.04<TAB>25.65".
  const Cell& total = doc.general_public_expenditure.rows.at(0)[Column::Total];
  CHECK(total.where.line == 108);
  CHECK(total.where.column == 15);
  CHECK(total.where.origin == "108:15");
  CHECK(total.where.pointer == "/tables/general_public_expenditure/rows/0/total");
  // Line 216: the damaged "188. 69" of 部门收入总表.
  const Cell& income = doc.department_income.rows.at(0)[Column::GeneralPublic];
  CHECK(income.amount == Decimal::from_units(1'886'900));
  CHECK(income.where.line == 216);
  CHECK(income.where.pointer == "/tables/department_income/rows/0/general_public");
  // A blank cell points at its place in the row.
  const Cell& blank = doc.general_public_expenditure.rows.at(1)[Column::Project];
  CHECK(blank.blank());
  CHECK(blank.where.line == 109);
  CHECK(doc.performance_projects.at(0).indicators.at(0).where.line == 307);
}
