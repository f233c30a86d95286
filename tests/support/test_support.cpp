#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace budgetcheck::test {

Document load_ok(std::string_view json_text) {
  LoadResult result = load_document_text(json_text, "test.json");
  std::string problems;
  for (const auto& p : result.problems)
    problems += std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + " " +
                p.where.pointer + " " + p.message + "\n";
  INFO(problems);
  REQUIRE(result.ok());
  return std::move(*result.document);
}

std::string read_data_file(const std::string& name) {
  std::ifstream in(std::string(BUDGETCHECK_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::pair<std::uint32_t, std::uint32_t> line_column_at(std::string_view text, std::size_t offset) {
  std::uint32_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // a continuation byte belongs to the character before it
    }
  }
  return {line, column};
}

}  // namespace budgetcheck::test
