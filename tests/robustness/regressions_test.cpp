// Replays every fuzzer regression (tests/regressions/) and every committed hostile input
// (tests/bad-inputs/) through the whole pipeline in this process: under the asan preset a
// memory error or undefined behaviour in any stage fails the suite.

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/catalogue.hpp"
#include "budgetcheck/rules/engine.hpp"
#include "support/binary_runner.hpp"

namespace fs = std::filesystem;

namespace {

// The fuzz_pipeline target's body: a report is always produced.
std::string pipeline(const std::string& bytes, const std::string& name) {
  using namespace budgetcheck;
  static const RuleCatalogue catalogue = make_rule_catalogue();
  LoadResult loaded = load_document_text(bytes, name);
  std::vector<FileReport> files;
  if (loaded.ok())
    files.push_back(checked_file(*loaded.document, run_rules(*loaded.document, catalogue)));
  else
    files.push_back(unreadable_file(name, std::move(loaded.problems)));
  std::ostringstream out;
  write_text_report(out, files, TextOptions{true});
  write_json_report(out, files);
  return out.str();
}

}  // namespace

TEST_CASE("regressions: every kept fuzzer input and hostile input runs through the pipeline",
          "[robustness]") {
  std::size_t replayed = 0;
  for (const char* folder : {"regressions", "bad-inputs"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(BUDGETCHECK_TESTS_DIR) / folder)) {
      const std::string name = entry.path().filename().string();
      if (!entry.is_regular_file() || name == "README.md" || name == "cases.json" ||
          name == "generate.py")
        continue;
      INFO(entry.path());
      CHECK_FALSE(pipeline(budgetcheck::test::slurp(entry.path()), name).empty());
      ++replayed;
    }
  }
  CHECK(replayed >= 40);
}
