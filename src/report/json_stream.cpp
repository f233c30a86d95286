#include "budgetcheck/report/json_stream.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

std::string dumped(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

std::string indent(int depth) {
  return std::string(static_cast<std::size_t>(2 * depth), ' ');
}

}  // namespace

void write_json_at_depth(std::ostream& out, const json& value, int depth) {
  // dump() escapes newlines inside strings, so every newline it writes starts a line.
  const std::string text = dumped(value);
  const std::string prefix = indent(depth);
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.write(text.data() + start, static_cast<std::streamsize>(nl + 1 - start)) << prefix;
  out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

void write_json_object(std::ostream& out, const json& object, int depth, std::string_view streamed,
                       const std::function<void()>& write_streamed) {
  const std::string inner = indent(depth + 1);
  const char* separator = "{\n";
  for (const auto& [key, value] : object.items()) {
    out << separator << inner << dumped(json(key)) << ": ";
    if (key == streamed)
      write_streamed();
    else
      write_json_at_depth(out, value, depth + 1);
    separator = ",\n";
  }
  out << '\n' << indent(depth) << '}';
}

void JsonObjectWriter::member(std::string_view name, const json& value) {
  key(name);
  write_json_at_depth(out_, value, depth_ + 1);
}

void JsonObjectWriter::key(std::string_view name) {
  out_ << (empty_ ? "{\n" : ",\n") << indent(depth_ + 1) << dumped(json(name)) << ": ";
  empty_ = false;
}

void JsonObjectWriter::finish() {
  if (empty_)
    out_ << "{}";
  else
    out_ << '\n' << indent(depth_) << '}';
}

void JsonArrayWriter::add(const json& item) {
  add_by([&] { write_json_at_depth(out_, item, depth_ + 1); });
}

void JsonArrayWriter::add_by(const std::function<void()>& write) {
  out_ << (empty_ ? "[\n" : ",\n") << indent(depth_ + 1);
  empty_ = false;
  write();
}

void JsonArrayWriter::finish() {
  if (empty_)
    out_ << "[]";
  else
    out_ << '\n' << indent(depth_) << ']';
}

}  // namespace budgetcheck
