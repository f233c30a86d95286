#pragma once
// What a rule works with: the document, the shared arithmetic (sums and
// equalities judged under the rounding rule) and a place to put findings.
// Rules declare *what* must agree; this class decides *how* it is judged.

#include <span>
#include <string>
#include <vector>

#include "budgetcheck/model/document.hpp"
#include "budgetcheck/rules/finding.hpp"
#include "budgetcheck/rules/rounding.hpp"
#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

enum class RuleStatus { Passed, Failed, NotApplicable, CouldNotRun };

std::string_view rule_status_key(
    RuleStatus status);  // "passed" / "failed" / "not_applicable" / "could_not_run"
std::string_view rule_status_zh(RuleStatus status);  // "通过" / "未通过" / "不适用" / "无法检查"

// One figure in one table, named the way a finding names it.
struct CellRef {
  TableKind table{};
  std::optional<Column> column;
  const Cell* cell = nullptr;
  // The row of a code × column cell. Its code and name name the figure unless own_code /
  // own_name say otherwise (copying them for every comparison cost more than comparing);
  // a cell the source left out has no location of its own, and a finding about it is
  // placed at the row, under the key it would have.
  const AmountRow* row = nullptr;
  std::string own_code;       // a figure outside a row, or a row named otherwise
  std::string own_name;       // e.g. "合计" for a total row
  std::string own_label;      // short name inside a formula, when not the code or the name
  bool own_identity = false;  // own_code and own_name replace the row's even when empty

  std::string_view code() const;   // empty when the row has none
  std::string_view name() const;   // "合计" for a total row
  std::string_view label() const;  // own_label, else the code, else the name
  // Where a finding about this figure points.
  SourceLocation where() const;

  // A cell of a code × column row; label is the code, else the row name.
  static CellRef of(TableKind table, const AmountRow& row, Column column);
  // The same row's cell in another column (a reference made by `of`).
  void move_to(Column other) {
    column = other;
    cell = &(*row)[other];
  }
  // A single named figure (e.g. a "三公" cell); label defaults to `row_name`.
  static CellRef named(TableKind table, const Cell& cell, std::string row_name,
                       std::optional<Column> column = std::nullopt, std::string label = {});
};

// "一般公共预算财政拨款支出表 208 社会保障和就业支出 · 基本支出".
std::string describe(const CellRef& ref);

struct RuleResult {
  const RuleInfo* rule = nullptr;
  Severity severity = Severity::Error;  // in force for this run
  RuleStatus status = RuleStatus::NotApplicable;
  std::string reason;  // why not applicable / could not run

  std::size_t checks = 0;  // comparisons made
  std::vector<Finding> findings;
  std::string reason_en;  // `reason` in English (Chinese table names kept); last, so that
                          // brace-initialised results written before it still compile
};

class RuleContext {
 public:
  RuleContext(const Document& document, const RuleInfo& rule, Severity severity);

  const Document& document() const { return document_; }
  const RoundingRule& rounding() const { return rounding_; }
  Severity severity() const { return result_.severity; }  // in force for this run

  // Σ parts must equal target. Exact: passes. Within rounding: an info finding.
  // Beyond: a finding at the rule's severity. Blank cells count as 0.
  void expect_sum(const CellRef& target, std::span<const CellRef> parts);
  // The same figure published in two places must be identical.
  void expect_same(const CellRef& target, const CellRef& source);

  // A finding about `target`, pre-filled (rule, severity in force, table, row, column,
  // actual, location) for rules that judge by hand; complete it and pass it to report().
  Finding finding_at(const CellRef& target) const;
  // Records a finding (rule code and name are filled in when left empty).
  void report(Finding finding);
  // A comparison that agreed, for rules that compare by hand.
  void count_check() { ++result_.checks; }

  // Nothing to compare (table absent or empty). The last reason given wins. Reasons are
  // short sentences naming the table by its Chinese name: "政府性基金预算支出表为空表" /
  // "政府性基金预算支出表 is empty".
  // Every reason comes in Chinese and in English (see Bilingual).
  void not_applicable(std::string zh, std::string en);
  void not_applicable(Bilingual reason);
  // Something needed is missing or unreadable; the rule says why and never passes.
  void could_not_run(std::string zh, std::string en);
  void could_not_run(Bilingual reason);

  // Status: failed (any non-info finding: a certain error outranks what could not be
  // checked; the reason is kept) > could_not_run > passed (at least one comparison) >
  // not_applicable (nothing compared: never counted as a pass).
  RuleResult finish() &&;

 private:
  const Document& document_;
  const RuleInfo& rule_;
  RoundingRule rounding_;
  RuleResult result_;
  bool could_not_run_ = false;
};

}  // namespace budgetcheck
