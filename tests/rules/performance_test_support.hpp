#pragma once
// Builders for the performance-target rule tests (BC30x): small 项目支出绩效目标表 in JSON, with
// defaults that pass every BC30x rule, so each test changes only what it is about.

#include <string>
#include <vector>

#include "budgetcheck/rules/rule.hpp"
#include "rules/rule_test_support.hpp"

namespace budgetcheck::test {

struct IndicatorJson {
  std::string level1 = "产出指标";
  std::string level2 = "数量指标";
  std::string level3 = "补助人数";
  std::string weight = "30";  // JSON number text; empty: omitted
  std::string unit = "人";
  std::string nature = "≥";
  std::string value = "39";
  bool core = false;

  std::string json() const {
    std::string s = "{\"level1\": \"" + level1 + "\", \"level2\": \"" + level2 +
                    "\", \"level3\": \"" + level3 + "\"";
    if (!weight.empty())
      s += ", \"weight\": " + weight;
    s += ", \"unit\": \"" + unit + "\", \"nature\": \"" + nature + "\", \"value\": \"" + value +
         "\", \"core\": " + (core ? "true" : "false") + "}";
    return s;
  }
};

// 产出 30 (core) + 效益 30 + 满意度 30, with 预算执行率权重 10: a project that passes.
inline std::vector<IndicatorJson> standard_indicators() {
  IndicatorJson output;
  output.core = true;
  IndicatorJson benefit{"效益指标", "社会效益指标", "补助政策知晓率", "30", "%", "≥", "90"};
  IndicatorJson satisfaction{"满意度指标", "服务对象满意度指标", "受益人群满意度", "30", "%", "≥",
                             "90"};
  return {output, benefit, satisfaction};
}

struct ProjectJson {
  std::string code = "50011021T000000052342";
  std::string name = "参战参核军人生活补助";
  std::string execution_weight = "10";  // empty: omitted
  std::string budget = "\"25.65\"";     // JSON value text; empty: omitted
  std::string own_arrangement = "\"25.65\"";
  std::string higher_subsidy = "null";
  std::string preparer = "206001-测试单位";
  std::vector<IndicatorJson> indicators = standard_indicators();

  std::string json() const {
    std::string s = "{";
    auto field = [&s](const std::string& key, const std::string& raw) {
      if (raw.empty())
        return;
      if (s.size() > 1)
        s += ", ";
      s += "\"" + key + "\": " + raw;
    };
    field("code", code.empty() ? "" : "\"" + code + "\"");
    field("name", name.empty() ? "" : "\"" + name + "\"");
    field("preparer", preparer.empty() ? "" : "\"" + preparer + "\"");
    field("execution_weight", execution_weight);
    field("budget", budget);
    field("own_arrangement", own_arrangement);
    field("higher_subsidy", higher_subsidy);
    std::string list = "[";
    for (std::size_t i = 0; i < indicators.size(); ++i)
      list += (i ? ",\n  " : "\n  ") + indicators[i].json();
    field("indicators", list + "]");
    return s + "}";
  }
};

inline Document projects_document(const std::vector<ProjectJson>& projects) {
  std::string body = "\n\"performance_projects\": [";
  for (std::size_t i = 0; i < projects.size(); ++i)
    body += (i ? ",\n" : "\n") + projects[i].json();
  return load_tables(body + "]");
}

// Runs one rule object (e.g. one built with non-default options) alone on `document`.
inline RuleResult run(const Rule& rule, const Document& document) {
  RuleContext context(document, rule.info(), rule.info().default_severity);
  rule.check(context);
  return std::move(context).finish();
}

}  // namespace budgetcheck::test
