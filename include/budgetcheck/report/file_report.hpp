#pragma once
// What the reports print for one input file: either why it could not be loaded,
// or what the rules found, plus what is needed to write its figures the way the
// document publishes them.

#include <optional>
#include <string>
#include <vector>

#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/model/document.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

enum class FileStatus { Passed, Failed, Unreadable };  // 通过 / 未通过 / 无法读取

std::string_view file_status_key(FileStatus status);  // "passed" / "failed" / "unreadable"
std::string_view file_status_zh(FileStatus status);

struct FileReport {
  std::string path;                        // as given on the command line
  std::vector<LoadProblem> load_problems;  // non-empty: the input is unusable
  std::optional<DocumentResult> result;    // set when the document loaded

  // From the document header, for formatting amounts and the heading.
  int decimals = 2;
  AmountUnit amount_unit = AmountUnit::WanYuan;
  std::string unit_name;
  int year = 0;

  // Unreadable when it did not load; failed when any error-severity finding.
  FileStatus status() const;
};

// A file that loaded and was checked.
FileReport checked_file(const Document& document, DocumentResult result);
// A file that could not be loaded (problems must not be empty).
FileReport unreadable_file(std::string path, std::vector<LoadProblem> problems);

// Every finding of a checked file in report order: by table in the order of the
// tables, findings about no table last; within a table, in catalogue order as found.
std::vector<const Finding*> ordered_findings(const DocumentResult& result);

// Totals over every file of a run.
struct RunSummary {
  std::size_t files = 0, passed = 0, failed = 0, unreadable = 0;
  CheckSummary checks;  // summed over the files that loaded

  void add(const FileReport& file);  // counts one more file (a batch counts as it goes)
};

RunSummary summarize_run(const std::vector<FileReport>& files);

}  // namespace budgetcheck
