#pragma once
// Helpers shared by the tests: load small JSON documents, run one rule.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/model/document.hpp"

namespace budgetcheck::test {

// Loads a document from JSON text; fails the test (with every load problem) if it does not load.
Document load_ok(std::string_view json_text);

// Reads a file of the repository's data/ folder.
std::string read_data_file(const std::string& name);

// Line and column (1-based; columns in code points) of byte `offset` of `text`, counted
// plainly: what the loader's positions are checked against.
std::pair<std::uint32_t, std::uint32_t> line_column_at(std::string_view text, std::size_t offset);

}  // namespace budgetcheck::test
