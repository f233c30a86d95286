#include "budgetcheck/load/loader.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <concepts>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <span>
#include <utility>

#include "budgetcheck/load/did_you_mean.hpp"
#include "budgetcheck/load/json_tree.hpp"

namespace budgetcheck {
namespace {

using json::Kind;
using json::Value;

constexpr std::string_view kFormat = "budgetcheck/1";

std::string child_pointer(const std::string& parent, std::string_view key) {
  std::string pointer;
  pointer.reserve(parent.size() + 1 + key.size());
  pointer += parent;
  pointer += '/';
  if (key.find_first_of("~/") == std::string_view::npos)
    pointer += key;  // the keys of the format: nothing to escape, one allocation
  else
    pointer += json::escape_pointer_token(key);
  return pointer;
}
// Writes `parent` + "/" + `index` into `out`, reusing its buffer: the rows of a table take
// turns with one string for their problems' pointers.
void assign_child_pointer(std::string& out, const std::string& parent, std::size_t index) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
  out.reserve(parent.size() + 1 + static_cast<std::size_t>(end - digits));
  out.assign(parent);
  out += '/';
  out.append(digits, end);
}
std::string child_pointer(const std::string& parent, std::size_t index) {
  std::string pointer;
  assign_child_pointer(pointer, parent, index);
  return pointer;
}

std::string join_keys(const std::vector<std::string_view>& keys) {
  std::string out;
  for (std::string_view k : keys) {
    if (!out.empty())
      out += ", ";
    out += fmt::format("`{}`", k);
  }
  return out;
}

std::vector<std::string_view> column_keys(const std::vector<Column>& columns) {
  std::vector<std::string_view> keys;
  for (Column c : columns)
    keys.push_back(column_info(c).key);
  return keys;
}

enum class Presence { Forbidden, Optional, Required };

// The fixed (non-amount) keys a row of amounts may carry.
struct RowShape {
  Presence code = Presence::Forbidden;
  Presence name = Presence::Forbidden;
  bool category = false;
  // Economic codes stop at 款; free-text codes (procurement 项目编号) are not 科目编码.
  Classification codes = Classification::Functional;
};

const RowShape kTotalsRow{};

// What budgetcheck itself writes, recognised by the marks its formats carry (the format
// names of report/json_report.hpp and report/baseline.hpp, the SARIF schema, the GitLab
// Code Quality fields), e.g. "a budgetcheck report (budgetcheck-report/1)".
std::optional<std::string> own_output_kind(const Value& root) {
  const auto text = [](const Value* v) {
    return v && v->kind == Kind::String ? v->text : std::string_view{};
  };
  if (root.is_object()) {
    if (const auto format = text(root.member("report_format"));
        format.starts_with("budgetcheck-report/"))
      return fmt::format("a budgetcheck report ({})", format);
    if (const auto format = text(root.member("baseline_format"));
        format.starts_with("budgetcheck-baseline/"))
      return fmt::format("a budgetcheck baseline ({})", format);
    if (text(root.member("$schema")).find("sarif") != std::string_view::npos && root.member("runs"))
      return std::string("a SARIF log");
  }
  if (root.is_array() && !root.children.empty() && root.children.front().is_object() &&
      root.children.front().member("check_name") && root.children.front().member("fingerprint"))
    return std::string("a GitLab Code Quality report");
  return std::nullopt;
}

// Walks the positioned JSON tree into a Document, collecting every problem on the way.
// One function per shape of the format; small readers for the value types.
class Walker {
 public:
  Walker(const LineIndex& lines, std::vector<LoadProblem>& problems, std::size_t max_rows)
      : lines_(lines), problems_(problems), rows_left_(max_rows) {}

  void walk(const Value& root, Document& doc) {
    if (auto kind = own_output_kind(root)) {
      // One clear problem instead of a screenful of unknown keys: a report written next to
      // the disclosures is found again by the next `check DIR`.
      report(root, "",
             fmt::format("this is {}, not a disclosure: leave budgetcheck's own output out of "
                         "the inputs (e.g. `check --exclude '*.report.json' DIR`)",
                         *kind));
      return;
    }
    if (!root.is_object()) {
      type_error(root, "", "an object at the top level");
      return;
    }
    check_keys(root, "", {"format", "document", "narrative", "tables"});
    if (const Value* format = required(root, "", "format")) {
      if (auto text = string_value(*format, "/format"); text && *text != kFormat)
        report(*format, "/format",
               fmt::format("unsupported format `{}`; expected `{}`", *text, kFormat));
    }
    if (const Value* header = required(root, "", "document"))
      walk_header(*header, "/document", doc.header);
    if (const Value* narrative = root.member("narrative"))
      walk_narrative(*narrative, "/narrative", doc.narrative);
    if (const Value* tables = root.member("tables"))
      walk_tables(*tables, "/tables", doc);
  }

 private:
  // ---------------------------------------------------------------- reporting

  // Where a value of the model came from: its line:column are counted only if a finding
  // names it (Document::locate).
  static SourceLocation location(std::uint32_t offset, std::string pointer) {
    SourceLocation where{std::move(pointer), 0, 0, {}};
    place(where, offset);
    return where;
  }
  static void place(SourceLocation& where, std::uint32_t offset) { where.pending = offset + 1; }
  static SourceLocation location(const Value& v, std::string pointer) {
    return location(v.offset, std::move(pointer));
  }
  // An array element's location, its pointer left to the array's and its index: a row or
  // an indicator builds no string of its own (SourceLocation::pointer_parent).
  static SourceLocation location(const Value& v, const std::shared_ptr<const std::string>& array,
                                 std::size_t index) {
    SourceLocation where;
    where.pointer_index = static_cast<std::uint32_t>(index);
    where.pointer_parent = array;
    place(where, v.offset);
    return where;
  }

  void report(std::uint32_t offset, std::string pointer, std::string message) {
    const SourcePos at = lines_.at(offset);
    problems_.push_back(LoadProblem{
        std::move(message),
        SourceLocation{.pointer = std::move(pointer), .line = at.line, .column = at.column}});
  }
  void report(const Value& v, std::string pointer, std::string message) {
    report(v.offset, std::move(pointer), std::move(message));
  }

  void type_error(const Value& v, const std::string& pointer, std::string_view expected) {
    report(v, pointer, fmt::format("expected {}, found {}", expected, json::kind_name(v.kind)));
  }

