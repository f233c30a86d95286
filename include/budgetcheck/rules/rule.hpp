#pragma once
// A rule is one small class: its definition (code, name, severity, texts) and a
// check over a document. Like a clang-tidy check, everything about it lives in
// its own file pair under src/rules/ and it is registered with one line in
// src/rules/catalogue.cpp.

#include <string_view>

#include "budgetcheck/rules/finding.hpp"

namespace budgetcheck {

class RuleContext;

struct RuleInfo {
  std::string_view code;  // stable, e.g. "BC101"; never reused
  std::string_view name;  // readable, stable, e.g. "functional-rollup"
  Severity default_severity = Severity::Error;
  std::string_view summary_zh;   // one line
  std::string_view summary_en;   // one line
  std::string_view explanation;  // what is checked and why (Markdown)
  std::string_view example;      // a failing example and its finding
  std::string_view fix;          // how to fix it
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  // Compares what it must through `context`; says not_applicable / could_not_run
  // when it cannot compare anything.
  virtual void check(RuleContext& context) const = 0;
};

}  // namespace budgetcheck
