#include "budgetcheck/report/json_stream.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace budgetcheck;
using nlohmann::json;

namespace {

std::string dumped(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json stream: pieces written at depth give the bytes of one dump", "[report][json]") {
  const json inner = {
      {"b", {1, 2, {{"c", "多行\n文本"}}}}, {"a", json::object()}, {"e", json::array()}};
  const json items = json::array({inner, "x", nullptr, json::array({json::array()})});
  const json whole = {{"list", items}, {"name", "报告"}, {"z", 1}};

  std::ostringstream out;
  write_json_object(out, {{"list", json::array()}, {"name", "报告"}, {"z", 1}}, 0, "list", [&] {
    JsonArrayWriter list(out, 1);
    list.add(inner);
    list.add_by([&] { out << "\"x\""; });
    list.add(nullptr);
    list.add(json::array({json::array()}));
    list.finish();
  });
  CHECK(out.str() == dumped(whole));
}

TEST_CASE("json stream: an array with no items is [] at any depth", "[report][json]") {
  std::ostringstream out;
  write_json_object(out, {{"k", json::array()}}, 2, "k", [&] {
    JsonArrayWriter none(out, 3);
    none.finish();
  });
  CHECK(out.str() == "{\n      \"k\": []\n    }");
}

TEST_CASE("json stream: invalid UTF-8 is replaced, not an error", "[report][json]") {
  std::ostringstream out;
  write_json_at_depth(out, json("a\xFF"), 1);
  CHECK(out.str() == "\"a\xEF\xBF\xBD\"");
}

TEST_CASE("json stream: an object written member by member gives the bytes of one dump",
          "[report][json]") {
  const json whole = {{"a", {1, 2}}, {"b", {{"c", "文本"}}}, {"z", json::object()}};
  std::ostringstream out;
  JsonObjectWriter object(out, 0);
  object.member("a", {1, 2});
  object.key("b");
  JsonObjectWriter inner(out, 1);
  inner.member("c", "文本");
  inner.finish();
  JsonObjectWriter none(out, 1);
  object.key("z");
  none.finish();
  object.finish();
  CHECK(out.str() == dumped(whole));
}