  void report_unknown_key(const Value& member, const std::string& pointer,
                          const std::vector<std::string_view>& candidates) {
    std::string message = fmt::format("unknown key `{}`", member.key);
    if (auto suggestion = did_you_mean(member.key, candidates))
      message += fmt::format(" (did you mean `{}`?)", *suggestion);
    else if (candidates.size() <= 16)
      message += fmt::format("; expected one of {}", join_keys(candidates));
    report(member.key_offset, child_pointer(pointer, member.key), std::move(message));
  }

  // The "object with known keys" check: reports every key not in `known`. The key lists
  // are mostly braced lists at the call: an initializer_list keeps them off the heap.
  using Keys = std::span<const std::string_view>;
  void check_keys(const Value& object, const std::string& pointer, Keys known) {
    for (const Value& member : object.children)
      if (std::none_of(known.begin(), known.end(),
                       [&](std::string_view key) { return json::same_key(key, member.key); }))
        report_unknown_key(member, pointer, {known.begin(), known.end()});
  }
  void check_keys(const Value& object, const std::string& pointer,
                  std::initializer_list<std::string_view> known) {
    check_keys(object, pointer, Keys(known.begin(), known.size()));
  }

  // Reports a type error and returns false unless `v` is an object with only `known` keys.
  bool expect_object(const Value& v, const std::string& pointer, Keys known) {
    if (!v.is_object()) {
      type_error(v, pointer, "an object");
      return false;
    }
    check_keys(v, pointer, known);
    return true;
  }
  bool expect_object(const Value& v, const std::string& pointer,
                     std::initializer_list<std::string_view> known) {
    return expect_object(v, pointer, Keys(known.begin(), known.size()));
  }

  const Value* required(const Value& object, const std::string& pointer, std::string_view key) {
    const Value* member = object.member(key);
    if (!member)
      report(object, pointer, fmt::format("missing required key `{}`", key));
    return member;
  }

  // ---------------------------------------------------------------- value readers

  // A value's pointer is passed as a string, or as a callable that builds it only when a
  // problem needs it (building one per cell and figure was a tenth of loading).
  static const std::string& pointer_text(const std::string& pointer) { return pointer; }
  template <std::invocable BuildPointer>
  static std::string pointer_text(const BuildPointer& build) {
    return build();
  }

  template <class Pointer>  // as for decimal_value
  std::optional<std::string> string_value(const Value& v, const Pointer& pointer) {
    if (v.kind != Kind::String) {
      type_error(v, pointer_text(pointer), "a string");
      return std::nullopt;
    }
    return std::string(v.text);
  }

  // Reads an optional (or required) string member into `out`.
  void read_string(const Value& object, const std::string& pointer, std::string_view key,
                   std::string& out, Presence presence = Presence::Optional) {
    const Value* v =
        presence == Presence::Required ? required(object, pointer, key) : object.member(key);
    if (!v)
      return;
    if (v->kind == Kind::String)
      out = v->text;
    else  // the pointer is built only for a problem: most strings have none
      type_error(*v, child_pointer(pointer, key), "a string");
  }
  void read_string(const Value& object, const std::string& pointer, std::string_view key,
                   std::optional<std::string>& out) {
    const Value* v = object.member(key);
    if (!v)
      return;
    out = string_value(*v, [&] { return child_pointer(pointer, key); });  // only for a problem
  }

  // A string that must be one of `choices`; returns its index.
  std::optional<std::size_t> choice_value(const Value& v, const std::string& pointer,
                                          const std::vector<std::string_view>& choices) {
    auto text = string_value(v, pointer);
    if (!text)
      return std::nullopt;
    const auto it = std::find(choices.begin(), choices.end(), *text);
    if (it != choices.end())
      return static_cast<std::size_t>(it - choices.begin());
    std::string message = fmt::format("unexpected value `{}`", *text);
    if (auto suggestion = did_you_mean(*text, choices))
      message += fmt::format(" (did you mean `{}`?)", *suggestion);
    else
      message += fmt::format("; expected one of {}", join_keys(choices));
    report(v, pointer, std::move(message));
    return std::nullopt;
  }

  std::optional<std::int64_t> integer_value(const Value& v, const std::string& pointer) {
    if (v.kind != Kind::Number) {
      type_error(v, pointer, "an integer");
      return std::nullopt;
    }
    std::int64_t value = 0;
    const char* first = v.text.data();
    const char* last = first + v.text.size();
    const auto [end, error] = std::from_chars(first, last, value);
    if (error == std::errc::result_out_of_range) {
      report(v, pointer, fmt::format("integer `{}` is too large", v.text));
      return std::nullopt;
    }
    if (error != std::errc{} || end != last) {
      report(v, pointer, fmt::format("expected an integer, found `{}`", v.text));
      return std::nullopt;
    }
    return value;
  }

  template <class Pointer>  // as for decimal_value
  std::optional<bool> bool_value(const Value& v, const Pointer& pointer) {
    if (v.kind != Kind::Boolean) {
      type_error(v, pointer_text(pointer), "true or false");
      return std::nullopt;
    }
    return v.boolean;
  }

  // A decimal written as a JSON number or a string such as "2,465.43". Amounts may not
  // carry more decimals than the document publishes; weights and percentages may.
  // `pointer`: the value's JSON Pointer, or a callable that builds it (only for a problem).
  template <class Pointer>
  std::optional<Decimal> decimal_value(const Value& v, const Pointer& pointer, bool is_amount) {
    if (v.kind != Kind::Number && v.kind != Kind::String) {
      type_error(v, pointer_text(pointer),
                 is_amount ? "an amount (number or string) or null" : "a number");
      return std::nullopt;
    }
    if (v.kind == Kind::String && v.text.empty()) {
      report(v, pointer_text(pointer),
             is_amount ? "an empty string is not an amount; write null for a blank cell"
                       : "an empty string is not a number; leave the key out instead");
      return std::nullopt;
    }
    const DecimalParse parsed = parse_decimal(v.text);
    if (!parsed.value) {
      report(v, pointer_text(pointer),
             fmt::format("invalid {} `{}`: {}", is_amount ? "amount" : "number", v.text,
                         parsed.error));
      return std::nullopt;
    }
    if (is_amount && parsed.decimals > decimals_) {
      report(v, pointer_text(pointer),
             fmt::format("amount `{}` has {} decimals, more than document.decimals ({})", v.text,
                         parsed.decimals, decimals_));
      return std::nullopt;
    }
    return parsed.value;
  }

