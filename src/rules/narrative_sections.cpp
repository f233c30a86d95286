#include "narrative_sections.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "budgetcheck/rules/rule_context.hpp"
#include "budgetcheck/rules/text_search.hpp"

namespace budgetcheck {

const RuleInfo NarrativeSections::kInfo{
    .code = "BC403",
    .name = "narrative-sections",
    .default_severity = Severity::Warning,
    .summary_zh = "情况说明应包括规定的各部分内容",
    .summary_en = "The narrative (情况说明) must cover every required topic",
    .explanation =
        "财预〔2016〕143号 asks the 情况说明 of a 部门预算 to explain the unit and its budget: "
        "its functions and organisation, the overall income and expenditure and their "
        "changes, 机关运行经费, the “三公” budget, 政府采购, the 国有资产 it holds, the "
        "绩效目标 set, and the technical terms used. The rule looks for each topic in the "
        "headings and texts of all sections (a topic is present when any of its keywords "
        "occurs anywhere) and reports each topic it cannot find:\n\n"
        "| topic | keywords |\n"
        "|---|---|\n"
        "| 部门职能 | 职能, 职责 |\n"
        "| 机构设置 | 机构设置, 单位构成, 部门构成, 内设机构, 机构情况 |\n"
        "| 收支预算及增减变化 | 收支总体情况, 收支预算, 收入预算, 支出预算, 增减变化 |\n"
        "| 机关运行经费 | 机关运行经费, 运行经费 |\n"
        "| “三公”经费 | 三公 |\n"
        "| 政府采购 | 政府采购 |\n"
        "| 国有资产占有使用 | 国有资产占有, 国有资产占用, 资产占有使用, 资产占用 |\n"
        "| 绩效目标 | 绩效目标, 绩效管理 |\n"
        "| 名词解释 | 名词解释, 名词解析 |\n\n"
        "(A bare 机构 is not a keyword: it occurs in almost every text, e.g. "
        "机构编制委员会.) Keyword search is deliberately lenient: it catches a section that was "
        "left out, not "
        "one that is thin. Not applicable when the disclosure has no narrative.",
    .example =
        "A 情况说明 whose sections never mention 国有资产 → warning: 情况说明未涉及国有资产占有使用"
        "情况（未见“国有资产占有”“国有资产占用”“资产占有使用”“资产占用”）.",
    .fix =
        "Add the missing part to the 情况说明 (e.g. 国有资产占有使用情况: vehicles held and "
        "to be bought). If the published text has it and the transcription left it out, add "
        "the section to the JSON.",
};

namespace {

struct Topic {
  std::string_view name;
  std::array<std::string_view, 5> keywords;  // empty entries unused
};

constexpr std::array<Topic, 9> kTopics{{
    {"部门职能", {"职能", "职责"}},
    {"机构设置", {"机构设置", "单位构成", "部门构成", "内设机构", "机构情况"}},
    {"收支预算及增减变化", {"收支总体情况", "收支预算", "收入预算", "支出预算", "增减变化"}},
    {"机关运行经费", {"机关运行经费", "运行经费"}},
    {"“三公”经费", {"三公"}},
    {"政府采购", {"政府采购"}},
    {"国有资产占有使用情况", {"国有资产占有", "国有资产占用", "资产占有使用", "资产占用"}},
    {"绩效目标", {"绩效目标", "绩效管理"}},
    {"名词解释", {"名词解释", "名词解析"}},
}};

}  // namespace

void NarrativeSections::check(RuleContext& context) const {
  const Narrative& narrative = context.document().narrative;
  if (!narrative.present || narrative.sections.empty()) {
    context.not_applicable("没有情况说明", "there is no narrative (情况说明)");
    return;
  }
  const auto covers = [&](std::string_view keyword) {
    for (const auto& section : narrative.sections)
      if (contains(section.heading, keyword) || contains(section.text, keyword))
        return true;
    return false;
  };
  for (const Topic& topic : kTopics) {
    context.count_check();
    if (std::any_of(topic.keywords.begin(), topic.keywords.end(), covers))
      continue;
    std::string listed, listed_en;  // only for a finding: most narratives cover every topic
    for (auto keyword : topic.keywords) {
      if (keyword.empty())
        continue;
      listed += fmt::format("“{}”", keyword);
      listed_en += fmt::format("{}“{}”", listed_en.empty() ? "" : ", ", keyword);
    }
    Finding f;
    f.severity = context.severity();
    f.where = narrative.where;
    f.message = fmt::format("情况说明未涉及{}（未见{}）", topic.name, listed);
    f.message_en =
        fmt::format("the narrative does not cover {} (none of {} found)", topic.name, listed_en);
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
