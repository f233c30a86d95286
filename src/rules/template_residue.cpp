#include "template_residue.hpp"

#include <fmt/format.h>

#include <array>
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

// Decodes the code point at `i` (UTF-8); sets `length`. Invalid bytes count as one.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
  const auto b = static_cast<unsigned char>(s[i]);
  int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (i + n > s.size())
    n = 1;
  char32_t cp = n == 1 ? b : b & (0x7F >> n);
  for (int k = 1; k < n; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  length = static_cast<std::size_t>(n);
  return cp;
}

bool is_placeholder_letter(char32_t c) {
  return c == U'X' || c == U'x' || c == U'×' || c == U'Ｘ' || c == U'ｘ';
}

bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

struct Hit {
  std::size_t pos, length;
};

// Runs of ≥ 2 placeholder letters not glued to a Latin word or number.
std::vector<Hit> placeholder_runs(std::string_view s) {
  std::vector<Hit> hits;
  char32_t before = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    char32_t c = decode(s, i, len);
    if (!is_placeholder_letter(c)) {
      before = c;
      i += len;
      continue;
    }
    const std::size_t start = i;
    std::size_t letters = 0;
    while (i < s.size()) {
      c = decode(s, i, len);
      if (!is_placeholder_letter(c))
        break;
      ++letters;
      i += len;
    }
    char32_t after = 0;
    if (i < s.size())
      after = decode(s, i, len);
    if (letters >= 2 && !is_ascii_alnum(before) && !is_ascii_alnum(after))
      hits.push_back({start, i - start});
  }
  return hits;
}

void scan(RuleContext& context, const Text& t) {
  if (t.text.empty())
    return;
  context.count_check();
  std::vector<Hit> hits = placeholder_runs(t.text);
  for (auto phrase : kPhrases)
    for (auto pos = t.text.find(phrase); pos != std::string_view::npos;
         pos = t.text.find(phrase, pos + phrase.size()))
      hits.push_back({pos, phrase.size()});
  for (const Hit& hit : hits) {
    CellRef ref;
    if (t.table)
      ref.table = *t.table;
    ref.row_code = t.row_code;
    ref.row_name = t.row_name;
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

void scan_indicators(RuleContext& context, const std::vector<PerformanceIndicator>& indicators,
                     const std::string& owner, const std::string& owner_en, TableKind table,
                     const std::string& row_code, const std::string& row_name) {
  for (const auto& ind : indicators) {
    const std::string place = owner + "的指标“" + ind.level3 + "”";
    const std::string place_en = "indicator “" + ind.level3 + "” of " + owner_en;
    for (auto [text, field] :
         {std::pair<std::string_view, std::string_view>{ind.level1, "一级指标"},
          {ind.level2, "二级指标"},
          {ind.level3, "三级指标"},
          {ind.unit, "计量单位"},
          {ind.value, "指标值"}})
      scan(context, {text, place + "的" + std::string(field),
                     "the " + std::string(field) + " of " + place_en, table, row_code, row_name,
                     &ind.where});
  }
}

}  // namespace

void TemplateResidue::check(RuleContext& context) const {
  const Document& d = context.document();
  scan(context, {d.header.unit_name,
                 "文档的单位名称",
                 "the document's unit name",
                 std::nullopt,
                 {},
                 {},
                 &d.header.where});

  for (const auto& section : d.narrative.sections) {
    const std::string name = "情况说明“" + section.heading + "”";
    const std::string name_en = "情况说明 “" + section.heading + "”";
    scan(context, {section.heading,
                   name + "标题",
                   "the heading of " + name_en,
                   std::nullopt,
                   {},
                   {},
                   &section.where});
    scan(context, {section.text,
                   name + "正文",
                   "the text of " + name_en,
                   std::nullopt,
                   {},
                   {},
                   &section.where});
  }
  for (const auto& claim : d.narrative.claims)
    scan(context, {claim.sentence,
                   "情况说明的语句",
                   "a sentence of the narrative",
                   std::nullopt,
                   {},
                   {},
                   &claim.where});

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
  for (const auto& [kind, table] : tables) {
    if (!table->present)
      continue;
    const std::string name(table_info(kind).zh_name);
    scan(context,
         {table->title, name + "的标题", "the title of " + name, kind, {}, {}, &table->where});
    if (table->note)
      scan(context,
           {*table->note, name + "的说明", "the note of " + name, kind, {}, {}, &table->where});
  }
  // Row names of the code × column tables are published text too.
  for (const ClassifiedTable* table :
       {&d.department_income, &d.department_expenditure, &d.general_public_expenditure,
        &d.general_public_basic, &d.government_fund_expenditure, &d.state_capital_expenditure,
        &d.procurement}) {
    if (!table->present)
      continue;
    for (const auto& row : table->rows)
      scan(context, {row.name, std::string(table_info(table->kind).zh_name) + "的科目名称",
                     "a 科目名称 of " + std::string(table_info(table->kind).zh_name), table->kind,
                     row.code ? row.code->digits() : std::string{}, row.name, &row.where});
  }

  const PerformanceOverall& po = d.performance_overall;
  if (po.present) {
    const std::string name(table_info(TableKind::PerformanceOverall).zh_name);
    scan(context, {po.unit_name,
                   name + "的部门(单位)名称",
                   "the 部门(单位)名称 of " + name,
                   TableKind::PerformanceOverall,
                   {},
                   {},
                   &po.where});
    scan(context, {po.objective,
                   name + "的当年整体绩效目标",
                   "the 当年整体绩效目标 of " + name,
                   TableKind::PerformanceOverall,
                   {},
                   {},
                   &po.where});
    scan_indicators(context, po.indicators, name, name, TableKind::PerformanceOverall, {}, {});
  }

  for (const auto& p : d.performance_projects) {
    const std::string owner =
        "项目支出绩效目标表" + (p.name.empty() ? std::string{} : "“" + p.name + "”");
    const std::string owner_en =
        "项目支出绩效目标表" + (p.name.empty() ? std::string{} : " “" + p.name + "”");
    for (auto [text, field] : {std::pair<std::string_view, std::string_view>{p.name, "项目名称"},
                               {p.department, "业务主管部门"},
                               {p.category, "项目分类"},
                               {p.preparer, "编制单位"},
                               {p.summary, "项目概述"},
                               {p.basis, "立项依据"},
                               {p.objective, "当年绩效目标"}})
      scan(context, {text, owner + "的" + std::string(field),
                     "the " + std::string(field) + " of " + owner_en,
                     TableKind::PerformanceProjects, p.code, p.name, &p.where});
    scan_indicators(context, p.indicators, owner, owner_en, TableKind::PerformanceProjects, p.code,
                    p.name);
  }
  context.not_applicable("文档中没有可检查的文字", "the document has no text to check");
}

}  // namespace budgetcheck
