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

// Limits that keep hostile or broken input from exhausting memory or the stack.
struct LoadOptions {
  std::size_t max_input_bytes = std::size_t{256} * 1024 * 1024;  // 256 MiB
  std::size_t max_depth = 256;                                   // JSON nesting levels
};

// `path` is used for Document::path and messages only.
LoadResult load_document_text(std::string_view json_text, const std::string& path);
LoadResult load_document_text(std::string_view json_text, const std::string& path,
                              const LoadOptions& options);
// Reads the file (never modifies it); a missing, unreadable or non-regular file is a problem.
LoadResult load_document_file(const std::string& path);
LoadResult load_document_file(const std::string& path, const LoadOptions& options);

}  // namespace budgetcheck
