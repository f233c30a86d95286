#include "budgetcheck/load/loader.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "budgetcheck/report/baseline.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "support/test_support.hpp"

using namespace budgetcheck;

namespace {

// A valid header; tests add `tables` / `narrative` after it.
const std::string kHead = R"({
"format": "budgetcheck/1",
"document": {"unit_name": "某单位", "level": "单位", "year": 2026, "amount_unit": "万元", "decimals": 2},
)";

std::string with_tables(const std::string& tables) {
  return kHead + "\"tables\": {\n" + tables + "\n}}";
}

// Position of the first occurrence of `needle` in `text`, 1-based, column in code points.
std::pair<std::uint32_t, std::uint32_t> position_of(const std::string& text,
                                                    const std::string& needle) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return test::line_column_at(text, at);
}

std::string all_messages(const LoadResult& result) {
  std::string out;
  for (const auto& p : result.problems)
    out += std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + " " +
           p.where.pointer + " " + p.message + "\n";
  return out;
}

// The one problem whose message contains `words`; fails unless exactly one does.
LoadProblem problem_with(const LoadResult& result, const std::string& words) {
  INFO(all_messages(result));
  CHECK_FALSE(result.ok());
  CHECK_FALSE(result.document.has_value());
  const LoadProblem* found = nullptr;
  int count = 0;
  for (const auto& p : result.problems)
    if (p.message.find(words) != std::string::npos) {
      found = &p;
      ++count;
    }
  INFO("looking for: " << words);
  REQUIRE(count == 1);
  return *found;
}

// Checks the problem's pointer and that it sits where `needle` first occurs in `text`.
void check_where(const LoadProblem& p, const std::string& pointer, const std::string& text,
                 const std::string& needle) {
  INFO(p.message);
  CHECK(p.where.pointer == pointer);
  const auto [line, column] = position_of(text, needle);
  CHECK(p.where.line == line);
  CHECK(p.where.column == column);
}

LoadResult load(const std::string& text) {
  return load_document_text(text, "test.json");
}

