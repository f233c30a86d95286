#pragma once
// Any supported input file → Document: `.json` through the strict loader, `.txt`, `.csv`
// and `.xlsx` through an import source and the table recogniser. Problems (a file that
// cannot be read, a table that cannot be recognised) come back as LoadProblems with the
// source position, exactly like JSON loading errors.

#include <optional>
#include <string>

#include "budgetcheck/load/loader.hpp"

namespace budgetcheck {

// What the user states about a source that does not say it itself (CSV files and workbooks
// have no heading): used only where the source is silent.
struct ImportHints {
  std::optional<int> year;
  std::optional<std::string> unit_name;
};

enum class InputKind { Json, Text, Csv, Xlsx, Unknown };

// By extension (case-insensitive); Unknown for anything else.
InputKind input_kind(const std::string& path);

// Loads or imports `path`. Inputs are never modified.
LoadResult load_input_file(const std::string& path);
// A directory of CSV files, one table per file, as one document (`import DIR`).
LoadResult load_csv_directory(const std::string& directory, const ImportHints& hints = {});
LoadResult load_input_file(const std::string& path, const LoadOptions& options);
LoadResult load_input_file(const std::string& path, const LoadOptions& options,
                           const ImportHints& hints);

}  // namespace budgetcheck
