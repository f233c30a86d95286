#include "budgetcheck/report/junit_report.hpp"

#include <algorithm>
#include <sstream>

#include "budgetcheck/report/finding_text.hpp"
#include "budgetcheck/report/spool.hpp"

namespace budgetcheck {
namespace {

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
};

std::string counts_attributes(const Counts& c) {
  return "tests=\"" + std::to_string(c.tests) + "\" failures=\"" + std::to_string(c.failures) +
         "\" errors=\"" + std::to_string(c.errors) + "\" skipped=\"" + std::to_string(c.skipped) +
         "\"";
}

std::string position(const std::string& path, const SourceLocation& where) {
  std::string out = path;
  if (where.known()) {
    out += ":" + std::to_string(where.line);
    if (where.column != 0)
      out += ":" + std::to_string(where.column);
  }
  if (const std::string at = location_text(where); !at.empty())
    out += " " + at;
  return out;
}

// One finding as a few lines of plain text, like the text report but copyable.
std::string finding_block(const FileReport& file, const Finding& f, const ReportOptions& options) {
  std::string out = position(file.path, f.where) + ": " + std::string(severity_zh(f.severity)) +
                    "：" + std::string(finding_message(f, options)) + "\n  " + finding_place(f) +
                    "\n";
  if (const std::string figures = finding_figures(f, file.decimals); !figures.empty())
    out += "  " + figures + "\n";
  return out;
}

std::string rule_label(const RuleResult& r) {
  return r.rule ? std::string(r.rule->code) + " " + std::string(r.rule->name) : "?";
}

Severity worst(const std::vector<Finding>& findings) {
  Severity s = Severity::Info;
  for (const auto& f : findings)
    s = std::max(s, f.severity);
  return s;
}

void write_checked(std::ostream& out, const FileReport& file, const ReportOptions& options,
                   Counts& total) {
  Counts counts;
  std::ostringstream cases;
  const std::string classname = xml_escape(file.path);
  for (const auto& r : file.result->rules) {
    ++counts.tests;
    cases << "    <testcase classname=\"" << classname << "\" name=\"" << xml_escape(rule_label(r))
          << "\" assertions=\"" << r.checks << "\"";
    std::string body;
    for (const auto& f : r.findings)
      body += finding_block(file, f, options);
    switch (r.status) {
      case RuleStatus::Failed: {
        ++counts.failures;
        std::size_t shown = 0;
        for (const auto& f : r.findings)
          shown += f.severity != Severity::Info ? 1 : 0;
        std::string message = std::to_string(shown) + " 处问题";
        if (!r.reason.empty()) {
          message += "；部分无法检查：" + r.reason;
          body += "部分无法检查：" + r.reason + "\n";
        }
        cases << ">\n      <failure message=\"" << xml_escape(message) << "\" type=\""
              << severity_key(worst(r.findings)) << "\">" << xml_escape(body)
              << "</failure>\n    </testcase>\n";
        break;
      }
      case RuleStatus::NotApplicable:
      case RuleStatus::CouldNotRun: {
        ++counts.skipped;
        const std::string message =
            std::string(rule_status_zh(r.status)) + (r.reason.empty() ? "" : "：" + r.reason);
        cases << ">\n      <skipped message=\"" << xml_escape(message) << "\"/>\n";
        if (!body.empty())
          cases << "      <system-out>" << xml_escape(body) << "</system-out>\n";
        cases << "    </testcase>\n";
        break;
      }
      case RuleStatus::Passed:
        if (body.empty())
          cases << "/>\n";
        else
          cases << ">\n      <system-out>" << xml_escape(body)
                << "</system-out>\n    </testcase>\n";
        break;
    }
  }
  out << "  <testsuite name=\"" << classname << "\" " << counts_attributes(counts) << ">\n"
      << cases.str() << "  </testsuite>\n";
  total.tests += counts.tests;
  total.failures += counts.failures;
  total.skipped += counts.skipped;
}

void write_unreadable(std::ostream& out, const FileReport& file, Counts& total) {
  const Counts counts{1, 0, 1, 0};
  std::string body;
  for (const auto& p : file.load_problems)
    body += position(file.path, p.where) + ": " + p.message + "\n";
  const std::string name = xml_escape(file.path);
  out << "  <testsuite name=\"" << name << "\" " << counts_attributes(counts) << ">\n"
      << "    <testcase classname=\"" << name << "\" name=\"load\">\n"
      << "      <error message=\""
      << xml_escape("无法读取（" + std::to_string(file.load_problems.size()) + " 个问题）")
      << "\" type=\"unreadable\">" << xml_escape(body) << "</error>\n"
      << "    </testcase>\n  </testsuite>\n";
  ++total.tests;
  ++total.errors;
}

}  // namespace

std::string xml_escape(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += "\xEF\xBF\xBD";
        else
          out += c;
    }
  }
  return out;
}

namespace {

// The root element carries the run's totals, so the suites are spooled until the end.
class JunitReportStream : public ReportStream {
 public:
  JunitReportStream(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    if (file.result && file.load_problems.empty())
      write_checked(suites_.out(), file, options_, total_);
    else
      write_unreadable(suites_.out(), file, total_);
  }

  void finish(const RunSummary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << "<testsuites name=\"budgetcheck\" " << counts_attributes(total_) << ">\n";
    suites_.copy_to(out_);
    out_ << "</testsuites>\n";
  }

 private:
  std::ostream& out_;
  const ReportOptions options_;
  Counts total_;
  Spool suites_;
};

}  // namespace

std::unique_ptr<ReportStream> junit_report_stream(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JunitReportStream>(out, options);
}

void write_junit_report(std::ostream& out, const std::vector<FileReport>& files,
                        const ReportOptions& options) {
  write_all(*junit_report_stream(out, options), files);
}

}  // namespace budgetcheck
