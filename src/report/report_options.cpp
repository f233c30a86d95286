#include "budgetcheck/report/report_options.hpp"

namespace budgetcheck {

std::string_view finding_message(const Finding& finding, const ReportOptions& options) {
  if (options.language == Language::En && !finding.message_en.empty())
    return finding.message_en;
  return finding.message;
}

}  // namespace budgetcheck
