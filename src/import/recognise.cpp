#include "budgetcheck/import/recognise.hpp"

#include <fmt/format.h>

#include <deque>
#include <regex>

#include "import_text.hpp"
#include "recognise_internal.hpp"
#include "table_titles.hpp"

namespace budgetcheck {

using recognise_detail::Context;
using recognise_detail::Segment;
namespace titles = import_titles;

namespace {

// "单位：万元", "金额单位:元" → "万元" / "元".
std::optional<std::string> unit_statement(const std::string& text) {
  const std::string n = import_text::normalise(text);
  static const std::regex unit(R"(^(金额)?单位:(万元|元)$)");
  std::smatch m;
  if (std::regex_match(n, m, unit))
    return m[2].str();
  return std::nullopt;
}

// "编制单位：206001-重庆市… 单位：元" → preparer "206001-重庆市…" (and the unit, if any).
std::optional<std::pair<std::string, std::optional<std::string>>> preparer_statement(
    const std::string& text) {
  const std::string t = import_text::trim(text);
  for (const char* prefix : {"编制单位：", "编制单位:", "单位名称：", "单位名称:"}) {
    if (!import_text::starts_with(t, prefix))
      continue;
    std::string rest = import_text::trim(t.substr(std::string_view(prefix).size()));
    std::optional<std::string> unit;
    static const std::regex tail(R"(^(.*?)\s*(金额)?单位(：|:)\s*(万元|元)\s*$)");
    std::smatch m;
    if (std::regex_match(rest, m, tail)) {
      unit = m[4].str();
      rest = import_text::trim(m[1].str());
    }
    return std::make_pair(rest, unit);
  }
  return std::nullopt;
}

std::optional<std::string> note_statement(const std::string& text) {
  const std::string t = import_text::trim(text);
  for (const char* prefix : {"备注：", "备注:", "注：", "注:", "说明：", "说明:"})
    if (import_text::starts_with(t, prefix))
      return import_text::trim(t.substr(std::string_view(prefix).size()));
  return std::nullopt;
}

class Recogniser {
 public:
  Recogniser(const HeaderHints& hints, Context& ctx) : hints_(hints), ctx_(ctx) {}

  void run(const std::vector<Grid>& grids, Document& doc) {
    for (const Grid& grid : grids) {
      // A sheet named after its table ("部门收支总表") stands for a title row.
      sheet_kind_ = titles::table_kind_from_title(grid.sheet);
      sheet_name_ = grid.sheet;
      for (const GridRow& row : grid.rows)
        take(row, grid);
    }
    if (pending_label_)
      ctx_.problem(
          Context::at(*pending_label_),
          fmt::format("table number `{}` is not followed by a table title", pending_label_->text));
    build(doc);
  }

 private:
  void take(const GridRow& row, const Grid& grid) {
    std::vector<const GridCell*> filled;
    for (const GridCell& c : row.cells)
      if (!c.text.empty())
        filled.push_back(&c);
    if (filled.empty())
      return;
    if (filled.size() == 1) {
      const GridCell& cell = *filled.front();
      if (auto label = titles::table_label(cell.text)) {
        if (current_ && current_->rows.empty() && current_->label.empty())
          current_->label = *label;
        else
          pending_label_ = &cell;
        return;
      }
      if (titles::looks_like_title(cell.text)) {
        open(cell, grid);
        return;
      }
    }
    // Lines about the table: 编制单位, 单位, notes.
    bool meta = true;
    for (const GridCell* c : filled)
      meta = meta && (unit_statement(c->text) || preparer_statement(c->text) ||
                      (c == filled.front() && note_statement(c->text)));
    if (meta) {
      for (const GridCell* c : filled)
        take_meta(*c);
      return;
    }
    if (skipping_) {
      ++skipped_rows_;
      return;
    }
    if (!current_ && sheet_kind_) {
      segments_.push_back(
          Segment{*sheet_kind_, sheet_name_, nullptr, {}, {}, {}, {}, {}, grid.source});
      current_ = &segments_.back();
      sheet_kind_.reset();
    }
    if (!current_) {
      ctx_.problem(Context::at(row),
                   fmt::format("row `{}` is not inside a recognised table", filled.front()->text));
      return;
    }
    current_->rows.push_back(&row);
  }

  void take_meta(const GridCell& cell) {
    if (auto unit = unit_statement(cell.text)) {
      set_unit(*unit, cell);
    } else if (auto prep = preparer_statement(cell.text)) {
      if (current_)
        current_->preparer = prep->first;
      if (!first_preparer_)
        first_preparer_ = prep->first;
      if (prep->second)
        set_unit(*prep->second, cell);
    } else if (auto note = note_statement(cell.text)) {
      if (!current_) {
        ctx_.problem(Context::at(cell), "note is not inside a recognised table");
        return;
      }
      current_->note = current_->note ? *current_->note + "\n" + *note : *note;
    }
  }

