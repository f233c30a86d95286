// The Shanghai-style sample is consistent by construction; each variant breaks one
// figure and must be caught by the rule that owns that identity, at that cell.

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "budgetcheck/rules/engine.hpp"
#include "support/test_support.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

json sample() {
  return json::parse(test::read_data_file("shanghai-sample-2026.json"));
}

DocumentResult check(const json& disclosure) {
  const Document document = test::load_ok(disclosure.dump());
  return run_rules(document, make_rule_catalogue());
}

const RuleResult& result_of(const DocumentResult& result, std::string_view code) {
  const auto it = std::find_if(result.rules.begin(), result.rules.end(),
                               [&](const RuleResult& r) { return r.rule->code == code; });
  REQUIRE(it != result.rules.end());
  return *it;
}

bool has_finding_at(const RuleResult& rule, std::string_view pointer, Severity severity) {
  return std::any_of(rule.findings.begin(), rule.findings.end(), [&](const Finding& f) {
    return f.where.pointer == pointer && f.severity == severity;
  });
}

std::string list_findings(const DocumentResult& result) {
  std::string out;
  for (const auto& rule : result.rules)
    for (const auto& f : rule.findings)
      out += f.rule_code + " " + std::string(severity_key(f.severity)) + " " + f.where.pointer +
             " " + f.message + "\n";
  return out;
}

// Finds the row with `code` in a code × column table of the JSON sample.
json& row(json& disclosure, const std::string& table, const std::string& code) {
  for (auto& r : disclosure["tables"][table]["rows"])
    if (r.value("code", "") == code)
      return r;
  FAIL("no row " << code << " in " << table);
  throw std::logic_error("unreachable");
}

std::size_t row_index(const json& disclosure, const std::string& table, const std::string& code) {
  const auto& rows = disclosure["tables"][table]["rows"];
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].value("code", "") == code)
      return i;
  FAIL("no row " << code << " in " << table);
  return 0;
}

}  // namespace

TEST_CASE("shanghai sample: the consistent copy has no error or warning", "[samples]") {
  const DocumentResult result = check(sample());
  INFO(list_findings(result));
  CHECK(result.summary.errors == 0);
  CHECK(result.summary.warnings == 0);
  CHECK(result.summary.failed == 0);
}

TEST_CASE("shanghai sample: a 项 changed breaks its 款 roll-up and its row identity", "[samples]") {
  json d = sample();
  json& item = row(d, "general_public_expenditure", "2013802");
  item["total"] = "12,452,090.20";  // one 元 more than 基本支出 + 项目支出
  const DocumentResult result = check(d);
  const auto i = row_index(d, "general_public_expenditure", "2013802");
  CHECK(result_of(result, "BC111").status == RuleStatus::Failed);
  CHECK(has_finding_at(result_of(result, "BC111"),
                       "/tables/general_public_expenditure/rows/" + std::to_string(i) + "/total",
                       Severity::Error));
  CHECK(result_of(result, "BC101").status == RuleStatus::Failed);
}

TEST_CASE("shanghai sample: 收入总计 changed breaks the income sum and the balance", "[samples]") {
  json d = sample();
  d["tables"]["department_summary"]["income"]["total"] = "16,544,539.19";
  const DocumentResult result = check(d);
  CHECK(result_of(result, "BC113").status == RuleStatus::Failed);
  CHECK(result_of(result, "BC121").status == RuleStatus::Failed);
  CHECK(has_finding_at(result_of(result, "BC113"), "/tables/department_summary/income/total",
                       Severity::Error));
}

TEST_CASE("shanghai sample: a \"三公\" component changed breaks the 三公 sum", "[samples]") {
  json d = sample();
  d["tables"]["three_public"]["reception"] = "9,000.00";
  const DocumentResult result = check(d);
  CHECK(result_of(result, "BC115").status == RuleStatus::Failed);
  CHECK(has_finding_at(result_of(result, "BC115"), "/tables/three_public/total", Severity::Error));
}

TEST_CASE("shanghai sample: 部门支出总表 disagreeing with 部门收入总表 is caught per row",
          "[samples]") {
  json d = sample();
  json& r = row(d, "department_expenditure", "221");
  r["total"] = "812,745.00";
  r["basic"] = "812,745.00";
  r["personnel"] = "812,745.00";
  const DocumentResult result = check(d);
  CHECK(result_of(result, "BC133").status == RuleStatus::Failed);
  CHECK(result_of(result, "BC132").status == RuleStatus::Failed);
}

TEST_CASE("shanghai sample: 基本支出表 合计 differing from 一般公共预算表 基本支出 is caught",
          "[samples]") {
  json d = sample();
  auto& totals = d["tables"]["general_public_basic"]["totals"];
  const std::string before = totals["total"];
  totals["total"] = "1.00";
  const DocumentResult result = check(d);
  CHECK(before != "1.00");
  CHECK(result_of(result, "BC135").status == RuleStatus::Failed);
  CHECK(result_of(result, "BC102").status == RuleStatus::Failed);
}

TEST_CASE("shanghai sample: a one-cent difference in a 类 total is within rounding (info)",
          "[samples]") {
  json d = sample();
  json& cls = row(d, "general_public_basic", "301");
  const DocumentResult before = check(d);
  const std::string total = cls["total"];
  // Move the 类 total by 0.01 元: Σ of its 款 differs by one unit, inside ½·0.01·(n+1).
  const auto parsed = parse_decimal(total);
  REQUIRE(parsed.value);
  const Amount moved = *parsed.value->plus(Amount::unit_of(2));
  cls["total"] = moved.to_string(2);
  cls["personnel"] = moved.to_string(2);
  const DocumentResult result = check(d);
  const RuleResult& rollup = result_of(result, "BC102");
  CHECK(rollup.status == RuleStatus::Passed);
  CHECK(std::any_of(rollup.findings.begin(), rollup.findings.end(),
                    [](const Finding& f) { return f.within_rounding; }));
  CHECK(result_of(before, "BC102").findings.empty());
}

}  // namespace budgetcheck
