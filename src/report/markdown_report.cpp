#include "budgetcheck/report/markdown_report.hpp"

#include "budgetcheck/report/finding_text.hpp"
#include "budgetcheck/report/spool.hpp"

namespace budgetcheck {
namespace {

// Grouped with a true minus sign, as the text report: these tables are read.
std::string show(const std::optional<Amount>& amount, int decimals) {
  if (!amount)
    return "";
  std::string text = amount->to_display(decimals);
  if (!text.empty() && text[0] == '-')
    text.replace(0, 1, "−");
  return text;
}

std::string where_cell(const FileReport& file, const SourceLocation& where,
                       const std::string& place) {
  std::string out = markdown_cell(place);
  std::string at;
  if (where.known())
    at = file.path + ":" + std::to_string(where.line) +
         (where.column != 0 ? ":" + std::to_string(where.column) : "");
  if (const std::string text = location_text(where); !text.empty())
    at += (at.empty() ? "" : " ") + text;
  if (!at.empty())
    out += (out.empty() ? "" : "<br>") + markdown_cell(at);
  return out;
}

void write_counts_row(std::ostream& out, const FileReport& file) {
  out << "| " << markdown_cell(file.path) << " | " << file_status_zh(file.status()) << " | ";
  if (file.result && file.load_problems.empty()) {
    const CheckSummary& s = file.result->summary;
    out << s.errors << " | " << s.warnings << " | " << s.infos << " |\n";
  } else {
    out << "– | – | – |\n";
  }
}

void write_checked(std::ostream& out, const FileReport& file, const ReportOptions& options) {
  const DocumentResult& result = *file.result;
  std::string title = file.unit_name;
  if (file.year != 0)
    title += (title.empty() ? "" : " ") + std::to_string(file.year) + " 年";
  title += "（单位：" + std::string(amount_unit_zh(file.amount_unit)) + "）";
  out << markdown_cell(title) << "：**" << file_status_zh(file.status()) << "**\n\n";

  const std::vector<const Finding*> findings = ordered_findings(result);
  if (findings.empty()) {
    out << "没有发现问题。\n";
  } else {
    out << "| 严重程度 | 规则 | 位置 | 应为 | 实为 | 差额 | 说明 |\n"
        << "|---|---|---|---:|---:|---:|---|\n";
    for (const Finding* f : findings) {
      std::string expected = show(f->expected, file.decimals);
      if (!f->expected_formula.empty())
        expected +=
            (expected.empty() ? "" : "<br>") + markdown_cell("（" + f->expected_formula + "）");
      std::string message = markdown_cell(finding_message(*f, options));
      if (f->within_rounding)
        message += "（在舍入误差以内）";
      out << "| " << severity_zh(f->severity) << " | " << markdown_cell(f->rule_code) << ' '
          << markdown_cell(f->rule_name) << " | " << where_cell(file, f->where, finding_place(*f))
          << " | " << expected << " | "
          << (f->actual         ? show(f->actual, file.decimals)
              : f->actual_blank ? "空白"
                                : "")
          << " | " << show(f->difference, file.decimals) << " | " << message << " |\n";
    }
  }

  bool header = false;
  for (const auto& r : result.rules) {
    const bool partly = r.status == RuleStatus::Failed && !r.reason.empty();
    if (r.status != RuleStatus::CouldNotRun && !partly)
      continue;
    if (!header)
      out << "\n无法检查的规则（或部分）：\n\n";
    header = true;
    out << "- " << (r.rule ? markdown_cell(r.rule->code) + " " + markdown_cell(r.rule->name) : "?");
    if (!r.reason.empty())
      out << "：" << markdown_cell(r.reason);
    out << '\n';
  }
  const CheckSummary& s = result.summary;
  out << "\n规则：通过 " << s.passed << "，未通过 " << s.failed << "，不适用 " << s.not_applicable
      << "，无法检查 " << s.could_not_run << "。\n";
}

void write_unreadable(std::ostream& out, const FileReport& file) {
  out << "**无法读取**（" << file.load_problems.size() << " 个问题）\n\n"
      << "| 位置 | 问题 |\n|---|---|\n";
  for (const auto& p : file.load_problems)
    out << "| " << where_cell(file, p.where, "") << " | " << markdown_cell(p.message) << " |\n";
}

}  // namespace

std::string markdown_cell(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '|':
        out += "\\|";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n')
          ++i;
        out += "<br>";
        break;
      case '\n':
        out += "<br>";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// The summary and the table of files come first, so both are spooled until the end.
class MarkdownReportStream : public ReportStream {
 public:
  MarkdownReportStream(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    write_counts_row(rows_.out(), file);
    std::ostream& out = sections_.out();
    out << "\n## " << markdown_cell(file.path) << "\n\n";
    if (file.result && file.load_problems.empty())
      write_checked(out, file, options_);
    else
      write_unreadable(out, file);
  }

  void finish(const RunSummary& run) override {
    out_ << "# budgetcheck 检查报告\n\n"
         << "共 " << run.files << " 个文件：通过 " << run.passed << "，未通过 " << run.failed
         << "，无法读取 " << run.unreadable << "；错误 " << run.checks.errors << "，警告 "
         << run.checks.warnings << "，提示 " << run.checks.infos << "。\n\n"
         << "| 文件 | 状态 | 错误 | 警告 | 提示 |\n|---|---|---:|---:|---:|\n";
    rows_.copy_to(out_);
    sections_.copy_to(out_);
  }

 private:
  std::ostream& out_;
  const ReportOptions options_;
  Spool rows_, sections_;
};

}  // namespace

std::unique_ptr<ReportStream> markdown_report_stream(std::ostream& out,
                                                     const ReportOptions& options) {
  return std::make_unique<MarkdownReportStream>(out, options);
}

void write_markdown_report(std::ostream& out, const std::vector<FileReport>& files,
                           const ReportOptions& options) {
  write_all(*markdown_report_stream(out, options), files);
}

}  // namespace budgetcheck
