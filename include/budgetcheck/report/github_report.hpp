#pragma once
// GitHub Actions workflow commands, one line per finding, so each finding shows inline
// on the pull request: `::error file=PATH,line=L,col=C,title=CODE name::message`.
// Severity: error → error, warning → warning, info → notice. A file that cannot be
// loaded gives one error line per load problem. Documented in docs/formats.md.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

// GitHub's escaping of a command's message: % → %25, CR → %0D, LF → %0A.
std::string github_escape_data(std::string_view text);
// Of a property value (file, title): the same plus : → %3A and , → %2C.
std::string github_escape_property(std::string_view text);

// Written file by file as a batch is checked; write_github_report() writes files already checked.
std::unique_ptr<ReportStream> github_report_stream(std::ostream& out, const ReportOptions& options);
void write_github_report(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options = {});

}  // namespace budgetcheck
