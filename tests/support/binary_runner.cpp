#include "support/binary_runner.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

namespace fs = std::filesystem;

namespace budgetcheck::test {
namespace {

// The binary picks its report language from the locale: the command-line tests expect
// the Chinese default whatever locale the machine running them has. Set once, before any
// test starts a child process.
const bool kLocaleFixed = [] {
  ::setenv("LC_ALL", "C.UTF-8", 1);
  return true;
}();

}  // namespace

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TempDir::TempDir() {
  static int counter = 0;
  path = fs::temp_directory_path() /
         ("budgetcheck-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  fs::remove_all(path);
  fs::create_directories(path);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path, ec);
}

std::size_t TempDir::entries() const {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(path), fs::directory_iterator()));
}

Run run(const std::string& args) {
  TempDir dir;
  const fs::path out = dir.path / "stdout", err = dir.path / "stderr";
  const std::string command = quoted(BUDGETCHECK_BINARY) + " " + args + " >" +
                              quoted(out.string()) + " 2>" + quoted(err.string()) + " </dev/null";
  const int status = std::system(command.c_str());
  Run result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = slurp(out);
  result.err = slurp(err);
  return result;
}

fs::path cli_data(const std::string& name) {
  return fs::path(BUDGETCHECK_TESTS_DIR) / "cli" / "data" / name;
}

}  // namespace budgetcheck::test