  // A cell: absent or null is blank (kept apart from 0); its location is the value's, or
  // for an absent key the enclosing object's with the pointer the key would have.
  Cell read_cell(const Value& object, const std::string& pointer, std::string_view key) {
    const Value* v = object.is_object() ? object.member(key) : nullptr;
    return v ? read_cell(*v, child_pointer(pointer, key))
             : Cell{std::nullopt, location(object, child_pointer(pointer, key))};
  }
  // The cell of a member already found.
  Cell read_cell(const Value& v, std::string cell_pointer) {
    Cell cell;
    if (!v.is_null())
      cell.amount = decimal_value(v, cell_pointer, true);
    cell.where = location(v, std::move(cell_pointer));
    return cell;
  }

  // A cell of a row: only its line:column; its pointer follows from the row's when a
  // finding needs it (AmountRow::cell_location).
  void read_row_cell(const Value& member, const std::string& row_pointer, Cell& cell) {
    if (!member.is_null())
      cell.amount = decimal_value(
          member, [&] { return child_pointer(row_pointer, member.key); }, true);
    place(cell.where, member.offset);  // no pointer: the row's and the key say it
  }

  std::optional<Decimal> read_decimal(const Value& object, const std::string& pointer,
                                      std::string_view key, bool is_amount) {
    const Value* v = object.member(key);
    if (!v || (is_amount && v->is_null()))
      return std::nullopt;
    return decimal_value(
        *v, [&] { return child_pointer(pointer, key); }, is_amount);
  }

  // ---------------------------------------------------------------- document header

  void walk_header(const Value& v, const std::string& pointer, DocumentHeader& header) {
    header.where = location(v, pointer);
    if (!expect_object(v, pointer,
                       {"unit_code", "unit_name", "level", "year", "amount_unit", "decimals",
                        "unit_type", "region", "source"}))
      return;
    read_string(v, pointer, "unit_code", header.unit_code);
    read_string(v, pointer, "unit_name", header.unit_name, Presence::Required);
    if (const Value* level = required(v, pointer, "level"))
      if (auto i = choice_value(*level, pointer + "/level", {"部门", "单位"}))
        header.level = *i == 0 ? DisclosureLevel::Department : DisclosureLevel::Unit;
    if (const Value* year = required(v, pointer, "year")) {
      if (auto y = integer_value(*year, pointer + "/year")) {
        if (*y < 1949 || *y > 2200)
          report(*year, pointer + "/year", fmt::format("year {} is out of range", *y));
        else
          header.year = static_cast<int>(*y);
      }
    }
    if (const Value* unit = required(v, pointer, "amount_unit"))
      if (auto i = choice_value(*unit, pointer + "/amount_unit", {"元", "万元"}))
        header.amount_unit = *i == 0 ? AmountUnit::Yuan : AmountUnit::WanYuan;
    if (const Value* decimals = required(v, pointer, "decimals")) {
      if (auto d = integer_value(*decimals, pointer + "/decimals")) {
        if (*d < 0 || *d > Decimal::kMaxDecimals) {
          report(*decimals, pointer + "/decimals",
                 fmt::format("decimals must be between 0 and {}, found {}", Decimal::kMaxDecimals,
                             *d));
        } else {
          header.decimals = static_cast<int>(*d);
          decimals_ = header.decimals;
        }
      }
    }
    if (const Value* type = v.member("unit_type")) {
      const std::vector<std::string_view> types{"行政", "参公", "事业", "混合"};
      if (auto i = choice_value(*type, pointer + "/unit_type", types))
        header.unit_type = std::string(types[*i]);
    }
    read_string(v, pointer, "region", header.region);
    read_string(v, pointer, "source", header.source);
  }

  // ---------------------------------------------------------------- narrative

  void walk_narrative(const Value& v, const std::string& pointer, Narrative& narrative) {
    narrative.present = true;
    narrative.where = location(v, pointer);
    if (!expect_object(v, pointer, {"sections", "claims"}))
      return;
    if (const Value* sections = v.member("sections")) {
      const std::string sections_pointer = pointer + "/sections";
      if (!sections->is_array()) {
        type_error(*sections, sections_pointer, "an array");
      } else {
        for (std::size_t i = 0; i < sections->children.size(); ++i) {
          const Value& s = sections->children[i];
          const std::string p = child_pointer(sections_pointer, i);
          NarrativeSection section;
          section.where = location(s, p);
          if (!expect_object(s, p, {"heading", "text"}))
            continue;
          read_string(s, p, "heading", section.heading, Presence::Required);
          read_string(s, p, "text", section.text, Presence::Required);
          narrative.sections.push_back(std::move(section));
        }
      }
    }
    if (const Value* claims = v.member("claims")) {
      const std::string claims_pointer = pointer + "/claims";
      if (!claims->is_array()) {
        type_error(*claims, claims_pointer, "an array");
      } else {
        for (std::size_t i = 0; i < claims->children.size(); ++i)
          if (auto claim = walk_claim(claims->children[i], child_pointer(claims_pointer, i)))
            narrative.claims.push_back(std::move(*claim));
      }
    }
  }

  template <class Pointer>  // as for decimal_value
  std::optional<Column> income_source_value(const Value& v, const Pointer& pointer) {
    auto text = string_value(v, pointer);
    if (!text)
      return std::nullopt;
    std::vector<std::string_view> keys;
    for (Column c : income_source_columns())
      keys.push_back(column_info(c).key);
    const auto column = column_from_key(*text);
    if (column && std::find(keys.begin(), keys.end(), *text) != keys.end())
      return column;
    std::string message = fmt::format("`{}` is not an income source", *text);
    if (auto suggestion = did_you_mean(*text, keys))
      message += fmt::format(" (did you mean `{}`?)", *suggestion);
    report(v, pointer_text(pointer), std::move(message));
    return std::nullopt;
  }

