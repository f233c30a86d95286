#include "budgetcheck/report/spool.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

using namespace budgetcheck;

TEST_CASE("spool: what was written comes back whole, and writing goes on after a copy",
          "[report][spool]") {
  Spool spool;
  const std::string big(200000, 'x');  // past any buffer
  spool.out() << "第一行\n" << big;
  std::ostringstream first;
  spool.copy_to(first);
  CHECK(first.str() == "第一行\n" + big);
  CHECK(first.good());
  spool.out() << "\n末行";
  std::ostringstream second;
  spool.copy_to(second);
  CHECK(second.str() == "第一行\n" + big + "\n末行");
}

TEST_CASE("spool: an empty spool copies nothing and fails nothing", "[report][spool]") {
  Spool spool;
  std::ostringstream out;
  spool.copy_to(out);
  CHECK(out.str().empty());
  CHECK(out.good());
}
