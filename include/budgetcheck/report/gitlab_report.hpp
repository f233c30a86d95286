#pragma once
// GitLab Code Quality report (a JSON array of Code Climate issues), so merge requests show
// each finding: description, check_name (the rule code), fingerprint (unique per finding,
// stable across unrelated edits: see fingerprint.hpp), severity (info → info,
// warning → minor, error → major; a file that cannot be loaded → blocker),
// location.path and location.lines.begin (1 when the line is unknown).
// Documented in docs/formats.md.

#include <memory>
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

nlohmann::json gitlab_report(const std::vector<FileReport>& files,
                             const ReportOptions& options = {});
// Written file by file as a batch is checked; write_gitlab_report() writes files already checked.
std::unique_ptr<ReportStream> gitlab_report_stream(std::ostream& out, const ReportOptions& options);
void write_gitlab_report(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options = {});

}  // namespace budgetcheck
