#include "template_residue.hpp"

#include <fmt/format.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/rules/rule_context.hpp"
#include "budgetcheck/rules/text_search.hpp"

namespace budgetcheck {

const RuleInfo TemplateResidue::kInfo{
    .code = "BC405",
    .name = "template-residue",
    .default_severity = Severity::Error,
    .summary_zh = "公开文本中不应残留模板占位内容",
    .summary_en = "No template placeholders left in the published text",
    .explanation =
        "Disclosures are written from a template (“2026年收入预算XX万元，比上年增加（减少）XX"
        "万元，主要原因是……”). A placeholder left in the published text means a figure or a "
        "reason was never filled in. The rule searches every text of the document: the unit "
        "name, table titles and notes, narrative headings and texts, the sentences claims "
        "were read from, the texts of 项目支出绩效目标表 (name, 业务主管部门, 项目分类, 编制单位, "
        "项目概述, 立项依据, 当年绩效目标) and of 部门（单位）整体绩效目标表, and every "
        "indicator's names, 计量单位 and 指标值. It reports each occurrence of:\n\n"
        "- a run of two or more placeholder letters X, x, ×, Ｘ, ｘ (`XX`, `××`, `xxx`) that is "
        "not part of a longer Latin word or number (no ASCII letter or digit directly before "
        "or after it), so `XX万元` and `××单位` are found and `XXL` or `0x1F` are not; a "
        "placeholder URL such as `www.xxx.gov.cn` is found, as it should be;\n"
        "- the phrases 待填写, 待补充, 增加（减少）, 增加(减少), 增长（减少）, 增长（下降）, "
        "增（减）, and a reason or use left empty: 主要原因是。, 主要原因是：。, 主要用于。\n\n"
        "（略） is deliberately not on the list: it marks a deliberate omission, not an unfilled "
        "blank; a required section left out is BC403's business. Each occurrence is a finding "
        "with the text's location and an excerpt.",
    .example =
        "情况说明: “收入比 2025 年增加（减少）XX 万元” → two findings: 模板残留“增加（减少）” and "
        "模板残留“XX”, each quoting …收入比 2025 年增加（减少）XX 万元….",
    .fix =
        "Fill in the figure or reason the template asked for and delete the alternative that "
        "does not apply (增加 or 减少).",
};

namespace {

// One text of the document and how a finding names it.
struct Text {
  std::string_view text;
  std::string place;     // e.g. "情况说明“一、单位基本情况”正文"
  std::string place_en;  // e.g. "the text of 情况说明 “一、单位基本情况”"
  std::optional<TableKind> table;
  std::string row_code, row_name;
  const SourceLocation* where;
};

constexpr std::array<std::string_view, 10> kPhrases{
    "待填写",       "待补充",   "增加（减少）", "增加(减少)",     "增长（减少）",
    "增长（下降）", "增（减）", "主要原因是。", "主要原因是：。", "主要用于。"};

// Length in bytes of the placeholder letter (X, x, ×, Ｘ, ｘ) at `i`, or 0. Bytes are
// compared directly: this runs on every byte of every text.
std::size_t placeholder_letter(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == 'X' || c == 'x')
    return 1;
  if (c == '\xC3')  // × C3 97
    return i + 1 < s.size() && s[i + 1] == '\x97' ? 2 : 0;
  if (c == '\xEF' && i + 2 < s.size())  // Ｘ EF BC B8, ｘ EF BD 98
    return (s[i + 1] == '\xBC' && s[i + 2] == '\xB8') || (s[i + 1] == '\xBD' && s[i + 2] == '\x98')
               ? 3
               : 0;
  return 0;
}

// True if a phrase may start at `i`: its first character is 待, 增 or 主.
inline bool phrase_lead(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size())
    return false;
  const char a = s[i], b = s[i + 1], c = s[i + 2];
  return (a == '\xE5' && b == '\xBE' && c == '\x85') ||  // 待
         (a == '\xE5' && b == '\xA2' && c == '\x9E') ||  // 增
         (a == '\xE4' && b == '\xB8' && c == '\xBB');    // 主
}

