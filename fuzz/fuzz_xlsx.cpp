// libFuzzer target: any bytes → the XLSX reader (minizip + expat) → table recogniser and the
// loader's checks (finish_import): a Document or problems, never a crash.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "budgetcheck/import/recognise.hpp"
#include "budgetcheck/import/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace budgetcheck;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const XlsxReadResult read = read_xlsx_bytes(bytes, "fuzz.xlsx");
  if (!read.ok())
    return 0;
  HeaderHints hints;
  hints.year = 2026;  // sources without a heading: as `import --year` gives it
  RecogniseResult recognised = recognise_tables(read.grids, hints);
  const LoadResult loaded =
      finish_import(std::move(recognised.document), std::move(recognised.problems));
  if (loaded.document.has_value() != loaded.problems.empty())
    std::abort();
  return 0;
}
