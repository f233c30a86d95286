#include "header_map.hpp"

#include <regex>

#include "import_text.hpp"

namespace budgetcheck::import_headers {

using import_text::contains;
using import_text::ends_with;
using import_text::starts_with;

namespace {

// "当年预算（万元）" → "当年预算": a unit in a label does not change its meaning.
std::string strip_unit(std::string label) {
  for (const char* unit : {"(万元)", "(元)"})
    if (ends_with(label, unit))
      label.erase(label.size() - std::string_view(unit).size());
  return label;
}

}  // namespace

std::optional<Column> column_of_label(const std::string& raw) {
  std::string l = strip_unit(import_text::normalise(raw));
  // Income source names appear with or without 拨款/收入/资金 ("一般公共预算拨款收入",
  // "一般公共预算资金", "一般公共预算"): the fund word decides.
  if (l == "合计" || l == "总计" || l == "小计" || l == "预算数" || l == "金额" ||
      l == "本年预算数" || l == "年初预算数" || l == "预算金额" ||
      std::regex_match(l, std::regex(R"(\d{4}年(预算数|年初预算数|预算))")))
    return Column::Total;
  if (l == "基本支出")
    return Column::Basic;
  if (l == "人员经费" || l == "人员经费支出")
    return Column::Personnel;
  if (l == "公用经费" || l == "日常公用经费" || l == "公用经费支出")
    return Column::Public;
  if (l == "项目支出")
    return Column::Project;
  if (starts_with(l, "上年结转"))
    return Column::PriorCarryover;
  if (starts_with(l, "一般公共预算"))
    return Column::GeneralPublic;
  if (starts_with(l, "政府性基金预算") || l == "政府性基金")
    return Column::GovernmentFund;
  if (starts_with(l, "国有资本经营预算") || l == "国有资本经营收入")
    return Column::StateCapital;
  if (l == "财政拨款" || l == "财政拨款收入" || l == "财政拨款资金")
    return Column::FiscalAppropriation;
  if (starts_with(l, "财政专户管理资金") || l == "财政专户资金" || l == "财政专户管理资金收入")
    return Column::SpecialAccount;
  if (starts_with(l, "事业单位经营") || l == "经营收入")
    return Column::BusinessOperation;
  if (starts_with(l, "附属单位上缴"))
    return Column::SubordinateRemit;
  if (starts_with(l, "上级补助"))
    return Column::HigherSubsidy;
  if (l == "事业收入" || l == "事业收入资金")
    return Column::Business;
  if (l == "其他收入" || l == "其他收入资金" || l == "其他资金")
    return Column::Other;
  return std::nullopt;
}

std::optional<HeaderRole> role_of_label(const std::string& raw) {
  const std::string l = strip_unit(import_text::normalise(raw));
  if (l == "类")
    return HeaderRole{Role::CodeClass, {}};
  if (l == "款")
    return HeaderRole{Role::CodeSection, {}};
  if (l == "项")
    return HeaderRole{Role::CodeItem, {}};
  if (l == "科目编码" || l == "编码" || l == "科目代码" || l == "项目编号" || l == "项目编码" ||
      l == "功能分类科目编码" || l == "经济分类科目编码" || l == "支出功能分类科目编码" ||
      l == "部门预算支出经济分类科目编码")
    return HeaderRole{Role::Code, {}};
  if (l == "科目名称" || l == "项目" || l == "项目名称" || l == "名称" || l == "功能分类科目名称" ||
      l == "经济分类科目名称" || l == "支出功能分类科目名称" || l == "部门预算支出经济分类科目名称")
    return HeaderRole{Role::Name, {}};
  if (l == "采购类别" || l == "采购品目类别" || l == "类别" || l == "采购品目")
    return HeaderRole{Role::Category, {}};
  if (auto c = column_of_label(l))
    return HeaderRole{Role::Amount, c};
  // Labels over other labels: they say what a group of columns is, not one column.
  if (l == "科目" || l == "功能分类科目" || l == "经济分类科目" || l == "支出功能分类科目" ||
      l == "部门预算支出经济分类科目" || l == "收入" || l == "支出" || contains(l, "预算数") ||
      contains(l, "基本支出") || contains(l, "财政拨款支出") ||
      std::regex_match(l, std::regex(R"(\d{4}年.*)")) || starts_with(l, "本年"))
    return HeaderRole{Role::Group, {}};
  return std::nullopt;
}

std::vector<ColumnLabels> column_labels(const std::vector<const GridRow*>& rows,
                                        std::size_t width) {
  std::vector<ColumnLabels> out(width);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool last = r + 1 == rows.size();
    const GridCell* left = nullptr;  // last non-empty cell to the left in this row
    for (std::size_t c = 0; c < width; ++c) {
      const GridCell* cell = c < rows[r]->cells.size() ? &rows[r]->cells[c] : nullptr;
      const bool empty = !cell || cell->text.empty();
      if (!empty)
        left = cell;
      const GridCell* source = empty ? (last ? nullptr : left) : cell;
      if (!source)
        continue;
      const std::string label = import_text::normalise(source->text);
      ColumnLabels& col = out[c];
      if (!col.labels.empty() && col.labels.back() == label)
        continue;  // a vertically merged cell repeats its text
      col.labels.push_back(label);
      col.cells.push_back(source);
    }
  }
  return out;
}

}  // namespace budgetcheck::import_headers
