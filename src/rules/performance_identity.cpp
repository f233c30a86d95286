#include "performance_identity.hpp"

#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceIdentity::kInfo{
    .code = "BC307",
    .name = "performance-identity",
    .default_severity = Severity::Error,
    .summary_zh = "项目支出绩效目标表应载明项目编码、项目名称和当年预算，且项目编码不得重复",
    .summary_en = "Each project table must state its code, name and 当年预算; codes are unique",
    .explanation =
        "A 项目支出绩效目标表 is only useful if a reader can tell which project it is and how "
        "much money it governs: its header states the 项目名称 with the 项目编码 and the "
        "当年预算. This rule reports\n\n"
        "- a table that does not state its 项目编码, 项目名称 or 当年预算 (one finding per "
        "table, naming what is missing). When all three are missing the table has lost its "
        "header: the reader cannot tell which project the targets belong to. That is a real "
        "defect of the published document, even when it comes from how the document was "
        "produced or converted to text;\n"
        "- a 项目编码 used by more than one table (reported at the second and later tables).",
    .example =
        "The 8th project table publishes only 立项依据, 当年绩效目标 and its indicators → "
        "finding: 第 8 "
        "张项目支出绩效目标表（未载明项目）缺少项目编码、项目名称、当年预算：该表没有表头，"
        "无从知道它属于哪个项目、预算多少.",
    .fix =
        "Publish the table's header (项目名称 with 项目编码, 当年预算, 本级安排, 上级补助); if "
        "two tables share a 项目编码, correct the code of the wrong one or merge them.",
};

void PerformanceIdentity::check(RuleContext& context) const {
  if (!require_projects(context))
    return;
  const auto& projects = context.document().performance_projects;
  std::map<std::string_view, std::size_t> first_by_code;  // views of the projects' codes
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    context.count_check();
    std::vector<std::string_view> missing;
    if (project.code.empty())
      missing.push_back("项目编码");
    if (project.name.empty())
      missing.push_back("项目名称");
    if (project.budget.blank())
      missing.push_back("当年预算");
    if (!missing.empty()) {
      Finding f = project_finding(context, project, project.where);
      f.message = fmt::format("{}缺少{}", describe_project(project, i), fmt::join(missing, "、"));
      f.message_en =
          fmt::format("{} lacks {}", describe_project_en(project, i), fmt::join(missing, ", "));
      if (missing.size() == 3) {
        f.message += "：该表没有表头，无从知道它属于哪个项目、预算多少";
        f.message_en += ": the table has no header, so neither its project nor its budget is known";
      }
      context.report(std::move(f));
    }
    if (project.code.empty())
      continue;
    context.count_check();
    auto [it, inserted] = first_by_code.emplace(project.code, i);
    if (inserted)
      continue;
    Finding f = project_finding(context, project, project.where);
    f.message =
        fmt::format("{}的项目编码与第 {} 张项目支出绩效目标表（{}）重复",
                    describe_project(project, i), it->second + 1, projects[it->second].name);
    f.message_en =
        fmt::format("the 项目编码 of {} repeats that of 项目支出绩效目标表 no. {} ({})",
                    describe_project_en(project, i), it->second + 1, projects[it->second].name);
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