  std::optional<Claim> walk_claim(const Value& v, const std::string& pointer) {
    Claim claim;
    claim.where = location(v, pointer);
    if (!expect_object(v, pointer,
                       {"subject", "source", "code", "name", "scope", "amount", "count", "prior",
                        "change", "sentence"}))
      return std::nullopt;
    read_string(v, pointer, "sentence", claim.sentence, Presence::Required);

    const Value* subject_value = required(v, pointer, "subject");
    std::optional<ClaimSubject> subject;
    if (subject_value) {
      if (auto key = string_value(*subject_value, [&] { return pointer + "/subject"; })) {
        subject = claim_subject_from_key(*key);
        if (!subject) {
          std::vector<std::string_view> keys;
          for (std::size_t i = 0;
               i <= static_cast<std::size_t>(ClaimSubject::VehiclePurchasesLawEnforcement); ++i)
            keys.push_back(claim_subject_key(static_cast<ClaimSubject>(i)));
          std::string message = fmt::format("unknown claim subject `{}`", *key);
          if (auto suggestion = did_you_mean(*key, keys))
            message += fmt::format(" (did you mean `{}`?)", *suggestion);
          report(*subject_value, pointer + "/subject", std::move(message));
        }
      }
    }
    if (subject)
      claim.subject = *subject;
    // Keys that only make sense for some subjects.
    auto only_for = [&](std::string_view key, bool allowed, std::string_view which) {
      const Value* m = v.member(key);
      if (m && subject && !allowed)
        report(m->key_offset, child_pointer(pointer, key),
               fmt::format("`{}` applies only to {}, not to `{}`", key, which,
                           claim_subject_key(*subject)));
      return m;
    };
    const bool is_source = subject == ClaimSubject::IncomeSource;
    const bool is_class = subject == ClaimSubject::ExpenditureClass;
    const bool is_count = subject && claim_subject_is_count(*subject);

    if (const Value* source = only_for("source", is_source, "subject `income_source`"))
      claim.source = income_source_value(*source, [&] { return pointer + "/source"; });
    else if (is_source)
      report(v, pointer, "missing required key `source` for subject `income_source`");

    const Value* code = only_for("code", is_class, "subject `expenditure_class`");
    if (code) {
      if (auto text = string_value(*code, [&] { return pointer + "/code"; })) {
        claim.code = ClassificationCode::parse(*text);
        if (!claim.code || claim.code->level() != CodeLevel::Class) {
          claim.code.reset();
          report(*code, pointer + "/code",
                 fmt::format("invalid 类 code `{}`: expected 3 ASCII digits", *text));
        }
      }
    }
    const Value* name = only_for("name", is_class, "subject `expenditure_class`");
    if (name)
      read_string(v, pointer, "name", claim.name);
    if (is_class && !code && !name)
      report(v, pointer, "subject `expenditure_class` needs `name` (and `code` when known)");

    if (const Value* scope = v.member("scope"))
      claim.scope = income_source_value(*scope, [&] { return pointer + "/scope"; });

    if (const Value* amount = only_for("amount", !is_count, "money subjects (use `count`)"))
      if (!amount->is_null())
        claim.amount = decimal_value(
            *amount, [&] { return pointer + "/amount"; }, true);
    if (const Value* count = only_for("count", is_count, "vehicle subjects (use `amount`)")) {
      if (auto n = integer_value(*count, pointer + "/count")) {
        if (*n < 0)
          report(*count, pointer + "/count", fmt::format("count {} is negative", *n));
        else
          claim.count = *n;
      }
    }
    claim.prior = read_decimal(v, pointer, "prior", !is_count);
    if (const Value* change = v.member("change"))
      claim.change = walk_change(*change, pointer + "/change", !is_count);

    if (!v.member("amount") && !v.member("count") && !v.member("prior") && !v.member("change"))
      report(v, pointer, "claim states no figure: give `amount` (or `count`), `prior` or `change`");
    return claim;
  }

  std::optional<StatedChange> walk_change(const Value& v, const std::string& pointer, bool money) {
    StatedChange change;
    change.where = location(v, pointer);
    if (!expect_object(v, pointer, {"direction", "amount", "percent"}))
      return std::nullopt;
    if (const Value* direction = required(v, pointer, "direction")) {
      if (auto i = choice_value(*direction, pointer + "/direction", {"增加", "减少", "持平"}))
        change.direction = std::array{ChangeDirection::Increase, ChangeDirection::Decrease,
                                      ChangeDirection::Unchanged}[*i];
    }
    change.amount = read_decimal(v, pointer, "amount", money);
    change.percent = read_decimal(v, pointer, "percent", false);
    return change;
  }

  // ---------------------------------------------------------------- tables

  void walk_tables(const Value& v, const std::string& pointer, Document& doc) {
    std::vector<std::string_view> keys;
    for (const TableInfo& t : all_tables())
      keys.push_back(t.key);
    if (!expect_object(v, pointer, keys))
      return;
    for (const Value& member : v.children) {
      const auto kind = table_from_key(member.key);
      if (!kind)
        continue;  // reported by expect_object
      const std::string p = child_pointer(pointer, member.key);
      switch (*kind) {
        case TableKind::DepartmentSummary:
          walk_department_summary(member, p, doc.department_summary);
          break;
        case TableKind::FiscalSummary:
          walk_fiscal_summary(member, p, doc.fiscal_summary);
          break;
        case TableKind::ThreePublic:
          walk_three_public(member, p, doc.three_public);
          break;
        case TableKind::PerformanceOverall:
          walk_performance_overall(member, p, doc.performance_overall);
          break;
        case TableKind::PerformanceProjects:
          walk_performance_projects(member, p, doc);
          break;
        default:
          walk_classified(member, p, classified_table(doc, *kind));
          break;
      }
    }
  }

  static ClassifiedTable& classified_table(Document& doc, TableKind kind) {
    switch (kind) {
      case TableKind::DepartmentIncome:
        return doc.department_income;
      case TableKind::DepartmentExpenditure:
        return doc.department_expenditure;
      case TableKind::GeneralPublicExpenditure:
        return doc.general_public_expenditure;
      case TableKind::GeneralPublicBasic:
        return doc.general_public_basic;
      case TableKind::GovernmentFundExpenditure:
        return doc.government_fund_expenditure;
      case TableKind::StateCapitalExpenditure:
        return doc.state_capital_expenditure;
      default:
        return doc.procurement;
    }
  }

  // Common table keys plus `extra`; false when `v` is not an object.
  bool walk_common(const Value& v, const std::string& pointer, TableCommon& common,
                   std::vector<std::string_view> extra) {
    common.present = true;
    common.where = location(v, pointer);
    extra.insert(extra.end(), {"title", "label", "amount_unit", "note"});
    if (!expect_object(v, pointer, extra))
      return false;
    read_string(v, pointer, "title", common.title);
    read_string(v, pointer, "label", common.label);
    if (const Value* unit = v.member("amount_unit"))
      if (auto i = choice_value(*unit, pointer + "/amount_unit", {"元", "万元"}))
        common.amount_unit = *i == 0 ? "元" : "万元";
    read_string(v, pointer, "note", common.note);
    return true;
  }

