// libFuzzer target: any bytes, split into lines → the 情况说明 reader (the first importer
// part that exists) → a Narrative or problems, never a crash.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "budgetcheck/import/narrative_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace budgetcheck;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<TextLine> lines;
  std::uint32_t number = 1;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(TextLine{std::string(text.substr(start, end - start)), number++});
    start = end + 1;
  }
  const NarrativeReadResult result = read_narrative(lines, "fuzz.txt");
  (void)result;
  return 0;
}
