#pragma once
// The report for programs: "budgetcheck-report/1", documented field by field in
// docs/report-format.md. Amounts are decimal strings, never JSON numbers.
// Output is deterministic (keys sorted, fixed indentation).

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

inline constexpr std::string_view kReportFormat = "budgetcheck-report/1";

nlohmann::json json_report(const std::vector<FileReport>& files);
// json_report() dumped with two-space indentation, UTF-8, and a final newline; the stream
// writes the same file by file.
std::unique_ptr<ReportStream> json_report_stream(std::ostream& out);
void write_json_report(std::ostream& out, const std::vector<FileReport>& files);

}  // namespace budgetcheck
