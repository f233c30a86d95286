// The 绩效目标 tables: label/value rows ("项目名称 | … | 业务主管部门 | …") and a grid of
// indicators under "绩效指标 | 一级指标 | 二级指标 | …".

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "recognise_internal.hpp"

namespace budgetcheck::recognise_detail {

using import_text::normalise;

namespace {

enum class Field {
  Name,             // 项目名称 (项目编码-名称)
  Department,       // 业务主管部门
  ExecutionWeight,  // 预算执行率权重
  Category,         // 项目分类
  Budget,           // 当年预算
  Own,              // 本级安排
  Higher,           // 上级补助
  Summary,          // 项目概述
  Basis,            // 立项依据
  Objective,        // 当年绩效目标 / 当年整体绩效目标
  Indicators,       // 绩效指标 (the indicator header)
  UnitName,         // 部门(单位)名称
  UnitBudget,       // 部门支出预算数
};
constexpr std::size_t kFieldCount = 13;

std::optional<Field> field_of(const std::string& text) {
  std::string l = normalise(text);
  for (const char* unit : {"(万元)", "(元)"})
    if (import_text::ends_with(l, unit))
      l.erase(l.size() - std::string_view(unit).size());
  if (l == "项目名称")
    return Field::Name;
  if (l == "业务主管部门" || l == "主管部门")
    return Field::Department;
  if (l == "预算执行率权重")
    return Field::ExecutionWeight;
  if (l == "项目分类")
    return Field::Category;
  if (l == "当年预算" || l == "年度预算" || l == "项目预算")
    return Field::Budget;
  if (l == "本级安排")
    return Field::Own;
  if (l == "上级补助")
    return Field::Higher;
  if (l == "项目概述")
    return Field::Summary;
  if (l == "立项依据")
    return Field::Basis;
  if (l == "当年绩效目标" || l == "当年整体绩效目标" || l == "年度绩效目标" || l == "整体绩效目标")
    return Field::Objective;
  if (l == "绩效指标")
    return Field::Indicators;
  if (l == "部门(单位)名称" || l == "部门名称" || l == "单位名称")
    return Field::UnitName;
  if (l == "部门支出预算数" || l == "单位支出预算数" || l == "部门预算数")
    return Field::UnitBudget;
  return std::nullopt;
}

const char* field_zh(Field f) {
  static constexpr std::array<const char*, kFieldCount> names{"项目名称（项目编码）",
                                                              "业务主管部门",
                                                              "预算执行率权重",
                                                              "项目分类",
                                                              "当年预算",
                                                              "本级安排",
                                                              "上级补助",
                                                              "项目概述",
                                                              "立项依据",
                                                              "当年绩效目标",
                                                              "绩效指标",
                                                              "部门(单位)名称",
                                                              "部门支出预算数"};
  return names[static_cast<std::size_t>(f)];
}

// "a、b和c"
std::string zh_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0)
      out += i + 1 == items.size() ? "和" : "、";
    out += items[i];
  }
  return out;
}

enum class IndicatorField { Level1, Level2, Level3, Weight, Unit, Nature, Value, Core };

std::optional<IndicatorField> indicator_field(const std::string& text) {
  const std::string l = normalise(text);
  if (l == "一级指标")
    return IndicatorField::Level1;
  if (l == "二级指标")
    return IndicatorField::Level2;
  if (l == "三级指标")
    return IndicatorField::Level3;
  if (l == "指标权重" || l == "权重")
    return IndicatorField::Weight;
  if (l == "计量单位" || l == "度量单位")
    return IndicatorField::Unit;
  if (l == "指标性质" || l == "指标方向")
    return IndicatorField::Nature;
  if (l == "指标值" || l == "目标值")
    return IndicatorField::Value;
  if (l == "是否核心指标" || l == "核心指标")
    return IndicatorField::Core;
  return std::nullopt;
}

// Reads label/value rows and indicator rows into callbacks shared by both 绩效 tables.
class LabelReader {
 public:
  LabelReader(Context& ctx, const Segment& seg) : ctx_(ctx), seg_(seg) {}

