#include "budgetcheck/load/json_tree.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "support/test_support.hpp"

using namespace budgetcheck;
using json::Kind;

namespace {

LoadProblem only_problem(const json::ParseResult& result) {
  INFO((result.problems.empty() ? std::string("no problem") : result.problems.front().message));
  REQUIRE(result.problems.size() == 1);
  return result.problems.front();
}

void check_at(const LoadProblem& problem, std::uint32_t line, std::uint32_t column) {
  INFO(problem.message);
  CHECK(problem.where.line == line);
  CHECK(problem.where.column == column);
}

}  // namespace

TEST_CASE("json_tree: builds values with kinds, text and number lexemes", "[load][json_tree]") {
  const auto result = json::parse(R"({"a": [1, -2.5e3, "x\"y", null, true, false], "b": {}})");
  REQUIRE(result.problems.empty());
  REQUIRE(result.root);
  const json::Value& root = *result.root;
  REQUIRE(root.kind == Kind::Object);
  REQUIRE(root.children.size() == 2);
  const json::Value* a = root.member("a");
  REQUIRE(a);
  REQUIRE(a->kind == Kind::Array);
  REQUIRE(a->children.size() == 6);
  CHECK(a->children[0].kind == Kind::Number);
  CHECK(a->children[0].text == "1");
  CHECK(a->children[1].text == "-2.5e3");  // the lexeme, not a double
  CHECK(a->children[2].kind == Kind::String);
  CHECK(a->children[2].text == "x\"y");
  CHECK(a->children[3].kind == Kind::Null);
  CHECK(a->children[4].boolean);
  CHECK_FALSE(a->children[5].boolean);
  CHECK(root.member("b")->kind == Kind::Object);
  CHECK(root.member("c") == nullptr);
}

TEST_CASE("json_tree: big numbers keep their exact lexeme", "[load][json_tree]") {
  const auto result = json::parse(R"([12345678901234567890123, 1e400, 0.1, -1E+999, "1e400"])");
  REQUIRE(result.problems.empty());
  REQUIRE(result.root);
  CHECK(result.root->children[0].text == "12345678901234567890123");
  CHECK(result.root->children[1].text == "1e400");  // beyond a double: parsed all the same
  CHECK(result.root->children[2].text == "0.1");
  CHECK(result.root->children[3].text == "-1E+999");
  CHECK(result.root->children[4].kind == Kind::String);
  CHECK(result.root->children[4].text == "1e400");  // a string that looks like one is kept
  CHECK(result.lines.at(result.root->children[4].offset).column == 48);
}

TEST_CASE("json_tree: escaped strings are decoded and positions stay right after them",
          "[load][json_tree]") {
  const auto result = json::parse(R"({"k\"ey": "a\\\"b\u00e9\n", "next": "名", "n": 1})");
  REQUIRE(result.problems.empty());
  REQUIRE(result.root);
  const json::Value& root = *result.root;
  CHECK(root.children[0].key == "k\"ey");
  CHECK(root.children[0].text == "a\\\"bé\n");
  CHECK(result.lines.at(root.member("next")->key_offset).column == 29);
  CHECK(result.lines.at(root.member("next")->offset).column == 37);
  CHECK(result.lines.at(root.member("n")->offset).column == 47);
}

TEST_CASE("json_tree: a value after a string that ends in an escape is found where it is",
          "[load][json_tree]") {
  // Strings whose decoded end sits on an escaped quote or backslash, and an empty one: the
  // end of each token must come from the source, not from the decoded length. A literal
  // follows each, and its position comes from the end of the string before it.
  const auto result = json::parse(R"(["\"", null, "a\\", true, "", false, "x\\\"", null])");
  REQUIRE(result.problems.empty());
  REQUIRE(result.root);
  const auto& items = result.root->children;
  REQUIRE(items.size() == 8);
  CHECK(items[0].text == "\"");
  CHECK(items[2].text == "a\\");
  CHECK(items[6].text == "x\\\"");
  const auto column = [&](std::size_t i) { return result.lines.at(items[i].offset).column; };
  CHECK(column(1) == 8);
  CHECK(column(3) == 21);
  CHECK(column(5) == 31);
  CHECK(column(7) == 47);
}