  // `columns`: an array of column keys, each allowed for the table, none twice.
  std::vector<Column> read_columns(const Value& object, const std::string& pointer,
                                   const std::vector<Column>& allowed, std::string_view table) {
    std::vector<Column> columns;
    const Value* v = required(object, pointer, "columns");
    if (!v)
      return columns;
    const std::string p = pointer + "/columns";
    if (!v->is_array()) {
      type_error(*v, p, "an array of column keys");
      return columns;
    }
    if (v->children.empty())
      report(*v, p, "`columns` is empty: list the published columns");
    const std::vector<std::string_view> allowed_keys = column_keys(allowed);
    for (std::size_t i = 0; i < v->children.size(); ++i) {
      const Value& item = v->children[i];
      const std::string ip = child_pointer(p, i);
      auto key = string_value(item, ip);
      if (!key)
        continue;
      const auto column = column_from_key(*key);
      if (!column) {
        std::string message = fmt::format("unknown column `{}`", *key);
        if (auto suggestion = did_you_mean(*key, allowed_keys))
          message += fmt::format(" (did you mean `{}`?)", *suggestion);
        report(item, ip, std::move(message));
      } else if (std::find(allowed.begin(), allowed.end(), *column) == allowed.end()) {
        report(item, ip,
               fmt::format("column `{}` is not allowed in {}; allowed: {}", *key, table,
                           join_keys(allowed_keys)));
      } else if (std::find(columns.begin(), columns.end(), *column) != columns.end()) {
        report(item, ip, fmt::format("column `{}` is listed twice", *key));
      } else {
        columns.push_back(*column);
      }
    }
    return columns;
  }

  // One row of amounts (also 合计 / 结转下年 rows, which have no code or name).
  AmountRow read_amount_row(const Value& v, std::string pointer, const std::vector<Column>& columns,
                            const RowShape& shape) {
    AmountRow row;
    row.where = location(v, std::move(pointer));
    read_amount_row(v, row.where.pointer, columns, shape, row);
    return row;
  }
  // Into a row already in place, its `where` set: moving a finished row (16 cells) cost
  // more than reading it. `pointer` is the row's, for its problems.
  void read_amount_row(const Value& v, const std::string& pointer,
                       const std::vector<Column>& columns, const RowShape& shape, AmountRow& row) {
    // Cells left blank keep no location of their own: a finding about one is placed at
    // the row, under the pointer the key would have (CellRef::of). Building a pointer for
    // each of the 16 columns of every row was the loader's largest cost.
    if (!v.is_object()) {
      type_error(v, pointer, "an object");
      return;
    }
    auto is_fixed = [&](std::string_view key) {
      return (key == "code" && shape.code != Presence::Forbidden) ||
             (key == "name" && shape.name != Presence::Forbidden) ||
             (key == "category" && shape.category);
    };
    row.reserve_cells(std::min(v.children.size(), columns.size()));
    std::array<bool, kColumnCount> read{};  // a duplicate key: the first one counts
    for (const Value& member : v.children) {
      if (is_fixed(member.key))
        continue;
      // The table's own columns first (2–5 of them); any other key is a problem.
      const auto own = std::find_if(columns.begin(), columns.end(), [&](Column c) {
        return json::same_key(column_info(c).key, member.key);
      });
      if (own != columns.end()) {
        if (!std::exchange(read[static_cast<std::size_t>(*own)], true))
          read_row_cell(member, pointer, row.add_cell(*own));
        continue;
      }
      const auto column = column_from_key(member.key);
      if (!column) {
        std::vector<std::string_view> candidates;
        for (std::string_view k : {"code", "name", "category"})
          if (is_fixed(k))
            candidates.push_back(k);
        for (std::string_view k : column_keys(columns))
          candidates.push_back(k);
        report_unknown_key(member, pointer, candidates);
      } else {
        report(member.key_offset, child_pointer(pointer, member.key),
               fmt::format("column `{}` is not in this table's `columns` ({})", member.key,
                           join_keys(column_keys(columns))));
      }
    }
    if (shape.code != Presence::Forbidden)
      read_row_code(v, pointer, shape, row);
    if (shape.name != Presence::Forbidden)
      read_string(v, pointer, "name", row.name, shape.name);
    if (shape.category) {
      if (const Value* category = v.member("category")) {
        const std::vector<std::string_view> kinds{"货物", "工程", "服务"};
        if (auto i = choice_value(*category, pointer + "/category", kinds))
          row.category = std::string(kinds[*i]);
      }
    }
  }

  void read_row_code(const Value& v, const std::string& pointer, const RowShape& shape,
                     AmountRow& row) {
    const Value* code =
        shape.code == Presence::Required ? required(v, pointer, "code") : v.member("code");
    if (!code)
      return;
    const auto p = [&] { return pointer + "/code"; };  // only for a problem
    if (code->kind == Kind::Number) {
      report(*code, p(), fmt::format("科目编码 must be a string: write \"{}\"", code->text));
      return;
    }
    if (code->kind != Kind::String) {
      type_error(*code, p(), "a string");
      return;
    }
    const std::string_view text = code->text;
    row.code = ClassificationCode::parse(text);
    if (shape.codes == Classification::None)
      return;  // 项目编号: free text, kept if a code
    if (!row.code) {
      report(*code, p(),
             fmt::format("invalid 科目编码 `{}`: expected 3 (类), 5 (款) or 7 (项) ASCII digits",
                         text));
    } else if (shape.codes == Classification::Economic && row.code->level() == CodeLevel::Item) {
      report(*code, p(),
             fmt::format("invalid 经济分类 code `{}`: economic codes have 3 (类) or 5 (款) digits",
                         text));
      row.code.reset();
    }
  }

