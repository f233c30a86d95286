#include "budgetcheck/rules/code_catalogue.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace budgetcheck;

namespace {

ClassificationCode code(std::string_view digits) {
  const auto parsed = ClassificationCode::parse(digits);
  REQUIRE(parsed.has_value());
  return *parsed;
}

constexpr std::string_view kFunctional =
    "code,name,level,source\n"
    "210,卫生健康支出,类,catalogue\n"
    "21011,行政事业单位医疗,款,observed\n"
    "2101101,行政单位医疗,项,observed\n";
constexpr std::string_view kEconomic =
    "code,name,level,source\r\n"
    "302,商品和服务支出,类,catalogue\r\n"
    "30213,维修（护）费,款,catalogue\r\n";
constexpr std::string_view kRenamed =
    "classification,code,old_name,current_name,renamed_in\n"
    "functional,210,医疗卫生与计划生育支出,卫生健康支出,2019\n"
    "functional,299,未来名称,将来支出,2030\n";

CodeCatalogue small() {
  return CodeCatalogue::from_csv(2026, kFunctional, kEconomic, kRenamed);
}

}  // namespace

TEST_CASE("code catalogue: the embedded 2026 catalogue loads", "[rules][code_catalogue]") {
  const CodeCatalogue* catalogue = nullptr;
  REQUIRE_NOTHROW(catalogue = embedded_code_catalogue(2026));
  REQUIRE(catalogue != nullptr);
  CHECK(catalogue->year() == 2026);
  CHECK(catalogue->size(Classification::Functional) == 117);  // rows of functional-2026.csv
  CHECK(catalogue->size(Classification::Economic) == 78);
  CHECK(embedded_catalogue_years() == std::vector<int>{2026});
  CHECK(embedded_code_catalogue(2025) == nullptr);
}

TEST_CASE("code catalogue: embedded lookups by level", "[rules][code_catalogue]") {
  const CodeCatalogue& c = *embedded_code_catalogue(2026);
  const CatalogueEntry* health = c.find(Classification::Functional, code("210"));
  REQUIRE(health != nullptr);
  CHECK(health->name == "卫生健康支出");
  CHECK(health->level == CodeLevel::Class);
  const CatalogueEntry* other = c.find(Classification::Functional, code("2080899"));
  REQUIRE(other != nullptr);
  CHECK(other->name == "其他优抚支出");
  CHECK(other->level == CodeLevel::Item);
  REQUIRE(c.find(Classification::Economic, code("30213")) != nullptr);
  CHECK(c.find(Classification::Economic, code("30213"))->name == "维修（护）费");

  CHECK(c.lookup(Classification::Functional, code("2101101")) == CodeStatus::Listed);
  CHECK(c.lookup(Classification::Functional, code("2101199")) == CodeStatus::Unlisted);
  CHECK(c.lookup(Classification::Functional, code("21099")) == CodeStatus::Unlisted);
  CHECK(c.lookup(Classification::Functional, code("299")) == CodeStatus::UnknownClass);
  CHECK(c.lookup(Classification::Functional, code("2990101")) == CodeStatus::UnknownClass);
  // The two classifications are separate: 301 is no 功能分类 类, 208 no 经济分类 类.
  CHECK(c.lookup(Classification::Functional, code("301")) == CodeStatus::UnknownClass);
  CHECK(c.lookup(Classification::Economic, code("208")) == CodeStatus::UnknownClass);
  CHECK(c.lookup(Classification::Economic, code("30901")) == CodeStatus::Unlisted);
}

TEST_CASE("code catalogue: every rename points at the current catalogue name",
          "[rules][code_catalogue]") {
  const CodeCatalogue& c = *embedded_code_catalogue(2026);
  for (std::string_view old_name :
       {"医疗卫生与计划生育支出", "文化体育与传媒支出", "国土海洋气象等支出"}) {
    const RenamedCode* r = c.renamed_from(Classification::Functional, old_name);
    REQUIRE(r != nullptr);
    const CatalogueEntry* entry = c.find(Classification::Functional, code(r->code));
    REQUIRE(entry != nullptr);
    CHECK(entry->name == r->current_name);
  }
  CHECK(c.renamed_from(Classification::Functional, "卫生健康支出") == nullptr);
}