TEST_CASE("json_tree: positions of nested values and keys", "[load][json_tree]") {
  const std::string text =
      "{\n"
      "  \"outer\": {\n"
      "    \"list\": [10, {\"k\": \"v\"}],\n"
      "    \"n\":   -3\n"
      "  }\n"
      "}";
  const auto result = json::parse(text);
  REQUIRE(result.root);
  const json::Value& outer = *result.root->member("outer");
  CHECK(result.lines.at(outer.key_offset).line == 2);
  CHECK(result.lines.at(outer.key_offset).column == 3);
  CHECK(result.lines.at(outer.offset).line == 2);
  CHECK(result.lines.at(outer.offset).column == 12);
  const json::Value& list = *outer.member("list");
  CHECK(result.lines.at(list.offset).line == 3);
  CHECK(result.lines.at(list.offset).column == 13);
  CHECK(result.lines.at(list.children[0].offset).column == 14);
  const json::Value& inner = list.children[1];
  CHECK(result.lines.at(inner.offset).column == 18);
  CHECK(result.lines.at(inner.member("k")->key_offset).column == 19);
  CHECK(result.lines.at(inner.member("k")->offset).column == 24);
  const json::Value& n = *outer.member("n");
  CHECK(result.lines.at(n.offset).line == 4);
  CHECK(result.lines.at(n.offset).column == 12);
  CHECK(n.offset == text.find("-3"));
}

TEST_CASE("json_tree: columns count code points after multi-byte Chinese text",
          "[load][json_tree]") {
  // "名称" is 6 bytes but 2 columns; "单位名称：綦江" before the number likewise.
  const auto result = json::parse("{\"名称\": \"单位名称：綦江\", \"数\": 12}");
  REQUIRE(result.root);
  const json::Value& name = *result.root->member("名称");
  CHECK(result.lines.at(name.key_offset).column == 2);
  CHECK(result.lines.at(name.offset).column == 8);
  const json::Value& number = *result.root->member("数");
  CHECK(result.lines.at(number.key_offset).column == 19);
  CHECK(result.lines.at(number.offset).column == 24);
}

TEST_CASE("json_tree: a UTF-8 byte order mark is skipped and not counted", "[load][json_tree]") {
  const auto result = json::parse("\xEF\xBB\xBF{\"a\": 1}");
  REQUIRE(result.root);
  CHECK(result.lines.at(result.root->offset).column == 1);
  CHECK(result.lines.at(result.root->member("a")->offset).column == 7);
}

