#pragma once
// Helpers for rule tests: a minimal document around a "tables" body, and one rule run alone.

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "budgetcheck/rules/catalogue.hpp"
#include "budgetcheck/rules/rule_context.hpp"
#include "support/test_support.hpp"

namespace budgetcheck::test {

// A whole document on one line, "tables" left open: the text of `tables_body` starts on
// line 1, so a raw string beginning with a newline puts its first table line on line 2.
inline std::string document_with(std::string_view tables_body, int decimals = 2) {
  return R"({"format": "budgetcheck/1", "document": {"unit_name": "测试单位", "level": "单位", )"
         R"("year": 2026, "amount_unit": "万元", "decimals": )" +
         std::to_string(decimals) + R"(}, "tables": {)" + std::string(tables_body) + "}}";
}

inline Document load_tables(std::string_view tables_body, int decimals = 2) {
  return load_ok(document_with(tables_body, decimals));
}

// Runs the catalogue's rule `code` (e.g. "BC101") alone on `document`, at its default severity.
inline RuleResult run_rule(std::string_view code, const Document& document) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const Rule* rule = find_rule(catalogue, code);
  REQUIRE(rule != nullptr);
  RuleContext context(document, rule->info(), rule->info().default_severity);
  rule->check(context);
  return std::move(context).finish();  // RuleResult::rule points at the rule's static info
}

// `text` with every `token` replaced by `value`: one JSON snippet, several variants.
inline std::string replaced(std::string_view text, std::string_view token, std::string_view value) {
  std::string out(text);
  for (auto at = out.find(token); at != std::string::npos; at = out.find(token, at + value.size()))
    out.replace(at, token.size(), value);
  return out;
}

inline std::string findings_text(const RuleResult& result) {
  std::string text = std::string(rule_status_key(result.status)) + " " + result.reason + "\n";
  for (const auto& f : result.findings)
    text += f.where.pointer + " " + f.message + "\n";
  return text;
}

// The seed's tables agree: rule `code` must pass on it with no finding after exactly
// `checks` comparisons (so a rule that silently stops comparing fails here).
inline void check_passes_cleanly_on_seed(std::string_view code, std::size_t checks) {
  const RuleResult r = run_rule(code, load_ok(read_data_file("qijiang-2026.json")));
  INFO(findings_text(r));
  CHECK(r.status == RuleStatus::Passed);
  CHECK(r.findings.empty());
  CHECK(r.checks == checks);
}

inline Amount amount(std::string_view text) {
  const auto parsed = parse_decimal(text);
  REQUIRE(parsed.value.has_value());
  return *parsed.value;
}

}  // namespace budgetcheck::test