  // Codes unique within the table, and every 款/项 below a row of its parent code.
  void check_codes(const std::vector<AmountRow>& rows, const std::string& rows_pointer) {
    // (code, row) sorted: a code's rows are adjacent, its first row first. One array for
    // the table (a hash map of the codes cost one allocation per row).
    std::vector<std::pair<std::string_view, std::size_t>> codes;
    codes.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].code)
        codes.emplace_back(rows[i].code->digits(), i);
    std::sort(codes.begin(), codes.end());
    std::vector<std::pair<std::size_t, std::size_t>> duplicates;  // (row, first row): rare
    for (std::size_t k = 1, first = 0; k < codes.size(); ++k) {
      if (codes[k].first != codes[first].first)
        first = k;
      else
        duplicates.emplace_back(codes[k].second, codes[first].second);
    }
    std::sort(duplicates.begin(), duplicates.end());  // reported in row order
    for (const auto& [row, first] : duplicates)
      report_row(rows[row],
                 fmt::format("duplicate code `{}` (first at {})", rows[row].code->digits(),
                             child_pointer(rows_pointer, first)));
    const auto has_code = [&](std::string_view digits) {
      const auto it =
          std::lower_bound(codes.begin(), codes.end(), digits,
                           [](const auto& entry, std::string_view d) { return entry.first < d; });
      return it != codes.end() && it->first == digits;
    };
    for (const AmountRow& row : rows) {
      if (!row.code)
        continue;
      const auto parent = row.code->parent();
      if (parent && !has_code(parent->digits()))
        report_row(row, fmt::format("{} row `{}` has no parent {} row `{}` in this table",
                                    code_level_zh(row.code->level()), row.code->digits(),
                                    code_level_zh(parent->level()), parent->digits()));
    }
  }
  void report_row(const AmountRow& row, std::string message) {
    // The row's code is where the problem shows; row.where points at the row object.
    problems_.push_back(LoadProblem{std::move(message), row.where});
    SourceLocation& where = problems_.back().where;
    where.write_pointer();
    where.pointer += "/code";
    lines_.resolve(where);
  }

  std::vector<AmountRow> read_rows(const Value& object, const std::string& pointer,
                                   const std::vector<Column>& columns, const RowShape& shape) {
    std::vector<AmountRow> rows;
    const Value* v = object.member("rows");
    if (!v)
      return rows;
    const auto p = std::make_shared<const std::string>(pointer + "/rows");
    if (!v->is_array()) {
      type_error(*v, *p, "an array of rows");
      return rows;
    }
    if (!admit_rows(*v, *p))
      return rows;
    rows.reserve(v->children.size());
    std::string row_pointer;
    for (std::size_t i = 0; i < v->children.size(); ++i) {
      AmountRow& row = rows.emplace_back();
      row.where = location(v->children[i], p, i);
      assign_child_pointer(row_pointer, *p, i);
      read_amount_row(v->children[i], row_pointer, columns, shape, row);
    }
    if (shape.codes != Classification::None)
      check_codes(rows, *p);
    return rows;
  }

  std::optional<AmountRow> read_optional_row(const Value& object, const std::string& pointer,
                                             std::string_view key,
                                             const std::vector<Column>& columns) {
    const Value* v = object.member(key);
    if (!v)
      return std::nullopt;
    return read_amount_row(*v, child_pointer(pointer, key), columns, kTotalsRow);
  }

  void walk_classified(const Value& v, const std::string& pointer, ClassifiedTable& table) {
    if (!walk_common(v, pointer, table, {"columns", "totals", "rows"}))
      return;
    const TableInfo& info = table_info(table.kind);
    table.columns = read_columns(v, pointer, allowed_columns(table.kind),
                                 fmt::format("`{}` ({})", info.key, info.zh_name));
    table.totals = read_optional_row(v, pointer, "totals", table.columns);
    RowShape shape;
    shape.name = Presence::Required;
    if (table.kind == TableKind::Procurement) {
      shape.code = Presence::Optional;
      shape.category = true;
      shape.codes = Classification::None;
    } else {
      shape.code = Presence::Required;
      shape.codes = info.classification;
    }
    table.rows = read_rows(v, pointer, table.columns, shape);
  }

  void walk_department_summary(const Value& v, const std::string& pointer,
                               DepartmentSummary& table) {
    if (!walk_common(v, pointer, table, {"income", "expenditure"}))
      return;
    table.income_where = location(v, pointer + "/income");
    table.expenditure_where = location(v, pointer + "/expenditure");
    if (const Value* income = required(v, pointer, "income"))
      walk_summary_income(*income, pointer + "/income", table);
    const Value* expenditure = required(v, pointer, "expenditure");
    if (!expenditure)
      return;
    const std::string p = pointer + "/expenditure";
    table.expenditure_where = location(*expenditure, p);
    if (!expect_object(*expenditure, p, {"columns", "rows", "carry_forward", "totals"}))
      return;
    table.expenditure_columns = read_columns(
        *expenditure, p,
        {Column::Total, Column::Basic, Column::Personnel, Column::Public, Column::Project},
        "`department_summary` expenditure");
    const Value* columns = expenditure->member("columns");
    if (columns && columns->is_array() && !columns->children.empty() &&
        std::find(table.expenditure_columns.begin(), table.expenditure_columns.end(),
                  Column::Total) == table.expenditure_columns.end())
      report(*columns, p + "/columns", "expenditure `columns` must include `total`");
    table.expenditure_rows = read_rows(*expenditure, p, table.expenditure_columns,
                                       RowShape{Presence::Optional, Presence::Required});
    table.carry_forward =
        read_optional_row(*expenditure, p, "carry_forward", table.expenditure_columns);
    table.expenditure_total =
        read_optional_row(*expenditure, p, "totals", table.expenditure_columns);
  }

  void walk_summary_income(const Value& v, const std::string& pointer, DepartmentSummary& table) {
    table.income_where = location(v, pointer);
    for (const ColumnInfo& c : all_columns())
      table.income[static_cast<std::size_t>(c.id)].where =
          location(v, child_pointer(pointer, c.key));
    table.income_total.where = location(v, pointer + "/total");
    if (!v.is_object()) {
      type_error(v, pointer, "an object");
      return;
    }
    std::vector<std::string_view> source_keys;
    for (Column c : income_source_columns())
      source_keys.push_back(column_info(c).key);
    std::vector<std::string_view> known{"sources", "total"};
    known.insert(known.end(), source_keys.begin(), source_keys.end());
    check_keys(v, pointer, known);

    table.income_sources = read_columns_named(
        v, pointer, "sources", {income_source_columns().begin(), income_source_columns().end()});
    for (const Value& member : v.children) {
      const auto column = column_from_key(member.key);
      if (!column || member.key == "total" ||
          std::find(source_keys.begin(), source_keys.end(), member.key) == source_keys.end())
        continue;
      if (std::find(table.income_sources.begin(), table.income_sources.end(), *column) ==
          table.income_sources.end())
        report(member.key_offset, child_pointer(pointer, member.key),
               fmt::format("income source `{}` is not listed in `sources`", member.key));
      table.income[static_cast<std::size_t>(*column)] = read_cell(v, pointer, member.key);
    }
    table.income_total = read_cell(v, pointer, "total");
  }

  // Like read_columns, for a list under another key (income `sources`).
  std::vector<Column> read_columns_named(const Value& object, const std::string& pointer,
                                         std::string_view key, const std::vector<Column>& allowed) {
    const Value* v = required(object, pointer, key);
    if (!v)
      return {};
    // Reuse read_columns on a one-member view keyed "columns" would change pointers;
    // instead read the array here with the same checks.
    std::vector<Column> columns;
    const std::string p = child_pointer(pointer, key);
    if (!v->is_array()) {
      type_error(*v, p, "an array of income source keys");
      return columns;
    }
    const std::vector<std::string_view> allowed_keys = column_keys(allowed);
    for (std::size_t i = 0; i < v->children.size(); ++i) {
      const Value& item = v->children[i];
      const std::string ip = child_pointer(p, i);
      auto column = income_source_value(item, ip);
      if (!column)
        continue;
      if (std::find(columns.begin(), columns.end(), *column) != columns.end())
        report(item, ip, fmt::format("`{}` is listed twice", item.text));
      else
        columns.push_back(*column);
    }
    return columns;
  }

  void walk_fiscal_summary(const Value& v, const std::string& pointer, FiscalSummary& table) {
    if (!walk_common(v, pointer, table, {"income", "expenditure"}))
      return;
    table.income_where = location(v, pointer + "/income");
    table.expenditure_where = location(v, pointer + "/expenditure");
    if (const Value* income = required(v, pointer, "income")) {
      const std::string p = pointer + "/income";
      table.income_where = location(*income, p);
      const std::pair<std::string_view, Cell*> cells[] = {
          {"current_total", &table.income_current_total},
          {"general_public", &table.income_general_public},
          {"government_fund", &table.income_government_fund},
          {"state_capital", &table.income_state_capital},
          {"carryover_total", &table.carryover_total},
          {"carryover_general_public", &table.carryover_general_public},
          {"carryover_government_fund", &table.carryover_government_fund},
          {"carryover_state_capital", &table.carryover_state_capital},
          {"grand_total", &table.income_grand_total},
      };
      std::vector<std::string_view> keys;
      for (const auto& [key, cell] : cells)
        keys.push_back(key);
      const bool is_object = expect_object(*income, p, keys);
      for (const auto& [key, cell] : cells)
        *cell = is_object ? read_cell(*income, p, key)
                          : Cell{std::nullopt, location(*income, child_pointer(p, key))};
    }
    const Value* expenditure = required(v, pointer, "expenditure");
    if (!expenditure)
      return;
    const std::string p = pointer + "/expenditure";
    table.expenditure_where = location(*expenditure, p);
    if (!expect_object(*expenditure, p,
                       {"columns", "current_total", "rows", "carry_forward", "grand_total"}))
      return;
    table.expenditure_columns = read_columns(
        *expenditure, p,
        {Column::Total, Column::GeneralPublic, Column::GovernmentFund, Column::StateCapital},
        "`fiscal_summary` expenditure");
    table.expenditure_current_total =
        read_optional_row(*expenditure, p, "current_total", table.expenditure_columns);
    table.expenditure_rows = read_rows(*expenditure, p, table.expenditure_columns,
                                       RowShape{Presence::Optional, Presence::Required});
    table.carry_forward =
        read_optional_row(*expenditure, p, "carry_forward", table.expenditure_columns);
    table.expenditure_grand_total =
        read_optional_row(*expenditure, p, "grand_total", table.expenditure_columns);
  }

  void walk_three_public(const Value& v, const std::string& pointer, ThreePublicTable& table) {
    const std::pair<std::string_view, Cell*> cells[] = {
        {"total", &table.total},
        {"overseas", &table.overseas},
        {"vehicle_total", &table.vehicle_total},
        {"vehicle_purchase", &table.vehicle_purchase},
        {"vehicle_operation", &table.vehicle_operation},
        {"reception", &table.reception},
        {"office_operation", &table.office_operation},
    };
    std::vector<std::string_view> keys;
    for (const auto& [key, cell] : cells)
      keys.push_back(key);
    const bool is_object = walk_common(v, pointer, table, keys);
    for (const auto& [key, cell] : cells)
      *cell = is_object ? read_cell(v, pointer, key)
                        : Cell{std::nullopt, location(v, child_pointer(pointer, key))};
    table.has_office_operation = is_object && v.member("office_operation") != nullptr;
  }

  void walk_performance_overall(const Value& v, const std::string& pointer,
                                PerformanceOverall& table) {
    table.budget.where = location(v, pointer + "/budget");
    if (!walk_common(v, pointer, table, {"unit_name", "budget", "objective", "indicators"}))
      return;
    read_string(v, pointer, "unit_name", table.unit_name);
    table.budget = read_cell(v, pointer, "budget");
    read_string(v, pointer, "objective", table.objective);
    table.indicators = read_indicators(v, pointer);
  }

  void walk_performance_projects(const Value& v, const std::string& pointer, Document& doc) {
    doc.performance_projects_present = true;
    doc.performance_projects_where = location(v, pointer);
    if (!v.is_array()) {
      type_error(v, pointer, "an array of projects");
      return;
    }
    if (!admit_rows(v, pointer))
      return;
    for (std::size_t i = 0; i < v.children.size(); ++i)
      doc.performance_projects.push_back(walk_project(v.children[i], child_pointer(pointer, i)));
  }

  ProjectPerformance walk_project(const Value& v, const std::string& pointer) {
    ProjectPerformance project;
    project.where = location(v, pointer);
    const std::pair<std::string_view, Cell*> cells[] = {
        {"budget", &project.budget},
        {"own_arrangement", &project.own_arrangement},
        {"higher_subsidy", &project.higher_subsidy},
    };
    if (!expect_object(v, pointer,
                       {"code", "name", "department", "category", "preparer", "amount_unit",
                        "execution_weight", "budget", "own_arrangement", "higher_subsidy",
                        "summary", "basis", "objective", "indicators", "note"})) {
      for (const auto& [key, cell] : cells)
        cell->where = location(v, child_pointer(pointer, key));
      return project;
    }
    read_string(v, pointer, "code", project.code);
    read_string(v, pointer, "name", project.name);
    read_string(v, pointer, "department", project.department);
    read_string(v, pointer, "category", project.category);
    read_string(v, pointer, "preparer", project.preparer);
    if (const Value* unit = v.member("amount_unit"))
      if (auto i = choice_value(*unit, pointer + "/amount_unit", {"元", "万元"}))
        project.amount_unit = *i == 0 ? "元" : "万元";
    project.execution_weight = read_decimal(v, pointer, "execution_weight", false);
    for (const auto& [key, cell] : cells)
      *cell = read_cell(v, pointer, key);
    read_string(v, pointer, "summary", project.summary);
    read_string(v, pointer, "basis", project.basis);
    read_string(v, pointer, "objective", project.objective);
    project.indicators = read_indicators(v, pointer);
    read_string(v, pointer, "note", project.note);
    return project;
  }

  std::vector<PerformanceIndicator> read_indicators(const Value& object,
                                                    const std::string& pointer) {
    std::vector<PerformanceIndicator> indicators;
    const Value* v = object.member("indicators");
    if (!v)
      return indicators;
    const auto p = std::make_shared<const std::string>(pointer + "/indicators");
    if (!v->is_array()) {
      type_error(*v, *p, "an array of indicators");
      return indicators;
    }
    if (!admit_rows(*v, *p))
      return indicators;
    indicators.reserve(v->children.size());
    std::string ip;  // the indicator's pointer, for its problems
    for (std::size_t i = 0; i < v->children.size(); ++i) {
      const Value& item = v->children[i];
      // Read in place: an indicator has eight strings.
      PerformanceIndicator& indicator = indicators.emplace_back();
      indicator.where = location(item, p, i);
      assign_child_pointer(ip, *p, i);
      if (!expect_object(
              item, ip,
              {"level1", "level2", "level3", "weight", "unit", "nature", "value", "core"})) {
        indicators.pop_back();
        continue;
      }
      read_string(item, ip, "level1", indicator.level1);
      read_string(item, ip, "level2", indicator.level2);
      read_string(item, ip, "level3", indicator.level3);
      indicator.weight = read_decimal(item, ip, "weight", false);
      read_string(item, ip, "unit", indicator.unit);
      read_string(item, ip, "nature", indicator.nature);
      if (const Value* value = item.member("value")) {
        if (value->kind == Kind::Number)
          report(*value, ip + "/value",
                 fmt::format("indicator values are text as published: write \"{}\"", value->text));
        else
          read_string(item, ip, "value", indicator.value);
      }
      if (const Value* core = item.member("core"))
        indicator.core = bool_value(*core, [&] { return ip + "/core"; });
    }
    return indicators;
  }

  // LoadOptions::max_rows: rows are counted over all tables before any is read, so a
  // hostile document never builds more than the limit; the first array past it is reported
  // once, the rest silently skipped (the document is refused anyway).
  bool admit_rows(const Value& array, const std::string& pointer) {
    if (rows_left_ >= array.children.size()) {
      rows_left_ -= array.children.size();
      return true;
    }
    if (!rows_limit_reported_)
      report(array, pointer, json::too_many_rows_message(rows_limit_));
    rows_limit_reported_ = true;
    rows_left_ = 0;
    return false;
  }

  const LineIndex& lines_;
  std::vector<LoadProblem>& problems_;
  std::size_t rows_left_;
  const std::size_t rows_limit_ = rows_left_;
  bool rows_limit_reported_ = false;
  // Decimals amounts may carry; the most the model allows until `document.decimals` is read.
  int decimals_ = Decimal::kMaxDecimals;
};

