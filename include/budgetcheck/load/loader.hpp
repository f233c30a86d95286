#pragma once
// JSON disclosure → typed Document. Strict: every problem is collected and
// reported at once with its JSON Pointer and line:column; nothing is guessed.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/load/load_problem.hpp"
#include "budgetcheck/model/document.hpp"

namespace budgetcheck {

struct LoadResult {
  std::optional<Document> document;  // set only when problems is empty
  std::vector<LoadProblem> problems;

  bool ok() const { return problems.empty() && document.has_value(); }
};

// Limits that keep hostile or broken input from exhausting memory or the stack. A real
// disclosure is about 100 KB with a few hundred rows; loading costs about 40 bytes of
// memory per input byte (docs/robustness.md), so the defaults stay near 2 GB at worst.
// `check --max-input-mb/--max-depth/--max-rows` change them.
struct LoadOptions {
  std::size_t max_input_bytes = std::size_t{64} * 1024 * 1024;  // 64 MiB
  std::size_t max_depth = 256;                                  // JSON nesting levels
  std::size_t max_rows = 100'000;  // table rows, 绩效 projects and indicators, all tables
};

// The limits of this run: what the overloads without LoadOptions use (load_input_file(path)
// too). LoadOptions{} until `check --max-*` sets them, once, before any file is loaded.
const LoadOptions& run_load_options();
void set_run_load_options(const LoadOptions& options);

// `path` is used for Document::path and messages only.
LoadResult load_document_text(std::string_view json_text, const std::string& path);
LoadResult load_document_text(std::string_view json_text, const std::string& path,
                              const LoadOptions& options);
// Reads the file (never modifies it); a missing, unreadable or non-regular file is a problem.
LoadResult load_document_file(const std::string& path);
LoadResult load_document_file(const std::string& path, const LoadOptions& options);

}  // namespace budgetcheck
