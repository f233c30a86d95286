#include "budgetcheck/report/text_report.hpp"

#include <string>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"
#include "budgetcheck/report/finding_text.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {
namespace {

// ANSI styles; empty strings when colour is off so the layout code stays one path.
struct Style {
  bool on = false;
  std::string wrap(std::string_view text, std::string_view code) const {
    if (!on)
      return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
  std::string bold(std::string_view t) const { return wrap(t, "1"); }
  std::string dim(std::string_view t) const { return wrap(t, "2"); }
  std::string severity(Severity s, std::string_view t) const {
    switch (s) {
      case Severity::Error:
        return wrap(t, "1;31");
      case Severity::Warning:
        return wrap(t, "1;33");
      case Severity::Info:
        return wrap(t, "36");
    }
    return std::string(t);
  }
  std::string status(FileStatus s, std::string_view t) const {
    switch (s) {
      case FileStatus::Passed:
        return wrap(t, "1;32");
      case FileStatus::Failed:
      case FileStatus::Unreadable:
        return wrap(t, "1;31");
    }
    return std::string(t);
  }
};

// Every fixed word of the report in the chosen language.
struct Labels {
  bool en = false;
  std::string_view t(std::string_view zh, std::string_view english) const {
    return en ? english : zh;
  }
  std::string_view severity(Severity s) const { return en ? severity_key(s) : severity_zh(s); }
  std::string_view file_status(FileStatus s) const {
    return en ? file_status_key(s) : file_status_zh(s);
  }
  // Full-width punctuation in Chinese, ASCII in English.
  std::string_view colon() const { return t("：", ": "); }
  std::string_view comma() const { return t("，", ", "); }
  std::string open() const { return std::string(t("（", " (")); }
  std::string_view close() const { return t("）", ")"); }
};

// Grouped, with a true minus sign: these lines are read, not parsed.
std::string show(Amount amount, int decimals) {
  std::string text = amount.to_display(decimals);
  if (!text.empty() && text[0] == '-')
    text.replace(0, 1, "−");
  return text;
}

std::string show_signed(Amount amount, int decimals) {
  std::string text = show(amount, decimals);
  return amount.is_negative() || amount.is_zero() ? text : "+" + text;
}

std::string heading(const Finding& f, const Labels& l) {
  return finding_place(f, l.t("（全文）", "(whole document)"));
}

// "3 项之和，精确到 0.01，允许 ±0.02": the number of parts follows from the stated
// rule, tolerance = ½·10^-d·(n + 1), so it is recovered rather than recomputed.
std::string rounding_detail(Amount tolerance, int decimals, const Labels& l) {
  const std::int64_t half = Decimal::unit_of(decimals).units() / 2;
  std::string out;
  if (half > 0 && tolerance.units() % half == 0 && tolerance.units() / half >= 2)
    out += (l.en ? "sum of " : "") + std::to_string(tolerance.units() / half - 1) +
           std::string(l.t(" 项之和，", " parts, "));
  out += std::string(l.t("精确到 ", "precision ")) + Decimal::unit_of(decimals).to_string(decimals);
  out += std::string(l.t("，允许 ±", ", allowance ±")) + show(tolerance, decimals);
  return out;
}

std::string figures_line(const Finding& f, int decimals, const Labels& l) {
  std::vector<std::string> parts;
  if (f.expected) {
    std::string e = std::string(l.t("应为 ", "expected ")) + show(*f.expected, decimals);
    if (!f.expected_formula.empty())
      e += l.open() + f.expected_formula + std::string(l.close());
    parts.push_back(e);
  }
  if (f.actual)
    parts.push_back(std::string(l.t("实为 ", "found ")) + show(*f.actual, decimals));
  else if (f.actual_blank)
    parts.emplace_back(l.t("实为 空白", "found blank"));
  if (f.difference)
    parts.push_back(std::string(l.t("差额 ", "difference ")) +
                    show_signed(*f.difference, decimals));
  if (f.tolerance)
    parts.push_back(std::string(f.within_rounding ? l.t("在舍入误差以内", "within rounding")
                                                  : l.t("超出舍入误差", "beyond rounding")) +
                    l.open() + rounding_detail(*f.tolerance, decimals, l) + std::string(l.close()));
  else if (f.within_rounding)
    parts.emplace_back(l.t("在舍入误差以内", "within rounding"));
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? std::string() : std::string(l.comma())) + p;
  return out;
}

std::string location(const std::string& path, const SourceLocation& where) {
  std::string out = path;
  if (where.known())
    out += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  if (!where.pointer.empty())
    out += "  " + where.pointer;
  return out;
}

std::string counts(const CheckSummary& s, const Labels& l) {
  if (l.en)
    return std::to_string(s.errors) + " errors, " + std::to_string(s.warnings) + " warnings, " +
           std::to_string(s.infos) + " infos; rules: " + std::to_string(s.passed) + " passed, " +
           std::to_string(s.failed) + " failed, " + std::to_string(s.not_applicable) +
           " not applicable, " + std::to_string(s.could_not_run) + " could not run";
  return "错误 " + std::to_string(s.errors) + "，警告 " + std::to_string(s.warnings) + "，提示 " +
         std::to_string(s.infos) + "；规则：通过 " + std::to_string(s.passed) + "，未通过 " +
         std::to_string(s.failed) + "，不适用 " + std::to_string(s.not_applicable) + "，无法检查 " +
         std::to_string(s.could_not_run);
}

// Falls back to the Chinese when a text has no English (never silently empty).
const std::string& localized(const std::string& zh, const std::string& en, const Labels& l) {
  return l.en && !en.empty() ? en : zh;
}

void write_finding(std::ostream& out, const FileReport& file, const Finding& f, const Style& style,
                   const Labels& l) {
  out << style.bold(heading(f, l)) << '\n';
  const std::string figures = figures_line(f, file.decimals, l);
  if (!figures.empty())
    out << "  " << figures << '\n';
  out << "  " << style.severity(f.severity, l.severity(f.severity));
  if (const std::string& message = localized(f.message, f.message_en, l); !message.empty())
    out << l.colon() << message;
  out << "  [" << f.rule_code << ' ' << f.rule_name << "]\n";
  out << "  " << style.dim(location(file.path, f.where)) << '\n';
}

void write_unreadable(std::ostream& out, const FileReport& file, const Style& style,
                      const Labels& l) {
  for (const auto& p : file.load_problems) {
    out << file.path;
    if (p.where.known())
      out << ':' << p.where.line << ':' << p.where.column;
    out << ": " << style.severity(Severity::Error, "error") << ": " << p.message;
    if (!p.where.pointer.empty())
      out << " [" << p.where.pointer << ']';
    out << '\n';
  }
  out << file.path << l.colon()
      << style.status(FileStatus::Unreadable, l.file_status(FileStatus::Unreadable)) << l.open()
      << file.load_problems.size() << l.t(" 个问题）", " problems)") << '\n';
}

void write_checked(std::ostream& out, const FileReport& file, const Style& style, const Labels& l) {
  const DocumentResult& result = *file.result;
  std::string title = file.path + std::string(l.colon()) + file.unit_name;
  if (file.year != 0)
    title += (file.unit_name.empty() ? "" : " ") + std::to_string(file.year) +
             std::string(l.t(" 年", ""));
  title += l.open() + std::string(l.t("单位：", "amounts in ")) +
           std::string(amount_unit_zh(file.amount_unit)) + std::string(l.close());
  out << style.bold(title) << '\n';

  for (const Finding* f : ordered_findings(result)) {
    out << '\n';
    write_finding(out, file, *f, style, l);
  }

  bool header_written = false;
  for (const auto& rule : result.rules) {
    // A failed rule may also have left part of its checks undone: say so too.
    const bool partly = rule.status == RuleStatus::Failed && !rule.reason.empty();
    if (rule.status != RuleStatus::CouldNotRun && !partly)
      continue;
    if (!header_written)
      out << '\n'
          << l.t("无法检查的规则（或部分）：", "Rules (or parts) that could not run:") << '\n';
    header_written = true;
    out << "  "
        << (rule.rule ? std::string(rule.rule->code) + " " + std::string(rule.rule->name)
                      : std::string("?"));
    if (const std::string& reason = localized(rule.reason, rule.reason_en, l); !reason.empty())
      out << l.colon() << reason;
    out << '\n';
  }

  // Rules left out by --select / --ignore: a clean report covers only the rules that ran.
  if (!result.deselected.empty()) {
    out << '\n'
        << l.t("未运行的规则（--select/--ignore）：", "Rules not run (--select/--ignore): ");
    for (std::size_t i = 0; i < result.deselected.size(); ++i)
      out << (i ? " " : "") << result.deselected[i]->code;
    out << '\n';
  }

  const FileStatus status = file.status();
  out << '\n'
      << file.path << l.colon() << style.status(status, l.file_status(status)) << l.open()
      << counts(result.summary, l) << l.close() << '\n';
}

class TextReportStream : public ReportStream {
 public:
  TextReportStream(std::ostream& out, const TextOptions& options)
      : out_(out), style_{options.color}, l_{options.language == Language::En} {}

  void file(const FileReport& file) override {
    if (file.result && file.load_problems.empty())
      write_checked(out_, file, style_, l_);
    else
      write_unreadable(out_, file, style_, l_);
    out_ << '\n';
  }

  void finish(const RunSummary& run) override {
    if (l_.en)
      out_ << style_.bold(std::to_string(run.files) + " files") << ": " << run.passed << " passed, "
           << run.failed << " failed, " << run.unreadable << " unreadable; "
           << counts(run.checks, l_) << '\n';
    else
      out_ << style_.bold("共 " + std::to_string(run.files) + " 个文件") << "：通过 " << run.passed
           << "，未通过 " << run.failed << "，无法读取 " << run.unreadable << "；"
           << counts(run.checks, l_) << '\n';
  }

 private:
  std::ostream& out_;
  const Style style_;
  const Labels l_;
};

}  // namespace

std::unique_ptr<ReportStream> text_report_stream(std::ostream& out, const TextOptions& options) {
  return std::make_unique<TextReportStream>(out, options);
}

void write_text_report(std::ostream& out, const std::vector<FileReport>& files,
                       const TextOptions& options) {
  write_all(*text_report_stream(out, options), files);
}

}  // namespace budgetcheck
