#include "budgetcheck/model/source_text.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "support/test_support.hpp"

using namespace budgetcheck;

TEST_CASE("source_text: the line index resolves offsets in any order", "[model][source_text]") {
  const std::string text = "\xEF\xBB\xBF{\n  \"名\": 1,\n\n  \"b\": [2]\n}";
  const LineIndex lines(text, 3);
  auto check = [&](std::size_t offset, std::uint32_t line, std::uint32_t column) {
    INFO(offset);
    const SourcePos p = lines.at(offset);
    CHECK(p.offset == offset);
    CHECK(p.line == line);
    CHECK(p.column == column);
  };
  const std::size_t one = text.find('1'), two = text.find('2'), b = text.find("\"b");
  check(b, 4, 3);    // forwards past an empty line, backwards, far and near
  check(one, 2, 8);  // "名" is 3 bytes, 1 column
  check(0, 1, 1);    // inside the byte order mark: line 1, column 1
  check(3, 1, 1);
  check(two, 4, 9);
  check(text.size(), 5, 2);
  CHECK(lines.at(text.size() + 10).offset == text.size());  // clamped to the end
  check(text.find('\n') + 1, 2, 1);
}

TEST_CASE("source_text: the line index agrees with counting, whatever the order of questions",
          "[model][source_text]") {
  // Lines of every length from 0 to 40, some with multi-byte characters, so that forward
  // jumps of every size (the index gallops from its last answer) and words that are not
  // all ASCII (column counting) both occur.
  std::string text;
  for (int i = 0; i < 300; ++i)
    text += std::string(static_cast<std::size_t>(i % 41), 'a') + (i % 7 == 0 ? "名x" : "") + "\n";
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k <= text.size(); ++k)
    if (k == text.size() || (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80)
      offsets.push_back(k);
  const LineIndex lines(text, 0);
  auto ask = [&](std::size_t offset) {
    INFO(offset);
    const SourcePos p = lines.at(offset);
    REQUIRE(std::pair{p.line, p.column} == test::line_column_at(text, offset));
  };
  for (std::size_t offset : offsets) {  // a text's first questions count newlines instead
    INFO(offset);
    const SourcePos p = LineIndex(text, 0).at(offset);
    REQUIRE(std::pair{p.line, p.column} == test::line_column_at(text, offset));
  }
  for (std::size_t offset : offsets)  // in reading order
    ask(offset);
  for (auto it = offsets.rbegin(); it != offsets.rend(); ++it)  // backwards
    ask(*it);
  for (std::size_t stride : {7u, 97u, 1013u})  // jumps of every size, wrapping around
    for (std::size_t k = 0, i = 0; k < offsets.size(); ++k, i = (i + stride) % offsets.size())
      ask(offsets[i]);
}

TEST_CASE("source_text: a pending location gets its line and column, others stay as they are",
          "[model][source_text]") {
  const std::string text = "\xEF\xBB\xBF{\n  \"名\": 12.5\n}";
  const SourceText source(text);  // a copy: the original may go
  CHECK(source.text() == text);

  SourceLocation pending{"/名", 0, 0, {}, static_cast<std::uint32_t>(text.find("12.5") + 1)};
  CHECK_FALSE(pending.known());
  CHECK(pending.placed());
  source.resolve(pending);
  CHECK(pending.line == 2);
  CHECK(pending.column == 8);  // "名" is 3 bytes and 1 column
  CHECK(pending.pending == 0);
  CHECK(pending.pointer == "/名");

  SourceLocation first{"", 0, 0, {}, 4};  // after the byte order mark: line 1, column 1
  source.resolve(first);
  CHECK(first.line == 1);
  CHECK(first.column == 1);

  SourceLocation counted{"/x", 7, 3, {}};  // already counted (or imported): left alone
  source.resolve(counted);
  CHECK(std::pair{counted.line, counted.column} == std::pair{7u, 3u});
  SourceLocation nowhere;
  source.resolve(nowhere);
  CHECK_FALSE(nowhere.placed());
  CHECK(nowhere.line == 0);

  // A buffer handed over is kept, not copied.
  auto bytes = std::make_unique<char[]>(3);
  bytes[0] = '{';
  bytes[1] = '\n';
  bytes[2] = '}';
  const char* data = bytes.get();
  const SourceText owned(std::move(bytes), 3);
  CHECK(owned.text().data() == data);
  CHECK(owned.at(2).line == 2);
}
