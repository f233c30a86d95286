#pragma once
// Runs the built `budgetcheck` binary as a user would, for the command-line tests.

#include <filesystem>
#include <string>

namespace budgetcheck::test {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// The whole file, bytes as they are.
std::string slurp(const std::filesystem::path& path);
// Creates the parent directories, then writes `text`.
void write(const std::filesystem::path& path, const std::string& text);
// One shell word: 'text' with embedded quotes escaped.
std::string quoted(const std::string& text);
bool contains(const std::string& text, const std::string& part);

// A fresh directory per use, removed afterwards.
struct TempDir {
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::size_t entries() const;

  std::filesystem::path path;
};

// `args` is appended to the binary as shell words (already quoted where needed); standard
// input is empty.
Run run(const std::string& args);

// tests/cli/data/NAME
std::filesystem::path cli_data(const std::string& name);

}  // namespace budgetcheck::test
