#include "budgetcheck/report/fingerprint.hpp"

#include <catch2/catch.hpp>

#include "report/sample_results.hpp"

using namespace budgetcheck;

TEST_CASE("fingerprint: FNV-1a 64 of known inputs, 16 hex digits", "[report][fingerprint]") {
  // Reference values of the FNV-1a 64 specification.
  CHECK(fnv1a_64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a_64("foobar") == 0x85944171f73967e8ULL);
  CHECK(hex64(0xaf63dc4c8601ec8cULL) == "af63dc4c8601ec8c");
  CHECK(hex64(1) == "0000000000000001");
}

TEST_CASE("fingerprint: paths and pointers are normalised", "[report][fingerprint]") {
  CHECK(fingerprint_path("./data/x.json") == "data/x.json");
  CHECK(fingerprint_path("data//sub/../x.json") == "data/x.json");
  CHECK(pointer_without_indices("/tables/t/rows/3/basic") == "/tables/t/rows/*/basic");
  CHECK(pointer_without_indices("/tables/t/rows/12") == "/tables/t/rows/*");
  CHECK(pointer_without_indices("/a/3b/0x") == "/a/3b/0x");
  CHECK(pointer_without_indices("") == "");
}

TEST_CASE("fingerprint: survives unrelated edits, tells findings apart", "[report][fingerprint]") {
  const FileReport file = test::sample_checked_file();
  const auto findings = ordered_findings(*file.result);
  const auto prints = finding_fingerprints(file.path, findings);
  REQUIRE(prints.size() == 3);
  for (const auto& p : prints)
    CHECK(p.size() == 16);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[1] != prints[2]);

  // Moved lines, a row inserted above (index shift), new amounts and message: same print.
  Finding moved = *findings[0];
  moved.where = {"/tables/general_public_expenditure/rows/7/basic", 140, 3, {}};
  moved.actual = test::amt("1100");
  moved.difference = test::amt("-63.05");
  moved.message = "另一句话。";
  moved.severity = Severity::Warning;
  CHECK(finding_fingerprints(file.path, {&moved})[0] == prints[0]);
  CHECK(finding_fingerprints("./" + file.path, {&moved})[0] == prints[0]);

  // What names the finding changes it.
  Finding other_row = *findings[0];
  other_row.row_code = "209";
  CHECK(finding_fingerprints(file.path, {&other_row})[0] != prints[0]);
  Finding other_rule = *findings[0];
  other_rule.rule_code = "BC103";
  CHECK(finding_fingerprints(file.path, {&other_rule})[0] != prints[0]);
  CHECK(finding_fingerprints("data/other.json", {findings[0]})[0] != prints[0]);

  // Identical keys: the occurrence number keeps them apart, in order.
  const auto twice = finding_fingerprints(file.path, {findings[0], findings[0]});
  CHECK(twice[0] == prints[0]);
  CHECK(twice[1] != twice[0]);
}