TEST_CASE("json_tree: syntax errors name the offending token and its position",
          "[load][json_tree]") {
  SECTION("invalid literal") {
    const auto p = only_problem(json::parse("{\"a\": tru}"));
    CHECK_THAT(p.message, Catch::Contains("invalid literal"));
    CHECK_THAT(p.message, Catch::Contains("'tru}'"));
    CHECK_THAT(p.message, !Catch::Contains("json.exception"));
    check_at(p, 1, 7);
  }
  SECTION("trailing comma") {
    const auto p = only_problem(json::parse("{\"a\": 1,\n}"));
    CHECK_THAT(p.message, Catch::Contains("unexpected '}'"));
    check_at(p, 2, 1);
  }
  SECTION("double comma") {
    const auto p = only_problem(json::parse("[1,,2]"));
    CHECK_THAT(p.message, Catch::Contains("unexpected ','"));
    check_at(p, 1, 4);
  }
  SECTION("missing colon after a Chinese key") {
    const auto p = only_problem(json::parse("{\"金额\" 1}"));
    CHECK_THAT(p.message, Catch::Contains("unexpected '1'; expected ':'"));
    check_at(p, 1, 7);
  }
  SECTION("unterminated string") {
    const auto p = only_problem(json::parse("{\"a\": \"abc"));
    CHECK_THAT(p.message, Catch::Contains("missing closing quote"));
    check_at(p, 1, 7);
  }
  SECTION("unexpected end of input") {
    const auto p = only_problem(json::parse("{\"a\": [1,\n2"));
    CHECK_THAT(p.message, Catch::Contains("unexpected end of input"));
    check_at(p, 2, 2);
  }
  SECTION("trailing content") {
    const auto p = only_problem(json::parse("{} {}"));
    CHECK_THAT(p.message, Catch::Contains("expected end of input"));
    check_at(p, 1, 4);
  }
  SECTION("raw control character in a string: at the character itself") {
    const auto p = only_problem(json::parse("{\"a\":\n  \"x\ty\"}"));
    CHECK_THAT(p.message, Catch::Contains("control character U+0009 must be escaped"));
    check_at(p, 2, 5);
  }
  SECTION("a NUL byte anywhere (the parser would read it as the end of the text)") {
    using namespace std::string_literals;
    const auto p = only_problem(json::parse("{\"a\": 1}\0 {\"b\": 2}"s));
    CHECK_THAT(p.message, Catch::Contains("U+0000 (NUL) is not allowed"));
    check_at(p, 1, 9);
  }
  SECTION("comments are not JSON") {
    const auto p = only_problem(json::parse("{\"a\": 1 // note\n}"));
    CHECK_THAT(p.message, Catch::Contains("unexpected '/'; expected ',' or '}'"));
    check_at(p, 1, 9);
  }
  SECTION("a bad escape and a lone surrogate") {
    CHECK_THAT(only_problem(json::parse(R"(["a\qb"])")).message,
               Catch::Contains("invalid escape '\\q'"));
    const auto low = only_problem(json::parse(R"(["\uDC00"])"));
    CHECK_THAT(low.message, Catch::Contains("surrogate U+DC00..U+DFFF must follow"));
    check_at(low, 1, 2);
    CHECK_THAT(only_problem(json::parse(R"(["\u12G4"])")).message, Catch::Contains("4 hex digits"));
  }
  SECTION("a number without digits after the point") {
    const auto p = only_problem(json::parse("[1.]"));
    CHECK_THAT(p.message, Catch::Contains("invalid number; last read: '1.]'"));
    check_at(p, 1, 2);
  }
}

TEST_CASE("json_tree: encoding problems are reported clearly", "[load][json_tree]") {
  SECTION("invalid UTF-8 inside a string") {
    const auto p = only_problem(json::parse("{\"名\": \"ab\xFF\"}"));
    CHECK_THAT(p.message, Catch::Contains("invalid UTF-8"));
    CHECK_THAT(p.message, Catch::Contains("0xFF"));
    check_at(p, 1, 10);
  }
  SECTION("invalid UTF-8 on a later line, outside strings") {
    const auto p = only_problem(json::parse("{\n\"a\": \xC3\x28}"));
    CHECK_THAT(p.message, Catch::Contains("invalid UTF-8"));
    check_at(p, 2, 6);
  }
  SECTION("overlong encoding and surrogates are invalid") {
    CHECK_THAT(only_problem(json::parse("[\"\xC0\xAF\"]")).message,
               Catch::Contains("invalid UTF-8"));
    CHECK_THAT(only_problem(json::parse("[\"\xED\xA0\x80\"]")).message,
               Catch::Contains("invalid UTF-8"));
  }
  SECTION("UTF-16 with and without byte order mark") {
    using namespace std::string_literals;
    CHECK_THAT(only_problem(json::parse("\xFF\xFE{\0}\0"s)).message, Catch::Contains("UTF-16"));
    CHECK_THAT(only_problem(json::parse("\xFE\xFF\0{\0}"s)).message, Catch::Contains("UTF-16"));
    CHECK_THAT(only_problem(json::parse("{\0}\0"s)).message, Catch::Contains("UTF-16"));
    CHECK_THAT(only_problem(json::parse("{\0}\0"s)).message, Catch::Contains("save it as UTF-8"));
  }
  SECTION("empty and whitespace-only input") {
    const auto empty = only_problem(json::parse(""));
    CHECK_THAT(empty.message, Catch::Contains("empty input"));
    check_at(empty, 1, 1);
    CHECK_THAT(only_problem(json::parse(" \n\t ")).message, Catch::Contains("only whitespace"));
    CHECK_THAT(only_problem(json::parse("\xEF\xBB\xBF")).message,
               Catch::Contains("only whitespace"));
  }
}

