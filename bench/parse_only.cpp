// The floor for `budgetcheck check`: read each file and parse its JSON, nothing else.
// Modes: `read` (bytes only), `sax` (nlohmann lexing/parsing with a handler that keeps
// nothing), `dom` (nlohmann::json DOM), `tree` (budgetcheck's positioned tree, what the
// loader parses into). Single-threaded; prints one line: mode files bytes seconds.
//
//   parse_only MODE FILE...      (or @LIST: one path per line)

#ifndef BUDGETCHECK_JEMALLOC
#include <malloc.h>
#endif

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "budgetcheck/load/json_tree.hpp"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Keeps nothing: the cost of nlohmann's lexer and parser alone.
struct NullSax : nlohmann::json_sax<nlohmann::json> {
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }
};

}  // namespace

int main(int argc, char** argv) {
  // The allocator as budgetcheck runs with it (src/main.cpp): jemalloc where budgetcheck
  // has it (linked alike), else glibc keeping freed memory for the next file, so every
  // mode measures parsing, not the page faults of a fresh heap.
#ifndef BUDGETCHECK_JEMALLOC
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
  if (argc < 3) {
    std::cerr << "usage: parse_only read|sax|dom|tree FILE... (or @LIST)\n";
    return 2;
  }
  const std::string mode = argv[1];
  std::vector<std::string> files;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.size() > 1 && arg[0] == '@') {
      std::ifstream list(arg.substr(1));
      for (std::string line; std::getline(list, line);)
        if (!line.empty())
          files.push_back(line);
    } else {
      files.push_back(arg);
    }
  }
  std::size_t bytes = 0, failed = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& path : files) {
    const std::string text = slurp(path);
    bytes += text.size();
    bool ok = true;
    if (mode == "sax") {
      NullSax sax;
      ok = nlohmann::json::sax_parse(text, &sax);
    } else if (mode == "dom") {
      ok = !nlohmann::json::parse(text, nullptr, false).is_discarded();
    } else if (mode == "tree") {
      ok = budgetcheck::json::parse(text).root.has_value();
    } else if (mode != "read") {
      std::cerr << "unknown mode " << mode << "\n";
      return 2;
    }
    failed += ok ? 0 : 1;
  }
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::printf("%s %zu %zu %.6f\n", mode.c_str(), files.size(), bytes, elapsed.count());
  return failed == 0 ? 0 : 1;
}
