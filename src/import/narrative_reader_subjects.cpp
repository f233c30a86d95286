// Names the 情况说明 uses for income sources and 功能分类 类.

#include <array>
#include <utility>

#include "narrative_reader_internal.hpp"

namespace budgetcheck::narrative_detail {

std::optional<Column> income_source_named(std::string_view label) {
  // Longer names first: 事业单位经营收入 before 事业收入.
  static constexpr std::array<std::pair<std::string_view, Column>, 12> kSources = {{
      {"一般公共预算", Column::GeneralPublic},
      {"政府性基金", Column::GovernmentFund},
      {"国有资本经营", Column::StateCapital},
      {"财政专户", Column::SpecialAccount},
      {"事业单位经营收入", Column::BusinessOperation},
      {"经营收入", Column::BusinessOperation},
      {"事业收入", Column::Business},
      {"上级补助", Column::HigherSubsidy},
      {"附属单位上缴", Column::SubordinateRemit},
      {"其他收入", Column::Other},
      {"上年结转", Column::PriorCarryover},
      {"财政拨款", Column::FiscalAppropriation},
  }};
  for (const auto& [word, column] : kSources)
    if (contains(label, word))
      return column;
  return std::nullopt;
}

std::optional<ClassificationCode> functional_class_code(std::string_view name) {
  // 支出功能分类 类 as in data/codes/functional-2026.csv, with the names renamed in 2019
  // (data/codes/renamed.csv) that older texts still use. Kept here rather than taken from
  // the rules' code catalogue: importing comes before the rules and must not depend on them.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 32> kClasses = {{
      {"一般公共服务支出", "201"},
      {"外交支出", "202"},
      {"国防支出", "203"},
      {"公共安全支出", "204"},
      {"教育支出", "205"},
      {"科学技术支出", "206"},
      {"文化旅游体育与传媒支出", "207"},
      {"文化体育与传媒支出", "207"},
      {"社会保障和就业支出", "208"},
      {"社会保险基金支出", "209"},
      {"卫生健康支出", "210"},
      {"医疗卫生与计划生育支出", "210"},
      {"节能环保支出", "211"},
      {"城乡社区支出", "212"},
      {"农林水支出", "213"},
      {"交通运输支出", "214"},
      {"资源勘探工业信息等支出", "215"},
      {"商业服务业等支出", "216"},
      {"金融支出", "217"},
      {"援助其他地区支出", "219"},
      {"自然资源海洋气象等支出", "220"},
      {"国土海洋气象等支出", "220"},
      {"住房保障支出", "221"},
      {"粮油物资储备支出", "222"},
      {"国有资本经营预算支出", "223"},
      {"灾害防治及应急管理支出", "224"},
      {"预备费", "227"},
      {"其他支出", "229"},
      {"转移性支出", "230"},
      {"债务还本支出", "231"},
      {"债务付息支出", "232"},
      {"债务发行费用支出", "233"},
  }};
  for (const auto& [zh, digits] : kClasses)
    if (name == zh)
      return ClassificationCode::parse(digits);
  return std::nullopt;
}

}  // namespace budgetcheck::narrative_detail
