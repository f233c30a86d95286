#pragma once
// A report written file by file, in input order, as a batch is checked: a format keeps
// only what it must hold back until the end (its totals; the sections that a summary
// precedes go to a Spool), so a batch's memory does not grow with its files.

#include <vector>

#include "budgetcheck/report/file_report.hpp"

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

}  // namespace budgetcheck
