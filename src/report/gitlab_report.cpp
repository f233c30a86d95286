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

// Each issue of one file in report order, one at a time.
void for_each_issue(const FileReport& file, const ReportOptions& options,
                    const std::function<void(const json&)>& emit) {
  if (!file.result || !file.load_problems.empty()) {
    for (std::size_t i = 0; i < file.load_problems.size(); ++i) {
      const LoadProblem& p = file.load_problems[i];
      // Load problems have no rule: their identity is the file and their position in it.
      const std::string key = "budgetcheck-load-problem/1\x1f" + fingerprint_path(file.path) +
                              "\x1f" + std::to_string(i);
      std::string description = "无法读取：" + p.message;
      if (const std::string at = location_text(p.where); !at.empty())
        description += "（" + at + "）";
      emit(issue(std::move(description), "load-problem", hex64(fnv1a_64(key)), "blocker", file.path,
                 p.where));
    }
    return;
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

// Issue by issue: never the whole report in memory.
class GitlabReportStream : public ReportStream {
 public:
  GitlabReportStream(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options), issues_(out, 0) {}

  void file(const FileReport& file) override {
    for_each_issue(file, options_, [&](const json& i) { issues_.add(i); });
  }

  void finish(const RunSummary&) override {
    issues_.finish();
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  const ReportOptions options_;
  JsonArrayWriter issues_;
};

}  // namespace

json gitlab_report(const std::vector<FileReport>& files, const ReportOptions& options) {
  json issues = json::array();
  for (const auto& file : files)
    for_each_issue(file, options, [&](const json& i) { issues.push_back(i); });
  return issues;
}

std::unique_ptr<ReportStream> gitlab_report_stream(std::ostream& out,
                                                   const ReportOptions& options) {
  return std::make_unique<GitlabReportStream>(out, options);
}

void write_gitlab_report(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options) {
  write_all(*gitlab_report_stream(out, options), files);
}

}  // namespace budgetcheck
