#include "budgetcheck/load/did_you_mean.hpp"

#include <catch2/catch.hpp>

using budgetcheck::did_you_mean;
using budgetcheck::edit_distance;

TEST_CASE("did_you_mean: edit distance", "[load][did_you_mean]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("total", "total") == 0);
  CHECK(edit_distance("totl", "total") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("部內", "部门") == 1);  // code points, not bytes
  CHECK(edit_distance("TOTAL", "total") == 0);
}

TEST_CASE("did_you_mean: suggests close keys only", "[load][did_you_mean]") {
  const std::vector<std::string_view> keys{"total", "basic", "project", "general_public"};
  CHECK(did_you_mean("totl", keys) == "total");
  CHECK(did_you_mean("Total", keys) == "total");
  CHECK(did_you_mean("generalpublic", keys) == "general_public");
  CHECK(did_you_mean("projects", keys) == "project");
  CHECK_FALSE(did_you_mean("amount", keys).has_value());
  CHECK_FALSE(did_you_mean("x", {}).has_value());
  CHECK(did_you_mean("部內", {"部门", "单位"}) == "部门");
  CHECK_FALSE(did_you_mean("ab", {"元", "万元"}).has_value());
  CHECK(did_you_mean("tota", keys) == "total");
  CHECK(did_you_mean("general", keys) == "general_public");  // prefix
  CHECK(did_you_mean("projects_all", keys) == "project");    // extension
  CHECK_FALSE(did_you_mean("gen", keys).has_value());        // too short for a prefix
}
