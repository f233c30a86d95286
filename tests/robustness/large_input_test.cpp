// Benchmark-sized inputs: a generated disclosure with 100,000 rows (a real one has a few
// hundred) must load and be checked, through the binary, without running into a limit or
// a quadratic step. No wall time is asserted (the machine may be busy); the timings and
// peak memory measured with this generator are in docs/robustness.md.

#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/binary_runner.hpp"

namespace fs = std::filesystem;
using namespace budgetcheck::test;

namespace {

// `count` rows of the 一般公共预算支出表 as a consistent 类 → 款 → 项 tree (99 项 per 款,
// 99 款 per 类), every 项 1.00, so the rollup rules do real work and find nothing.
std::string generated_rows(std::size_t count) {
  std::string rows;
  std::size_t written = 0;
  auto row = [&](const std::string& code, std::size_t total) {
    const std::string amount = "\"" + std::to_string(total) + ".00\"";
    rows += std::string(written++ ? ",\n" : "") + "{\"code\":\"" + code +
            "\",\"name\":\"科目\",\"total\":" + amount + ",\"basic\":" + amount +
            ",\"project\":null}";
  };
  auto two = [](std::size_t n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  for (std::size_t lei = 201; written < count; ++lei) {
    const std::size_t left = count - written - 1;  // rows below this 类
    const std::size_t kuans = std::min<std::size_t>(99, (left + 99) / 100);
    std::size_t lei_total = 0;
    std::string lei_rows;
    std::swap(rows, lei_rows);
    const std::size_t lei_written = written++;
    for (std::size_t k = 1; k <= kuans && written < count; ++k) {
      const std::size_t items = std::min<std::size_t>(99, count - written - 1);
      row(std::to_string(lei) + two(k), items);
      for (std::size_t x = 1; x <= items; ++x)
        row(std::to_string(lei) + two(k) + two(x), 1);
      lei_total += items;
    }
    std::swap(rows, lei_rows);
    const std::size_t saved = written;
    written = lei_written;
    row(std::to_string(lei), lei_total);
    written = saved;
    rows += lei_rows;
  }
  return rows;
}

std::string generated_document(std::size_t count) {
  std::string doc = slurp(cli_data("clean.json"));
  const std::string empty_rows = "\"rows\": []";
  const auto at = doc.find(empty_rows, doc.find("\"general_public_expenditure\""));
  return doc.replace(at, empty_rows.size(), "\"rows\": [\n" + generated_rows(count) + "\n]");
}

}  // namespace

TEST_CASE("large input: the generator writes a consistent code tree", "[robustness]") {
  const std::string rows = generated_rows(250);
  CHECK(std::count(rows.begin(), rows.end(), '\n') == 249);
  CHECK(contains(rows, "{\"code\":\"201\",\"name\":\"科目\",\"total\":\"246.00\""));
  CHECK(contains(rows, "{\"code\":\"20101\",\"name\":\"科目\",\"total\":\"99.00\""));
  CHECK(contains(rows, "{\"code\":\"2010199\""));
  CHECK(contains(rows, "{\"code\":\"20103\",\"name\":\"科目\",\"total\":\"48.00\""));
}

TEST_CASE("large input: 100,000 rows load and are checked within the default limits",
          "[robustness][large]") {
  TempDir dir;
  const fs::path file = dir.path / "rows-100000.json";
  write(file, generated_document(100'000));
  if (const char* keep = std::getenv("BUDGETCHECK_KEEP_LARGE_INPUT"))
    fs::copy_file(file, keep, fs::copy_options::overwrite_existing);  // for measuring by hand
  const auto start = std::chrono::steady_clock::now();
  const Run r = run("check --no-config --format json " + quoted(file.string()));
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
  INFO("took " << seconds.count() << " s; stderr: " << r.err.substr(0, 1000));
  CHECK((r.exit_code == 0 || r.exit_code == 1));  // loaded and checked, not refused
  CHECK(contains(r.out, "\"status\": "));
  CHECK_FALSE(contains(r.out, "\"unreadable\""));
}
