// libFuzzer target: any bytes → the tab-separated text importer (as the seed disclosure is
// published) → heading, table recogniser and the loader's checks (finish_import): a
// Document or problems, never a crash.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

#include "budgetcheck/import/recognise.hpp"
#include "budgetcheck/import/tab_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace budgetcheck;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const TabText tab = read_tab_text(text, "fuzz.txt");
  const HeaderHints hints = read_heading(tab.narrative, "fuzz.txt");
  RecogniseResult recognised = recognise_tables({tab.tables}, hints);
  const LoadResult loaded =
      finish_import(std::move(recognised.document), std::move(recognised.problems));
  if (loaded.document.has_value() != loaded.problems.empty())
    std::abort();
  return 0;
}
