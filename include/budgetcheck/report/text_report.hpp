#pragma once
// The report for people: findings grouped by table with expected, found,
// difference and where; then rules that could not run; then a summary.
// Format documented in docs/report-format.md.

#include <memory>
#include <ostream>
#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/language.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

struct TextOptions {
  bool color = false;                // ANSI colours; the CLI decides (terminal or --color=always)
  Language language = Language::Zh;  // labels and messages; names stay Chinese
};

std::unique_ptr<ReportStream> text_report_stream(std::ostream& out,
                                                 const TextOptions& options = {});
void write_text_report(std::ostream& out, const std::vector<FileReport>& files,
                       const TextOptions& options = {});

}  // namespace budgetcheck