// An ASCII letter or digit. A byte of a multi-byte UTF-8 character never is one, so the
// bytes either side of a run can be tested without decoding.
bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// For each byte leading a UTF-8 character: the character's length, or 0 when a placeholder
// letter or a phrase may start with it (X, x, ×: C3, Ｘ ｘ: EF, 主: E4, 待 增: E5).
constexpr std::array<std::uint8_t, 256> kSkip = [] {
  std::array<std::uint8_t, 256> skip{};
  for (std::size_t b = 0; b < skip.size(); ++b)
    skip[b] = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  for (std::size_t b : {std::size_t{'X'}, std::size_t{'x'}, std::size_t{0xC3}, std::size_t{0xE4},
                        std::size_t{0xE5}, std::size_t{0xEF}})
    skip[b] = 0;
  return skip;
}();

// Bit k set when byte k of the sixteen at `p` may start a hit: a placeholder letter's
// first byte (X, x, C3 for ×, EF for Ｘ ｘ) or the first two bytes of 待 (E5 BE), 增
// (E5 A2) or 主 (E4 B8). Reads seventeen bytes.
[[gnu::always_inline]] inline unsigned residue_candidates16(const char* p) {
#if defined(__SSE2__)
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  const __m128i letters = _mm_or_si128(_mm_or_si128(eq(b, 'X'), eq(b, 'x')),
                                       _mm_or_si128(eq(b, '\xC3'), eq(b, '\xEF')));
  const __m128i e5 = _mm_and_si128(eq(b, '\xE5'), _mm_or_si128(eq(next, '\xBE'), eq(next, '\xA2')));
  const __m128i e4 = _mm_and_si128(eq(b, '\xE4'), eq(next, '\xB8'));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, _mm_or_si128(e5, e4))));
#else
  unsigned mask = 0;
  for (unsigned k = 0; k < 16; ++k) {
    const char c = p[k], n = p[k + 1];
    if (c == 'X' || c == 'x' || c == '\xC3' || c == '\xEF' ||
        (c == '\xE5' && (n == '\xBE' || n == '\xA2')) || (c == '\xE4' && n == '\xB8'))
      mask |= 1u << k;
  }
  return mask;
#endif
}

struct Hit {
  std::size_t pos, length;
};

// Every placeholder run (≥ 2 letters, not glued to a Latin word or number) and every
// phrase, in one pass: only the few bytes that can start either are looked at closely.
std::vector<Hit> find_residue(std::string_view text) {
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < text.size();) {
    // Sixteen bytes at a time to the next byte that may start a hit (most texts have none).
    if (i + 17 <= text.size()) {
      const unsigned candidates = residue_candidates16(text.data() + i);
      if (candidates == 0) {
        i += 16;  // may land inside a character: its continuation bytes skip one by one
        continue;
      }
      i += static_cast<std::size_t>(std::countr_zero(candidates));  // a character's first byte
    }
    // The last sixteen bytes, and after a candidate: character by character, one table
    // lookup each (continuation bytes one by one after a step that ended inside a character).
    if (const std::uint8_t skip = kSkip[static_cast<unsigned char>(text[i])]; skip != 0) {
      i += skip;
      continue;
    }
    const auto lead = static_cast<unsigned char>(text[i]);
    if ((lead == 0xE4 || lead == 0xE5) && !phrase_lead(text, i)) {
      i += 3;  // a third of all Chinese characters: settled here, briefly
      continue;
    }
    if (std::size_t len = placeholder_letter(text, i)) {
      const std::size_t start = i;
      std::size_t letters = 0;
      for (; len != 0; len = i < text.size() ? placeholder_letter(text, i) : 0) {
        ++letters;
        i += len;
      }
      const bool glued = (start > 0 && is_ascii_alnum(text[start - 1])) ||
                         (i < text.size() && is_ascii_alnum(text[i]));
      if (letters >= 2 && !glued)
        hits.push_back({start, i - start});
      continue;
    }
    const auto phrase =
        phrase_lead(text, i)
            ? std::find_if(kPhrases.begin(), kPhrases.end(),
                           [&](std::string_view p) { return text.substr(i).starts_with(p); })
            : kPhrases.end();
    if (phrase != kPhrases.end()) {
      hits.push_back({i, phrase->size()});
      i += phrase->size();
    } else {
      i += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : 3;
    }
  }
  return hits;
}

