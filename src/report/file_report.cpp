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

void RunSummary::add(const FileReport& file) {
  ++files;
  switch (file.status()) {
    case FileStatus::Passed:
      ++passed;
      break;
    case FileStatus::Failed:
      ++failed;
      break;
    case FileStatus::Unreadable:
      ++unreadable;
      break;
  }
  if (!file.result)
    return;
  const CheckSummary& s = file.result->summary;
  checks.errors += s.errors;
  checks.warnings += s.warnings;
  checks.infos += s.infos;
  checks.passed += s.passed;
  checks.failed += s.failed;
  checks.not_applicable += s.not_applicable;
  checks.could_not_run += s.could_not_run;
}

RunSummary summarize_run(const std::vector<FileReport>& files) {
  RunSummary run;
  for (const auto& file : files)
    run.add(file);
  return run;
}

}  // namespace budgetcheck
