// read_narrative on the seed: the 情况说明 of the Qijiang disclosure must give the sections
// and the 42 claims hand-transcribed in data/qijiang-2026.json, one by one.

#include "budgetcheck/import/narrative_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "support/test_support.hpp"

using namespace budgetcheck;

namespace {

// The narrative part of a text disclosure: from the top to the first table title.
std::vector<TextLine> narrative_lines(const std::string& text, std::string_view first_table) {
  std::vector<TextLine> lines;
  std::istringstream in(text);
  std::string line;
  for (std::uint32_t n = 1; std::getline(in, line); ++n) {
    if (line == first_table)
      break;
    lines.push_back(TextLine{line, n});
  }
  return lines;
}

std::string text_of(const std::optional<Decimal>& d) {
  return d ? d->to_string(Decimal::kScale) : "(none)";
}

std::string describe(const Claim& c) {
  std::string s(claim_subject_key(c.subject));
  if (c.source)
    s += " source=" + std::string(column_info(*c.source).key);
  if (c.code)
    s += " code=" + c.code->digits();
  if (!c.name.empty())
    s += " name=" + c.name;
  if (c.scope)
    s += " scope=" + std::string(column_info(*c.scope).key);
  if (c.amount)
    s += " amount=" + text_of(c.amount);
  if (c.count)
    s += " count=" + std::to_string(*c.count);
  if (c.prior)
    s += " prior=" + text_of(c.prior);
  if (c.change) {
    s += " change=" + std::to_string(static_cast<int>(c.change->direction)) + "/" +
         text_of(c.change->amount) + "/" + text_of(c.change->percent);
  }
  return s;
}

}  // namespace

TEST_CASE("narrative reader: the seed gives the hand-transcribed claims of data/qijiang-2026.json",
          "[narrative-reader]") {
  const std::string seed = test::read_data_file("seeds/qijiang-2026.txt");
  REQUIRE_FALSE(seed.empty());
  const auto lines = narrative_lines(seed, "财政拨款收支总表");
  const NarrativeReadResult read = read_narrative(lines, "qijiang-2026.txt");
  const Document expected = test::load_ok(test::read_data_file("qijiang-2026.json"));

  for (const LoadProblem& p : read.problems)
    UNSCOPED_INFO(p.where.origin << " " << p.message);
  CHECK(read.problems.empty());
  CHECK(read.narrative.present);

  SECTION("sections: headings and text as transcribed") {
    REQUIRE(read.narrative.sections.size() == expected.narrative.sections.size());
    for (std::size_t i = 0; i < read.narrative.sections.size(); ++i) {
      INFO("section " << i);
      CHECK(read.narrative.sections[i].heading == expected.narrative.sections[i].heading);
      CHECK(read.narrative.sections[i].text == expected.narrative.sections[i].text);
    }
    CHECK(read.narrative.sections[0].where.line == 7);
    CHECK(read.narrative.sections[3].where.origin == "51:1");
  }

  SECTION("claims: subject, figures and sentence, one by one") {
    const auto& got = read.narrative.claims;
    const auto& want = expected.narrative.claims;
    CHECK(got.size() == 42);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      INFO("claim " << i << ": read " << describe(got[i]) << "\n  transcribed "
                    << describe(want[i]));
      CHECK(describe(got[i]) == describe(want[i]));
      CHECK(got[i].name == want[i].name);
      CHECK(got[i].sentence == want[i].sentence);
    }
  }

  SECTION("claims point at their figure in the text") {
    const auto& claims = read.narrative.claims;
    REQUIRE(claims.size() >= 9);
    // "（一）收入预算：2026年年初预算数 2,465.43 万元": the figure starts at column 20.
    CHECK(claims[0].where.line == 39);
    CHECK(claims[0].where.column == 20);
    CHECK(claims[0].where.origin == "39:20");
    CHECK(claims[0].where.pointer == "/narrative/claims/0");
    // The change is where "6,171.12" is written, in the next sentence.
    REQUIRE(claims[0].change);
    CHECK(claims[0].change->where.origin == "39:148");
    CHECK(claims[8].where.origin == "41:20");
  }
}
