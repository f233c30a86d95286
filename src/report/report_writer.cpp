#include "budgetcheck/report/report_writer.hpp"

#include <algorithm>
#include <array>

#include "budgetcheck/report/github_report.hpp"
#include "budgetcheck/report/gitlab_report.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/junit_report.hpp"
#include "budgetcheck/report/markdown_report.hpp"
#include "budgetcheck/report/sarif_report.hpp"
#include "budgetcheck/report/text_report.hpp"

namespace budgetcheck {
namespace {

constexpr std::array<std::string_view, 7> kFormats = {"text",   "json",   "junit",   "sarif",
                                                      "github", "gitlab", "markdown"};

}  // namespace

std::span<const std::string_view> report_formats() {
  return kFormats;
}

bool is_report_format(std::string_view format) {
  return std::find(kFormats.begin(), kFormats.end(), format) != kFormats.end();
}

bool is_human_format(std::string_view format) {
  return format == "text" || format == "markdown";
}

std::unique_ptr<ReportStream> make_report_stream(std::ostream& out, std::string_view format,
                                                 const ReportOptions& options) {
  if (format == "text")
    return text_report_stream(out, TextOptions{options.color, options.language});
  if (format == "json")
    return json_report_stream(out);
  if (format == "junit")
    return junit_report_stream(out, options);
  if (format == "sarif")
    return sarif_report_stream(out, options);
  if (format == "github")
    return github_report_stream(out, options);
  if (format == "gitlab")
    return gitlab_report_stream(out, options);
  if (format == "markdown")
    return markdown_report_stream(out, options);
  return nullptr;
}

bool write_report(std::ostream& out, std::string_view format, const std::vector<FileReport>& files,
                  const ReportOptions& options) {
  const std::unique_ptr<ReportStream> stream =
      make_report_stream(out, format, with_rules_that_ran(files, options));
  if (!stream)
    return false;
  write_all(*stream, files);
  return true;
}

}  // namespace budgetcheck
