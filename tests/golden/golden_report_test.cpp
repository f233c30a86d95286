// Golden reports: the full text and JSON reports of the bundled samples, kept beside
// them in data/ as <name>.report.txt / .report.json. A change in any rule's verdict,
// wording or location shows up here. Regenerate with scripts/update-docs, never by hand,
// and review the diff line by line.

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/engine.hpp"
#include "support/test_support.hpp"

namespace budgetcheck {
namespace {

// The report exactly as `budgetcheck check data/NAME.json` prints it from the repository root.
std::vector<FileReport> check_sample(const std::string& name) {
  const std::string path = "data/" + name + ".json";
  LoadResult loaded = load_document_text(test::read_data_file(name + ".json"), path);
  std::vector<FileReport> files;
  if (!loaded.ok()) {
    files.push_back(unreadable_file(path, std::move(loaded.problems)));
    return files;
  }
  DocumentResult result = run_rules(*loaded.document, make_rule_catalogue());
  files.push_back(checked_file(*loaded.document, std::move(result)));
  return files;
}

void compare_with_golden(const std::string& name) {
  const auto files = check_sample(name);
  std::ostringstream text, json;
  write_text_report(text, files);
  write_json_report(json, files);
  INFO("the report of data/" << name << ".json changed: review it, then run scripts/update-docs");
  CHECK(text.str() == test::read_data_file(name + ".report.txt"));
  CHECK(json.str() == test::read_data_file(name + ".report.json"));
}

}  // namespace

TEST_CASE("golden: the Qijiang seed's report is unchanged", "[golden]") {
  compare_with_golden("qijiang-2026");
}

TEST_CASE("golden: the Shanghai sample's report is unchanged", "[golden]") {
  compare_with_golden("shanghai-sample-2026");
}

}  // namespace budgetcheck
