#include <unistd.h>

#include <iostream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/report/atomic_file.hpp"
#include "budgetcheck/report/fd_ostream.hpp"

namespace budgetcheck {

int emit(const std::string& content, const std::string& output_path) {
  return emit(
      [&](std::ostream& out) {
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
      },
      output_path);
}

int emit(const std::function<void(std::ostream&)>& write, const std::string& output_path) {
  if (output_path.empty() || output_path == "-") {
    std::cout.flush();  // whatever went through std::cout stays before the report
    FdOstream out(STDOUT_FILENO);
    write(out);
    if (!out.finish()) {
      std::cerr << "budgetcheck: error: cannot write to standard output\n";
      return 2;
    }
    return 0;
  }
  if (auto error = write_file_atomically(output_path, write)) {
    std::cerr << "budgetcheck: error: " << *error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace budgetcheck