  void set_unit(const std::string& unit, const GridCell& cell) {
    if (!first_unit_)
      first_unit_ = unit;
    if (current_) {
      if (current_->unit && *current_->unit != unit)
        ctx_.problem(Context::at(cell), fmt::format("`{}` contradicts the table's 单位 `{}`",
                                                    cell.text, *current_->unit));
      current_->unit = unit;
    }
  }

  void open(const GridCell& cell, const Grid& grid) {
    finish_skipping();
    sheet_kind_.reset();
    const auto kind = titles::table_kind_from_title(cell.text);
    if (!kind) {
      ctx_.problem(Context::at(cell), fmt::format("unrecognised table title `{}`", cell.text));
      skipping_ = &cell;
      current_ = nullptr;
      return;
    }
    if (!year_)
      year_ = titles::title_year(cell.text);
    // The same title again (a table continued on the next page): the same table.
    if (current_ && current_->kind == *kind && *kind != TableKind::PerformanceProjects &&
        !pending_label_)
      return;
    Segment seg;
    seg.kind = *kind;
    seg.title = import_text::trim(cell.text);
    seg.title_cell = &cell;
    seg.grid_source = grid.source;
    if (pending_label_) {
      seg.label = import_text::trim(pending_label_->text);
      pending_label_ = nullptr;
    }
    segments_.push_back(std::move(seg));
    current_ = &segments_.back();
  }

  void finish_skipping() {
    if (skipping_ && skipped_rows_ > 0)
      ctx_.problems.back().message += fmt::format("; its {} row(s) were not read", skipped_rows_);
    skipping_ = nullptr;
    skipped_rows_ = 0;
  }

  static void common(const Segment& seg, TableCommon& t) {
    t.present = true;
    t.title = seg.title;
    t.label = seg.label;
    t.amount_unit = seg.unit;
    t.note = seg.note;
    t.where = seg.title_cell ? Context::at(*seg.title_cell) : SourceLocation{};
  }

  void build(Document& doc) {
    finish_skipping();
    std::vector<bool> seen(kTableKindCount, false);
    for (const Segment& seg : segments_) {
      const auto k = static_cast<std::size_t>(seg.kind);
      if (seen[k] && seg.kind != TableKind::PerformanceProjects) {
        ctx_.problem(seg.title_cell ? Context::at(*seg.title_cell) : SourceLocation{},
                     fmt::format("second `{}` ({}): a document has one", seg.title,
                                 table_info(seg.kind).zh_name));
        continue;
      }
      seen[k] = true;
      switch (seg.kind) {
        case TableKind::DepartmentSummary:
          common(seg, doc.department_summary);
          recognise_detail::read_department_summary(ctx_, seg, doc.department_summary);
          break;
        case TableKind::FiscalSummary:
          common(seg, doc.fiscal_summary);
          recognise_detail::read_fiscal_summary(ctx_, seg, doc.fiscal_summary);
          break;
        case TableKind::ThreePublic:
          common(seg, doc.three_public);
          recognise_detail::read_three_public(ctx_, seg, doc.three_public);
          break;
        case TableKind::PerformanceOverall:
          common(seg, doc.performance_overall);
          recognise_detail::read_performance_overall(ctx_, seg, doc.performance_overall);
          break;
        case TableKind::PerformanceProjects:
          if (!doc.performance_projects_present && seg.title_cell)
            doc.performance_projects_where = Context::at(*seg.title_cell);
          doc.performance_projects_present = true;
          recognise_detail::read_performance_projects(ctx_, seg, year_.value_or(0),
                                                      doc.performance_projects);
          break;
        default: {
          ClassifiedTable& t = const_cast<ClassifiedTable&>(*doc.classified(seg.kind));
          common(seg, t);
          recognise_detail::read_classified(ctx_, seg, t);
          break;
        }
      }
    }
    if (segments_.empty())
      ctx_.problem(SourceLocation{}, "no standard table found (no recognised table title)");
    header(doc);
  }

  void header(Document& doc) {
    DocumentHeader& h = doc.header;
    h.where = hints_.where;
    std::string preparer_code, preparer_name;
    if (first_preparer_) {
      static const std::regex coded(R"(^([0-9A-Za-z]+)\s*(-|－|—)\s*(.+)$)");
      std::smatch m;
      if (std::regex_match(*first_preparer_, m, coded)) {
        preparer_code = m[1].str();
        preparer_name = m[3].str();
      } else {
        preparer_name = *first_preparer_;
      }
    }
    h.unit_name = hints_.unit_name.value_or(preparer_name);
    h.unit_code = hints_.unit_code.value_or(preparer_code);
    if (h.unit_name.empty())
      ctx_.problem(h.where, "the unit's name was not found (no heading and no 编制单位 line)");
    if (hints_.year) {
      h.year = *hints_.year;
    } else if (year_) {
      h.year = *year_;
    } else {
      ctx_.problem(h.where,
                   "the budget year was not found (no heading such as \"2026 年单位预算"
                   "情况说明\" and no title such as \"2026年部门收支总表\")");
    }
    if (hints_.level) {
      h.level = *hints_.level;
    } else {
      // Without a heading, the table titles say whose budget it is (部门收支总表).
      h.level = DisclosureLevel::Unit;
      for (const Segment& s : segments_)
        if (import_text::starts_with(import_text::normalise(s.title), "部门") &&
            s.kind != TableKind::PerformanceOverall)
          h.level = DisclosureLevel::Department;
    }
    if (hints_.amount_unit) {
      h.amount_unit = *hints_.amount_unit;
    } else if (first_unit_) {
      h.amount_unit = *first_unit_ == "元" ? AmountUnit::Yuan : AmountUnit::WanYuan;
    } else {
      ctx_.problem(h.where,
                   "the amount unit was not found (no \"单位：万元\" or \"单位：元\" line)");
    }
    h.unit_type = hints_.unit_type;
    h.region = hints_.region;
    h.source = hints_.source;
  }

