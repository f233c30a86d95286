// Every finding and every not-applicable / could-not-run reason has its English twin:
// the whole catalogue runs over both samples and many broken variants of them, so a
// rule that forgets message_en (or gives an empty or half-Chinese sentence) fails here.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "budgetcheck/rules/engine.hpp"
#include "support/test_support.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

// Quoted text (“…”) is published Chinese cited verbatim, and names (row, formula) are
// Chinese by design; what remains must be English prose.
std::string prose(std::string text, const std::vector<std::string>& names) {
  for (const auto& name : names)
    for (std::size_t at; !name.empty() && (at = text.find(name)) != std::string::npos;)
      text.erase(at, name.size());
  for (std::size_t open; (open = text.find("“")) != std::string::npos;) {
    const std::size_t close = text.find("”", open);
    text.erase(open, close == std::string::npos ? std::string::npos
                                                : close + std::string("”").size() - open);
  }
  return text;
}

// Why `english` is not an acceptable English text, or empty when it is.
std::string problem(const std::string& english, const std::vector<std::string>& names) {
  if (english.empty())
    return "no English text";
  const std::string rest = prose(english, names);
  for (const char* mark : {"，", "。", "；", "："})
    if (rest.find(mark) != std::string::npos)
      return std::string("Chinese punctuation ") + mark + " in the English text";
  static const std::regex word("[a-z]{2,}");
  if (!std::regex_search(rest, word))
    return "no English word";
  return {};
}

struct Tally {
  std::size_t findings = 0, reasons = 0;
};

void check_english(const json& disclosure, const std::string& label, Tally& tally,
                   const RuleOptions& options = {}) {
  const Document document = test::load_ok(disclosure.dump());
  const DocumentResult result = run_rules(document, make_rule_catalogue(options));
  for (const auto& rule : result.rules) {
    if (!rule.reason.empty()) {
      ++tally.reasons;
      INFO(label << ": " << rule.rule->code << " reason: " << rule.reason << " / "
                 << rule.reason_en);
      CHECK(problem(rule.reason_en, {}) == "");
    }
    for (const auto& f : rule.findings) {
      ++tally.findings;
      INFO(label << ": " << f.rule_code << " " << f.where.pointer << ": " << f.message << " / "
                 << f.message_en);
      CHECK(problem(f.message_en, {f.row_name, f.expected_formula}) == "");
    }
  }
}

json sample(const char* name) {
  return json::parse(test::read_data_file(name));
}

}  // namespace

TEST_CASE("english messages: the language check itself rejects what it should", "[samples][lang]") {
  CHECK(problem("", {}) == "no English text");
  CHECK(problem("部门收支总表为空表", {}) == "no English word");
  CHECK(problem("部门收支总表 is empty，so", {}) != "");
  CHECK(problem("部门收支总表 is empty", {}).empty());
  CHECK(problem("the note “本表无数据，故为空表。” is copied", {}).empty());
  CHECK(problem("一、本年支出 is wrong", {"一、本年支出"}).empty());
}

TEST_CASE("english messages: every finding and reason over the samples and variants",
          "[samples][lang]") {
  Tally tally;
  for (const char* name : {"qijiang-2026.json", "shanghai-sample-2026.json"}) {
    const json original = sample(name);
    check_english(original, name, tally);
    check_english(original, std::string(name) + " (require_cost, all tables)", tally,
                  RuleOptions{true, true, true, true});

    // Each table left out in turn: the not-applicable reasons of every rule reading it.
    for (const auto& [key, value] : original["tables"].items()) {
      json d = original;
      d["tables"].erase(key);
      check_english(d, std::string(name) + " without " + key, tally);
    }
    // No narrative; no unit type; a year without a code catalogue; template residue.
    json d = original;
    d.erase("narrative");
    check_english(d, std::string(name) + " without narrative", tally);
    d = original;
    d["document"].erase("unit_type");
    d["document"]["unit_name"] = "XX单位";
    check_english(d, std::string(name) + " without unit_type", tally);
    d = original;
    d["document"]["unit_type"] = "事业";
    d["document"]["year"] = 2019;
    check_english(d, std::string(name) + " in 2019", tally);

    // Every amount of every table row nudged: sums, agreements and claims all fail.
    d = original;
    for (auto& [key, table] : d["tables"].items()) {
      if (!table.is_object() || !table.contains("rows"))
        continue;
      for (auto& row : table["rows"])
        for (auto& [column, cell] : row.items())
          if (cell.is_string() && column != "code" && column != "name" &&
              cell.get<std::string>().find_first_of("0123456789") == 0) {
            // Change the leading digit: keeps thousands separators where they were.
            std::string text = cell.get<std::string>();
            text[0] = text[0] == '9' ? '8' : static_cast<char>(text[0] + 1);
            cell = text;
          }
    }
    check_english(d, std::string(name) + " with every row changed", tally);
  }
  // The samples must really exercise the rules, or this test proves nothing.
  CHECK(tally.findings >= 50);
  CHECK(tally.reasons >= 50);
}

}  // namespace budgetcheck