  // `on_value(field, label cell, value cell or nullptr)`; `on_indicator(indicator)`.
  template <typename OnValue, typename OnIndicator>
  void read(const std::vector<const GridRow*>& rows, OnValue on_value, OnIndicator on_indicator) {
    for (const GridRow* row : rows) {
      std::vector<const GridCell*> filled;
      for (const GridCell& c : row->cells)
        if (!c.text.empty())
          filled.push_back(&c);
      if (filled.empty())
        continue;
      const auto first = field_of(filled.front()->text);
      if (first == Field::Indicators) {
        read_indicator_header(*row);
        on_value(Field::Indicators, *filled.front(), nullptr);
        continue;
      }
      if (!first && !indicator_columns_.empty()) {
        on_indicator(read_indicator(*row));
        continue;
      }
      for (std::size_t i = 0; i < filled.size(); ++i) {
        const auto field = field_of(filled[i]->text);
        if (!field) {
          ctx_.problem(Context::at(*filled[i]),
                       fmt::format("`{}` in `{}` cannot be placed: not after a known label",
                                   filled[i]->text, seg_.title));
          continue;
        }
        const GridCell* value = nullptr;
        if (i + 1 < filled.size() && !field_of(filled[i + 1]->text)) {
          value = filled[i + 1];
          ++i;
        } else {
          // A blank value: its place is the cell right after the label.
          const auto index = static_cast<std::size_t>(filled[i] - row->cells.data());
          if (index + 1 < row->cells.size())
            blank_place_ = &row->cells[index + 1];
          else
            blank_place_ = filled[i];
        }
        on_value(*field, *filled[i], value);
      }
    }
  }

  const GridCell* blank_place() const { return blank_place_; }

 private:
  void read_indicator_header(const GridRow& row) {
    indicator_columns_.clear();
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].text.empty() || field_of(row.cells[i].text) == Field::Indicators)
        continue;
      if (auto f = indicator_field(row.cells[i].text))
        indicator_columns_.emplace_back(i, *f);
      else
        ctx_.problem(
            Context::at(row.cells[i]),
            fmt::format("indicator header `{}` does not map to a known column", row.cells[i].text));
    }
  }

  PerformanceIndicator read_indicator(const GridRow& row) {
    PerformanceIndicator ind;
    ind.where = Context::at(row);
    std::vector<bool> used(row.cells.size(), false);
    for (const auto& [i, f] : indicator_columns_) {
      if (i >= row.cells.size())
        continue;
      used[i] = true;
      const GridCell& c = row.cells[i];
      const std::string& t = c.text;
      switch (f) {
        case IndicatorField::Level1:
          ind.level1 = t;
          break;
        case IndicatorField::Level2:
          ind.level2 = t;
          break;
        case IndicatorField::Level3:
          ind.level3 = t;
          break;
        case IndicatorField::Weight:
          if (!t.empty()) {
            const auto a = import_text::read_amount(t);
            if (a.value)
              ind.weight = a.value;
            else
              ctx_.problem(Context::at(c), fmt::format("cannot read 指标权重 `{}`", t));
          }
          break;
        case IndicatorField::Unit:
          ind.unit = t;
          break;
        case IndicatorField::Nature:
          ind.nature = t;
          break;
        case IndicatorField::Value:
          ind.value = t;
          break;
        case IndicatorField::Core:
          if (t == "是")
            ind.core = true;
          else if (t == "否")
            ind.core = false;
          else if (!t.empty())
            ctx_.problem(Context::at(c), fmt::format("是否核心指标 `{}`: expected 是 or 否", t));
          break;
      }
    }
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      if (!used[i] && !row.cells[i].text.empty())
        ctx_.problem(Context::at(row.cells[i]),
                     fmt::format("`{}` of an indicator row is in a column without a header",
                                 row.cells[i].text));
    return ind;
  }

  Context& ctx_;
  const Segment& seg_;
  std::vector<std::pair<std::size_t, IndicatorField>> indicator_columns_;
  const GridCell* blank_place_ = nullptr;
};

Cell amount_value(Context& ctx, const LabelReader& reader, const GridCell& label,
                  const GridCell* value) {
  if (value)
    return ctx.amount(*value, normalise(label.text));
  const GridCell* place = reader.blank_place();
  return Cell{std::nullopt, Context::at(place ? *place : label)};
}

}  // namespace

