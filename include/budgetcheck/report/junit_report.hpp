#pragma once
// JUnit XML for CI dashboards: one <testsuite> per file, one <testcase> per rule that ran
// (passed rules are passing test cases, so the dashboard shows what was checked). A failed
// rule has a <failure> listing each finding; a rule that was not applicable or could not
// run is <skipped> with the reason; info findings of a passing rule go to <system-out>.
// A file that cannot be loaded is a suite with one test case "load" whose <error> lists
// every load problem. Documented in docs/formats.md.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

// Text for XML content and attribute values: & < > " ' escaped, invalid UTF-8 replaced,
// control characters XML 1.0 forbids replaced by U+FFFD (tab, LF and CR kept).
std::string xml_escape(std::string_view text);

// Written file by file as a batch is checked; write_junit_report() writes files already checked.
std::unique_ptr<ReportStream> junit_report_stream(std::ostream& out, const ReportOptions& options);
void write_junit_report(std::ostream& out, const std::vector<FileReport>& files,
                        const ReportOptions& options = {});

}  // namespace budgetcheck
