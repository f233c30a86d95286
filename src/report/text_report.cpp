#include "budgetcheck/report/text_report.hpp"

#include <string>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"
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

std::string heading(const Finding& f) {
  std::vector<std::string> parts;
  if (f.table)
    parts.emplace_back(table_info(*f.table).zh_name);
  std::string row = f.row_code;
  if (!f.row_name.empty())
    row += (row.empty() ? "" : " ") + f.row_name;
  if (!row.empty())
    parts.push_back(row);
  if (f.column)
    parts.emplace_back(column_info(*f.column).zh_name);
  if (parts.empty())
    return "（全文）";
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : " · ") + p;
  return out;
}

// "3 项之和，精确到 0.01，允许 ±0.02": the number of parts follows from the stated
// rule, tolerance = ½·10^-d·(n + 1), so it is recovered rather than recomputed.
std::string rounding_detail(Amount tolerance, int decimals) {
  const std::int64_t half = Decimal::unit_of(decimals).units() / 2;
  std::string out;
  if (half > 0 && tolerance.units() % half == 0 && tolerance.units() / half >= 2)
    out += std::to_string(tolerance.units() / half - 1) + " 项之和，";
  out += "精确到 " + Decimal::unit_of(decimals).to_string(decimals);
  out += "，允许 ±" + show(tolerance, decimals);
  return out;
}

std::string figures_line(const Finding& f, int decimals) {
  std::vector<std::string> parts;
  if (f.expected) {
    std::string e = "应为 " + show(*f.expected, decimals);
    if (!f.expected_formula.empty())
      e += "（" + f.expected_formula + "）";
    parts.push_back(e);
  }
  if (f.actual)
    parts.push_back("实为 " + show(*f.actual, decimals));
  else if (f.actual_blank)
    parts.emplace_back("实为 空白");
  if (f.difference)
    parts.push_back("差额 " + show_signed(*f.difference, decimals));
  if (f.tolerance)
    parts.push_back((f.within_rounding ? "在舍入误差以内（" : "超出舍入误差（") +
                    rounding_detail(*f.tolerance, decimals) + "）");
  else if (f.within_rounding)
    parts.emplace_back("在舍入误差以内");
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : "，") + p;
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

std::string counts(const CheckSummary& s) {
  return "错误 " + std::to_string(s.errors) + "，警告 " + std::to_string(s.warnings) + "，提示 " +
         std::to_string(s.infos) + "；规则：通过 " + std::to_string(s.passed) + "，未通过 " +
         std::to_string(s.failed) + "，不适用 " + std::to_string(s.not_applicable) + "，无法检查 " +
         std::to_string(s.could_not_run);
}

void write_finding(std::ostream& out, const FileReport& file, const Finding& f,
                   const Style& style) {
  out << style.bold(heading(f)) << '\n';
  const std::string figures = figures_line(f, file.decimals);
  if (!figures.empty())
    out << "  " << figures << '\n';
  out << "  " << style.severity(f.severity, severity_zh(f.severity));
  if (!f.message.empty())
    out << "：" << f.message;
  out << "  [" << f.rule_code << ' ' << f.rule_name << "]\n";
  out << "  " << style.dim(location(file.path, f.where)) << '\n';
}

void write_unreadable(std::ostream& out, const FileReport& file, const Style& style) {
  for (const auto& p : file.load_problems) {
    out << file.path;
    if (p.where.known())
      out << ':' << p.where.line << ':' << p.where.column;
    out << ": " << style.severity(Severity::Error, "error") << ": " << p.message;
    if (!p.where.pointer.empty())
      out << " [" << p.where.pointer << ']';
    out << '\n';
  }
  out << file.path << "：" << style.status(FileStatus::Unreadable, "无法读取") << "（"
      << file.load_problems.size() << " 个问题）\n";
}

void write_checked(std::ostream& out, const FileReport& file, const Style& style) {
  const DocumentResult& result = *file.result;
  std::string title = file.path + "：" + file.unit_name;
  if (file.year != 0)
    title += (file.unit_name.empty() ? "" : " ") + std::to_string(file.year) + " 年";
  title += "（单位：" + std::string(amount_unit_zh(file.amount_unit)) + "）";
  out << style.bold(title) << '\n';

  for (const Finding* f : ordered_findings(result)) {
    out << '\n';
    write_finding(out, file, *f, style);
  }

  bool header_written = false;
  for (const auto& rule : result.rules) {
    // A failed rule may also have left part of its checks undone: say so too.
    const bool partly = rule.status == RuleStatus::Failed && !rule.reason.empty();
    if (rule.status != RuleStatus::CouldNotRun && !partly)
      continue;
    if (!header_written)
      out << "\n无法检查的规则（或部分）：\n";
    header_written = true;
    out << "  "
        << (rule.rule ? std::string(rule.rule->code) + " " + std::string(rule.rule->name)
                      : std::string("?"));
    if (!rule.reason.empty())
      out << "：" << rule.reason;
    out << '\n';
  }

  const FileStatus status = file.status();
  out << '\n'
      << file.path << "：" << style.status(status, file_status_zh(status)) << "（"
      << counts(result.summary) << "）\n";
}

}  // namespace

void write_text_report(std::ostream& out, const std::vector<FileReport>& files,
                       const TextOptions& options) {
  const Style style{options.color};
  for (const auto& file : files) {
    if (file.result && file.load_problems.empty())
      write_checked(out, file, style);
    else
      write_unreadable(out, file, style);
    out << '\n';
  }
  const RunSummary run = summarize_run(files);
  out << style.bold("共 " + std::to_string(run.files) + " 个文件") << "：通过 " << run.passed
      << "，未通过 " << run.failed << "，无法读取 " << run.unreadable << "；" << counts(run.checks)
      << '\n';
}

}  // namespace budgetcheck
