#pragma once
// Writes a JSON document piece by piece, byte for byte as nlohmann::json::dump(2) would
// write it whole: the reports of a file with 100,000 findings are never built as one tree.
// Invalid UTF-8 (copied from a broken input) is replaced, never an error.

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace budgetcheck {

// `value` dumped with two-space indentation as it appears `depth` levels deep.
void write_json_at_depth(std::ostream& out, const nlohmann::json& value, int depth);

// A non-empty object `depth` levels deep, its members in its (sorted) order; the member
// named `streamed` (present in `object`, as a placeholder) is written by `write_streamed`.
void write_json_object(std::ostream& out, const nlohmann::json& object, int depth,
                       std::string_view streamed, const std::function<void()>& write_streamed);

// An object `depth` levels deep, members added one at a time in the order given (give
// them in nlohmann's sorted order to match dump()); "{}" when none was.
class JsonObjectWriter {
 public:
  JsonObjectWriter(std::ostream& out, int depth) : out_(out), depth_(depth) {}
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  void member(std::string_view key, const nlohmann::json& value);
  // Writes the key of a member whose value the caller writes next, `depth() + 1` deep.
  void key(std::string_view key);
  void finish();  // the closing brace: call once, after the last member

 private:
  std::ostream& out_;
  int depth_;
  bool empty_ = true;
};

// An array `depth` levels deep, items added one at a time; "[]" when none was.
class JsonArrayWriter {
 public:
  JsonArrayWriter(std::ostream& out, int depth) : out_(out), depth_(depth) {}
  JsonArrayWriter(const JsonArrayWriter&) = delete;
  JsonArrayWriter& operator=(const JsonArrayWriter&) = delete;

  void add(const nlohmann::json& item);
  // An item written by `write`, `depth() + 1` levels deep.
  void add_by(const std::function<void()>& write);
  void finish();  // the closing bracket: call once, after the last item
  int depth() const { return depth_; }

 private:
  std::ostream& out_;
  int depth_;
  bool empty_ = true;
};

}  // namespace budgetcheck