const std::string kFullDocument = R"({
  "format": "budgetcheck/1",
  "document": {"unit_code": "206001", "unit_name": "重庆市綦江区经济和信息化委员会（本级）",
               "level": "单位", "year": 2026, "amount_unit": "万元", "decimals": 2,
               "unit_type": "行政", "region": "重庆市綦江区", "source": "test"},
  "narrative": {
    "sections": [{"heading": "一、单位基本情况", "text": "……"}],
    "claims": [
      {"subject": "income_total", "amount": "2,465.43", "prior": 8636.55,
       "change": {"direction": "减少", "amount": "6,171.12", "percent": 71.5},
       "sentence": "收入预算 2,465.43 万元"},
      {"subject": "income_source", "source": "general_public", "amount": 2465.43, "sentence": "s"},
      {"subject": "expenditure_class", "code": "208", "name": "社会保障和就业支出",
       "amount": "188.69", "sentence": "s"},
      {"subject": "procurement_total", "scope": "general_public", "amount": 0, "sentence": "s"},
      {"subject": "vehicles_total", "count": 2, "sentence": "共有车辆 2 辆"}
    ]
  },
  "tables": {
    "department_summary": {
      "title": "部门收支总表", "label": "表六", "amount_unit": "万元",
      "income": {"sources": ["general_public", "government_fund"],
                 "general_public": "2,465.43", "government_fund": null, "total": "2,465.43"},
      "expenditure": {"columns": ["total"],
                      "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "188.69"},
                               {"name": "卫生健康支出", "total": "24.21"}],
                      "carry_forward": {"total": null},
                      "totals": {"total": "2,465.43"}}
    },
    "department_income": {
      "columns": ["total", "general_public"],
      "totals": {"total": "188.69", "general_public": "188.69"},
      "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "188.69", "general_public": "188.69"}]
    },
    "department_expenditure": {
      "columns": ["total", "basic", "project"],
      "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "188.69", "basic": "163.04", "project": "25.65"},
               {"code": "20805", "name": "行政事业单位养老支出", "total": "163.04", "basic": "163.04", "project": null},
               {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "total": "36.19"}]
    },
    "fiscal_summary": {
      "income": {"current_total": "2,465.43", "general_public": "2,465.43", "government_fund": null,
                 "grand_total": "2,465.43"},
      "expenditure": {"columns": ["total", "general_public"],
                      "current_total": {"total": "2,465.43", "general_public": "2,465.43"},
                      "rows": [{"name": "社会保障和就业支出", "total": "188.69", "general_public": "188.69"}],
                      "carry_forward": {},
                      "grand_total": {"total": "2,465.43", "general_public": "2,465.43"}}
    },
    "general_public_expenditure": {
      "title": "一般公共预算财政拨款支出预算表", "label": "表二", "amount_unit": "万元",
      "columns": ["total", "basic", "project"],
      "totals": {"total": "2,465.43", "basic": "587.84", "project": "1,877.59"},
      "rows": [{"code": "208", "name": "社会保障和就业支出", "total": 188.69, "basic": "163.04", "project": "25.65"},
               {"code": "20805", "name": "行政事业单位养老支出", "total": "163.04", "basic": "163.04", "project": null}]
    },
    "general_public_basic": {
      "columns": ["total", "personnel", "public"],
      "rows": [{"code": "301", "name": "工资福利支出", "total": "367.66", "personnel": "367.66"},
               {"code": "30101", "name": "基本工资", "total": "85.89", "personnel": "85.89"}]
    },
    "three_public": {"total": "17.00", "overseas": null, "vehicle_total": "7.00",
                     "vehicle_purchase": null, "vehicle_operation": "7.00", "reception": "10.00"},
    "government_fund_expenditure": {"columns": ["total", "basic", "project"], "totals": {},
                                    "note": "本单位无政府性基金收支，故此表无数据。"},
    "state_capital_expenditure": {"columns": ["total"], "rows": []},
    "procurement": {"columns": ["total", "general_public"],
                    "rows": [{"code": "50011021T000000052342", "name": "某项目", "category": "服务",
                              "total": "10.00", "general_public": "10.00"}]},
    "performance_overall": {"unit_name": "某单位", "budget": "2,465.43", "objective": "目标",
                            "indicators": [{"level1": "产出指标", "level2": "数量指标", "level3": "x",
                                            "weight": 10, "unit": "个", "nature": "≥", "value": "4.5",
                                            "core": true}]},
    "performance_projects": [
      {"code": "50011021T000000052342", "name": "参战参核军人生活补助", "amount_unit": "万元",
       "execution_weight": 10, "budget": "25.65", "own_arrangement": "25.65", "higher_subsidy": null,
       "indicators": [], "note": "n"}
    ]
  }
})";

}  // namespace

