#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

RuleResult run_claims(std::string_view claims) {
  return run_rule("BC202", load_narrative(claims, ""));
}

}  // namespace

TEST_CASE("narrative-change: consistent change with prior and percentage passes",
          "[rules][BC202]") {
  const RuleResult result = run_claims(R"json(
    {"subject": "three_public_total", "amount": "17", "prior": "16",
     "change": {"direction": "增加", "amount": "1", "percent": 6.3}, "sentence": "增加 1 万元，增长 6.3%。"},
    {"subject": "three_public_reception", "amount": "10", "change": {"direction": "持平"}, "sentence": "与上年持平。"}
  )json");
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
}

TEST_CASE("narrative-change: wrong direction, amount and percentage are findings",
          "[rules][BC202]") {
  const RuleResult result = run_claims(R"json(
    {"subject": "three_public_total", "amount": "17", "prior": "16",
     "change": {"direction": "减少", "amount": "2", "percent": 6.4}, "sentence": "减少 2 万元，下降 6.4%。"}
  )json");
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 3);
  CHECK_THAT(result.findings[0].message, Catch::Contains("应为“增加”"));
  CHECK(result.findings[1].expected == amount("1"));
  CHECK(result.findings[1].actual == amount("2"));
  CHECK(result.findings[1].difference == amount("1"));
  CHECK(result.findings[1].where.pointer == "/narrative/claims/0/change");
  CHECK(result.findings[2].expected == amount("6.3"));
  CHECK(result.findings[2].actual == amount("6.4"));
}

TEST_CASE("narrative-change: percentage boundary is half a unit of the stated digit",
          "[rules][BC202]") {
  // prior 16 derived from 17 − 1: true 6.25 %.
  auto run_percent = [](const char* percent) {
    return run_claims(std::string(R"({"subject": "three_public_total", "amount": "17", )") +
                      R"("change": {"direction": "增加", "amount": "1", "percent": )" + percent +
                      R"(}, "sentence": "增长。"})");
  };
  CHECK(run_percent("6.2").status == RuleStatus::Passed);
  CHECK(run_percent("6.3").status == RuleStatus::Passed);
  CHECK(run_percent("6.1").status == RuleStatus::Failed);
  CHECK(run_percent("6.4").status == RuleStatus::Failed);
}

TEST_CASE("narrative-change: a zero prior year has no percentage", "[rules][BC202]") {
  const RuleResult result = run_claims(R"json(
    {"subject": "three_public_total", "amount": "5",
     "change": {"direction": "增加", "amount": "5", "percent": 100}, "sentence": "增加 5 万元，增长 100%。"}
  )json");
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].severity == Severity::Error);
  CHECK_THAT(result.findings[0].message, Catch::Contains("上年为 0"));
}

TEST_CASE("narrative-change: ill-formed changes", "[rules][BC202]") {
  const RuleResult result = run_claims(R"json(
    {"subject": "three_public_overseas", "amount": "0", "change": {"direction": "持平", "amount": "1"}, "sentence": "持平。"},
    {"subject": "three_public_reception", "amount": "3", "change": {"direction": "增加", "amount": "5"}, "sentence": "增加 5 万元。"},
    {"subject": "basic_expenditure", "change": {"direction": "减少", "amount": "0"}, "sentence": "减少 0 万元。"}
  )json");
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 3);
  CHECK_THAT(result.findings[0].message, Catch::Contains("持平"));
  CHECK(result.findings[0].severity == Severity::Error);
  CHECK_THAT(result.findings[1].message, Catch::Contains("上年为负数"));
  CHECK(result.findings[2].severity == Severity::Warning);
  CHECK(result.findings[2].where.pointer == "/narrative/claims/2/change");
}

TEST_CASE("narrative-change: no change stated is not applicable", "[rules][BC202]") {
  const RuleResult result = run_claims(
      R"json({"subject": "income_total", "amount": "1", "sentence": "收入 1 万元。"})json");
  CHECK(result.status == RuleStatus::NotApplicable);
}