LoadProblem file_problem(const std::string& path, std::string message) {
  return LoadProblem{fmt::format("cannot load `{}`: {}", path, message), SourceLocation{}};
}

}  // namespace

namespace {
LoadOptions& run_options() {
  static LoadOptions options;
  return options;
}
}  // namespace

const LoadOptions& run_load_options() {
  return run_options();
}

void set_run_load_options(const LoadOptions& options) {
  run_options() = options;
}

LoadResult load_document_text(std::string_view json_text, const std::string& path) {
  return load_document_text(json_text, path, run_load_options());
}

namespace {

// The document keeps its text: line:column of what a finding names are counted from it.
LoadResult load_source(std::shared_ptr<const SourceText> source, const std::string& path,
                       const LoadOptions& options) {
  LoadResult result;
  json::ParseResult parsed =
      json::parse(source->text(), json::ParseOptions{options.max_depth, options.max_rows});
  result.problems = std::move(parsed.problems);
  if (!parsed.root)
    return result;
  Document doc;
  doc.path = path;
  Walker(parsed.lines, result.problems, options.max_rows).walk(*parsed.root, doc);
  if (result.problems.empty()) {
    doc.source_text = std::move(source);
    result.document = std::move(doc);
  }
  return result;
}

}  // namespace

LoadResult load_document_text(std::string_view json_text, const std::string& path,
                              const LoadOptions& options) {
  if (json_text.size() > options.max_input_bytes) {
    LoadResult result;
    result.problems.push_back(
        file_problem(path, fmt::format("input is {} bytes, more than the limit of {} bytes "
                                       "(`check --max-input-mb` raises it)",
                                       json_text.size(), options.max_input_bytes)));
    return result;
  }
  return load_source(std::make_shared<const SourceText>(json_text), path, options);
}