TEST_CASE("code catalogue: class names and renames from small CSVs", "[rules][code_catalogue]") {
  const CodeCatalogue c = small();
  REQUIRE(c.class_named(Classification::Functional, " 卫生健康支出") != nullptr);
  CHECK(c.class_named(Classification::Functional, "卫生健康支出")->code == "210");
  CHECK(c.class_named(Classification::Functional, "行政事业单位医疗") == nullptr);  // a 款
  CHECK(c.class_named(Classification::Economic, "卫生健康支出") == nullptr);

  const RenamedCode* r =
      c.renamed_from(Classification::Functional, "医疗卫生与计划生育支出", code("210"));
  REQUIRE(r != nullptr);
  CHECK(r->current_name == "卫生健康支出");
  CHECK(r->renamed_in == 2019);
  CHECK(c.renamed_from(Classification::Functional, "医疗卫生与计划生育支出", code("208")) ==
        nullptr);
  CHECK(c.renamed_from(Classification::Economic, "医疗卫生与计划生育支出") == nullptr);
  // A rename after the catalogue's year does not apply yet.
  CHECK(c.renamed_from(Classification::Functional, "未来名称") == nullptr);
  CHECK(CodeCatalogue::from_csv(2030, kFunctional, kEconomic, kRenamed)
            .renamed_from(Classification::Functional, "未来名称") != nullptr);
  // Windows line ends are read like Unix ones.
  CHECK(c.find(Classification::Economic, code("30213")) != nullptr);
}

TEST_CASE("code catalogue: names differ only beyond bracket width and surrounding spaces",
          "[rules][code_catalogue]") {
  CHECK(normalize_code_name("维修(护)费") == "维修（护）费");
  CHECK(normalize_code_name("\u3000 因公出国(境)费用\t") == "因公出国（境）费用");
  CHECK(same_code_name("资本性支出(基本建设)", "资本性支出（基本建设）"));
  CHECK(same_code_name(" 卫生健康支出 ", "卫生健康支出"));
  CHECK_FALSE(same_code_name("卫生 健康支出", "卫生健康支出"));  // inner spaces count
  CHECK_FALSE(same_code_name("维修【护】费", "维修（护）费"));   // other brackets count
  CHECK_FALSE(same_code_name("卫生健康", "卫生健康支出"));
}

TEST_CASE("code catalogue: malformed CSV rows are rejected with file and line",
          "[rules][code_catalogue]") {
  const auto load_functional = [](std::string_view rows) {
    return CodeCatalogue::from_csv(
        2026, std::string("code,name,level,source\n") + std::string(rows), kEconomic, kRenamed);
  };
  CHECK_NOTHROW(load_functional("210,卫生健康支出,类,catalogue\n"));
  CHECK_THROWS_WITH(load_functional("210,卫生健康支出,款,catalogue\n"),
                    "functional-2026.csv:2: level `款` does not fit code 210");
  CHECK_THROWS_WITH(load_functional("21011,行政事业单位医疗,款,observed\n"),
                    "functional-2026.csv:2: parent 210 of 21011 is not listed above it");
  CHECK_THROWS_WITH(
      load_functional("210,卫生健康支出,类,catalogue\n210,卫生健康支出,类,catalogue\n"),
      "functional-2026.csv:3: duplicate code 210");
  CHECK_THROWS_WITH(load_functional("210,卫生健康支出,类,\n"),
                    "functional-2026.csv:2: source missing: every row says where it comes from");
  CHECK_THROWS_WITH(load_functional("210,卫生健康支出,类\n"),
                    "functional-2026.csv:2: expected 4 fields, found 3");
  CHECK_THROWS_WITH(load_functional("21A,卫生健康支出,类,catalogue\n"),
                    "functional-2026.csv:2: `21A` is no 3, 5 or 7 digit code");
  CHECK_THROWS_WITH(load_functional("302,维修(护)费,类,catalogue\n"),
                    "functional-2026.csv:2: name empty, padded or with half-width brackets");
  CHECK_THROWS_WITH(CodeCatalogue::from_csv(2026, kFunctional,
                                            "code,name,level,source\n302,商品和服务支出,类,"
                                            "c\n30213,维修（护）费,款,c\n3021301,甲,项,c\n",
                                            kRenamed),
                    "economic-2026.csv:4: economic codes stop at 款");
  CHECK_THROWS_WITH(CodeCatalogue::from_csv(2026, "code,name\n", kEconomic, kRenamed),
                    "functional-2026.csv:1: expected the header `code,name,level,source`");
  CHECK_THROWS_WITH(CodeCatalogue::from_csv(2026, kFunctional, kEconomic,
                                            "classification,code,old_name,current_name,renamed_in\n"
                                            "functional,210,甲,乙,19x\n"),
                    "renamed.csv:2: renamed_in `19x` is no year");
}

TEST_CASE("code catalogue: classification names", "[rules][code_catalogue]") {
  CHECK(classification_zh(Classification::Functional) == "支出功能分类科目");
  CHECK(classification_zh(Classification::Economic) == "部门预算支出经济分类科目");
}
