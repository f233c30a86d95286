// Replays every fuzzer regression (tests/regressions/) through the fuzz target that found
// it, and every committed hostile input (tests/bad-inputs/) through the whole pipeline, in
// this process: under the asan preset a memory error or undefined behaviour in any stage
// fails the suite.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>

#include "support/binary_runner.hpp"
#include "targets.hpp"

namespace fs = std::filesystem;

namespace {

using Target = bool (*)(std::string_view);

// The fuzz target a kept input is replayed through: the one named before its first '-'
// (scripts/fuzz keeps "<target>-crash-<sha1>"); anything else (hostile inputs, older
// regressions) goes through the whole JSON pipeline.
Target target_for(std::string_view name) {
  using namespace budgetcheck::fuzz;
  const std::string_view prefix = name.substr(0, name.find('-'));
  for (const NamedTarget& target : kTargets)
    if (target.name == prefix)
      return target.run;
  return fuzz_pipeline;
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
      CHECK(target_for(name)(budgetcheck::test::slurp(entry.path())));
      ++replayed;
    }
  }
  CHECK(replayed >= 40);
}

TEST_CASE("regressions: a kept input goes through the fuzz target named in its file name",
          "[robustness]") {
  using namespace budgetcheck::fuzz;
  CHECK(target_for("fuzz_layout_text-crash-9c65968b") == fuzz_layout_text);
  CHECK(target_for("fuzz_tab_text-timeout-01") == fuzz_tab_text);
  CHECK(target_for("fuzz_csv-crash-01") == fuzz_csv);
  CHECK(target_for("fuzz_xlsx-oom-01") == fuzz_xlsx);
  CHECK(target_for("fuzz_narrative-crash-01") == fuzz_narrative);
  CHECK(target_for("fuzz_loader-crash-01") == fuzz_loader);
  CHECK(target_for("deep-nesting.json") == fuzz_pipeline);
}

TEST_CASE(
    "regressions: every libFuzzer target in fuzz/ is in the table kept inputs are replayed by",
    "[robustness]") {
  std::size_t files = 0;
  for (const auto& entry :
       fs::directory_iterator(fs::path(BUDGETCHECK_TESTS_DIR) / ".." / "fuzz")) {
    const std::string stem = entry.path().stem().string();
    if (entry.path().extension() != ".cpp" || stem.rfind("fuzz_", 0) != 0)
      continue;
    INFO(stem);
    CHECK(std::any_of(std::begin(budgetcheck::fuzz::kTargets),
                      std::end(budgetcheck::fuzz::kTargets),
                      [&](const auto& target) { return target.name == stem; }));
    ++files;
  }
  CHECK(files == std::size(budgetcheck::fuzz::kTargets));
}
