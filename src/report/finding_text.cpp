#include "budgetcheck/report/finding_text.hpp"

#include <vector>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck {

std::string finding_place(const Finding& f, std::string_view whole_document) {
  std::vector<std::string> parts;
  if (f.table)
    parts.emplace_back(table_info(*f.table).zh_name);
  std::string row = f.row_code;
  if (!f.row_name.empty())
    row += (row.empty() ? "" : " ") + f.row_name;
  if (!row.empty())
    parts.push_back(row);
  if (f.column)
    parts.emplace_back(column_info(*f.column).zh_name);
  if (parts.empty())
    return std::string(whole_document);
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : " · ") + p;
  return out;
}

std::string finding_figures(const Finding& f, int decimals) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : "，") + part; };
  if (f.expected) {
    std::string e = "应为 " + f.expected->to_string(decimals);
    if (!f.expected_formula.empty())
      e += "（" + f.expected_formula + "）";
    add(e);
  }
  if (f.actual)
    add("实为 " + f.actual->to_string(decimals));
  else if (f.actual_blank)
    add("实为 空白");
  if (f.difference)
    add("差额 " + f.difference->to_string(decimals));
  if (!out.empty() && f.within_rounding)
    out += "（在舍入误差以内）";
  return out;
}

std::string location_text(const SourceLocation& where) {
  if (where.origin.empty())
    return where.pointer;
  if (where.pointer.empty())
    return where.origin;
  return where.origin + " " + where.pointer;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t min = 0;
    if (c < 0x80)
      length = 1;
    else if (c >= 0xC2 && c <= 0xDF)
      length = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
      length = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
      length = 4, min = 0x10000;
    bool ok = length > 0 && i + length <= text.size();
    std::uint32_t code = length == 1 ? c : (c & (0x7F >> length));
    for (std::size_t k = 1; ok && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      ok = (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    ok = ok && code >= min && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
    if (ok) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

}  // namespace budgetcheck