TEST_CASE("loader: a full valid document loads every table", "[load][loader]") {
  const Document doc = test::load_ok(kFullDocument);
  CHECK(doc.path == "test.json");
  CHECK(doc.header.unit_code == "206001");
  CHECK(doc.header.level == DisclosureLevel::Unit);
  CHECK(doc.header.year == 2026);
  CHECK(doc.header.amount_unit == AmountUnit::WanYuan);
  CHECK(doc.header.decimals == 2);
  CHECK(doc.header.unit_type == "行政");
  CHECK(doc.header.region == "重庆市綦江区");
  CHECK(doc.header.where.pointer == "/document");
  SourceLocation header_where = doc.header.where;
  CHECK_FALSE(header_where.known());  // counted only when named
  doc.locate(header_where);
  CHECK(header_where.line == 3);

  REQUIRE(doc.narrative.present);
  REQUIRE(doc.narrative.sections.size() == 1);
  CHECK(doc.narrative.sections[0].heading == "一、单位基本情况");
  REQUIRE(doc.narrative.claims.size() == 5);
  const Claim& income = doc.narrative.claims[0];
  CHECK(income.subject == ClaimSubject::IncomeTotal);
  CHECK(income.amount == Decimal::from_units(24'654'300));
  CHECK(income.prior == Decimal::from_units(86'365'500));
  REQUIRE(income.change);
  CHECK(income.change->direction == ChangeDirection::Decrease);
  CHECK(income.change->amount == Decimal::from_units(61'711'200));
  CHECK(income.change->percent == Decimal::from_units(715'000));
  CHECK(income.where.pointer == "/narrative/claims/0");
  CHECK(doc.narrative.claims[1].source == Column::GeneralPublic);
  CHECK(doc.narrative.claims[2].code->digits() == "208");
  CHECK(doc.narrative.claims[2].name == "社会保障和就业支出");
  CHECK(doc.narrative.claims[3].scope == Column::GeneralPublic);
  CHECK(doc.narrative.claims[4].count == 2);
  // The subject is stored (IncomeTotal is the default value, so check others too).
  CHECK(doc.narrative.claims[1].subject == ClaimSubject::IncomeSource);
  CHECK(doc.narrative.claims[2].subject == ClaimSubject::ExpenditureClass);
  CHECK(doc.narrative.claims[3].subject == ClaimSubject::ProcurementTotal);
  CHECK(doc.narrative.claims[4].subject == ClaimSubject::VehiclesTotal);

  const auto& summary = doc.department_summary;
  CHECK(summary.present);
  CHECK(summary.label == "表六");
  CHECK(summary.amount_unit == "万元");
  CHECK(summary.income_sources ==
        std::vector<Column>{Column::GeneralPublic, Column::GovernmentFund});
  CHECK(summary.income_cell(Column::GeneralPublic).amount == Decimal::from_units(24'654'300));
  CHECK(summary.income_cell(Column::GovernmentFund).blank());
  CHECK(summary.income_total.amount == Decimal::from_units(24'654'300));
  REQUIRE(summary.expenditure_rows.size() == 2);
  CHECK_FALSE(summary.expenditure_rows[1].code.has_value());
  REQUIRE(summary.carry_forward);
  CHECK((*summary.carry_forward)[Column::Total].blank());
  CHECK((*summary.expenditure_total)[Column::Total].amount == Decimal::from_units(24'654'300));

  CHECK(doc.department_income.present);
  CHECK(doc.department_income.columns == std::vector<Column>{Column::Total, Column::GeneralPublic});
  CHECK(doc.department_expenditure.rows.size() == 3);

  const auto& fiscal = doc.fiscal_summary;
  CHECK(fiscal.present);
  CHECK(fiscal.income_current_total.amount == Decimal::from_units(24'654'300));
  CHECK(fiscal.carryover_total.blank());
  CHECK(fiscal.carryover_total.where.pointer == "/tables/fiscal_summary/income/carryover_total");
  REQUIRE(fiscal.expenditure_current_total);
  REQUIRE(fiscal.expenditure_rows.size() == 1);
  REQUIRE(fiscal.carry_forward);
  CHECK(fiscal.expenditure_grand_total.has_value());

  const auto& gp = doc.general_public_expenditure;
  CHECK(gp.present);
  CHECK(gp.title == "一般公共预算财政拨款支出预算表");
  CHECK(gp.columns == std::vector<Column>{Column::Total, Column::Basic, Column::Project});
  REQUIRE(gp.totals);
  CHECK((*gp.totals)[Column::Project].amount == Decimal::from_units(18'775'900));
  REQUIRE(gp.rows.size() == 2);
  CHECK(gp.rows[0].code->digits() == "208");
  CHECK(gp.rows[0][Column::Total].amount == Decimal::from_units(1'886'900));  // a JSON number
  CHECK(gp.rows[1][Column::Project].blank());
  CHECK(gp.find(*ClassificationCode::parse("20805")) == &gp.rows[1]);

  CHECK(doc.general_public_basic.rows.size() == 2);
  CHECK(doc.three_public.present);
  CHECK(doc.three_public.total.amount == Decimal::from_units(170'000));
  CHECK(doc.three_public.overseas.blank());
  CHECK_FALSE(doc.three_public.has_office_operation);
  CHECK(doc.three_public.office_operation.where.pointer == "/tables/three_public/office_operation");
  CHECK(doc.government_fund_expenditure.present);
  CHECK(doc.government_fund_expenditure.empty());
  CHECK(doc.government_fund_expenditure.note == "本单位无政府性基金收支，故此表无数据。");
  CHECK(doc.state_capital_expenditure.present);
  REQUIRE(doc.procurement.rows.size() == 1);
  CHECK(doc.procurement.rows[0].category == "服务");
  CHECK_FALSE(doc.procurement.rows[0].code.has_value());  // a 项目编号 is not a 科目编码
  CHECK(doc.performance_overall.present);
  REQUIRE(doc.performance_overall.indicators.size() == 1);
  const auto& indicator = doc.performance_overall.indicators[0];
  CHECK(indicator.weight == Decimal::from_units(100'000));
  CHECK(indicator.value == "4.5");
  CHECK(indicator.core == true);
  CHECK(doc.performance_projects_present);
  REQUIRE(doc.performance_projects.size() == 1);
  CHECK(doc.performance_projects[0].budget.amount == Decimal::from_units(256'500));
  CHECK(doc.performance_projects[0].higher_subsidy.blank());
  CHECK(doc.performance_projects[0].execution_weight == Decimal::from_units(100'000));
  CHECK(doc.performance_projects[0].amount_unit == "万元");
}

TEST_CASE("loader: tables and narrative absent from the input stay absent", "[load][loader]") {
  const Document doc = test::load_ok(kHead + "\"tables\": {}}");
  CHECK_FALSE(doc.narrative.present);
  CHECK_FALSE(doc.general_public_expenditure.present);
  CHECK_FALSE(doc.three_public.present);
  CHECK_FALSE(doc.performance_projects_present);
}

TEST_CASE("loader: the repository's sample disclosures load", "[load][loader]") {
  for (const char* name : {"qijiang-2026.json", "shanghai-sample-2026.json"}) {
    INFO(name);
    const std::string text = test::read_data_file(name);
    REQUIRE_FALSE(text.empty());
    const Document doc = test::load_ok(text);
    CHECK(doc.general_public_expenditure.present);
  }
}

TEST_CASE("loader: blank and zero cells stay distinct, every cell knows where it is",
          "[load][loader]") {
  const std::string text = with_tables(R"(
"general_public_expenditure": {"columns": ["total", "basic", "project"],
 "rows": [{"code": "208", "name": "社会保障和就业支出", "total": "0.00", "basic": null}]}
)");
  const Document doc = test::load_ok(text);
  const AmountRow& row = doc.general_public_expenditure.rows.at(0);
  CHECK(row[Column::Total].amount == Decimal{});
  CHECK_FALSE(row[Column::Total].blank());
  CHECK(row[Column::Basic].blank());
  CHECK(row[Column::Project].blank());
  const auto located = [&](Column c) {
    SourceLocation where = row.cell_location(c);
    doc.locate(where);
    return where;
  };
  // A null cell is where the null is.
  CHECK(located(Column::Basic).pointer == "/tables/general_public_expenditure/rows/0/basic");
  auto [line, column] = position_of(text, "null");
  CHECK(located(Column::Basic).line == line);
  CHECK(located(Column::Basic).column == column);
  // An absent cell is at its row, with the pointer the key would have.
  CHECK(located(Column::Project).pointer == "/tables/general_public_expenditure/rows/0/project");
  std::tie(line, column) = position_of(text, "{\"code\": \"208\"");
  CHECK(located(Column::Project).line == line);
  CHECK(located(Column::Project).column == column);
  // The row's own pointer is left to its table's and its index until a finding names it.
  CHECK(row.where.pointer.empty());
  CHECK(row.where.full_pointer() == "/tables/general_public_expenditure/rows/0");
  SourceLocation row_where = row.where;
  doc.locate(row_where);
  CHECK(row_where.pointer == "/tables/general_public_expenditure/rows/0");
  CHECK_FALSE(row_where.pointer_parent);
}

TEST_CASE("loader: amounts as numbers and as grouped strings read exactly", "[load][loader]") {
  const Document doc = test::load_ok(with_tables(R"(
"three_public": {"total": "2,465.43", "overseas": 2465.43, "reception": 0.1, "vehicle_total": "-3",
                 "vehicle_purchase": 1e2}
)"));
  CHECK(doc.three_public.total.amount == Decimal::from_units(24'654'300));
  CHECK(doc.three_public.overseas.amount == Decimal::from_units(24'654'300));
  CHECK(doc.three_public.reception.amount == Decimal::from_units(1'000));
  CHECK(doc.three_public.vehicle_total.amount == Decimal::from_units(-30'000));  // rules judge
  CHECK(doc.three_public.vehicle_purchase.amount == Decimal::from_units(1'000'000));
}

TEST_CASE("loader: bad amounts are reported with pointer and position", "[load][loader]") {
  const std::string text = with_tables(R"(
"three_public": {
  "total": 1e400,
  "overseas": 12345678901234567890,
  "reception": "２４６５.４３",
  "vehicle_total": "2,46.5",
  "vehicle_purchase": 1.234,
  "vehicle_operation": true,
  "office_operation": ""
}
)");
  const LoadResult result = load(text);
  CHECK(result.problems.size() == 7);  // all collected, not just the first
  check_where(problem_with(result, "`1e400`"), "/tables/three_public/total", text, "1e400");
  CHECK_THAT(problem_with(result, "`1e400`").message, Catch::Contains("overflow"));
  const auto big = problem_with(result, "12345678901234567890");
  CHECK_THAT(big.message, Catch::Contains("overflow"));
  check_where(big, "/tables/three_public/overseas", text, "12345678901234567890");
  const auto wide = problem_with(result, "full-width");
  check_where(wide, "/tables/three_public/reception", text, "\"２４６５");
  CHECK_THAT(wide.message, Catch::Contains("invalid amount"));
  check_where(problem_with(result, "thousands separator misplaced"),
              "/tables/three_public/vehicle_total", text, "\"2,46.5\"");
  const auto decimals = problem_with(result, "has 3 decimals");
  CHECK_THAT(decimals.message, Catch::Contains("document.decimals (2)"));
  check_where(decimals, "/tables/three_public/vehicle_purchase", text, "1.234");
  check_where(problem_with(result, "expected an amount"), "/tables/three_public/vehicle_operation",
              text, "true");
  check_where(problem_with(result, "write null for a blank cell"),
              "/tables/three_public/office_operation", text, "\"\"\n");
}

TEST_CASE("loader: positions count code points after Chinese text", "[load][loader]") {
  const std::string text = with_tables(R"(
"general_public_expenditure": {"columns": ["total"], "rows": [
  {"code": "208", "name": "社会保障和就业支出", "total": "x"}]}
)");
  const auto p = problem_with(load(text), "invalid amount `x`");
  CHECK(p.where.pointer == "/tables/general_public_expenditure/rows/0/total");
  // Line 7 (after the 4-line head and the 2 opening lines); `"x"` follows 9 Chinese
  // characters, which count one column each (27 bytes, 9 columns).
  CHECK(p.where.line == 7);
  CHECK(p.where.column == 49);
  check_where(p, "/tables/general_public_expenditure/rows/0/total", text, "\"x\"");
}

TEST_CASE("loader: wrong types, missing keys and unknown keys with suggestions", "[load][loader]") {
  const std::string text = R"({
"format": "budgetcheck/1",
"document": {"unit_name": 5, "level": "单位", "yaer": 2026, "amount_unit": "万元", "decimals": 2},
"tables": {"three_public": {"totl": "1.00"}, "general_public_expenditur": {}}
})";
  const LoadResult result = load(text);
  INFO(all_messages(result));
  check_where(problem_with(result, "expected a string, found a number"), "/document/unit_name",
              text, "5,");
  check_where(problem_with(result, "missing required key `year`"), "/document", text,
              "{\"unit_name\"");
  check_where(problem_with(result, "unknown key `yaer` (did you mean `year`?)"), "/document/yaer",
              text, "\"yaer\"");
  check_where(problem_with(result, "unknown key `totl` (did you mean `total`?)"),
              "/tables/three_public/totl", text, "\"totl\"");
  check_where(problem_with(result,
                           "unknown key `general_public_expenditur` (did you mean "
                           "`general_public_expenditure`?)"),
              "/tables/general_public_expenditur", text, "\"general_public_expenditur\"");
  CHECK(result.problems.size() == 5);
}

TEST_CASE("loader: unknown key without a close match lists the expected keys", "[load][loader]") {
  const auto p = problem_with(load(kHead + "\"tables\": {}, \"extra\": 1}"), "unknown key `extra`");
  CHECK_THAT(p.message, Catch::Contains("expected one of `format`, `document`"));
  CHECK(p.where.pointer == "/extra");
}

TEST_CASE("loader: format must be budgetcheck/1 and the document must be an object",
          "[load][loader]") {
  const std::string text = R"({"format": "budgetcheck/2", "document": []})";
  const LoadResult result = load(text);
  check_where(problem_with(result, "unsupported format `budgetcheck/2`"), "/format", text,
              "\"budgetcheck/2\"");
  check_where(problem_with(result, "expected an object, found an array"), "/document", text, "[]");
  CHECK(problem_with(load("[1]"), "top level").where.pointer == "");
  const auto missing = problem_with(load("{}"), "missing required key `format`");
  CHECK(missing.where.line == 1);
  CHECK(missing.where.column == 1);
}

TEST_CASE("loader: header values are checked", "[load][loader]") {
  const std::string text = R"({"format": "budgetcheck/1",
"document": {"unit_name": "u", "level": "部", "year": 2026.5, "amount_unit": "千元", "decimals": 5,
             "unit_type": "国企"}})";
  const LoadResult result = load(text);
  CHECK_THAT(problem_with(result, "`部`").message, Catch::Contains("did you mean `部门`?"));
  check_where(problem_with(result, "expected an integer"), "/document/year", text, "2026.5");
  CHECK_THAT(problem_with(result, "`千元`").message, Catch::Contains("did you mean `元`?"));
  check_where(problem_with(result, "decimals must be between 0 and 3"), "/document/decimals", text,
              "5,\n");
  CHECK_THAT(problem_with(result, "`国企`").message,
             Catch::Contains("expected one of `行政`, `参公`, `事业`, `混合`"));
  CHECK(result.problems.size() == 5);
}

TEST_CASE("loader: duplicate keys are errors", "[load][loader]") {
  const std::string text = with_tables(R"("three_public": {"total": "1.00", "total": "2.00"})");
  check_where(problem_with(load(text), "duplicate key `total`"), "/tables/three_public/total", text,
              "\"total\": \"2.00\"");
}

TEST_CASE("loader: 科目编码 must be 3, 5 or 7 digits, economic codes 3 or 5", "[load][loader]") {
  const std::string text = with_tables(R"(
"general_public_expenditure": {"columns": ["total"], "rows": [
  {"code": "2080", "name": "a"},
  {"code": 208, "name": "b"},
  {"name": "c"}]},
"general_public_basic": {"columns": ["total"], "rows": [
  {"code": "301", "name": "工资福利支出"},
  {"code": "30101", "name": "基本工资"},
  {"code": "3010101", "name": "x"}]}
)");
  const LoadResult result = load(text);
  check_where(problem_with(result, "invalid 科目编码 `2080`"),
              "/tables/general_public_expenditure/rows/0/code", text, "\"2080\"");
  check_where(problem_with(result, "must be a string: write \"208\""),
              "/tables/general_public_expenditure/rows/1/code", text, "208,");
  check_where(problem_with(result, "missing required key `code`"),
              "/tables/general_public_expenditure/rows/2", text, "{\"name\": \"c\"}");
  const auto economic = problem_with(result, "invalid 经济分类 code `3010101`");
  CHECK_THAT(economic.message, Catch::Contains("3 (类) or 5 (款) digits"));
  check_where(economic, "/tables/general_public_basic/rows/2/code", text, "\"3010101\"");
  CHECK(result.problems.size() == 4);
}

TEST_CASE("loader: duplicate codes and rows without their parent", "[load][loader]") {
  const std::string text = with_tables(R"(
"department_expenditure": {"columns": ["total"], "rows": [
  {"code": "208", "name": "社会保障和就业支出"},
  {"code": "20805", "name": "行政事业单位养老支出"},
  {"code": "2080505", "name": "x"},
  {"code": "208", "name": "again"},
  {"code": "2101101", "name": "行政单位医疗"},
  {"code": "21505", "name": "工业和信息产业"}]}
)");
  const LoadResult result = load(text);
  INFO(all_messages(result));
  const auto dup = problem_with(result, "duplicate code `208`");
  CHECK_THAT(dup.message, Catch::Contains("/tables/department_expenditure/rows/0"));
  check_where(dup, "/tables/department_expenditure/rows/3/code", text,
              "{\"code\": \"208\", \"name\": \"again\"");
  check_where(problem_with(result, "项 row `2101101` has no parent 款 row `21011`"),
              "/tables/department_expenditure/rows/4/code", text, "{\"code\": \"2101101\"");
  check_where(problem_with(result, "款 row `21505` has no parent 类 row `215`"),
              "/tables/department_expenditure/rows/5/code", text, "{\"code\": \"21505\"");
  CHECK(result.problems.size() == 3);
}

TEST_CASE("loader: columns must be allowed for the table, and rows use only them",
          "[load][loader]") {
  const std::string text = with_tables(R"(
"general_public_basic": {"columns": ["total", "project", "personel", "total"],
  "totals": {"total": "1.00", "public": "1.00"},
  "rows": [{"code": "301", "name": "工资福利支出", "personnel": "1.00", "amount": "1.00"}]}
)");
  const LoadResult result = load(text);
  INFO(all_messages(result));
  const auto not_allowed = problem_with(result, "column `project` is not allowed");
  CHECK_THAT(not_allowed.message, Catch::Contains("`general_public_basic`"));
  CHECK_THAT(not_allowed.message, Catch::Contains("allowed: `total`, `personnel`, `public`"));
  check_where(not_allowed, "/tables/general_public_basic/columns/1", text, "\"project\"");
  check_where(problem_with(result, "unknown column `personel` (did you mean `personnel`?)"),
              "/tables/general_public_basic/columns/2", text, "\"personel\"");
  check_where(problem_with(result, "column `total` is listed twice"),
              "/tables/general_public_basic/columns/3", text, "\"total\"]");
  check_where(problem_with(result, "column `public` is not in this table's `columns`"),
              "/tables/general_public_basic/totals/public", text, "\"public\"");
  check_where(problem_with(result, "column `personnel` is not in this table's `columns`"),
              "/tables/general_public_basic/rows/0/personnel", text, "\"personnel\"");
  check_where(problem_with(result, "unknown key `amount`"),
              "/tables/general_public_basic/rows/0/amount", text, "\"amount\"");
  CHECK(result.problems.size() == 6);
}

TEST_CASE("loader: department and fiscal summaries are checked by shape", "[load][loader]") {
  const std::string text = with_tables(R"(
"department_summary": {
  "income": {"sources": ["general_public", "total"], "business": "1.00"},
  "expenditure": {"columns": ["basic"], "rows": [{"name": "x", "basic": "1.00"}]}},
"fiscal_summary": {"income": {"current": "1.00"},
  "expenditure": {"columns": ["total", "basic"]}}
)");
  const LoadResult result = load(text);
  INFO(all_messages(result));
  check_where(problem_with(result, "`total` is not an income source"),
              "/tables/department_summary/income/sources/1", text, "\"total\"]");
  check_where(problem_with(result, "income source `business` is not listed in `sources`"),
              "/tables/department_summary/income/business", text, "\"business\"");
  check_where(problem_with(result, "must include `total`"),
              "/tables/department_summary/expenditure/columns", text, "[\"basic\"]");
  check_where(problem_with(result, "unknown key `current` (did you mean `current_total`?)"),
              "/tables/fiscal_summary/income/current", text, "\"current\"");
  check_where(problem_with(result, "column `basic` is not allowed"),
              "/tables/fiscal_summary/expenditure/columns/1", text, "\"basic\"]}}");
  CHECK(result.problems.size() == 5);
}

TEST_CASE("loader: claims are checked", "[load][loader]") {
  const std::string text = kHead + R"("narrative": {"claims": [
  {"subject": "income_totl", "amount": "1.00", "sentence": "s"},
  {"subject": "income_total", "sentence": "s"},
  {"subject": "vehicles_total", "amount": "2", "count": -1, "sentence": "s"},
  {"subject": "income_source", "amount": "1.00", "sentence": "s"},
  {"subject": "income_total", "amount": "1.00", "change": {"direction": "上升"}},
  {"subject": "expenditure_class", "code": "20805", "amount": "1.00", "sentence": "s"}
]}})";
  const LoadResult result = load(text);
  INFO(all_messages(result));
  check_where(
      problem_with(result, "unknown claim subject `income_totl` (did you mean `income_total`?)"),
      "/narrative/claims/0/subject", text, "\"income_totl\"");
  check_where(problem_with(result, "claim states no figure"), "/narrative/claims/1", text,
              "{\"subject\": \"income_total\", \"sentence\"");
  check_where(problem_with(result, "`amount` applies only to money subjects"),
              "/narrative/claims/2/amount", text, "\"amount\": \"2\"");
  check_where(problem_with(result, "count -1 is negative"), "/narrative/claims/2/count", text,
              "-1");
  check_where(problem_with(result, "missing required key `source`"), "/narrative/claims/3", text,
              "{\"subject\": \"income_source\"");
  check_where(problem_with(result, "missing required key `sentence`"), "/narrative/claims/4", text,
              "{\"subject\": \"income_total\", \"amount\": \"1.00\", \"change\"");
  check_where(problem_with(result, "unexpected value `上升`"),
              "/narrative/claims/4/change/direction", text, "\"上升\"");
  check_where(problem_with(result, "invalid 类 code `20805`"), "/narrative/claims/5/code", text,
              "\"20805\"");
  CHECK(result.problems.size() == 8);
}

TEST_CASE("loader: performance tables are checked", "[load][loader]") {
  const std::string text = with_tables(R"(
"performance_overall": {"budget": "1.00", "indicators": [{"value": 4.5, "core": "是", "weight": "x"}]},
"performance_projects": {"code": "1"}
)");
  const LoadResult result = load(text);
  INFO(all_messages(result));
  check_where(problem_with(result, "indicator values are text as published: write \"4.5\""),
              "/tables/performance_overall/indicators/0/value", text, "4.5");
  check_where(problem_with(result, "expected true or false, found a string"),
              "/tables/performance_overall/indicators/0/core", text, "\"是\"");
  check_where(problem_with(result, "invalid number `x`"),
              "/tables/performance_overall/indicators/0/weight", text, "\"x\"");
  check_where(problem_with(result, "expected an array of projects"), "/tables/performance_projects",
              text, "{\"code\": \"1\"}");
  CHECK(result.problems.size() == 4);
}

TEST_CASE("loader: JSON Pointer escapes ~ and / in keys", "[load][loader]") {
  const auto p = problem_with(load(with_tables(R"("three_public": {"a/b~c": 1})")), "unknown key");
  CHECK(p.where.pointer == "/tables/three_public/a~1b~0c");
}

TEST_CASE("loader: syntax and encoding errors come out as load problems", "[load][loader]") {
  const auto syntax =
      problem_with(load("{\"format\": \"budgetcheck/1\",\n  \"document\": }"), "syntax error");
  CHECK(syntax.where.line == 2);
  CHECK(syntax.where.column == 15);
  CHECK(problem_with(load(""), "empty input").where.line == 1);
  CHECK(problem_with(load("{\"a\": \"\xFE\"}"), "invalid UTF-8").where.column == 8);
  // A byte order mark is accepted and does not shift columns.
  const auto bom = problem_with(load("\xEF\xBB\xBF{\"x\": 1}"), "unknown key `x`");
  CHECK(bom.where.column == 2);
}

TEST_CASE("loader: input larger than the limit is refused", "[load][loader]") {
  LoadOptions options;
  options.max_input_bytes = 10;
  const auto result = load_document_text("{\"format\": \"budgetcheck/1\"}", "big.json", options);
  REQUIRE(result.problems.size() == 1);
  CHECK_THAT(result.problems[0].message, Catch::Contains("more than the limit of 10 bytes"));
}

TEST_CASE("loader: budgetcheck's own output is named, not picked apart", "[load][loader]") {
  const auto only = [](const std::string& text) {
    const LoadResult result = load(text);
    INFO(text);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].where.line == 1);
    CHECK_THAT(result.problems[0].message,
               Catch::Contains("not a disclosure") && Catch::Contains("--exclude"));
    return result.problems[0].message;
  };
  // The format names as the writers define them: renaming one fails here, not in a batch.
  const std::string report(kReportFormat), baseline(kBaselineFormat);
  CHECK_THAT(only(R"({"files": [], "report_format": ")" + report + R"(", "summary": {}})"),
             Catch::StartsWith("this is a budgetcheck report (" + report + ")"));
  CHECK_THAT(only(R"({"baseline_format": ")" + baseline + R"(", "fingerprints": []})"),
             Catch::StartsWith("this is a budgetcheck baseline (" + baseline + ")"));
  CHECK_THAT(
      only(R"({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
               "runs": []})"),
      Catch::StartsWith("this is a SARIF log"));
  CHECK_THAT(only(R"([{"description": "d", "check_name": "BC101", "fingerprint": "f",
                       "severity": "major", "location": {}}])"),
             Catch::StartsWith("this is a GitLab Code Quality report"));
  // Anything else that is no disclosure is still taken apart key by key.
  const LoadResult other = load(R"({"report_format": "something-else/1"})");
  CHECK(other.problems.size() > 1);
  CHECK_THAT(other.problems[0].message, Catch::Contains("unknown key `report_format`"));
  CHECK_FALSE(load(R"([])").problems.empty());
}
