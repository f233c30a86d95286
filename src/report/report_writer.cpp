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

bool write_report(std::ostream& out, std::string_view format, const std::vector<FileReport>& files,
                  const ReportOptions& options) {
  if (format == "text")
    write_text_report(out, files, TextOptions{options.color, options.language});
  else if (format == "json")
    write_json_report(out, files);
  else if (format == "junit")
    write_junit_report(out, files, options);
  else if (format == "sarif")
    write_sarif_report(out, files, options);
  else if (format == "github")
    write_github_report(out, files, options);
  else if (format == "gitlab")
    write_gitlab_report(out, files, options);
  else if (format == "markdown")
    write_markdown_report(out, files, options);
  else
    return false;
  return true;
}

}  // namespace budgetcheck
