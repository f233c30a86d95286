#include "budgetcheck/load/json_tree.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <unordered_set>

namespace budgetcheck::json {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Turns byte offsets into line:column. Offsets are asked for in increasing order while
// parsing, so the tracker walks forward incrementally (linear in the input overall).
class PositionTracker {
 public:
  // `first_line_start`: where column 1 of line 1 is (after a byte order mark).
  PositionTracker(std::string_view text, std::size_t first_line_start)
      : text_(text), first_line_start_(first_line_start) {
    reset();
  }

  SourcePos at(std::size_t offset) {
    if (offset > text_.size())
      offset = text_.size();
    if (offset < offset_)
      reset();
    for (; offset_ < offset; ++offset_) {
      const auto byte = static_cast<unsigned char>(text_[offset_]);
      if (byte == '\n') {
        ++line_;
        column_ = 1;
      } else if ((byte & 0xC0) != 0x80) {  // a continuation byte does not start a code point
        ++column_;
      }
    }
    return {offset, line_, column_};
  }

 private:
  void reset() {
    offset_ = first_line_start_;
    line_ = 1;
    column_ = 1;
  }

  std::string_view text_;
  std::size_t first_line_start_;
  std::size_t offset_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
};

LoadProblem problem_at(std::string message, const SourcePos& pos, std::string pointer = {}) {
  return LoadProblem{std::move(message),
                     SourceLocation{std::move(pointer), pos.line, pos.column, {}}};
}

// Length of the valid UTF-8 sequence starting at `i`, or 0 if it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80)
    return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0)
      lo = 0xA0;
    if (b0 == 0xED)
      hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0)
      lo = 0x90;
    if (b0 == 0xF4)
      hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size())
    return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi)
    return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((byte(i + k) & 0xC0) != 0x80)
      return 0;
  return len;
}

// Offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size();) {
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0)
      return i;
    i += len;
  }
  return std::nullopt;
}

// UTF-16/32 text is recognised by its byte order mark or by NUL bytes among the first
// characters (ASCII JSON punctuation encoded in 16 or 32 bits).
std::optional<std::string> wide_encoding(std::string_view s) {
  auto starts = [&](std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv) || starts("\0\0\xFE\xFF"sv))
    return "UTF-32 (byte order mark)";
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv))
    return "UTF-16 (byte order mark)";
  if (s.size() >= 2 && (s[0] == '\0' || s[1] == '\0'))
    return "UTF-16 or UTF-32 (NUL bytes)";
  return std::nullopt;
}

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_structural(char c) {
  return std::string_view("{}[],:").find(c) != std::string_view::npos;
}

// Control characters spelled out, as nlohmann does, so a quote stays on one line.
std::string printable(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20)
      out += fmt::format("<U+{:04X}>", static_cast<unsigned>(c));
    else
      out += c;
  }
  return out;
}

// Cuts an overlong "last read: '...'" quote (an unterminated string can swallow the rest
// of the file) without splitting a UTF-8 sequence.
std::string shorten(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes)
    return text;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  text.resize(cut);
  return text + "…";
}

