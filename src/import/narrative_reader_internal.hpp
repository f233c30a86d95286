#pragma once
// Pieces of read_narrative shared by its source files: UTF-8 text helpers, the scanner
// that finds figures ("2,465.43 万元", "2 辆", "5.6%") in a line, and the label
// classifier that decides what a figure is about.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/load/load_problem.hpp"
#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/decimal.hpp"
#include "budgetcheck/model/narrative.hpp"

namespace budgetcheck::narrative_detail {

// Code points before byte `offset` of `text`, plus one: the 1-based column.
std::uint32_t column_of(std::string_view text, std::size_t offset);

// `text` without white space (ASCII and U+3000 IDEOGRAPHIC SPACE) at either end.
std::string_view trim(std::string_view text);

// Byte length of the white space (ASCII or U+3000) starting at `at`, 0 if none.
std::size_t space_at(std::string_view text, std::size_t at);

enum class FigureUnit { Wanyuan, Yuan, Vehicles, Percent, Other };

// A number in a line with the unit written after it.
struct Figure {
  std::size_t begin = 0;  // byte offset of the first digit
  std::size_t end = 0;    // byte offset just past the unit (or the number, for Other)
  std::string text;       // the number as written, extraction spaces removed ("2,465.43")
  std::optional<Decimal> value;
  std::string error;  // why the number cannot be read (value empty)
  FigureUnit unit = FigureUnit::Other;
};

// Every number in `text`. "2, 465. 43" (spaces put inside by text extraction) is one
// number, read as "2,465.43".
std::vector<Figure> scan_figures(std::string_view text);

// Byte offsets of the clause boundaries (，；：、。 and their ASCII forms outside numbers) in
// [from, to) of `text`; the label of a figure starts after the last one before it.
std::size_t label_start(std::string_view text, std::size_t from, std::size_t to);

// A figure's label with what does not name a subject removed: leading 其中, years
// ("2026 年"), 主要是/主要原因是, and trailing 为/是/共/共计.
std::string clean_label(std::string_view label);

// What a label names, where the label alone says it.
struct Subject {
  ClaimSubject subject{};
  std::optional<Column> source;
  std::optional<ClassificationCode> code;
  std::string name;
  std::optional<Column> scope;
};

// Income source named in a label ("一般公共预算拨款" → general_public), if any.
std::optional<Column> income_source_named(std::string_view label);

// The 功能分类 类 code whose official name is `name`, if it is one.
std::optional<ClassificationCode> functional_class_code(std::string_view name);

bool contains(std::string_view text, std::string_view word);
bool ends_with(std::string_view text, std::string_view word);
bool starts_with(std::string_view text, std::string_view word);

// `text` with every occurrence of `words` removed.
std::string erase_all(std::string text, std::initializer_list<std::string_view> words);
// Words that say "the figure of …" without saying of what ("年初预算数", "预算总额", "合计"),
// with `also` counted among them: true when nothing else is left.
bool only_generic(std::string_view label, std::initializer_list<std::string_view> also = {});

// A word that makes a sentence with a money figure a claim the rules would want.
bool has_subject_word(std::string_view text);

// One non-empty line of the narrative: `text` is the line trimmed, `offset` the bytes
// trimmed from its start, so positions in `text` map back to columns of `line_text`.
struct Paragraph {
  std::string_view text;
  std::string_view line_text;
  std::size_t offset = 0;
  std::uint32_t line = 0;
};

// Reads the claims of one paragraph after another, keeping what a claim can refer back
// to: the paragraph's earlier claims (a later "收入比 2025 年减少…" completes them) and
// the section's 其中 scope (基本支出/项目支出 under 一般公共预算财政拨款支出).
class ClaimReader {
 public:
  ClaimReader(int budget_year, std::vector<Claim>& claims, std::vector<LoadProblem>& problems);
  void start_section();
  void read(const Paragraph& paragraph);
  // "万元" or "元": the unit of the money figures read; empty when there were none.
  std::string money_unit() const;

 private:
  struct Placed {
    std::size_t index = 0;  // into claims_
    std::size_t sentence_begin = 0, sentence_end = 0;
  };
  struct SentenceState {
    std::size_t begin = 0, end = 0;
    std::optional<ClaimSubject> list_parent;  // income/expenditure total opening a 其中 list
    bool procurement_scope = false;
    std::optional<std::size_t> last;        // last claim placed in this sentence
    std::vector<std::size_t> last_changed;  // claims the last stated change went to
  };

  void read_sentence(std::size_t begin, std::size_t end);
  void read_money(const Figure& figure, std::string_view raw_label, std::string_view prefix);
  void read_change(const Figure& figure, std::string_view label, std::string_view prefix);
  bool read_compared_prior(const Figure& figure, std::string_view label, std::string_view prefix);
  std::optional<std::size_t> earlier_claim(const Subject& subject, bool without_change) const;
  void read_percent(const Figure& figure, std::string_view label);
  void read_vehicles(const Figure& figure, std::string_view label, std::string_view prefix);
  void read_unchanged(std::size_t at);
  void read_none_stated(std::size_t begin, std::size_t end);
  std::vector<Subject> classify(std::string_view label, std::string_view prefix);
  std::size_t place(const Subject& subject, std::size_t at);
  void attach_change(std::size_t placed, const StatedChange& change);
  void extend_sentence(std::size_t placed);
  SourceLocation location(std::size_t at) const;
  void problem(std::size_t at, std::string message);

  int budget_year_ = 0;
  std::vector<Claim>& claims_;
  std::vector<LoadProblem>& problems_;
  const Paragraph* paragraph_ = nullptr;
  std::vector<Placed> placed_;    // this paragraph's claims
  std::vector<std::size_t> run_;  // placed_ indices not yet given a change, in order
  SentenceState sentence_;
  bool general_public_scope_ = false;  // after 一般公共预算财政拨款支出 … 其中
  std::optional<std::size_t> general_public_expenditure_at_;  // its byte offset, this paragraph
  std::size_t current_at_ = 0;  // byte offset of the figure being read
  std::optional<FigureUnit> money_unit_;
};

}  // namespace budgetcheck::narrative_detail
