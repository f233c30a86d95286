// InOrder: results made out of order reach the consumer in order, with a bounded wait.

#include "budgetcheck/cli/in_order.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace budgetcheck;

TEST_CASE("in order: results put out of order are consumed in index order", "[cli][in_order]") {
  std::vector<int> consumed;
  InOrder<int> order(3, 8, [&](int&& v) { consumed.push_back(v); });
  REQUIRE(order.try_take() == 0u);
  REQUIRE(order.try_take() == 1u);
  REQUIRE(order.try_take() == 2u);
  CHECK_FALSE(order.try_take());  // every index taken
  order.put(2, 20);
  order.put(0, 0);
  CHECK(consumed == std::vector<int>{0});  // 1 is not done: 2 waits
  order.put(1, 10);
  CHECK(consumed == std::vector<int>{0, 10, 20});
  CHECK(order.consumed() == 3);
  CHECK(order.most_waiting() == 2);
}

TEST_CASE("in order: no index is handed out `window` or more ahead of the consumer",
          "[cli][in_order]") {
  std::vector<int> consumed;
  InOrder<int> order(10, 2, [&](int&& v) { consumed.push_back(v); });
  REQUIRE(order.try_take() == 0u);
  REQUIRE(order.try_take() == 1u);
  CHECK_FALSE(order.try_take());  // two out, none consumed
  order.put(1, 1);
  CHECK_FALSE(order.try_take());  // 1 waits for 0
  order.put(0, 0);
  CHECK(consumed == std::vector<int>{0, 1});
  CHECK(order.try_take() == 2u);
  CHECK(order.try_take() == 3u);
  CHECK_FALSE(order.try_take());
  CHECK(order.most_waiting() <= 2);
}

TEST_CASE("in order: a consumer that throws stops the hand-out", "[cli][in_order]") {
  InOrder<int> order(5, 5, [](int&& v) {
    if (v == 1)
      throw std::runtime_error("disk full");
  });
  REQUIRE(order.try_take() == 0u);
  REQUIRE(order.try_take() == 1u);
  order.put(0, 0);
  CHECK_THROWS_WITH(order.put(1, 1), "disk full");
  CHECK(order.consumed() == 1);
  CHECK_FALSE(order.try_take());
  CHECK_FALSE(order.take());  // would wait forever otherwise
}

TEST_CASE("in order: four threads, every result once, in order, one consumer call at a time",
          "[cli][in_order]") {
  constexpr std::size_t kCount = 2000, kWindow = 8;
  std::vector<std::size_t> consumed;
  std::atomic<int> inside{0};
  bool overlapped = false;
  InOrder<std::size_t> order(kCount, kWindow, [&](std::size_t&& v) {
    overlapped = overlapped || inside.fetch_add(1) != 0;
    consumed.push_back(v);
    inside.fetch_sub(1);
  });
  auto work = [&] {
    while (const auto i = order.take()) {
      if (*i % 7 == 0)
        std::this_thread::yield();  // finish out of order now and then
      order.put(*i, *i * 3);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back(work);
  for (auto& t : threads)
    t.join();
  REQUIRE(consumed.size() == kCount);
  for (std::size_t i = 0; i < kCount; ++i)
    REQUIRE(consumed[i] == i * 3);
  CHECK_FALSE(overlapped);
  CHECK(order.most_waiting() <= kWindow);
}
