// Characters, display widths and runs of one line of pdftotext -layout output.

#include <string_view>

#include "budgetcheck/import/layout_text.hpp"

namespace budgetcheck {

namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One code point at `pos`; an invalid byte is returned as itself, one byte long.
CodePoint decode_at(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  std::size_t length = 1;
  char32_t value = b0;
  if (b0 >= 0xC0 && b0 < 0xE0)
    length = 2, value = b0 & 0x1F;
  else if (b0 >= 0xE0 && b0 < 0xF0)
    length = 3, value = b0 & 0x0F;
  else if (b0 >= 0xF0 && b0 < 0xF8)
    length = 4, value = b0 & 0x07;
  if (length > 1) {
    if (pos + length > s.size())
      return {b0, pos, pos + 1};
    for (std::size_t i = 1; i < length; ++i) {
      if ((byte(pos + i) & 0xC0) != 0x80)
        return {b0, pos, pos + 1};
      value = (value << 6) | (byte(pos + i) & 0x3F);
    }
  }
  return {value, pos, pos + length};
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
  if (s.empty())
    return false;
  for (char c : s)
    if (!is_ascii_digit(c))
      return false;
  return true;
}

// A number with a thousands separator or decimals: an amount, not a code or a count.
bool is_amount_like(std::string_view s) {
  return is_layout_number(s) && s.find_first_of(",.") != std::string_view::npos;
}

bool starts_wide(std::string_view s) {
  return !s.empty() && display_width(decode_at(s, 0).value) == 2;
}

bool ends_number_fragment(std::string_view s) {
  if (s.empty())
    return false;
  const char last = s.back();
  return is_ascii_digit(last) || last == ',' || last == '.';
}

struct Word {
  std::size_t begin = 0, end = 0;     // bytes
  std::uint32_t start = 0, stop = 0;  // display columns
  std::uint32_t column = 0;           // 1-based code-point column
  std::uint32_t gap_before = 0;       // display width of the white space before it
};

// Whether a single space between `left` and `right` separates two cells.
bool single_space_breaks(std::string_view left, std::string_view right) {
  if (is_layout_number(left) && is_layout_number(right))
    return true;
  // "2080505 行政运行": a 款 or 项 code, then its name. A 类 code stays with its name
  // ("201 一般公共服务支出"), as 收支总表 print it in one cell.
  if (all_digits(left) && (left.size() == 5 || left.size() == 7) && starts_wide(right))
    return true;
  if (is_amount_like(right) && !ends_number_fragment(left))
    return true;  // "合计 16,544,538.19"
  if (is_amount_like(left) && starts_wide(right))
    return true;
  return false;
}

}  // namespace

std::uint32_t display_width(char32_t c) {
  if (c == U'\f')
    return 0;
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                    (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

std::uint32_t display_width(std::string_view utf8) {
  std::uint32_t width = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const CodePoint cp = decode_at(utf8, pos);
    width += display_width(cp.value);
    pos = cp.end;
  }
  return width;
}

bool is_layout_number(std::string_view s) {
  if (!s.empty() && s.front() == '-')
    s.remove_prefix(1);
  if (s.empty() || !is_ascii_digit(s.front()) || !is_ascii_digit(s.back()))
    return false;
  for (char c : s)
    if (!is_ascii_digit(c) && c != ',' && c != '.')
      return false;
  return true;
}

std::vector<LayoutRun> split_layout_runs(std::string_view line) {
  std::vector<Word> words;
  std::uint32_t display = 0;
  std::uint32_t column = 0;
  std::uint32_t gap = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < line.size();) {
    const CodePoint cp = decode_at(line, pos);
    ++column;
    const std::uint32_t width = display_width(cp.value);
    const bool space = cp.value == U' ' || cp.value == U'\t' || cp.value == U'\r' ||
                       cp.value == U'\f' || cp.value == U'\u3000';
    if (space) {
      in_word = false;
      // A tab never comes out of pdftotext; if one is there, it separates cells.
      gap += cp.value == U'\t' ? 2 : width;
    } else {
      if (!in_word) {
        words.push_back({cp.begin, cp.end, display, display + width, column, gap});
        in_word = true;
        gap = 0;
      } else {
        words.back().end = cp.end;
        words.back().stop = display + width;
      }
    }
    display += width;
    pos = cp.end;
  }

  std::vector<LayoutRun> runs;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    bool joins = false;
    if (i > 0 && w.gap_before == 1) {
      const Word& prev = words[i - 1];
      joins = !single_space_breaks(line.substr(prev.begin, prev.end - prev.begin),
                                   line.substr(w.begin, w.end - w.begin));
    }
    if (joins) {
      LayoutRun& run = runs.back();
      run.byte_end = w.end;
      run.end = w.stop;
      run.text = std::string(line.substr(run.byte_begin, run.byte_end - run.byte_begin));
    } else {
      runs.push_back({std::string(line.substr(w.begin, w.end - w.begin)), w.start, w.stop, w.column,
                      w.begin, w.end});
    }
  }
  return runs;
}

}  // namespace budgetcheck