void report_hits(RuleContext& context, const Text& t, const std::vector<Hit>& hits) {
  for (const Hit& hit : hits) {
    CellRef ref;
    if (t.table)
      ref.table = *t.table;
    ref.own_code = t.row_code;
    ref.own_name = t.row_name;
    Finding f = context.finding_at(ref);
    if (!t.table)
      f.table.reset();
    f.where = *t.where;
    f.message = fmt::format("{}有模板残留“{}”：{}", t.place, t.text.substr(hit.pos, hit.length),
                            excerpt(t.text, hit.pos, hit.length));
    f.message_en =
        fmt::format("{} contains template residue “{}”: “{}”", t.place_en,
                    t.text.substr(hit.pos, hit.length), excerpt(t.text, hit.pos, hit.length));
    context.report(std::move(f));
  }
}

// Checks one text; `describe` names it (a Text), called only when there is residue:
// building the names of every text of the document cost more than searching them.
template <class Describe>
void scan(RuleContext& context, std::string_view text, Describe describe) {
  if (text.empty())
    return;
  context.count_check();
  const std::vector<Hit> hits = find_residue(text);
  if (!hits.empty())
    report_hits(context, describe(), hits);
}

// The performance table a text belongs to, named only when a finding needs it.
struct Owner {
  std::string_view table;    // e.g. 项目支出绩效目标表
  std::string_view project;  // the project's name; empty for the overall table

  std::string zh() const {
    return project.empty() ? std::string(table) : fmt::format("{}“{}”", table, project);
  }
  std::string en() const {
    return project.empty() ? std::string(table) : fmt::format("{} “{}”", table, project);
  }
};

void scan_indicators(RuleContext& context, const std::vector<PerformanceIndicator>& indicators,
                     const Owner& owner, TableKind table, const std::string& row_code,
                     const std::string& row_name) {
  for (const auto& ind : indicators) {
    // Named pairs, not structured bindings: the lambdas below capture them (clang 14, used
    // for the fuzz targets, cannot capture a structured binding).
    for (const auto& item : {std::pair<std::string_view, std::string_view>{ind.level1, "一级指标"},
                             {ind.level2, "二级指标"},
                             {ind.level3, "三级指标"},
                             {ind.unit, "计量单位"},
                             {ind.value, "指标值"}})
      scan(context, item.first, [&] {
        const std::string place = owner.zh() + "的指标“" + ind.level3 + "”";
        const std::string place_en = "indicator “" + ind.level3 + "” of " + owner.en();
        return Text{item.first,
                    place + "的" + std::string(item.second),
                    "the " + std::string(item.second) + " of " + place_en,
                    table,
                    row_code,
                    row_name,
                    &ind.where};
      });
  }
}

}  // namespace