  const HeaderHints& hints_;
  Context& ctx_;
  std::deque<Segment> segments_;  // a deque: current_ stays valid as segments are added
  Segment* current_ = nullptr;
  const GridCell* pending_label_ = nullptr;
  const GridCell* skipping_ = nullptr;
  std::size_t skipped_rows_ = 0;
  std::optional<TableKind> sheet_kind_;
  std::string sheet_name_;
  std::optional<std::string> first_unit_;
  std::optional<std::string> first_preparer_;
  std::optional<int> year_;
};

}  // namespace

RecogniseResult recognise_tables(const std::vector<Grid>& grids, const HeaderHints& hints) {
  RecogniseResult result;
  Context ctx;
  Recogniser(hints, ctx).run(grids, result.document);
  if (!grids.empty())
    result.document.path = grids.front().source;
  result.document.header.decimals = std::min(std::max(ctx.max_decimals, 0), Decimal::kMaxDecimals);
  if (ctx.max_decimals > Decimal::kMaxDecimals)
    ctx.problem(SourceLocation{}, fmt::format("amounts have {} decimals; at most {} are supported",
                                              ctx.max_decimals, Decimal::kMaxDecimals));
  result.problems = std::move(ctx.problems);
  return result;
}

HeaderHints read_heading(std::span<const TextLine> lines, const std::string& source) {
  HeaderHints hints;
  hints.source = source;
  static const std::regex heading(R"((\d{4})\s*年\s*(度)?\s*(部门|单位)(预算|决算))");
  for (const TextLine& l : lines) {
    const std::string t = import_text::trim(l.text);
    if (t.empty())
      continue;
    if (!hints.unit_name && !std::regex_search(t, heading)) {
      hints.unit_name = t;
      hints.where =
          SourceLocation{.line = l.line, .column = 1, .origin = fmt::format("{}:1", l.line)};
      continue;
    }
    std::smatch m;
    if (!hints.year && std::regex_search(t, m, heading)) {
      hints.year = std::stoi(m[1].str());
      hints.level = m[3].str() == "部门" ? DisclosureLevel::Department : DisclosureLevel::Unit;
      if (!hints.where.known())
        hints.where =
            SourceLocation{.line = l.line, .column = 1, .origin = fmt::format("{}:1", l.line)};
      // A heading such as "重庆市…委员会2026年部门预算": the name comes before the year.
      if (!hints.unit_name && m.position(0) > 0)
        hints.unit_name = import_text::trim(t.substr(0, static_cast<std::size_t>(m.position(0))));
    }
  }
  // The kind of unit, as the text states it ("属行政机构", "为参照公务员法管理的事业单位").
  for (const TextLine& l : lines) {
    const std::string& t = l.text;
    if (import_text::contains(t, "参照公务员法管理") || import_text::contains(t, "参公")) {
      hints.unit_type = "参公";
      break;
    }
    if (import_text::contains(t, "属行政机构") || import_text::contains(t, "为行政单位") ||
        import_text::contains(t, "属行政单位") || import_text::contains(t, "行政机关")) {
      hints.unit_type = "行政";
      break;
    }
    if (import_text::contains(t, "属事业单位") || import_text::contains(t, "为事业单位") ||
        import_text::contains(t, "公益一类事业单位") ||
        import_text::contains(t, "公益二类事业单位")) {
      hints.unit_type = "事业";
      break;
    }
  }
  // The region: the 省/市 and 区/县 the unit's name starts with ("重庆市綦江区…").
  if (hints.unit_name) {
    const auto cps = import_text::code_points(*hints.unit_name);
    std::optional<std::size_t> city;
    for (std::size_t i = 0; i < cps.size() && i < 10 && !city; ++i)
      if (cps[i] == U'市')
        city = i;
    if (city) {
      std::size_t end = *city;
      for (std::size_t i = *city + 1; i < cps.size() && i <= *city + 5; ++i)
        if (cps[i] == U'区' || cps[i] == U'县') {
          end = i;
          break;
        }
      std::string region;
      for (std::size_t i = 0; i <= end; ++i)
        region += import_text::to_utf8(cps[i]);
      hints.region = region;
    }
  }
  return hints;
}

}  // namespace budgetcheck
