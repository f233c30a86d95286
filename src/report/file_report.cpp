#include "budgetcheck/report/file_report.hpp"

#include <algorithm>

namespace budgetcheck {

std::string_view file_status_key(FileStatus status) {
  switch (status) {
    case FileStatus::Passed:
      return "passed";
    case FileStatus::Failed:
      return "failed";
    case FileStatus::Unreadable:
      return "unreadable";
  }
  return "unreadable";
}

std::string_view file_status_zh(FileStatus status) {
  switch (status) {
    case FileStatus::Passed:
      return "通过";
    case FileStatus::Failed:
      return "未通过";
    case FileStatus::Unreadable:
      return "无法读取";
  }
  return "无法读取";
}

FileStatus FileReport::status() const {
  if (!load_problems.empty() || !result)
    return FileStatus::Unreadable;
  return result->summary.errors > 0 ? FileStatus::Failed : FileStatus::Passed;
}

FileReport checked_file(const Document& document, DocumentResult result) {
  FileReport report;
  report.path = document.path;
  report.result = std::move(result);
  report.decimals = document.header.decimals;
  report.amount_unit = document.header.amount_unit;
  report.unit_name = document.header.unit_name;
  report.year = document.header.year;
  return report;
}

FileReport unreadable_file(std::string path, std::vector<LoadProblem> problems) {
  FileReport report;
  report.path = std::move(path);
  report.load_problems = std::move(problems);
  return report;
}

std::vector<const Finding*> ordered_findings(const DocumentResult& result) {
  std::vector<const Finding*> findings;
  for (const auto& rule : result.rules)
    for (const auto& f : rule.findings)
      findings.push_back(&f);
  auto table_rank = [](const Finding* f) {
    return f->table ? static_cast<std::size_t>(*f->table) : kTableKindCount;
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding* a, const Finding* b) {
    return table_rank(a) < table_rank(b);
  });
  return findings;
}

RunSummary summarize_run(const std::vector<FileReport>& files) {
  RunSummary run;
  for (const auto& file : files) {
    ++run.files;
    switch (file.status()) {
      case FileStatus::Passed:
        ++run.passed;
        break;
      case FileStatus::Failed:
        ++run.failed;
        break;
      case FileStatus::Unreadable:
        ++run.unreadable;
        break;
    }
    if (!file.result)
      continue;
    const CheckSummary& s = file.result->summary;
    run.checks.errors += s.errors;
    run.checks.warnings += s.warnings;
    run.checks.infos += s.infos;
    run.checks.passed += s.passed;
    run.checks.failed += s.failed;
    run.checks.not_applicable += s.not_applicable;
    run.checks.could_not_run += s.could_not_run;
  }
  return run;
}

}  // namespace budgetcheck