TEST_CASE("json_tree: duplicate keys are reported with their pointer, not overwritten",
          "[load][json_tree]") {
  const auto result = json::parse("{\"t\": {\"a/b\": 1,\n \"a/b\": 2}}");
  REQUIRE(result.root);  // the tree is still built
  const auto p = only_problem(result);
  CHECK_THAT(p.message, Catch::Contains("duplicate key `a/b`"));
  CHECK(p.where.pointer == "/t/a~1b");
  check_at(p, 2, 2);
  const json::Value& t = *result.root->member("t");
  REQUIRE(t.children.size() == 2);
  CHECK(t.member("a/b")->text == "1");  // the first stays visible
}

TEST_CASE("json_tree: nesting beyond the limit stops cleanly", "[load][json_tree]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto p = only_problem(json::parse(deep));
  CHECK_THAT(p.message, Catch::Contains("nesting deeper than 256 levels"));
  check_at(p, 1, 257);
  // Exactly at the limit is fine.
  const std::string ok = std::string(256, '[') + std::string(256, ']');
  CHECK(json::parse(ok).problems.empty());
  json::ParseOptions tight;
  tight.max_depth = 2;
  CHECK_THAT(only_problem(json::parse("[[[]]]", tight)).message, Catch::Contains("deeper than 2"));
}

TEST_CASE("json_tree: a raised nesting limit is parsed without recursion", "[load][json_tree]") {
  // 100,000 levels of recursive descent overflow a thread's stack; the parser must not
  // recurse when the limit allows that many.
  json::ParseOptions deep_limit;
  deep_limit.max_depth = 1'000'000;
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
  const auto result = json::parse(deep, deep_limit);
  CHECK(result.problems.empty());
  REQUIRE(result.root);
  CHECK(result.root->children.size() == 1);
  // Within the recursive parser's range the limit still holds.
  deep_limit.max_depth = 1024;
  CHECK_THAT(only_problem(json::parse(deep, deep_limit)).message,
             Catch::Contains("nesting deeper than 1024 levels"));
}

TEST_CASE("json_tree: pointer tokens are escaped per RFC 6901", "[load][json_tree]") {
  CHECK(json::escape_pointer_token("a/b~c") == "a~1b~0c");
  CHECK(json::escape_pointer_token("~1") == "~01");
  CHECK(json::escape_pointer_token("名称") == "名称");
}

