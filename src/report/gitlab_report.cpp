#include "budgetcheck/report/gitlab_report.hpp"

#include <functional>

#include "budgetcheck/report/finding_text.hpp"
#include "budgetcheck/report/fingerprint.hpp"
#include "budgetcheck/report/json_stream.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

std::string_view gitlab_severity(Severity severity) {
  switch (severity) {
    case Severity::Info:
      return "info";
    case Severity::Warning:
      return "minor";
    case Severity::Error:
      return "major";
  }
  return "major";
}

json issue(std::string description, std::string_view check_name, std::string fingerprint,
           std::string_view severity, const std::string& path, const SourceLocation& where) {
  return {{"description", std::move(description)},
          {"check_name", std::string(check_name)},
          {"fingerprint", std::move(fingerprint)},
          {"severity", std::string(severity)},
          {"location", {{"path", path}, {"lines", {{"begin", where.known() ? where.line : 1U}}}}}};
}

// Each issue in report order, one at a time.
void for_each_issue(const std::vector<FileReport>& files, const ReportOptions& options,
                    const std::function<void(const json&)>& emit) {
  for (const auto& file : files) {
    if (!file.result || !file.load_problems.empty()) {
      for (std::size_t i = 0; i < file.load_problems.size(); ++i) {
        const LoadProblem& p = file.load_problems[i];
        // Load problems have no rule: their identity is the file and their position in it.
        const std::string key = "budgetcheck-load-problem/1\x1f" + fingerprint_path(file.path) +
                                "\x1f" + std::to_string(i);
        std::string description = "无法读取：" + p.message;
        if (const std::string at = location_text(p.where); !at.empty())
          description += "（" + at + "）";
        emit(issue(std::move(description), "load-problem", hex64(fnv1a_64(key)), "blocker",
                   file.path, p.where));
      }
      continue;
    }
    const std::vector<const Finding*> findings = ordered_findings(*file.result);
    const std::vector<std::string> fingerprints = finding_fingerprints(file.path, findings);
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = *findings[i];
      std::string description = finding_place(f) + "：" + std::string(finding_message(f, options));
      if (const std::string figures = finding_figures(f, file.decimals); !figures.empty())
        description += "（" + figures + "）";
      description += " [" + f.rule_code + " " + f.rule_name + "]";
      emit(issue(std::move(description), f.rule_code, fingerprints[i], gitlab_severity(f.severity),
                 file.path, f.where));
    }
  }
}

}  // namespace

json gitlab_report(const std::vector<FileReport>& files, const ReportOptions& options) {
  json issues = json::array();
  for_each_issue(files, options, [&](const json& i) { issues.push_back(i); });
  return issues;
}

void write_gitlab_report(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options) {
  JsonArrayWriter issues(out, 0);  // issue by issue: never the whole report in memory
  for_each_issue(files, options, [&](const json& i) { issues.add(i); });
  issues.finish();
  out << '\n';
}

}  // namespace budgetcheck
