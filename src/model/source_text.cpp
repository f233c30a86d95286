#include "budgetcheck/model/source_text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

namespace budgetcheck {
namespace {

// UTF-8 continuation bytes (10xxxxxx) in [p, p + n): each byte that starts no code point.
// Eight bytes at a time: a line's bytes before the asked offset are counted for each question.
std::size_t continuation_bytes(const unsigned char* p, std::size_t n) {
  std::size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, p + i, 8);
    // Bit 7 set and bit 6 clear: (w << 1) brings each byte's bit 6 to its bit 7. Most
    // words are ASCII (keys, figures, indentation): no count needed, and popcount is a
    // library call on a baseline x86-64 build.
    if (const std::uint64_t high = w & 0x8080808080808080ULL; high != 0)
      count += static_cast<std::size_t>(std::popcount(high & ~(w << 1)));
  }
  if (i == n)
    return count;
  if (n < 8) {
    for (; i < n; ++i)
      count += (p[i] & 0xC0) == 0x80;
    return count;
  }
  // The last 1–7 bytes: the word ending at p + n, without the bytes already counted (its
  // first ones; on a little-endian machine, its low ones).
  std::uint64_t w = 0;
  std::memcpy(&w, p + n - 8, 8);
  if constexpr (std::endian::native == std::endian::big)
    w = __builtin_bswap64(w);
  w >>= 8 * (8 - (n - i));
  if (const std::uint64_t high = w & 0x8080808080808080ULL; high != 0)
    count += static_cast<std::size_t>(std::popcount(high & ~(w << 1)));
  return count;
}

#if defined(__SSE2__)
// One bit per newline among the sixteen bytes at `p` (bit k: p[k]).
unsigned newline_mask16(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
}
#endif

// The newlines in [from, to) and where the line holding `to` starts.
std::pair<std::size_t, std::size_t> newlines_before(std::string_view text, std::size_t from,
                                                    std::size_t to) {
  std::size_t newlines = 0, line_start = from, i = from;
#if defined(__SSE2__)
  for (; i + 16 <= to; i += 16) {
    unsigned mask = newline_mask16(text.data() + i);
    if (mask == 0)
      continue;
    line_start = i + static_cast<std::size_t>(std::bit_width(mask));  // after the last one
    for (; mask != 0; mask &= mask - 1)
      ++newlines;
  }
#endif
  for (; i < to; ++i)
    if (text[i] == '\n') {
      ++newlines;
      line_start = i + 1;
    }
  return {newlines, line_start};
}

std::unique_ptr<char[]> copy_of(std::string_view text) {
  auto bytes = std::make_unique_for_overwrite<char[]>(text.size());
  if (!text.empty())  // an empty view may have no data at all
    std::memcpy(bytes.get(), text.data(), text.size());
  return bytes;
}

}  // namespace

std::size_t first_line_start(std::string_view text) {
  constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  return text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
}

void LineIndex::find_line_starts() const {
  const std::string_view text = text_;
  line_starts_.reserve(text.size() / 24 + 2);  // disclosures: 25–30 bytes per line
  line_starts_.push_back(first_line_start_);
  std::size_t i = first_line_start_;
#if defined(__SSE2__)
  // Sixteen bytes at a time, each newline taken from the block's mask: a library search
  // per line cost more than the search itself (lines are short).
  for (; i + 16 <= text.size(); i += 16)
    for (unsigned mask = newline_mask16(text.data() + i); mask != 0; mask &= mask - 1)
      line_starts_.push_back(i + static_cast<std::size_t>(std::countr_zero(mask)) + 1);
#endif
  for (; i < text.size(); ++i)
    if (text[i] == '\n')
      line_starts_.push_back(i + 1);
}

SourcePos LineIndex::at(std::size_t offset) const {
  if (text_.data() == nullptr)  // made without a text
    return {offset, 1, 1};
  offset = std::min(offset, text_.size());
  if (offset < first_line_start_)
    return {offset, 1, 1};
  // A text is mostly asked about once or twice (where its findings are): counting up to the
  // offset is then cheaper than finding every line start.
  constexpr std::size_t kCountedQuestions = 4;
  if (line_starts_.empty() && ++questions_ <= kCountedQuestions) {
    const auto [line, start] = newlines_before(text_, first_line_start_, offset);
    return {offset, static_cast<std::uint32_t>(line + 1),
            static_cast<std::uint32_t>(column_of(offset, start))};
  }
  if (line_starts_.empty())
    find_line_starts();
  // The line holding `offset`: the last one starting at or before it. Questions come
  // mostly in reading order, so the search gallops forward from the previous answer's line
  // (a few lines on, usually) and only then halves; an earlier offset searches them all.
  const auto first = line_starts_.begin();
  std::size_t low = 0, high = line_starts_.size();  // the line is in [low, high)
  if (const std::size_t last = std::min(last_line_, line_starts_.size() - 1);
      line_starts_[last] <= offset) {
    low = last;
    std::size_t step = 1;
    for (; low + step < high && line_starts_[low + step] <= offset; step *= 2)
      low += step;
    high = std::min(high, low + step);  // the line starting there is past `offset`, if any
  }
  const std::size_t line =
      static_cast<std::size_t>(std::upper_bound(first + static_cast<std::ptrdiff_t>(low),
                                                first + static_cast<std::ptrdiff_t>(high), offset) -
                               first - 1);
  last_line_ = line;
  return {offset, static_cast<std::uint32_t>(line + 1),
          static_cast<std::uint32_t>(column_of(offset, line_starts_[line]))};
}

std::size_t LineIndex::column_of(std::size_t offset, std::size_t line_start) const {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data()) + line_start;
  return offset - line_start - continuation_bytes(bytes, offset - line_start) + 1;
}

SourceText::SourceText(std::unique_ptr<char[]> bytes, std::size_t size)
    : bytes_(std::move(bytes)), size_(size), lines_(text(), first_line_start(text())) {}

SourceText::SourceText(std::string_view text) : SourceText(copy_of(text), text.size()) {}

void LineIndex::resolve(SourceLocation& where) const {
  if (where.pending == 0)
    return;
  const SourcePos pos = at(where.pending - 1);
  where.line = pos.line;
  where.column = pos.column;
  where.pending = 0;
}

}  // namespace budgetcheck
