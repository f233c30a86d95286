#include "budgetcheck/import/narrative_reader.hpp"

#include <fmt/format.h>

#include "narrative_reader_internal.hpp"

namespace budgetcheck {

namespace {

using narrative_detail::Paragraph;

// "一、单位基本情况": a numbered heading of the 情况说明 opens a section.
bool is_section_heading(std::string_view text) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  std::size_t at = 0;
  while (at < text.size()) {
    bool numeral = false;
    for (std::size_t n = 0; n < kNumerals.size(); n += 3) {
      if (text.substr(at, 3) == kNumerals.substr(n, 3)) {
        numeral = true;
        break;
      }
    }
    if (!numeral)
      break;
    at += 3;
  }
  return at > 0 && text.substr(at).starts_with("、");
}

// The budget year: the first "2026 年" of the text (its title says it).
int budget_year(std::span<const TextLine> lines) {
  for (const TextLine& line : lines) {
    const std::string_view t = line.text;
    for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
      bool digits = true;
      for (std::size_t k = 0; k < 4; ++k)
        digits = digits && t[i + k] >= '0' && t[i + k] <= '9';
      if (!digits || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9'))
        continue;
      std::size_t k = i + 4;
      while (std::size_t n = narrative_detail::space_at(t, k))
        k += n;
      if (t.substr(k).starts_with("年"))
        return std::stoi(std::string(t.substr(i, 4)));
    }
  }
  return 0;
}

SourceLocation at_line(const TextLine& line, std::size_t offset) {
  SourceLocation where;
  where.line = line.line;
  where.column = narrative_detail::column_of(line.text, offset);
  where.origin = fmt::format("{}:{}", where.line, where.column);
  return where;
}

}  // namespace

NarrativeReadResult read_narrative(std::span<const TextLine> lines, const std::string& source) {
  (void)source;  // locations are line:column of the text the lines came from
  NarrativeReadResult result;
  Narrative& narrative = result.narrative;
  narrative.present = !lines.empty();
  narrative_detail::ClaimReader claims(budget_year(lines), narrative.claims, result.problems);

  bool first = true;
  for (const TextLine& line : lines) {
    const std::string_view text = narrative_detail::trim(line.text);
    if (text.empty())
      continue;
    const std::size_t offset = static_cast<std::size_t>(text.data() - line.text.data());
    if (first) {
      narrative.where = at_line(line, offset);
      narrative.where.pointer = "/narrative";
      first = false;
    }
    if (is_section_heading(text)) {
      NarrativeSection section;
      section.heading = std::string(text);
      section.where = at_line(line, offset);
      narrative.sections.push_back(std::move(section));
      claims.start_section();
      continue;
    }
    // Text before the first heading (unit name, title) belongs to no section.
    if (!narrative.sections.empty()) {
      std::string& body = narrative.sections.back().text;
      if (!body.empty())
        body += '\n';
      body += text;
    }
    claims.read(Paragraph{text, line.text, offset, line.line});
  }
  result.amount_unit = claims.money_unit();
  for (std::size_t i = 0; i < narrative.sections.size(); ++i)
    narrative.sections[i].where.pointer = fmt::format("/narrative/sections/{}", i);
  for (std::size_t i = 0; i < narrative.claims.size(); ++i)
    narrative.claims[i].where.pointer = fmt::format("/narrative/claims/{}", i);
  return result;
}

}  // namespace budgetcheck