void TemplateResidue::check(RuleContext& context) const {
  const Document& d = context.document();
  scan(context, d.header.unit_name, [&] {
    return Text{
        d.header.unit_name, "文档的单位名称", "the document's unit name", std::nullopt, {}, {},
        &d.header.where};
  });

  for (const auto& section : d.narrative.sections) {
    const std::string name = "情况说明“" + section.heading + "”";
    const std::string name_en = "情况说明 “" + section.heading + "”";
    scan(context, section.heading, [&] {
      return Text{section.heading, name + "标题", "the heading of " + name_en, std::nullopt, {}, {},
                  &section.where};
    });
    scan(context, section.text, [&] {
      return Text{section.text, name + "正文", "the text of " + name_en, std::nullopt, {},
                  {},           &section.where};
    });
  }
  for (const auto& claim : d.narrative.claims)
    scan(context, claim.sentence, [&] {
      return Text{
          claim.sentence, "情况说明的语句", "a sentence of the narrative", std::nullopt, {}, {},
          &claim.where};
    });

  const std::vector<std::pair<TableKind, const TableCommon*>> tables{
      {TableKind::DepartmentSummary, &d.department_summary},
      {TableKind::DepartmentIncome, &d.department_income},
      {TableKind::DepartmentExpenditure, &d.department_expenditure},
      {TableKind::FiscalSummary, &d.fiscal_summary},
      {TableKind::GeneralPublicExpenditure, &d.general_public_expenditure},
      {TableKind::GeneralPublicBasic, &d.general_public_basic},
      {TableKind::ThreePublic, &d.three_public},
      {TableKind::GovernmentFundExpenditure, &d.government_fund_expenditure},
      {TableKind::StateCapitalExpenditure, &d.state_capital_expenditure},
      {TableKind::Procurement, &d.procurement},
      {TableKind::PerformanceOverall, &d.performance_overall},
  };
  for (const auto& entry : tables) {
    const TableKind kind = entry.first;
    const TableCommon* table = entry.second;
    if (!table->present)
      continue;
    const std::string name(table_info(kind).zh_name);
    scan(context, table->title, [&] {
      return Text{table->title, name + "的标题", "the title of " + name, kind, {},
                  {},           &table->where};
    });
    if (table->note)
      scan(context, *table->note, [&] {
        return Text{*table->note, name + "的说明", "the note of " + name, kind, {},
                    {},           &table->where};
      });
  }
  // Row names of the code × column tables are published text too.
  for (const ClassifiedTable* table :
       {&d.department_income, &d.department_expenditure, &d.general_public_expenditure,
        &d.general_public_basic, &d.government_fund_expenditure, &d.state_capital_expenditure,
        &d.procurement}) {
    if (!table->present)
      continue;
    for (const auto& row : table->rows)
      scan(context, row.name, [&] {
        return Text{row.name,
                    std::string(table_info(table->kind).zh_name) + "的科目名称",
                    "a 科目名称 of " + std::string(table_info(table->kind).zh_name),
                    table->kind,
                    row.code ? row.code->digits() : std::string{},
                    row.name,
                    &row.where};
      });
  }

  const PerformanceOverall& po = d.performance_overall;
  if (po.present) {
    const std::string name(table_info(TableKind::PerformanceOverall).zh_name);
    scan(context, po.unit_name, [&] {
      return Text{po.unit_name,
                  name + "的部门(单位)名称",
                  "the 部门(单位)名称 of " + name,
                  TableKind::PerformanceOverall,
                  {},
                  {},
                  &po.where};
    });
    scan(context, po.objective, [&] {
      return Text{po.objective,
                  name + "的当年整体绩效目标",
                  "the 当年整体绩效目标 of " + name,
                  TableKind::PerformanceOverall,
                  {},
                  {},
                  &po.where};
    });
    scan_indicators(context, po.indicators, Owner{name, {}}, TableKind::PerformanceOverall, {}, {});
  }

  for (const auto& p : d.performance_projects) {
    const Owner owner{table_info(TableKind::PerformanceProjects).zh_name, p.name};
    for (const auto& item : {std::pair<std::string_view, std::string_view>{p.name, "项目名称"},
                             {p.department, "业务主管部门"},
                             {p.category, "项目分类"},
                             {p.preparer, "编制单位"},
                             {p.summary, "项目概述"},
                             {p.basis, "立项依据"},
                             {p.objective, "当年绩效目标"}})
      scan(context, item.first, [&] {
        return Text{item.first,
                    owner.zh() + "的" + std::string(item.second),
                    "the " + std::string(item.second) + " of " + owner.en(),
                    TableKind::PerformanceProjects,
                    p.code,
                    p.name,
                    &p.where};
      });
    scan_indicators(context, p.indicators, owner, TableKind::PerformanceProjects, p.code, p.name);
  }
  context.not_applicable("文档中没有可检查的文字", "the document has no text to check");
}

}  // namespace budgetcheck
