#pragma once
// The text a document was read from, and how a byte offset in it becomes line:column.
// The loader records offsets only; line:column are counted for the places a finding or a
// problem names, which are few, instead of for every value read (that counting was about
// a twentieth of checking a file).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "budgetcheck/model/source_location.hpp"

namespace budgetcheck {

// A position in the text, as LineIndex::at resolves a byte offset.
struct SourcePos {
  std::size_t offset = 0;    // byte offset of the first character
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in Unicode code points
};

// Where column 1 of line 1 is: after a UTF-8 byte order mark, if the text starts with one.
std::size_t first_line_start(std::string_view text);

// Turns byte offsets of a text into line:column. Views the text it was made for. Its first
// answers count the newlines before the offset; only a text asked about more often has all
// its line starts found (a file with a finding or two is never indexed whole).
class LineIndex {
 public:
  LineIndex() = default;
  // `first_line_start`: where column 1 of line 1 is (after a byte order mark).
  LineIndex(std::string_view text, std::size_t first_line_start)
      : text_(text), first_line_start_(first_line_start) {}

  SourcePos at(std::size_t offset) const;
  // Counts the line and column of a pending location; any other is left as it is.
  void resolve(SourceLocation& where) const;

 private:
  void find_line_starts() const;
  std::size_t column_of(std::size_t offset, std::size_t line_start) const;  // 1-based

  std::string_view text_;
  std::size_t first_line_start_ = 0;
  mutable std::vector<std::size_t> line_starts_;  // empty until found
  mutable std::size_t last_line_ = 0;             // positions are mostly asked for in text order
  mutable std::size_t questions_ = 0;             // the first few are answered by counting
};

// The bytes of a loaded file, kept with its Document so that a location the loader left
// pending (SourceLocation::pending) can be counted when a finding is made about it. Its
// line index is built on demand: one thread at a time asks (the one checking the document).
class SourceText {
 public:
  SourceText(std::unique_ptr<char[]> bytes, std::size_t size);  // takes the buffer
  explicit SourceText(std::string_view text);                   // copies the text
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;

  std::string_view text() const { return {bytes_.get(), size_}; }
  SourcePos at(std::size_t offset) const { return lines_.at(offset); }
  void resolve(SourceLocation& where) const { lines_.resolve(where); }

 private:
  std::unique_ptr<char[]> bytes_;
  std::size_t size_ = 0;
  LineIndex lines_;
};

}  // namespace budgetcheck
