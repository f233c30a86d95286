// UTF-8 text helpers and the figure scanner of read_narrative. Everything works on bytes:
// UTF-8 is self-synchronising, so a byte search for a Chinese word finds only that word.

#include <array>
#include <initializer_list>
#include <utility>

#include "narrative_reader_internal.hpp"

namespace budgetcheck::narrative_detail {

namespace {

constexpr std::string_view kIdeographicSpace = "\u3000";

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Spaces text extraction may put inside a number ("2, 465. 43"): ASCII spaces only.
std::size_t skip_inner_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ')
    ++at;
  return at;
}

std::size_t digits_from(std::string_view text, std::size_t at) {
  while (at < text.size() && is_digit(text[at]))
    ++at;
  return at;
}

constexpr std::array<std::string_view, 10> kBoundaries = {"，", "；", "：", "、", "。",
                                                          "！", "？", ",",  ";",  ":"};

}  // namespace

std::uint32_t column_of(std::string_view text, std::size_t offset) {
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      ++column;
  return column;
}

std::size_t space_at(std::string_view text, std::size_t at) {
  if (at < text.size() && is_ascii_space(text[at]))
    return 1;
  if (text.substr(at).starts_with(kIdeographicSpace))
    return kIdeographicSpace.size();
  return 0;
}

std::string_view trim(std::string_view text) {
  std::size_t b = 0;
  while (std::size_t n = space_at(text, b))
    b += n;
  text.remove_prefix(b);
  for (bool more = true; more && !text.empty();) {
    more = false;
    if (is_ascii_space(text.back())) {
      text.remove_suffix(1);
      more = true;
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
      more = true;
    }
  }
  return text;
}

std::vector<Figure> scan_figures(std::string_view text) {
  std::vector<Figure> figures;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    Figure f;
    f.begin = i;
    std::size_t j = digits_from(text, i);
    std::string written(text.substr(i, j - i));
    // Thousands groups, then a fraction, each possibly with extraction spaces after the mark.
    bool fraction = false;
    while (j < text.size()) {
      if (text[j] == ',' && !fraction) {
        const std::size_t k = skip_inner_spaces(text, j + 1);
        const std::size_t e = digits_from(text, k);
        if (e - k != 3)
          break;
        written += ',';
        written += text.substr(k, 3);
        j = e;
      } else if (text[j] == '.' && !fraction) {
        const std::size_t k = skip_inner_spaces(text, j + 1);
        const std::size_t e = digits_from(text, k);
        if (e == k)
          break;
        written += '.';
        written += text.substr(k, e - k);
        j = e;
        fraction = true;
      } else {
        break;
      }
    }
    // What is left of a malformed number ("2,46.43", "1.234.5") belongs to it: reading
    // only its first part would state a figure nobody wrote.
    auto digit_at = [&](std::size_t k) { return k < text.size() && is_digit(text[k]); };
    if (j < text.size() && (text[j] == ',' || text[j] == '.') &&
        digit_at(skip_inner_spaces(text, j + 1))) {
      while (j < text.size() && (is_digit(text[j]) || text[j] == ',' || text[j] == '.' ||
                                 (text[j] == ' ' && digit_at(skip_inner_spaces(text, j))))) {
        if (text[j] != ' ')
          written += text[j];
        ++j;
      }
    }
    f.text = written;
    DecimalParse parsed = parse_decimal(written);
    f.value = parsed.value;
    f.error = parsed.error;
    std::size_t u = j;
    while (std::size_t n = space_at(text, u))
      u += n;
    const std::string_view rest = text.substr(u);
    static constexpr std::array<std::pair<std::string_view, FigureUnit>, 5> kUnits = {{
        {"万元", FigureUnit::Wanyuan},
        {"元", FigureUnit::Yuan},
        {"辆", FigureUnit::Vehicles},
        {"%", FigureUnit::Percent},
        {"％", FigureUnit::Percent},
    }};
    f.end = j;
    for (const auto& [word, unit] : kUnits) {
      if (rest.starts_with(word)) {
        f.unit = unit;
        f.end = u + word.size();
        break;
      }
    }
    figures.push_back(std::move(f));
    i = j;
  }
  return figures;
}

std::size_t label_start(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t start = from;
  for (std::string_view mark : kBoundaries) {
    const std::size_t at = text.substr(0, to).rfind(mark);
    if (at != std::string_view::npos && at >= from && at + mark.size() > start)
      start = at + mark.size();
  }
  return start;
}

bool contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}
bool ends_with(std::string_view text, std::string_view word) {
  return text.ends_with(word);
}
bool starts_with(std::string_view text, std::string_view word) {
  return text.starts_with(word);
}

std::string clean_label(std::string_view label) {
  static constexpr std::array<std::string_view, 9> kPrefixes = {
      "其中", "主要原因是", "主要是", "主要为", "本单位", "本部门", "全年", "当年", "涉及"};
  static constexpr std::array<std::string_view, 5> kSuffixes = {"共计", "为", "是", "共", "达"};
  std::string_view s = trim(label);
  for (bool more = true; more;) {
    more = false;
    for (std::string_view p : kPrefixes) {
      if (s.starts_with(p)) {
        s = trim(s.substr(p.size()));
        more = true;
      }
    }
    // A year: "2026 年", "2026年".
    const std::size_t d = digits_from(s, 0);
    if (d == 4) {
      std::size_t k = d;
      while (std::size_t n = space_at(s, k))
        k += n;
      if (s.substr(k).starts_with("年")) {
        s = trim(s.substr(k + std::string_view("年").size()));
        more = true;
      }
    }
  }
  for (bool more = true; more;) {
    more = false;
    for (std::string_view p : kSuffixes) {
      if (s.size() > p.size() && s.ends_with(p)) {
        s = trim(s.substr(0, s.size() - p.size()));
        more = true;
      }
    }
  }
  // Spaces inside a label are extraction artefacts ("运行 经费"): drop them.
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = space_at(s, i)) {
      i += n;
      continue;
    }
    out += s[i++];
  }
  return out;
}

std::string erase_all(std::string text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    for (std::size_t at; (at = text.find(w)) != std::string::npos;)
      text.erase(at, w.size());
  return text;
}

// Words that say "the figure of …" without saying of what: "年初预算数", "预算总额", "合计".
bool only_generic(std::string_view label, std::initializer_list<std::string_view> also) {
  std::string rest(label);
  for (std::string_view w : also)
    rest = erase_all(rest, {w});
  rest = erase_all(rest, {"年初预算数", "预算总数", "预算总额", "预算数", "预算", "总数", "总额",
                          "合计", "总计", "年初", "安排", "数", "总"});
  return rest.empty();
}

bool has_subject_word(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "收入",     "支出", "三公", "因公出国", "公务接待", "运行经费",
      "政府采购", "绩效", "车辆", "用车",     "拨款",     "预算"};
  for (std::string_view w : kWords)
    if (contains(text, w))
      return true;
  return false;
}

}  // namespace budgetcheck::narrative_detail
