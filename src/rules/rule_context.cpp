#include "budgetcheck/rules/rule_context.hpp"

#include <fmt/format.h>

namespace budgetcheck {

std::string_view rule_status_key(RuleStatus status) {
  switch (status) {
    case RuleStatus::Passed:
      return "passed";
    case RuleStatus::Failed:
      return "failed";
    case RuleStatus::NotApplicable:
      return "not_applicable";
    case RuleStatus::CouldNotRun:
      return "could_not_run";
  }
  return "could_not_run";
}

std::string_view rule_status_zh(RuleStatus status) {
  switch (status) {
    case RuleStatus::Passed:
      return "通过";
    case RuleStatus::Failed:
      return "未通过";
    case RuleStatus::NotApplicable:
      return "不适用";
    case RuleStatus::CouldNotRun:
      return "无法检查";
  }
  return "无法检查";
}

CellRef CellRef::of(TableKind table, const AmountRow& row, Column column) {
  CellRef ref;
  ref.table = table;
  ref.column = column;
  ref.cell = &row[column];
  ref.row = &row;
  return ref;
}

CellRef CellRef::named(TableKind table, const Cell& cell, std::string row_name,
                       std::optional<Column> column, std::string label) {
  CellRef ref;
  ref.table = table;
  ref.own_name = std::move(row_name);
  ref.column = column;
  ref.cell = &cell;
  ref.own_label = std::move(label);
  return ref;
}

std::string_view CellRef::code() const {
  if (own_identity || !own_code.empty() || !row || !row->code)
    return own_code;
  return row->code->digits();
}

std::string_view CellRef::name() const {
  if (own_identity || !own_name.empty() || !row)
    return own_name;
  return row->name;
}

std::string_view CellRef::label() const {
  if (!own_label.empty())
    return own_label;
  return row && !code().empty() ? code() : name();
}

SourceLocation CellRef::where() const {
  if (!cell)
    return {};
  if (!row || !column)
    return cell->where;
  return row->cell_location(*column);
}

RuleContext::RuleContext(const Document& document, const RuleInfo& rule, Severity severity)
    : document_(document), rule_(rule), rounding_(document.header.decimals) {
  result_.rule = &rule;
  result_.severity = severity;
}

Finding RuleContext::finding_at(const CellRef& target) const {
  Finding f;
  f.rule_code = std::string(rule_.code);
  f.rule_name = std::string(rule_.name);
  f.severity = result_.severity;
  f.table = target.table;
  f.row_code = target.code();
  f.row_name = target.name();
  f.column = target.column;
  if (target.cell) {
    f.actual = target.cell->amount;
    f.actual_blank = target.cell->blank();
    f.where = target.where();
  }
  return f;
}

std::string describe(const CellRef& ref) {
  std::string text = std::string(table_info(ref.table).zh_name);
  if (!ref.code().empty())
    text += " " + std::string(ref.code());
  if (!ref.name().empty())
    text += " " + std::string(ref.name());
  if (ref.column)
    text += " · " + std::string(column_info(*ref.column).zh_name);
  return text;
}

void RuleContext::expect_sum(const CellRef& target, std::span<const CellRef> parts) {
  ++result_.checks;
  Amount sum;
  for (const auto& part : parts) {
    const auto next = sum.plus(part.cell ? part.cell->value_or_zero() : Amount{});
    if (!next) {
      could_not_run(describe(target) + "的加数之和超出金额范围",
                    "the sum of the parts of " + describe(target) + " overflows");
      return;
    }
    sum = *next;
  }
  const Amount actual = target.cell ? target.cell->value_or_zero() : Amount{};
  const Agreement agreement = rounding_.judge_sum(actual, sum, parts.size());
  if (agreement == Agreement::Exact)
    return;
  std::string formula;  // written only for a finding: most sums agree
  for (const auto& part : parts) {
    if (!formula.empty())
      formula += " + ";
    formula += part.label();
  }
  Finding f = finding_at(target);
  f.expected = sum;
  f.difference = actual.minus(sum);
  f.expected_formula = parts.empty() ? "0" : formula;
  f.tolerance = rounding_.tolerance(parts.size());
  const int d = rounding_.decimals();
  // The figures themselves are in the finding's fields; the message says what is wrong.
  if (agreement == Agreement::WithinRounding) {
    f.within_rounding = true;
    f.severity = Severity::Info;
    const std::string difference = f.difference ? f.difference->to_display(d) : "?";
    f.message = fmt::format("{}与 {} 之和相差 {}，在舍入误差以内", describe(target),
                            f.expected_formula, difference);
    f.message_en = fmt::format("{} differs from the sum {} by {}, within rounding",
                               describe(target), f.expected_formula, difference);
  } else {
    f.message = fmt::format("{}不等于 {} 之和", describe(target), f.expected_formula);
    f.message_en = fmt::format("{} is not the sum {}", describe(target), f.expected_formula);
  }
  result_.findings.push_back(std::move(f));
}

void RuleContext::expect_same(const CellRef& target, const CellRef& source) {
  ++result_.checks;
  const Amount expected = source.cell ? source.cell->value_or_zero() : Amount{};
  const Amount actual = target.cell ? target.cell->value_or_zero() : Amount{};
  if (RoundingRule::judge_same(actual, expected) == Agreement::Exact)
    return;
  Finding f = finding_at(target);
  f.expected = expected;
  f.difference = actual.minus(expected);
  f.expected_formula = describe(source);
  f.message = fmt::format("{}与{}不一致", describe(target), describe(source));
  f.message_en = fmt::format("{} does not match {}", describe(target), describe(source));
  result_.findings.push_back(std::move(f));
}

void RuleContext::report(Finding finding) {
  if (finding.rule_code.empty())
    finding.rule_code = std::string(rule_.code);
  if (finding.rule_name.empty())
    finding.rule_name = std::string(rule_.name);
  result_.findings.push_back(std::move(finding));
}

void RuleContext::not_applicable(std::string zh, std::string en) {
  result_.reason = std::move(zh);
  result_.reason_en = std::move(en);
}

void RuleContext::not_applicable(Bilingual reason) {
  not_applicable(std::move(reason.zh), std::move(reason.en));
}

void RuleContext::could_not_run(std::string zh, std::string en) {
  could_not_run_ = true;
  result_.reason = std::move(zh);
  result_.reason_en = std::move(en);
}

void RuleContext::could_not_run(Bilingual reason) {
  could_not_run(std::move(reason.zh), std::move(reason.en));
}

RuleResult RuleContext::finish() && {
  for (Finding& f : result_.findings)
    document_.locate(f.where);  // only now: most places the loader read are never named
  bool failed = false;
  for (const auto& f : result_.findings)
    if (f.severity != Severity::Info)
      failed = true;
  if (failed)
    result_.status = RuleStatus::Failed;
  else if (could_not_run_)
    result_.status = RuleStatus::CouldNotRun;
  else if (result_.checks > 0)
    result_.status = RuleStatus::Passed;
  else {
    result_.status = RuleStatus::NotApplicable;
    if (result_.reason.empty()) {
      result_.reason = "没有可比较的数据";
      result_.reason_en = "no data to compare";
    }
  }
  if (result_.status == RuleStatus::Passed) {
    result_.reason.clear();
    result_.reason_en.clear();
  }
  return std::move(result_);
}

}  // namespace budgetcheck
