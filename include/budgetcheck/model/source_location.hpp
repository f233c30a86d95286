#pragma once
// Where a value came from, so every finding and every loading error can point at it.

#include <cstdint>
#include <memory>
#include <string>

namespace budgetcheck {

struct SourceLocation {
  // RFC 6901 JSON Pointer, e.g. "/tables/general_public_expenditure/rows/3/basic".
  std::string pointer{};
  std::uint32_t line = 0;    // 1-based; 0 when unknown
  std::uint32_t column = 0;  // 1-based, in Unicode code points; 0 when unknown
  // Imported documents (text, CSV, XLSX): the value's place in the original source when
  // line:column of the document's own file cannot say it, e.g. "Sheet1!C5" in a workbook
  // or "tables/3.csv:12:4" for a table read from another file. Empty for JSON input.
  std::string origin{};
  // Loaded from JSON and not yet counted: 1 + the value's byte offset in the document's
  // SourceText, whose resolve() fills in line and column when a finding names this place.
  // 0 otherwise.
  std::uint32_t pending = 0;
  // A row's or an indicator's pointer, left unwritten by the loader (hundreds per file, few
  // ever named): while `pointer_parent` is set, the pointer is `*pointer_parent` + "/" +
  // `pointer_index` and `pointer` is empty. write_pointer() writes it out.
  std::uint32_t pointer_index = 0;
  std::shared_ptr<const std::string> pointer_parent{};

  bool known() const { return line != 0; }
  // Known, or to be counted from the document's text.
  bool placed() const { return line != 0 || pending != 0; }

  // The JSON Pointer, whether written out or not.
  std::string full_pointer() const;
  // Writes out a pointer left to its parent and index; any other is left as it is.
  void write_pointer();
};

}  // namespace budgetcheck