// nlohmann's message without its exception id and byte-based position, which we replace
// by line:column in code points: "syntax error while parsing value: invalid literal".
std::string reduce_parse_message(const std::string& what) {
  std::string message = what;
  if (const auto colon = message.find(": ");
      message.rfind("[json.exception", 0) == 0 && colon != std::string::npos)
    message.erase(0, colon + 2);
  if (const auto dash = message.find(" - "); dash != std::string::npos)
    message.replace(dash, 3, ": ");
  if (const auto last = message.find("; last read: '"); last != std::string::npos) {
    const auto quote_start = last + 14;
    const auto quote_end = message.rfind('\'');
    if (quote_end != std::string::npos && quote_end >= quote_start) {
      std::string quoted = shorten(message.substr(quote_start, quote_end - quote_start), 40);
      message = message.substr(0, quote_start) + quoted + message.substr(quote_end);
    }
  }
  return message;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// True if the JSON number `lexeme` may exceed the range of a double (well-formed lexemes
// only; anything else is left for nlohmann to reject).
bool may_overflow_double(std::string_view lexeme) {
  std::size_t i = 0;
  if (i < lexeme.size() && lexeme[i] == '-')
    ++i;
  const std::size_t int_start = i;
  while (i < lexeme.size() && is_digit(lexeme[i]))
    ++i;
  const std::string_view int_digits = lexeme.substr(int_start, i - int_start);
  std::string_view frac_digits;
  if (i < lexeme.size() && lexeme[i] == '.') {
    const std::size_t frac_start = ++i;
    while (i < lexeme.size() && is_digit(lexeme[i]))
      ++i;
    frac_digits = lexeme.substr(frac_start, i - frac_start);
  }
  long long exponent = 0;
  if (i < lexeme.size() && (lexeme[i] == 'e' || lexeme[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < lexeme.size() && (lexeme[i] == '+' || lexeme[i] == '-'))
      negative = lexeme[i++] == '-';
    const std::size_t exp_start = i;
    while (i < lexeme.size() && is_digit(lexeme[i]))
      ++i;
    const std::string_view exp_digits = lexeme.substr(exp_start, i - exp_start);
    if (exp_digits.empty())
      return false;
    if (negative)
      return false;  // tiny numbers underflow to 0 without error
    if (exp_digits.size() > 9)
      exponent = 1'000'000'000;
    else
      for (char c : exp_digits)
        exponent = exponent * 10 + (c - '0');
  }
  if (int_digits.empty() || i != lexeme.size())
    return false;
  // Position of the leading significant digit: 1 for "1", -2 for "0.001".
  long long magnitude = 0;
  const auto first_int = int_digits.find_first_not_of('0');
  if (first_int != std::string_view::npos) {
    magnitude = static_cast<long long>(int_digits.size() - first_int);
  } else {
    const auto first_frac = frac_digits.find_first_not_of('0');
    if (first_frac == std::string_view::npos)
      return false;  // zero
    magnitude = -static_cast<long long>(first_frac);
  }
  return magnitude + exponent > 300;  // DBL_MAX is about 1.8e308; stay well clear
}

// nlohmann stops parsing at a number that overflows a double. Amounts never pass through
// a double, so such numbers are handed to nlohmann as a zero of the same length ("0e000");
// the tree takes every lexeme from the original text, and the loader then reports the
// overflow like any other bad amount, with its pointer, and carries on.
std::optional<std::string> neutralise_huge_numbers(std::string_view body) {
  std::optional<std::string> patched;
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '"') {
      for (++i; i < body.size() && body[i] != '"';)
        i += body[i] == '\\' ? 2 : 1;
      ++i;
      continue;
    }
    if (body[i] != '-' && !is_digit(body[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < body.size() &&
           std::string_view("+-0123456789.eE").find(body[i]) != std::string_view::npos)
      ++i;
    if (may_overflow_double(body.substr(start, i - start))) {
      if (!patched)
        patched = std::string(body);
      patched->replace(start, i - start, "0e" + std::string(i - start - 2, '0'));
    }
  }
  return patched;
}

// Builds the positioned tree from nlohmann's SAX events. Each event belongs to exactly one
// token, and tokens follow each other separated only by whitespace, ',' and ':', so the
// start of the token behind an event is found by skipping those from the end of the
// previous token; its end follows from its kind. The lexer has already validated the
// token when the event arrives, which keeps these scans trivial.
bool is_row_array(const Value& v) {
  return v.kind == Kind::Array && (v.key == "rows" || v.key == "indicators" || v.key == "projects");
}

class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, std::size_t body_start, const ParseOptions& options,
              std::vector<LoadProblem>& problems)
      : text_(text),
        cursor_(body_start),
        body_start_(body_start),
        tracker_(text, body_start),
        options_(options),
        problems_(problems) {}

  std::optional<Value>& root() { return root_; }

  // --- nlohmann SAX interface ---
  bool null() {
    add_scalar(Kind::Null, start_token());
    cursor_ += 4;
    return true;
  }
  bool boolean(bool value) {
    Value& v = add_scalar(Kind::Boolean, start_token());
    v.boolean = value;
    cursor_ += value ? 4 : 5;
    return true;
  }
  bool number_integer(std::int64_t) { return number(); }
  bool number_unsigned(std::uint64_t) { return number(); }
  bool number_float(double, const std::string&) { return number(); }
  bool string(std::string& value) {
    const std::size_t start = start_token();
    Value& v = add_scalar(Kind::String, start);
    v.text = std::move(value);
    cursor_ = string_end(start);
    return true;
  }
  bool binary(nlohmann::json::binary_t&) { return true; }  // never produced by JSON text

  bool start_object(std::size_t) { return open(Kind::Object); }
  bool start_array(std::size_t) { return open(Kind::Array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& name) {
    const std::size_t start = start_token();
    cursor_ = string_end(start);
    pending_key_pos_ = tracker_.at(start);
    if (is_duplicate_key(frames_.back(), name))
      problems_.push_back(problem_at(fmt::format("duplicate key `{}`", name), pending_key_pos_,
                                     open_pointer() + "/" + escape_pointer_token(name)));
    pending_key_ = std::move(name);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& ex) {
    // nlohmann's `last_token` is unreliable for literals (it keeps earlier characters), so
    // the offending token is located here. `position` counts the bytes the lexer read.
    const std::size_t end = std::min(body_start_ + position, text_.size());
    std::string message = reduce_parse_message(ex.what());
    std::size_t start = end;
    if (const auto last_read = message.find("; last read: '"); last_read != std::string::npos) {
      // The lexer rejected the token after the last good one (and after at most one
      // separator, which the parser had accepted).
      start = skip_space(cursor_);
      if (start < end && (text_[start] == ',' || text_[start] == ':'))
        start = skip_space(start + 1);
      start = std::min(start, end);
      message = message.substr(0, last_read) + "; last read: '" +
                printable(shorten(std::string(text_.substr(start, end - start)), 40)) + "'";
    } else if (message.find("unexpected end of input") == std::string::npos) {
      // The parser rejected a whole token: the last one that starts before `end`.
      start = last_token_start(cursor_, end);
    }
    problems_.push_back(problem_at(std::move(message), tracker_.at(start)));
    return false;
  }

 private:
  // An open container. Its children collect on the shared `pending_` stack from `first`
  // on and move into it once, exactly sized, when it closes: growing every container's
  // vector item by item cost a reallocation and a move of all items at each doubling.
  struct Frame {
    Value value;
    std::size_t first = 0;  // its first child in pending_
    std::size_t index = 0;  // its own position in its parent
    // Keys seen, only for objects too big for a scan of their members (built lazily):
    // a set per object, filled for every key, was the parser's largest cost.
    std::unordered_set<std::string> keys;
  };

  static constexpr std::size_t kScanMembers = 32;

  bool is_duplicate_key(Frame& frame, const std::string& name) {
    const auto members_begin = pending_.begin() + static_cast<std::ptrdiff_t>(frame.first);
    if (pending_.size() - frame.first < kScanMembers) {
      for (auto it = members_begin; it != pending_.end(); ++it)
        if (it->key == name)
          return true;
      return false;
    }
    if (frame.keys.empty())
      for (auto it = members_begin; it != pending_.end(); ++it)
        frame.keys.insert(it->key);
    return !frame.keys.insert(name).second;
  }

  // JSON Pointer of the innermost open container, rebuilt from the open frames only when
  // a problem needs it (building one per container cost more than the rest of the tree).
  std::string open_pointer() const {
    std::string pointer;
    for (std::size_t i = 1; i < frames_.size(); ++i) {
      pointer += "/";
      pointer += frames_[i - 1].value.kind == Kind::Object
                     ? escape_pointer_token(frames_[i].value.key)
                     : std::to_string(frames_[i].index);
    }
    return pointer;
  }

  std::size_t start_token() {
    while (cursor_ < text_.size() &&
           (is_json_space(text_[cursor_]) || text_[cursor_] == ',' || text_[cursor_] == ':'))
      ++cursor_;
    return cursor_;
  }

  std::size_t skip_space(std::size_t i) const {
    while (i < text_.size() && is_json_space(text_[i]))
      ++i;
    return i;
  }

  // Start of the last token that begins in [from, end), or `end` if none does.
  std::size_t last_token_start(std::size_t from, std::size_t end) const {
    std::size_t last = end;
    for (std::size_t i = skip_space(from); i < end; i = skip_space(i)) {
      last = i;
      if (is_structural(text_[i]))
        ++i;
      else if (text_[i] == '"')
        i = string_end(i);
      else
        while (i < text_.size() && !is_json_space(text_[i]) && !is_structural(text_[i]) &&
               text_[i] != '"')
          ++i;
    }
    return last;
  }

  std::size_t string_end(std::size_t start) const {
    std::size_t i = start + 1;
    while (i < text_.size() && text_[i] != '"')
      i += text_[i] == '\\' ? 2 : 1;
    return std::min(i + 1, text_.size());
  }

  bool number() {
    const std::size_t start = start_token();
    std::size_t end = start;
    while (end < text_.size() &&
           std::string_view("+-0123456789.eE").find(text_[end]) != std::string_view::npos)
      ++end;
    Value& v = add_scalar(Kind::Number, start);
    v.text = std::string(text_.substr(start, end - start));
    cursor_ = end;
    return true;
  }

  Value& add_scalar(Kind kind, std::size_t start) {
    Value v;
    v.kind = kind;
    v.pos = tracker_.at(start);
    return add(std::move(v));
  }

  // Gives `v` its key when it is an object member.
  void name_member(Value& v) {
    if (!frames_.empty() && frames_.back().value.kind == Kind::Object) {
      v.key = std::move(pending_key_);
      v.key_pos = pending_key_pos_;
    }
  }

  // A complete value (named already) into its parent, or as the root.
  Value& place(Value v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return *root_;
    }
    pending_.push_back(std::move(v));
    return pending_.back();
  }

  Value& add(Value v) {
    name_member(v);
    return place(std::move(v));
  }

  bool open(Kind kind) {
    const std::size_t start = start_token();
    if (frames_.size() >= options_.max_depth) {
      problems_.push_back(
          problem_at(fmt::format("nesting deeper than {} levels; refusing to read further",
                                 options_.max_depth),
                     tracker_.at(start)));
      return false;
    }
    if (kind == Kind::Object && !frames_.empty() && is_row_array(frames_.back().value) &&
        ++rows_ > options_.max_rows) {
      problems_.push_back(problem_at(too_many_rows_message(options_.max_rows), tracker_.at(start)));
      return false;
    }
    Frame frame;
    frame.value.kind = kind;
    frame.value.pos = tracker_.at(start);
    name_member(frame.value);
    frame.first = pending_.size();
    frame.index = frames_.empty() ? 0 : pending_.size() - frames_.back().first;
    frames_.push_back(std::move(frame));
    cursor_ = start + 1;
    return true;
  }

  bool close() {
    cursor_ = start_token() + 1;
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    const auto first = pending_.begin() + static_cast<std::ptrdiff_t>(frame.first);
    frame.value.children.assign(std::make_move_iterator(first),
                                std::make_move_iterator(pending_.end()));
    pending_.erase(first, pending_.end());
    place(std::move(frame.value));
    return true;
  }

  std::string_view text_;
  std::size_t cursor_;
  std::size_t body_start_;
  PositionTracker tracker_;
  const ParseOptions& options_;
  std::vector<LoadProblem>& problems_;
  std::optional<Value> root_;
  std::vector<Frame> frames_;
  std::vector<Value> pending_;  // children of the open containers, innermost last
  std::string pending_key_;
  SourcePos pending_key_pos_;
  std::size_t rows_ = 0;
};

}  // namespace

