#include "budgetcheck/report/github_report.hpp"

#include "budgetcheck/report/finding_text.hpp"

namespace budgetcheck {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "notice";
  }
  return "error";
}

void write_command(std::ostream& out, std::string_view name, const std::string& path,
                   const SourceLocation& where, std::string_view title,
                   const std::string& message) {
  out << "::" << name << " file=" << github_escape_property(path);
  if (where.known()) {
    out << ",line=" << where.line;
    if (where.column != 0)
      out << ",col=" << where.column;
  }
  out << ",title=" << github_escape_property(valid_utf8(title))
      << "::" << github_escape_data(valid_utf8(message)) << '\n';
}

}  // namespace

std::string github_escape_data(std::string_view text) {
  return escape(text, false);
}

std::string github_escape_property(std::string_view text) {
  return escape(text, true);
}

namespace {

class GithubReportStream : public ReportStream {
 public:
  GithubReportStream(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    if (!file.result || !file.load_problems.empty()) {
      for (const auto& p : file.load_problems) {
        std::string message = p.message;
        if (const std::string at = location_text(p.where); !at.empty())
          message += "\n" + at;
        write_command(out_, "error", file.path, p.where, "budgetcheck: cannot load", message);
      }
      return;
    }
    for (const Finding* f : ordered_findings(*file.result)) {
      // First line: where in words and the sentence; then the figures and the place in
      // the input, which the annotation shows below.
      std::string message = finding_place(*f) + "：" + std::string(finding_message(*f, options_));
      if (const std::string figures = finding_figures(*f, file.decimals); !figures.empty())
        message += "\n" + figures;
      if (const std::string at = location_text(f->where); !at.empty())
        message += "\n" + at;
      write_command(out_, command(f->severity), file.path, f->where,
                    f->rule_code + " " + f->rule_name, message);
    }
  }

  void finish(const RunSummary&) override {}

 private:
  std::ostream& out_;
  const ReportOptions options_;
};

}  // namespace

std::unique_ptr<ReportStream> github_report_stream(std::ostream& out,
                                                   const ReportOptions& options) {
  return std::make_unique<GithubReportStream>(out, options);
}

void write_github_report(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options) {
  write_all(*github_report_stream(out, options), files);
}

}  // namespace budgetcheck
