#include "table_titles.hpp"

#include <regex>

#include "import_text.hpp"

namespace budgetcheck::import_titles {

using import_text::contains;
using import_text::ends_with;

namespace {

// Titles vary between regions ("部门收支总表", "财务收支预算总表", "收支预算总表"), so a
// title is read by the words that tell the tables apart, most specific first.
std::string core_of(std::string_view title) {
  std::string t = import_text::normalise(title);
  static const std::regex year_prefix(R"(^\d{4}年(度)?)");
  t = std::regex_replace(t, year_prefix, "");
  // "（续）", "(续表)": a table continued on the next page has the same kind.
  for (const char* tail : {"(续表)", "(续)", "续表"})
    if (ends_with(t, tail))
      t.erase(t.size() - std::string_view(tail).size());
  return t;
}

}  // namespace

std::optional<TableKind> table_kind_from_title(std::string_view title) {
  const std::string t = core_of(title);
  if (!ends_with(t, "表"))
    return std::nullopt;
  if (contains(t, "绩效目标")) {
    if (contains(t, "整体"))
      return TableKind::PerformanceOverall;
    if (contains(t, "项目"))
      return TableKind::PerformanceProjects;
    return std::nullopt;
  }
  if (contains(t, "三公"))
    return TableKind::ThreePublic;
  if (contains(t, "采购"))
    return TableKind::Procurement;
  if (contains(t, "政府性基金"))
    return TableKind::GovernmentFundExpenditure;
  if (contains(t, "国有资本经营"))
    return TableKind::StateCapitalExpenditure;
  if (contains(t, "财政拨款收支"))
    return TableKind::FiscalSummary;
  if (contains(t, "一般公共预算")) {
    if (contains(t, "基本支出"))
      return TableKind::GeneralPublicBasic;
    if (contains(t, "支出"))
      return TableKind::GeneralPublicExpenditure;
    return std::nullopt;
  }
  if (contains(t, "收支") && contains(t, "总表"))
    return TableKind::DepartmentSummary;
  if (contains(t, "收入") && contains(t, "总表"))
    return TableKind::DepartmentIncome;
  if (contains(t, "支出") && contains(t, "总表"))
    return TableKind::DepartmentExpenditure;
  return std::nullopt;
}

bool looks_like_title(std::string_view text) {
  const std::string t = core_of(text);
  if (!ends_with(t, "表") || import_text::length(t) > 40 || import_text::length(t) < 3)
    return false;
  for (const char* stop : {"。", "，", ",", "：", ":", "；"})
    if (contains(t, stop))
      return false;
  return true;
}

std::optional<std::string> table_label(std::string_view text) {
  const std::string t = import_text::normalise(text);
  static const std::regex label(R"(^表((一|二|三|四|五|六|七|八|九|十)+|\d+)(-\d+)?$)");
  if (std::regex_match(t, label))
    return import_text::trim(text);
  return std::nullopt;
}

std::optional<int> title_year(std::string_view title) {
  const std::string t = import_text::normalise(title);
  static const std::regex year(R"(^(\d{4})年)");
  std::smatch m;
  if (std::regex_search(t, m, year))
    return std::stoi(m[1].str());
  return std::nullopt;
}

}  // namespace budgetcheck::import_titles
