// libFuzzer target: any bytes → the space-aligned text importer (pdftotext -layout output)
// → heading, table recogniser and the loader's checks: a Document or problems, never a
// crash.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "budgetcheck/import/layout_text.hpp"
#include "budgetcheck/import/recognise.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace budgetcheck;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const LayoutText layout = read_layout_text(text, "fuzz.txt");
  (void)layout_rows(layout);
  const HeaderHints hints = read_heading(layout.narrative, "fuzz.txt");
  RecogniseResult recognised = recognise_tables(layout.tables, hints);
  const LoadResult loaded =
      finish_import(std::move(recognised.document), std::move(recognised.problems));
  if (loaded.document.has_value() != loaded.problems.empty())
    std::abort();
  return 0;
}
