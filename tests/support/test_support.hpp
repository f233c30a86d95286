#pragma once
// Helpers shared by the tests: load small JSON documents, run one rule.

#include <string>
#include <string_view>

#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/model/document.hpp"

namespace budgetcheck::test {

// Loads a document from JSON text; fails the test (with every load problem) if it does not load.
Document load_ok(std::string_view json_text);

// Reads a file of the repository's data/ folder.
std::string read_data_file(const std::string& name);

}  // namespace budgetcheck::test
