#include "budgetcheck/load/json_tree.hpp"

#include <fmt/format.h>

// SSE2 (part of every x86-64) lets RapidJSON skip whitespace and copy strings 16 bytes
// at a time; its aligned loads may read up to 15 bytes past the text's end, which the
// parse buffer pads (kSimdPadding).
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <type_traits>
#include <unordered_set>
#include <utility>

namespace budgetcheck::json {
namespace {

LoadProblem problem_at(std::string message, const SourcePos& pos, std::string pointer = {}) {
  return LoadProblem{
      std::move(message),
      SourceLocation{.pointer = std::move(pointer), .line = pos.line, .column = pos.column}};
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

// How many of the sixteen bytes at `p` are ASCII before the first that is not (16: all).
inline unsigned ascii_prefix16(const char* p) {
#if defined(__SSE2__)
  const auto high_bits = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
  return high_bits == 0 ? 16 : static_cast<unsigned>(std::countr_zero(high_bits));
#else
  unsigned n = 0;
  while (n < 16 && static_cast<unsigned char>(p[n]) < 0x80)
    ++n;
  return n;
#endif
}

// Offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view s, std::size_t from) {
  const char* const data = s.data();
  const std::size_t size = s.size();
  for (std::size_t i = from; i < size;) {
    // ASCII sixteen bytes at a time: most of a disclosure's text (keys, figures, indents).
    if (i + 16 <= size) {
      const unsigned ascii = ascii_prefix16(data + i);
      i += ascii;
      if (ascii == 16)
        continue;
    } else if (static_cast<unsigned char>(data[i]) < 0x80) {
      ++i;
      continue;
    }
    // Most Chinese characters: a lead byte with no special range (E1..EC, EE, EF) and two
    // continuation bytes, tested in one four-byte word. They come in runs: stay here
    // until one is not such a character.
    const auto common_three_bytes = [&](std::size_t at) {
      std::uint32_t w = 0;
      std::memcpy(&w, data + at, 4);
      if constexpr (std::endian::native == std::endian::big)
        w = __builtin_bswap32(w);
      const auto b0 = static_cast<unsigned char>(w);
      return (w & 0x00C0C0F0U) == 0x008080E0U && b0 != 0xE0 && b0 != 0xED;
    };
    if (i + 4 <= size && common_three_bytes(i)) {
      do
        i += 3;
      while (i + 4 <= size && common_three_bytes(i));
      continue;
    }
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

// RapidJSON refuses a number that overflows a double even when it hands numbers over as
// text. Amounts never pass through a double, so when that happens the text is parsed
// again with each such number written as a zero of the same length ("0e000"); the
// original digits are put back afterwards, and the loader then reports the overflow like
// any other bad amount, with its pointer, and carries on. Returns the patched ranges.
std::vector<std::pair<std::size_t, std::string>> neutralise_huge_numbers(char* body,
                                                                         std::size_t size) {
  std::vector<std::pair<std::size_t, std::string>> patched;
  for (std::size_t i = 0; i < size;) {
    if (body[i] == '"') {
      for (++i; i < size && body[i] != '"';)
        i += body[i] == '\\' ? 2 : 1;
      ++i;
      continue;
    }
    if (body[i] != '-' && !is_digit(body[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < size && std::string_view("+-0123456789.eE").find(body[i]) != std::string_view::npos)
      ++i;
    const std::string_view lexeme(body + start, i - start);
    if (may_overflow_double(lexeme)) {
      patched.emplace_back(start, std::string(lexeme));
      body[start] = '0';
      body[start + 1] = 'e';
      std::fill(body + start + 2, body + i, '0');
    }
  }
  return patched;
}

// Where the next token starts: after whitespace and at most one ',' or ':'.
std::size_t next_token(std::string_view text, std::size_t i) {
  while (i < text.size() && (is_json_space(text[i]) || text[i] == ',' || text[i] == ':'))
    ++i;
  return i;
}

// End of the string token starting at `start` (its opening quote), just past the closing
// quote. memchr finds each candidate quote; an odd run of backslashes before it escapes it.
std::size_t string_end(std::string_view text, std::size_t start) {
  std::size_t i = start + 1;
  while (i < text.size()) {
    const void* hit = std::memchr(text.data() + i, '"', text.size() - i);
    if (!hit)
      return text.size();
    const auto quote = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    std::size_t backslashes = 0;
    while (quote - backslashes > start + 1 && text[quote - backslashes - 1] == '\\')
      ++backslashes;
    if (backslashes % 2 == 0)
      return quote + 1;
    i = quote + 1;
  }
  return text.size();
}

// One character for a message: "'}'", "'名'", or "end of input".
std::string found_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size())
    return "end of input";
  const std::size_t len = std::max<std::size_t>(1, utf8_sequence_length(text, offset));
  return "'" + printable(text.substr(offset, len)) + "'";
}

bool is_row_array(const Value& v) {
  return v.kind == Kind::Array && (v.key == "rows" || v.key == "indicators" || v.key == "projects");
}

// Builds the positioned tree from RapidJSON's SAX events, parsing in situ: strings are
// decoded into the parser's copy of the text and the tree keeps views of them, so no
// value is copied twice. Each event belongs to exactly one token, and tokens follow each
// other separated only by whitespace, ',' and ':', so the start of the token behind an
// event is found by skipping those from the end of the previous token (in the original
// text); its end follows from its kind.
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
 public:
  TreeBuilder(std::string_view text, std::size_t body_start, const char* buffer,
              const LineIndex& lines, const ParseOptions& options, ValueArena& arena,
              std::vector<LoadProblem>& problems)
      : text_(text),
        buffer_(buffer),
        body_start_(body_start),
        cursor_(body_start),
        lines_(lines),
        options_(options),
        arena_(arena),
        problems_(problems) {}

  std::optional<Value>& root() { return root_; }
  std::size_t cursor() const { return cursor_; }
  // The recursive parser calls the handler for a null, a boolean or a bracket just after
  // taking it from this stream: its position says where the token is, with no search.
  // (The iterative one takes a bracket after the call: it goes without.)
  void follow(const rapidjson::InsituStringStream& stream) { stream_ = &stream; }

  // --- RapidJSON SAX interface (numbers arrive as text: kParseNumbersAsStringsFlag) ---
  bool Null() {
    const std::size_t start =
        stream_ ? source_offset(stream_->src_) - 4 : next_token(text_, cursor_);
    add_scalar(Kind::Null, start);
    cursor_ = start + 4;
    return true;
  }
  bool Bool(bool value) {
    const std::size_t start =
        stream_ ? source_offset(stream_->src_) - (value ? 4 : 5) : next_token(text_, cursor_);
    Value& v = add_scalar(Kind::Boolean, start);
    v.boolean = value;
    cursor_ = start + (value ? 4 : 5);
    return true;
  }
  // In situ, a number's text and a string's decoded text start where the token (after
  // the opening quote) starts in the source: no need to search for it.
  bool RawNumber(const char* str, rapidjson::SizeType length, bool /*copy*/) {
    const std::size_t start = source_offset(str);
    Value& v = add_scalar(Kind::Number, start);
    v.text = std::string_view(str, length);
    cursor_ = start + length;
    return true;
  }
  bool String(const char* str, rapidjson::SizeType length, bool /*copy*/) {
    const std::size_t start = source_offset(str) - 1;
    if (!read_string_token(str, length, start))
      return false;
    Value& v = add_scalar(Kind::String, start);
    v.text = std::string_view(str, length);
    return true;
  }
  bool StartObject() { return open(Kind::Object); }
  bool StartArray() { return open(Kind::Array); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  bool Key(const char* str, rapidjson::SizeType length, bool /*copy*/) {
    const std::size_t start = source_offset(str) - 1;
    if (!read_string_token(str, length, start))
      return false;
    pending_key_offset_ = static_cast<std::uint32_t>(start);
    const std::string_view name(str, length);
    if (is_duplicate_key(frames_.back(), name))
      problems_.push_back(problem_at(fmt::format("duplicate key `{}`", name), lines_.at(start),
                                     open_pointer() + "/" + escape_pointer_token(name)));
    pending_key_ = name;
    return true;
  }

 private:
  // A string or key token starting at `start` (its quote): moves the cursor past it, and
  // refuses what its escapes decoded to when that is not UTF-8.
  bool read_string_token(const char* str, std::size_t length, std::size_t start) {
    // Without escapes the token is the decoded length plus its quotes. Where the closing
    // quote would then be is a quote not preceded by a backslash only in that case (an
    // escaped string is shorter decoded, and puts an escaped quote there if any).
    const std::size_t close = start + 1 + length;
    if (close < text_.size() && text_[close] == '"' && text_[close - 1] != '\\') [[likely]] {
      cursor_ = close + 1;  // nothing decoded: nothing to check
      return true;
    }
    return read_escaped_string_token(str, length, start);
  }

  // The rare case, kept out of line so the common one stays small: scan for the end.
  [[gnu::noinline]] bool read_escaped_string_token(const char* str, std::size_t length,
                                                   std::size_t start) {
    const std::size_t end = string_end(text_, start);
    if (!valid_decoded(str, length, start, end))
      return false;
    cursor_ = end;
    return true;
  }

  // RapidJSON decodes an escaped low surrogate without its high one ("\uDC00") into the
  // bytes ED B0..BF: not UTF-8. The text itself was validated, so only an escape makes
  // them; they are refused like the other bad escapes.
  bool valid_decoded(const char* str, std::size_t length, std::size_t start, std::size_t end) {
    if (length + 2 == end - start)
      return true;  // as long as in the source: no escape, nothing decoded
    for (const char* p = str; (p = static_cast<const char*>(std::memchr(
                                   p, '\xED', length - static_cast<std::size_t>(p - str))));
         ++p) {
      if (p + 1 < str + length && static_cast<unsigned char>(p[1]) >= 0xA0) {
        problems_.push_back(problem_at(
            "syntax error: invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
            lines_.at(start)));
        return false;
      }
    }
    return true;
  }

  // An open container. Its children collect on the shared `pending_` stack from `first`
  // on and move into it once, exactly sized, when it closes: growing every container's
  // vector item by item cost a reallocation and a move of all items at each doubling.
  struct Frame {
    Value value;
    std::size_t first = 0;  // its first child in pending_
    std::size_t index = 0;  // its own position in its parent
    // Keys seen, only for objects too big for a scan of their members (built lazily):
    // a set per object, filled for every key, was the parser's largest cost.
    std::unordered_set<std::string_view> keys;
  };

  static constexpr std::size_t kScanMembers = 32;

  bool is_duplicate_key(Frame& frame, std::string_view name) {
    const auto members_begin = pending_.begin() + static_cast<std::ptrdiff_t>(frame.first);
    if (pending_.size() - frame.first < kScanMembers) {
      for (auto it = members_begin; it != pending_.end(); ++it)
        if (same_key(it->key, name))
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

  Value& add_scalar(Kind kind, std::size_t start) {
    Value v;
    v.kind = kind;
    v.offset = static_cast<std::uint32_t>(start);
    return add(v);
  }

  // Gives `v` its key when it is an object member.
  void name_member(Value& v) {
    if (!frames_.empty() && frames_.back().value.kind == Kind::Object) {
      v.key = pending_key_;
      v.key_offset = pending_key_offset_;
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
    const std::size_t start =
        stream_ ? source_offset(stream_->src_) - 1 : next_token(text_, cursor_);
    if (frames_.size() >= options_.max_depth) {
      problems_.push_back(
          problem_at(fmt::format("nesting deeper than {} levels; refusing to read further",
                                 options_.max_depth),
                     lines_.at(start)));
      return false;
    }
    if (kind == Kind::Object && !frames_.empty() && is_row_array(frames_.back().value) &&
        ++rows_ > options_.max_rows) {
      problems_.push_back(problem_at(too_many_rows_message(options_.max_rows), lines_.at(start)));
      return false;
    }
    Frame frame;
    frame.value.kind = kind;
    frame.value.offset = static_cast<std::uint32_t>(start);
    name_member(frame.value);
    frame.first = pending_.size();
    frame.index = frames_.empty() ? 0 : pending_.size() - frames_.back().first;
    frames_.push_back(std::move(frame));
    cursor_ = start + 1;
    return true;
  }

  bool close() {
    cursor_ = stream_ ? source_offset(stream_->src_) : next_token(text_, cursor_) + 1;
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    const auto first = pending_.begin() + static_cast<std::ptrdiff_t>(frame.first);
    const std::span<Value> children =
        arena_.allocate(static_cast<std::size_t>(pending_.end() - first));
    std::uninitialized_copy(first, pending_.end(), children.begin());
    frame.value.children = children;
    pending_.erase(first, pending_.end());
    place(frame.value);
    return true;
  }

  std::size_t source_offset(const char* in_buffer) const {
    return body_start_ + static_cast<std::size_t>(in_buffer - buffer_);
  }

  std::string_view text_;  // the original text: positions and token boundaries
  const char* buffer_;     // the copy RapidJSON parses in situ: text_ from body_start_ on
  std::size_t body_start_;
  std::size_t cursor_;  // just past the last token read
  const LineIndex& lines_;
  const ParseOptions& options_;
  ValueArena& arena_;
  std::vector<LoadProblem>& problems_;
  std::optional<Value> root_;
  std::vector<Frame> frames_;
  std::vector<Value> pending_;  // children of the open containers, innermost last
  std::string_view pending_key_;
  std::uint32_t pending_key_offset_ = 0;
  const rapidjson::InsituStringStream* stream_ = nullptr;  // set by follow()
  std::size_t rows_ = 0;
};

// The high surrogate of a "\uD800".."\uDBFF" escape at `offset` (its backslash), if any.
bool is_high_surrogate_escape(std::string_view text, std::size_t offset) {
  if (offset + 6 > text.size() || text[offset + 1] != 'u')
    return false;
  const char c = static_cast<char>(text[offset + 2] | 0x20);
  const char d = static_cast<char>(text[offset + 3] | 0x20);
  return c == 'd' && (d == '8' || d == '9' || d == 'a' || d == 'b');
}

// A syntax error as a message and the offset it is reported at. `error_offset` is where
// RapidJSON stopped; `token` is where the token after the last good one starts.
std::pair<std::string, std::size_t> describe_syntax_error(rapidjson::ParseErrorCode code,
                                                          std::string_view text,
                                                          std::size_t error_offset,
                                                          std::size_t token) {
  auto unexpected = [&](std::string_view expected) {
    return std::pair{
        fmt::format("unexpected {}; expected {}", found_at(text, error_offset), expected),
        error_offset};
  };
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      return unexpected("a JSON value");
    case rapidjson::kParseErrorDocumentRootNotSingular:
      return unexpected("end of input");
    case rapidjson::kParseErrorObjectMissName:
      return unexpected("a string (the key of an object member)");
    case rapidjson::kParseErrorObjectMissColon:
      return unexpected("':' after the key");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
      return unexpected("',' or '}' after an object member");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
      return unexpected("',' or ']' after an array element");
    case rapidjson::kParseErrorValueInvalid:
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent: {
      token = std::min(token, error_offset);
      if (token >= text.size() || is_structural(text[token]))
        return {fmt::format("unexpected {}; expected a value", found_at(text, token)), token};
      const std::size_t end = std::min(text.size(), error_offset + 1);
      const char* what =
          code == rapidjson::kParseErrorValueInvalid ? "invalid literal" : "invalid number";
      return {fmt::format("{}; last read: '{}'", what,
                          printable(shorten(std::string(text.substr(token, end - token)), 40))),
              token};
    }
    case rapidjson::kParseErrorStringMissQuotationMark:
      return {"invalid string: missing closing quote", token};
    case rapidjson::kParseErrorStringEscapeInvalid:
      if (error_offset < text.size() && static_cast<unsigned char>(text[error_offset]) < 0x20)
        return {fmt::format("invalid string: control character U+{:04X} must be escaped",
                            static_cast<unsigned>(text[error_offset])),
                error_offset};
      return {fmt::format("invalid string: invalid escape '{}'",
                          printable(text.substr(error_offset, 2))),
              error_offset};
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
      return {"invalid string: '\\u' must be followed by 4 hex digits", error_offset};
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
      return {is_high_surrogate_escape(text, error_offset)
                  ? "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"
                  : "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
              error_offset};
    default:
      return {fmt::format("{}", rapidjson::GetParseError_En(code)), error_offset};
  }
}

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
    if (same_key(child.key, name))
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

// The arena copies values into raw memory and never destroys them.
static_assert(std::is_trivially_copyable_v<Value> && std::is_trivially_destructible_v<Value>);

ValueArena::ValueArena(ValueArena&& other) noexcept
    : blocks_(std::exchange(other.blocks_, {})),
      next_(std::exchange(other.next_, nullptr)),
      left_(std::exchange(other.left_, 0)),
      next_block_(other.next_block_) {}

ValueArena& ValueArena::operator=(ValueArena&& other) noexcept {
  if (this != &other) {
    release();
    blocks_ = std::exchange(other.blocks_, {});
    next_ = std::exchange(other.next_, nullptr);
    left_ = std::exchange(other.left_, 0);
    next_block_ = other.next_block_;
  }
  return *this;
}

ValueArena::~ValueArena() {
  release();
}

void ValueArena::release() {
  // Values are trivially destructible: the blocks are only given back.
  for (const std::span<Value> block : blocks_)
    std::allocator<Value>().deallocate(block.data(), block.size());
  blocks_.clear();
}

std::span<Value> ValueArena::allocate(std::size_t count) {
  if (count > left_) {
    // Containers are mostly small: a new block when this one is full, the rest of it left.
    const std::size_t size = std::max(count, next_block_);
    blocks_.emplace_back(std::allocator<Value>().allocate(size), size);
    next_ = blocks_.back().data();
    left_ = size;
    next_block_ = std::min<std::size_t>(size * 2, std::size_t{1} << 20);
  }
  const std::span<Value> values(next_, count);
  next_ += count;
  left_ -= count;
  return values;
}

ParseResult parse(std::string_view text, const ParseOptions& options) {
  ParseResult result;
  const SourcePos start{0, 1, 1};
  if (text.empty()) {
    result.problems.push_back(problem_at("empty input: expected a JSON object", start));
    return result;
  }
  if (text.size() > UINT32_MAX) {  // the tree keeps 32-bit offsets
    result.problems.push_back(problem_at("input of 4 GiB or more: refusing to read it", start));
    return result;
  }
  if (auto wide = wide_encoding(text)) {
    result.problems.push_back(
        problem_at(fmt::format("the input is encoded as {}; save it as UTF-8", *wide), start));
    return result;
  }
  const std::size_t body_start = first_line_start(text);
  LineIndex lines(text, body_start);
  if (auto bad = find_invalid_utf8(text, body_start)) {
    result.problems.push_back(
        problem_at(fmt::format("invalid UTF-8 (byte 0x{:02X}); the input must be UTF-8 text",
                               static_cast<unsigned char>(text[*bad])),
                   lines.at(*bad)));
    return result;
  }
  // RapidJSON reads a NUL byte as the end of the text; JSON allows none anywhere.
  if (const auto nul = text.find('\0', body_start); nul != std::string_view::npos) {
    result.problems.push_back(problem_at(
        "syntax error: control character U+0000 (NUL) is not allowed in JSON text", lines.at(nul)));
    return result;
  }
  const std::string_view body = text.substr(body_start);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    result.problems.push_back(
        problem_at("input contains only whitespace: expected a JSON object", lines.at(body_start)));
    return result;
  }

  // In situ: RapidJSON decodes strings into this copy, and the tree views them there.
  constexpr std::size_t kSimdPadding = 16;
  std::unique_ptr<char[]> buffer(new char[body.size() + 1 + kSimdPadding]);
  std::memset(buffer.get() + body.size(), 0, 1 + kSimdPadding);
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
  // RapidJSON's recursive parser is the faster one (3 % of a check's instructions), and
  // safe while the builder refuses nesting deeper than max_depth: a few hundred levels
  // of its stack frames. A limit raised beyond that gets the iterative parser, which
  // keeps its stack on the heap.
  constexpr std::size_t kRecursionSafeDepth = 1024;
  const bool recursive = options.max_depth <= kRecursionSafeDepth;
  std::vector<std::pair<std::size_t, std::string>> patched;
  for (bool retried = false;; retried = true) {
    std::memcpy(buffer.get(), body.data(), body.size());
    if (retried)
      patched = neutralise_huge_numbers(buffer.get(), body.size());
    std::vector<LoadProblem> problems;
    // Disclosures have one value per 13–45 bytes: one block holds most trees.
    ValueArena arena(body.size() / 12 + 64);
    TreeBuilder builder(text, body_start, buffer.get(), lines, options, arena, problems);
    rapidjson::InsituStringStream stream(buffer.get());
    if (recursive)
      builder.follow(stream);
    rapidjson::Reader reader;
    const rapidjson::ParseResult parsed =
        recursive ? reader.Parse<kFlags>(stream, builder)
                  : reader.Parse<kFlags | rapidjson::kParseIterativeFlag>(stream, builder);
    if (parsed.Code() == rapidjson::kParseErrorNumberTooBig && !retried)
      continue;
    if (parsed.IsError() && parsed.Code() != rapidjson::kParseErrorTermination) {
      const std::size_t error_offset = body_start + parsed.Offset();
      auto [message, at] = describe_syntax_error(parsed.Code(), text, error_offset,
                                                 next_token(text, builder.cursor()));
      problems.push_back(problem_at("syntax error: " + message, lines.at(at)));
    }
    for (const auto& [offset, digits] : patched)  // the original lexemes, for the loader
      std::memcpy(buffer.get() + offset, digits.data(), digits.size());
    result.problems = std::move(problems);
    if (!parsed.IsError() && builder.root()) {
      result.root = std::move(builder.root());
      result.values = std::move(arena);
      result.text = std::move(buffer);
      result.lines = std::move(lines);
    }
    return result;
  }
}

}  // namespace budgetcheck::json