std::string too_many_rows_message(std::size_t max_rows) {
  return fmt::format(
      "too many rows: more than {} in all tables (the limit; `check --max-rows` raises it)",
      max_rows);
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::Null:
      return "null";
    case Kind::Boolean:
      return "a boolean";
    case Kind::Number:
      return "a number";
    case Kind::String:
      return "a string";
    case Kind::Array:
      return "an array";
    case Kind::Object:
      return "an object";
  }
  return "a value";
}

const Value* Value::member(std::string_view name) const {
  for (const auto& child : children)
    if (child.key == name)
      return &child;
  return nullptr;
}

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

ParseResult parse(std::string_view text, const ParseOptions& options) {
  ParseResult result;
  const SourcePos start{0, 1, 1};
  if (text.empty()) {
    result.problems.push_back(problem_at("empty input: expected a JSON object", start));
    return result;
  }
  if (auto wide = wide_encoding(text)) {
    result.problems.push_back(
        problem_at(fmt::format("the input is encoded as {}; save it as UTF-8", *wide), start));
    return result;
  }
  const std::size_t body_start = text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  PositionTracker tracker(text, body_start);
  if (auto bad = find_invalid_utf8(text, body_start)) {
    result.problems.push_back(
        problem_at(fmt::format("invalid UTF-8 (byte 0x{:02X}); the input must be UTF-8 text",
                               static_cast<unsigned char>(text[*bad])),
                   tracker.at(*bad)));
    return result;
  }
  const std::string_view body = text.substr(body_start);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    result.problems.push_back(problem_at("input contains only whitespace: expected a JSON object",
                                         tracker.at(body_start)));
    return result;
  }
  TreeBuilder builder(text, body_start, options, result.problems);
  const std::optional<std::string> patched = neutralise_huge_numbers(body);
  const std::string_view input = patched ? std::string_view(*patched) : body;
  const bool ok = nlohmann::json::sax_parse(input.begin(), input.end(), &builder);
  if (ok && builder.root())
    result.root = std::move(builder.root());
  return result;
}

}  // namespace budgetcheck::json