namespace {

// Unicode's table of well-formed UTF-8 (Table 3-7), byte by byte: the first offset that
// starts no well-formed sequence, or npos.
std::size_t first_ill_formed(std::string_view s) {
  auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned b0 = at(i), b1 = at(i + 1), b2 = at(i + 2), b3 = at(i + 3);
    std::size_t len = 0;
    if (b0 <= 0x7F)
      len = 1;
    else if (in(b0, 0xC2, 0xDF) && in(b1, 0x80, 0xBF))
      len = 2;
    else if ((b0 == 0xE0 && in(b1, 0xA0, 0xBF)) || (in(b0, 0xE1, 0xEC) && in(b1, 0x80, 0xBF)) ||
             (b0 == 0xED && in(b1, 0x80, 0x9F)) || (in(b0, 0xEE, 0xEF) && in(b1, 0x80, 0xBF)))
      len = in(b2, 0x80, 0xBF) ? 3 : 0;
    else if ((b0 == 0xF0 && in(b1, 0x90, 0xBF)) || (in(b0, 0xF1, 0xF3) && in(b1, 0x80, 0xBF)) ||
             (b0 == 0xF4 && in(b1, 0x80, 0x8F)))
      len = in(b2, 0x80, 0xBF) && in(b3, 0x80, 0xBF) ? 4 : 0;
    if (len == 0 || i + len > s.size())
      return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

TEST_CASE("json_tree: the UTF-8 check agrees with Unicode's table on random text",
          "[load][json_tree]") {
  // Pieces that exercise every path of the check: ASCII runs long and short (its
  // sixteen-byte steps), runs of common Chinese characters, the lead bytes with special
  // ranges, and every kind of ill-formed sequence, cut off or not.
  const std::vector<std::string> pieces{"a",
                                        "key: 12,345.67 ",
                                        "                ",
                                        "\",\n\"",
                                        "名",
                                        "一般公共预算",
                                        "\xC3\xA9",
                                        "\xE0\xA4\x85",
                                        "\xED\x9F\xBF",
                                        "\xEF\xBC\x88",
                                        "\xF0\x9F\x98\x80",
                                        "\xF4\x8F\xBF\xBF",
                                        "\xC0\xAF",
                                        "\xC1\x81",
                                        "\xE0\x80\x80",
                                        "\xED\xA0\x80",
                                        "\xF4\x90\x80\x80",
                                        "\xF5\x80\x80\x80",
                                        "\xFF",
                                        "\x80",
                                        "\xBF",
                                        "\xE4\xB8",
                                        "\xF0\x9F\x98",
                                        "\xE4"};
  std::uint32_t state = 12345;  // a fixed linear congruential sequence: reproducible
  auto next = [&](std::size_t bound) {
    state = state * 1103515245u + 12345u;
    return static_cast<std::size_t>((state >> 8) % bound);
  };
  std::size_t ill_formed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string inner;
    const std::size_t count = next(24);
    for (std::size_t k = 0; k < count; ++k) {
      // Mostly well-formed pieces, so the ill-formed one lands anywhere in a long text.
      const std::size_t pick = next(4) == 0 ? next(pieces.size()) : next(12);
      inner += pieces[pick];
    }
    const std::string text = "[\"" + inner + "\"]";
    const std::size_t bad = first_ill_formed(text);
    const json::ParseResult result = json::parse(text);
    INFO(round << ": " << inner);
    if (bad == std::string_view::npos) {
      CHECK(result.problems.empty());
      continue;
    }
    ++ill_formed;
    const LoadProblem p = only_problem(result);
    CHECK_THAT(p.message, Catch::Contains(fmt::format("invalid UTF-8 (byte 0x{:02X})",
                                                      static_cast<unsigned char>(text[bad]))));
    const auto [line, column] = test::line_column_at(text, bad);
    check_at(p, line, column);
  }
  CHECK(ill_formed > 500);  // both outcomes are well represented
  CHECK(ill_formed < 2500);
}

namespace {

// Every value's kind, start and key start, in document order.
void flatten(const json::Value& v,
             std::vector<std::tuple<Kind, std::uint32_t, std::uint32_t>>& out) {
  out.emplace_back(v.kind, v.offset, v.key_offset);
  for (const json::Value& child : v.children)
    flatten(child, out);
}

}  // namespace

TEST_CASE("json_tree: both parsers place every value alike", "[load][json_tree]") {
  // The recursive parser (the default limit) takes token positions from RapidJSON's stream;
  // the iterative one (a limit above 1,024 levels) searches the text for them.
  json::ParseOptions iterative;
  iterative.max_depth = 2000;
  for (const std::string& text :
       {std::string("{ \"a\" :null,\"b\":[ true ,false,[],{} ,\n  [ null ] ],\"c\" : {\"d\":{ }}}"),
        std::string("[null]"), std::string("\xEF\xBB\xBF  true  "),
        test::read_data_file("qijiang-2026.json"),
        test::read_data_file("shanghai-sample-2026.json")}) {
    const json::ParseResult fast = json::parse(text);
    const json::ParseResult searched = json::parse(text, iterative);
    REQUIRE(fast.problems.empty());
    REQUIRE(searched.problems.empty());
    REQUIRE(fast.root);
    REQUIRE(searched.root);
    std::vector<std::tuple<Kind, std::uint32_t, std::uint32_t>> a, b;
    flatten(*fast.root, a);
    flatten(*searched.root, b);
    CHECK(a == b);
  }
  // And they agree on a value's own text: "null" starts where the tree says.
  const std::string text = "{\"a\": [1, null,  true, false, {}]}";
  const json::ParseResult result = json::parse(text);
  REQUIRE(result.root);
  const json::Value& a = *result.root->member("a");
  CHECK(text.substr(a.children[1].offset, 4) == "null");
  CHECK(text.substr(a.children[2].offset, 4) == "true");
  CHECK(text.substr(a.children[3].offset, 5) == "false");
  CHECK(text.substr(a.children[4].offset, 2) == "{}");
  CHECK(text.substr(a.offset, 1) == "[");
}
