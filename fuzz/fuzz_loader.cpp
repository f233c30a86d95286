// libFuzzer target: any bytes → the strict loader → a Document or problems, never a crash.
// Also checks the loader's contract: a document exactly when there are no problems.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "budgetcheck/load/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const budgetcheck::LoadResult result = budgetcheck::load_document_text(text, "fuzz.json");
  if (result.document.has_value() != result.problems.empty())
    std::abort();
  for (const auto& problem : result.problems)
    if (problem.message.empty())
      std::abort();
  return 0;
}
