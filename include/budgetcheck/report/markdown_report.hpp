#pragma once
// A Markdown report for a pull-request comment or an audit memo: a summary table of the
// files, then per file a table of its findings (severity, rule, where, expected, found,
// difference, message), the rules that could not run, and for a file that cannot be
// loaded a table of its load problems. Documented in docs/formats.md.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

// Text for a table cell: '|' and '\' escaped with '\', '<' '>' '&' as entities (so no
// text is read as HTML), line breaks as <br>, invalid UTF-8 replaced.
std::string markdown_cell(std::string_view text);

// Written file by file as a batch is checked; write_markdown_report() writes files already checked.
std::unique_ptr<ReportStream> markdown_report_stream(std::ostream& out,
                                                     const ReportOptions& options);
void write_markdown_report(std::ostream& out, const std::vector<FileReport>& files,
                           const ReportOptions& options = {});

}  // namespace budgetcheck
