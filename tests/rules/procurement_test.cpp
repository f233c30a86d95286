#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

constexpr std::string_view kEmptyTable = R"json(
  "procurement": {"columns": ["total", "general_public"], "totals": {"total": null, "general_public": null},
                  "rows": [], "note": "本单位无政府采购预算，故此表无数据。"})json";

constexpr std::string_view kTable = R"json(
  "procurement": {"columns": ["total", "general_public"], "totals": {"total": "50.00", "general_public": "30.00"},
    "rows": [{"name": "办公设备", "category": "货物", "total": "20.00", "general_public": "20.00"},
             {"name": "物业服务", "category": "服务", "total": "30.00", "general_public": "10.00"}]})json";

}  // namespace

TEST_CASE("procurement: all zero against an empty table passes", "[rules][BC213]") {
  const RuleResult result = run_rule("BC213", load_narrative(R"json(
    {"subject": "procurement_total", "amount": "0", "sentence": "总额 0 万元。"},
    {"subject": "procurement_goods", "amount": "0", "sentence": "货物 0 万元。"},
    {"subject": "procurement_works", "amount": "0", "sentence": "工程 0 万元。"},
    {"subject": "procurement_services", "amount": "0", "sentence": "服务 0 万元。"},
    {"subject": "procurement_total", "scope": "general_public", "amount": "0", "sentence": "其中一般公共预算 0 万元。"}
  )json",
                                                             kEmptyTable));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}

TEST_CASE("procurement: split, table total, categories and scope agree", "[rules][BC213]") {
  const RuleResult result = run_rule("BC213", load_narrative(R"json(
    {"subject": "procurement_total", "amount": "50", "sentence": "总额 50 万元。"},
    {"subject": "procurement_goods", "amount": "20", "sentence": "货物 20 万元。"},
    {"subject": "procurement_works", "amount": "0", "sentence": "工程 0 万元。"},
    {"subject": "procurement_services", "amount": "30", "sentence": "服务 30 万元。"},
    {"subject": "procurement_total", "scope": "general_public", "amount": "30", "sentence": "其中一般公共预算 30 万元。"},
    {"subject": "procurement_sme", "amount": "40", "sentence": "预留中小企业 40 万元。"}
  )json",
                                                             kTable));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}

TEST_CASE("procurement: parts that do not add up and a table mismatch are errors",
          "[rules][BC213]") {
  const RuleResult result = run_rule("BC213", load_narrative(R"json(
    {"subject": "procurement_total", "amount": "60", "sentence": "总额 60 万元。"},
    {"subject": "procurement_goods", "amount": "20", "sentence": "货物 20 万元。"},
    {"subject": "procurement_services", "amount": "30", "sentence": "服务 30 万元。"},
    {"subject": "procurement_sme", "amount": "70", "sentence": "预留中小企业 70 万元。"}
  )json",
                                                             kTable));
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 3);
  CHECK(result.findings[0].expected == amount("50"));  // 货物 + 服务
  CHECK(result.findings[0].actual == amount("60"));
  CHECK(result.findings[0].where.pointer == "/narrative/claims/0");
  CHECK(result.findings[1].table == TableKind::Procurement);  // vs 合计 50.00
  CHECK(result.findings[1].column == Column::Total);
  CHECK(result.findings[1].difference == amount("10"));
  CHECK(result.findings[2].where.pointer == "/narrative/claims/3");  // 中小企业 > 总额
}

TEST_CASE("procurement: no claims is not applicable", "[rules][BC213]") {
  CHECK(run_rule("BC213", load_narrative("", kTable)).status == RuleStatus::NotApplicable);
}
