#pragma once
// Any supported input file → Document: `.json` through the strict loader, `.txt`, `.csv`
// and `.xlsx` through an import source and the table recogniser. Problems (a file that
// cannot be read, a table that cannot be recognised) come back as LoadProblems with the
// source position, exactly like JSON loading errors.

#include <string>

#include "budgetcheck/load/loader.hpp"

namespace budgetcheck {

enum class InputKind { Json, Text, Csv, Xlsx, Unknown };

// By extension (case-insensitive); Unknown for anything else.
InputKind input_kind(const std::string& path);

// Loads or imports `path`. Inputs are never modified.
LoadResult load_input_file(const std::string& path);
LoadResult load_input_file(const std::string& path, const LoadOptions& options);

}  // namespace budgetcheck
