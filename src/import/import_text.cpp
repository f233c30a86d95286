#include "import_text.hpp"

namespace budgetcheck::import_text {

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    int extra = b < 0x80           ? 0
                : (b >> 5) == 0x6  ? 1
                : (b >> 4) == 0xE  ? 2
                : (b >> 3) == 0x1E ? 3
                                   : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= text.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t c = extra == 0 ? b : (b & (0x3F >> extra));
    bool ok = true;
    for (int k = 1; k <= extra; ++k) {
      const auto n = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      if ((n & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      c = (c << 6) | (n & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(c);
    i += static_cast<std::size_t>(extra) + 1;
  }
  return out;
}

std::string to_utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

std::size_t length(std::string_view text) {
  return code_points(text).size();
}

namespace {
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0x3000 ||
         c == 0xA0;
}
}  // namespace

std::string trim(std::string_view text) {
  const auto cps = code_points(text);
  std::size_t b = 0, e = cps.size();
  while (b < e && is_space(cps[b]))
    ++b;
  while (e > b && is_space(cps[e - 1]))
    --e;
  std::string out;
  for (std::size_t i = b; i < e; ++i)
    out += to_utf8(cps[i]);
  return out;
}

std::string normalise(std::string_view text) {
  std::string out;
  for (char32_t c : code_points(text)) {
    if (is_space(c) || c == 0x201C || c == 0x201D || c == '"' || c == 0x2018 || c == 0x2019)
      continue;
    if (c >= 0xFF01 && c <= 0xFF5E)
      c -= 0xFEE0;  // full-width ASCII
    else if (c == 0x3014)
      c = '[';
    else if (c == 0x3015)
      c = ']';
    out += to_utf8(c);
  }
  return out;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}
bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

AmountText read_amount(std::string_view text) {
  AmountText result;
  // Extraction puts spaces inside numbers ("2, 465. 43"); full-width forms occur in typed
  // tables. Both are removed or mapped before the strict parse.
  std::string plain;
  for (char32_t c : code_points(text)) {
    if (is_space(c))
      continue;
    if (c >= 0xFF10 && c <= 0xFF19)
      c = c - 0xFF10 + '0';
    else if (c == 0xFF0C)
      c = ',';
    else if (c == 0xFF0E)
      c = '.';
    else if (c == 0xFF0D || c == 0x2212)
      c = '-';
    plain += to_utf8(c);
  }
  if (plain.empty() || plain == "-" || plain == "—" || plain == "--" || plain == "——") {
    result.blank = true;
    return result;
  }
  // Exponent forms are JSON's business, not a published table's.
  if (plain.find_first_of("eE") != std::string::npos) {
    result.error = "not a number";
    return result;
  }
  const DecimalParse parsed = parse_decimal(plain);
  if (!parsed.value) {
    result.error = parsed.error.empty() ? "not a number" : parsed.error;
    return result;
  }
  result.value = parsed.value;
  result.decimals = parsed.decimals;
  return result;
}

bool is_amount(std::string_view text) {
  const AmountText a = read_amount(text);
  return a.value.has_value();
}

}  // namespace budgetcheck::import_text
