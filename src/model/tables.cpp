#include "budgetcheck/model/tables.hpp"

#include <algorithm>

namespace budgetcheck {

bool ClassifiedTable::has_column(Column c) const {
  return std::find(columns.begin(), columns.end(), c) != columns.end();
}

bool ClassifiedTable::empty() const {
  auto row_blank = [](const AmountRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return c.blank(); });
  };
  return (!totals || row_blank(*totals)) && std::all_of(rows.begin(), rows.end(), row_blank);
}

const AmountRow* ClassifiedTable::find(const ClassificationCode& code) const {
  for (const auto& row : rows)
    if (row.code && *row.code == code)
      return &row;
  return nullptr;
}

}  // namespace budgetcheck