LoadResult load_document_file(const std::string& path) {
  return load_document_file(path, run_load_options());
}

LoadResult load_document_file(const std::string& path, const LoadOptions& options) {
  LoadResult result;
  // stat before opening: opening a FIFO for reading would block until a writer appears.
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    result.problems.push_back(
        file_problem(path, error == ENOENT ? std::string("no such file")
                                           : fmt::format("cannot read: {}", std::strerror(error))));
    return result;
  }
  if (S_ISDIR(info.st_mode)) {
    result.problems.push_back(file_problem(path, "is a directory, not a JSON file"));
    return result;
  }
  if (!S_ISREG(info.st_mode)) {
    result.problems.push_back(file_problem(
        path, "is not a regular file (a pipe, socket or device); refusing to read it"));
    return result;
  }
  if (static_cast<std::uint64_t>(info.st_size) > options.max_input_bytes) {
    result.problems.push_back(
        file_problem(path, fmt::format("file is {} bytes, more than the limit of {} bytes "
                                       "(`check --max-input-mb` raises it)",
                                       info.st_size, options.max_input_bytes)));
    return result;
  }
  // Read with the system calls: a stream would zero the buffer first and copy through its
  // own, for every file of a batch.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    result.problems.push_back(
        file_problem(path, fmt::format("cannot open for reading: {}", std::strerror(errno))));
    return result;
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  auto content = std::make_unique_for_overwrite<char[]>(size);
  std::size_t got = 0;
  bool read_failed = false;
  while (got < size) {
    const ::ssize_t n = ::read(fd, content.get() + got, size - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      read_failed = true;
      break;
    }
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (read_failed) {
    result.problems.push_back(file_problem(path, "read error (the file changed while reading?)"));
    return result;
  }
  return load_source(std::make_shared<const SourceText>(std::move(content), size), path, options);
}

}  // namespace budgetcheck
