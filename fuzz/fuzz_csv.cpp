// libFuzzer target fuzz_csv: its body is budgetcheck::fuzz::fuzz_csv (fuzz/targets.hpp),
// which the regression test replays kept inputs through too. A broken contract aborts.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (!budgetcheck::fuzz::fuzz_csv(std::string_view(reinterpret_cast<const char*>(data), size)))
    std::abort();
  return 0;
}
