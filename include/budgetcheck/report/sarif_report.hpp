#pragma once
// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers):
// one run whose tool.driver.rules is the rule catalogue (id = rule code), one result per
// finding with ruleId/ruleIndex, level (error / warning / note), the Chinese sentence,
// the file and line:column (in Unicode code points: run.columnKind), the JSON Pointer as a
// logical location and a partialFingerprints entry (fingerprint.hpp).
// A file that cannot be loaded gives one error result per load problem under the extra
// rule "load-problem" (not a BC code: it is no rule of the catalogue), so code-scanning
// tools, which show results but not tool notifications, still show it.
// Documented in docs/formats.md.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/report/report_options.hpp"
#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

inline constexpr std::string_view kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
inline constexpr std::string_view kLoadProblemRuleId = "load-problem";
// Key of our entry in partialFingerprints.
inline constexpr std::string_view kSarifFingerprintKey = "budgetcheckFingerprint/v1";

// A relative path as a URI reference ('/' kept, anything but unreserved characters
// percent-encoded as UTF-8 bytes); an absolute path as a file:// URI.
std::string sarif_uri(std::string_view path);

nlohmann::json sarif_report(const std::vector<FileReport>& files,
                            const ReportOptions& options = {});
// Written file by file as a batch is checked; write_sarif_report() writes files already checked.
std::unique_ptr<ReportStream> sarif_report_stream(std::ostream& out, const ReportOptions& options);
void write_sarif_report(std::ostream& out, const std::vector<FileReport>& files,
                        const ReportOptions& options = {});

}  // namespace budgetcheck
