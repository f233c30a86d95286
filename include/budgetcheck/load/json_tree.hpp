#pragma once
// A small JSON tree that remembers where every value and key starts in the source.
// JSON parsers keep no positions, so the loader parses with RapidJSON's SAX interface
// into this tree and then walks it; every problem can then name line:column.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/load/load_problem.hpp"
#include "budgetcheck/model/source_text.hpp"

namespace budgetcheck::json {

enum class Kind { Null, Boolean, Number, String, Array, Object };

std::string_view kind_name(Kind kind);  // "null", "a boolean", "a number", ...

// Key comparison for the loader's lookups: the first byte before the library call, since
// most keys compared differ there (a document's objects are read key by key).
inline bool same_key(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a == b));
}

// A value of the tree: 64 bytes, trivially copyable. Its children live in the arena of
// the ParseResult that holds it (one allocation per block of values, none per container,
// nothing to destroy value by value: a vector per container cost about 7 % of a check).
struct Value {
  Kind kind = Kind::Null;
  bool boolean = false;
  std::uint32_t offset = 0;      // where the value starts in the text (ParseResult::lines)
  std::uint32_t key_offset = 0;  // for an object member: where its key starts
  // String: the decoded text. Number: the lexeme exactly as written ("2465.43", "1e400"),
  // so amounts are read as exact decimals and never pass through a double. A view into
  // ParseResult::text, like `key`.
  std::string_view text;
  std::string_view key;  // for an object member: its key
  // Array items, or object members in source order (duplicates are kept, and reported).
  std::span<const Value> children;

  bool is_object() const { return kind == Kind::Object; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_null() const { return kind == Kind::Null; }
  // First member named `name`, or nullptr. Only meaningful for objects.
  const Value* member(std::string_view name) const;
};

// Where the tree's containers keep their children: raw blocks, so memory is touched only
// as values are stored (the first block is sized from the text; later ones double).
class ValueArena {
 public:
  explicit ValueArena(std::size_t first_block = 256) : next_block_(first_block) {}
  ValueArena(ValueArena&& other) noexcept;
  ValueArena& operator=(ValueArena&& other) noexcept;
  ValueArena(const ValueArena&) = delete;
  ValueArena& operator=(const ValueArena&) = delete;
  ~ValueArena();

  // Room for `count` values, uninitialised: the caller copies values into it.
  std::span<Value> allocate(std::size_t count);

 private:
  void release();

  std::vector<std::span<Value>> blocks_;
  Value* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t next_block_;
};

struct ParseOptions {
  std::size_t max_depth = 256;  // deeper nesting is refused rather than risking the stack
  // Objects in arrays named rows, indicators or projects (table rows), counted over the
  // whole text: past the limit parsing stops, so a hostile file never builds the tree.
  std::size_t max_rows = SIZE_MAX;
};

struct ParseResult {
  std::optional<Value> root;  // set when the text is well-formed JSON
  ValueArena values;          // the children of every container under `root`
  // The decoded strings and number lexemes the tree's views point into (RapidJSON parses
  // in situ); it lives as long as the tree.
  std::unique_ptr<char[]> text;
  // Line:column of the values' offsets (counted when asked); views the text given to parse().
  LineIndex lines;
  // Syntax errors (at most one: parsing stops there), encoding problems, too deep nesting,
  // duplicate keys (these do not stop parsing: the tree is still built).
  std::vector<LoadProblem> problems;
};

// Parses `text` strictly (RFC 8259, no comments, no trailing content). A UTF-8 byte order
// mark is skipped; columns on the first line are counted after it. UTF-16/32 text and
// invalid UTF-8 are refused with the position of the first bad byte.
ParseResult parse(std::string_view text, const ParseOptions& options = {});

// The message for ParseOptions::max_rows (the loader uses it for its own count too).
std::string too_many_rows_message(std::size_t max_rows);

// RFC 6901 escaping of one reference token: "~" -> "~0", "/" -> "~1".
std::string escape_pointer_token(std::string_view token);

}  // namespace budgetcheck::json