void read_performance_overall(Context& ctx, const Segment& seg, PerformanceOverall& table) {
  LabelReader reader(ctx, seg);
  reader.read(
      seg.rows,
      [&](Field f, const GridCell& label, const GridCell* value) {
        const std::string text = value ? value->text : std::string();
        switch (f) {
          case Field::UnitName:
            table.unit_name = text;
            break;
          case Field::UnitBudget:
            table.budget = amount_value(ctx, reader, label, value);
            break;
          case Field::Objective:
            table.objective = text;
            break;
          case Field::Indicators:
            break;
          default:
            ctx.problem(Context::at(label),
                        fmt::format("`{}` does not belong in `{}`", label.text, seg.title));
        }
      },
      [&](PerformanceIndicator ind) { table.indicators.push_back(std::move(ind)); });
}

void read_performance_projects(Context& ctx, const Segment& seg, int year,
                               std::vector<ProjectPerformance>& out) {
  const std::size_t first = out.size();
  std::vector<std::array<bool, kFieldCount>> seen;
  auto start = [&](bool headerless) {
    ProjectPerformance p;
    if (!headerless) {
      p.preparer = seg.preparer;
      p.amount_unit = seg.unit;
      p.where = seg.title_cell ? Context::at(*seg.title_cell) : SourceLocation{};
    }
    out.push_back(std::move(p));
    seen.push_back({});
  };
  start(false);
  LabelReader reader(ctx, seg);
  reader.read(
      seg.rows,
      [&](Field f, const GridCell& label, const GridCell* value) {
        // A label seen twice: the next project's table lost its title and header rows in
        // extraction. It is kept as a project of its own, with a note saying what is missing.
        if (seen.back()[static_cast<std::size_t>(f)]) {
          start(true);
          out.back().where = Context::at(label);
        }
        seen.back()[static_cast<std::size_t>(f)] = true;
        ProjectPerformance& p = out.back();
        if (!p.where.known())
          p.where = Context::at(label);
        const std::string text = value ? value->text : std::string();
        switch (f) {
          case Field::Name: {
            // "50011021T000000052342-参战参核军人生活补助": the code, then the name.
            const auto dash = text.find('-');
            const std::string head = dash == std::string::npos ? "" : text.substr(0, dash);
            const bool coded =
                head.size() >= 6 && std::all_of(head.begin(), head.end(), [](char c) {
                  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                });
            p.code = coded ? head : "";
            p.name = coded ? text.substr(dash + 1) : text;
            break;
          }
          case Field::Department:
            p.department = text;
            break;
          case Field::ExecutionWeight:
            if (value) {
              const auto a = import_text::read_amount(text);
              if (a.value)
                p.execution_weight = a.value;
              else
                ctx.problem(Context::at(*value),
                            fmt::format("cannot read 预算执行率权重 `{}`", text));
            }
            break;
          case Field::Category:
            p.category = text;
            break;
          case Field::Budget:
            p.budget = amount_value(ctx, reader, label, value);
            break;
          case Field::Own:
            p.own_arrangement = amount_value(ctx, reader, label, value);
            break;
          case Field::Higher:
            p.higher_subsidy = amount_value(ctx, reader, label, value);
            break;
          case Field::Summary:
            p.summary = text;
            break;
          case Field::Basis:
            p.basis = text;
            break;
          case Field::Objective:
            p.objective = text;
            break;
          case Field::Indicators:
            break;
          default:
            ctx.problem(Context::at(label),
                        fmt::format("`{}` does not belong in `{}`", label.text, seg.title));
        }
      },
      [&](PerformanceIndicator ind) { out.back().indicators.push_back(std::move(ind)); });

  // Notes: what a headerless table is missing, in the words a transcriber would use.
  for (std::size_t k = 1; k < seen.size(); ++k) {
    std::vector<std::string> missing, present;
    for (Field f : {Field::Name, Field::Department, Field::ExecutionWeight, Field::Category,
                    Field::Budget, Field::Own, Field::Higher, Field::Summary, Field::Basis,
                    Field::Objective, Field::Indicators})
      (seen[k][static_cast<std::size_t>(f)] ? present : missing).push_back(field_zh(f));
    const std::string title =
        seg.title.empty() ? fmt::format("{}年项目支出绩效目标表", year) : seg.title;
    out[first + k].note = fmt::format(
        "提取文本中此表缺少表头：“{}”标题、编制单位、单位、{}均未出现，只有{}；"
        "项目编码、名称和预算无从得知。",
        title, zh_list(missing), zh_list(present));
  }
}

}  // namespace budgetcheck::recognise_detail
