#pragma once
// Documents for the narrative rule tests (BC20x–BC22x): a header, claims and tables.

#include <string>
#include <string_view>

#include "rules/rule_test_support.hpp"

namespace budgetcheck::test {

// `claims` is the inside of "claims": [...]; `tables` the inside of "tables": {...};
// `header_extra` is added to "document" (e.g. R"(, "unit_type": "行政")").
inline std::string narrative_document(std::string_view claims, std::string_view tables,
                                      std::string_view header_extra = "") {
  return R"({"format": "budgetcheck/1", "document": {"unit_name": "测试单位", "level": "单位", )"
         R"("year": 2026, "amount_unit": "万元", "decimals": 2)" +
         std::string(header_extra) + R"(}, "narrative": {"sections": [], "claims": [)" +
         std::string(claims) + R"(]}, "tables": {)" + std::string(tables) + "}}";
}

inline Document load_narrative(std::string_view claims, std::string_view tables,
                               std::string_view header_extra = "") {
  return load_ok(narrative_document(claims, tables, header_extra));
}

}  // namespace budgetcheck::test
