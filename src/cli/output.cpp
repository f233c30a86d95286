#include <iostream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/report/atomic_file.hpp"

namespace budgetcheck {

int emit(const std::string& content, const std::string& output_path) {
  if (output_path.empty() || output_path == "-") {
    std::cout << content << std::flush;
    if (!std::cout) {
      std::cerr << "budgetcheck: error: cannot write to standard output\n";
      return 2;
    }
    return 0;
  }
  if (auto error = write_file_atomically(output_path, content)) {
    std::cerr << "budgetcheck: error: " << *error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace budgetcheck
