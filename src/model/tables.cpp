#include "budgetcheck/model/tables.hpp"

#include <algorithm>

#include "budgetcheck/model/columns.hpp"

namespace budgetcheck {

const Cell& AmountRow::blank_cell() {
  static const Cell kBlank;
  return kBlank;
}

Cell& AmountRow::operator[](Column c) {
  if (const std::uint8_t at = position_[static_cast<std::size_t>(c)]; at != 0)
    return cells_[at - 1].second;
  return add_cell(c);
}

SourceLocation AmountRow::cell_location(Column c) const {
  const Cell& cell = (*this)[c];
  if (!cell.where.pointer.empty())
    return cell.where;
  SourceLocation at = cell.where.placed() ? cell.where : where;
  at.pointer = where.full_pointer();
  at.pointer_parent.reset();
  at.pointer += '/';
  at.pointer += column_info(c).key;
  return at;
}

bool AmountRow::all_blank() const {
  return std::all_of(cells_.begin(), cells_.end(), [](const auto& c) { return c.second.blank(); });
}

bool ClassifiedTable::has_column(Column c) const {
  return std::find(columns.begin(), columns.end(), c) != columns.end();
}

bool ClassifiedTable::empty() const {
  auto row_blank = [](const AmountRow& row) { return row.all_blank(); };
  return (!totals || row_blank(*totals)) && std::all_of(rows.begin(), rows.end(), row_blank);
}

const AmountRow* ClassifiedTable::find(const ClassificationCode& code) const {
  for (const auto& row : rows)
    if (row.code && *row.code == code)
      return &row;
  return nullptr;
}

}  // namespace budgetcheck
