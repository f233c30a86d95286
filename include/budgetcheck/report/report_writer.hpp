#pragma once
// One entry point for every report format of `budgetcheck check --format`.

#include <memory>
#include <ostream>
#include <span>
#include <string_view>
#include <vector>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

// "text", "json", "junit", "sarif", "github", "gitlab", "markdown" (the --format values).
std::span<const std::string_view> report_formats();
bool is_report_format(std::string_view format);
// Formats read by people (text, markdown): extra sections such as --statistics are
// appended to the report itself; the others are parsed by programs and get them on
// standard error instead.
bool is_human_format(std::string_view format);

// The report in `format`, written file by file as a batch is checked; nullptr for an
// unknown format.
std::unique_ptr<ReportStream> make_report_stream(std::ostream& out, std::string_view format,
                                                 const ReportOptions& options = {});

// Writes the report of files already checked in `format`; false (nothing written) for an
// unknown format.
bool write_report(std::ostream& out, std::string_view format, const std::vector<FileReport>& files,
                  const ReportOptions& options = {});

}  // namespace budgetcheck
