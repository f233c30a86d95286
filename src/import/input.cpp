#include "budgetcheck/import/input.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace budgetcheck {

InputKind input_kind(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".json")
    return InputKind::Json;
  if (extension == ".txt")
    return InputKind::Text;
  if (extension == ".csv")
    return InputKind::Csv;
  if (extension == ".xlsx")
    return InputKind::Xlsx;
  return InputKind::Unknown;
}

LoadResult load_input_file(const std::string& path) {
  return load_input_file(path, run_load_options());
}

LoadResult load_input_file(const std::string& path, const LoadOptions& options) {
  // TODO(import): dispatch .txt/.csv/.xlsx to their sources once they exist.
  return load_document_file(path, options);
}

}  // namespace budgetcheck
