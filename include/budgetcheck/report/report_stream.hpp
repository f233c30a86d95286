#pragma once
// A report written file by file, in input order, as a batch is checked: a format keeps
// only what it must hold back until the end (its totals; the sections that a summary
// precedes go to a Spool), so a batch's memory does not grow with its files.

#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"

namespace budgetcheck {

class ReportStream {
 public:
  ReportStream() = default;
  ReportStream(const ReportStream&) = delete;
  ReportStream& operator=(const ReportStream&) = delete;
  virtual ~ReportStream() = default;

  virtual void file(const FileReport& file) = 0;
  // Once, after the last file; `run` counts every file given to file().
  virtual void finish(const RunSummary& run) = 0;
};

// Every file in order, then finish(): a report of files already checked.
void write_all(ReportStream& stream, const std::vector<FileReport>& files);

// `options` with the catalogue given, else the rules that ran in `files`, in order of first
// appearance (ReportOptions::rules): a stream must know its rules before the first file.
ReportOptions with_rules_that_ran(const std::vector<FileReport>& files, ReportOptions options);

}  // namespace budgetcheck
