// read_narrative, one pattern at a time: what each kind of sentence gives, what cannot be
// read (a problem with line:column, no claim), and what is no claim at all.

#include <catch2/catch.hpp>

#include "budgetcheck/import/narrative_reader.hpp"

using namespace budgetcheck;

namespace {

NarrativeReadResult read_lines(std::initializer_list<std::string> texts) {
  std::vector<TextLine> lines;
  std::uint32_t n = 0;
  for (const std::string& t : texts)
    lines.push_back(TextLine{t, ++n});
  return read_narrative(lines, "test.txt");
}

Decimal dec(std::string_view text) {
  return *parse_decimal(text).value;
}

std::string problems_of(const NarrativeReadResult& r) {
  std::string s;
  for (const LoadProblem& p : r.problems)
    s += p.where.origin + " " + p.message + "\n";
  return s;
}

}  // namespace

TEST_CASE("narrative reader: totals", "[narrative-reader]") {
  SECTION("收入预算总数为 …万元, no space, column of the figure") {
    const auto r = read_lines({"收入预算总数为1,234.56万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 1);
    const Claim& c = r.narrative.claims[0];
    CHECK(c.subject == ClaimSubject::IncomeTotal);
    CHECK(c.amount == dec("1234.56"));
    CHECK(c.where.origin == "1:8");
    CHECK(c.sentence == "收入预算总数为1,234.56万元。");
  }
  SECTION("收支预算总数各 … 万元 states both totals") {
    const auto r = read_lines({"2026年收支预算总数各 1,000 万元。"});
    REQUIRE(r.narrative.claims.size() == 2);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::IncomeTotal);
    CHECK(r.narrative.claims[1].subject == ClaimSubject::ExpenditureTotal);
    CHECK(r.narrative.claims[1].amount == dec("1000"));
  }
  SECTION("收入总额 and 支出总额 in one sentence") {
    const auto r = read_lines({"收入总额 100 万元，支出总额 90 万元。"});
    REQUIRE(r.narrative.claims.size() == 2);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::IncomeTotal);
    CHECK(r.narrative.claims[1].subject == ClaimSubject::ExpenditureTotal);
    CHECK(r.narrative.claims[1].amount == dec("90"));
  }
  SECTION("财政拨款收入 with a change in amount and percent") {
    const auto r =
        read_lines({"2026 年财政拨款收入 500 万元，比 2025 年增加 12.34 万元，增长 5.6%。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 1);
    const Claim& c = r.narrative.claims[0];
    CHECK(c.subject == ClaimSubject::FiscalIncomeTotal);
    REQUIRE(c.change);
    CHECK(c.change->direction == ChangeDirection::Increase);
    CHECK(c.change->amount == dec("12.34"));
    CHECK(c.change->percent == dec("5.6"));
  }
}

TEST_CASE("narrative reader: lists after a total", "[narrative-reader]") {
  SECTION("income sources after 收入预算") {
    const auto r = read_lines(
        {"（一）收入预算：年初预算数 300 万元，其中：一般公共预算拨款 200 万元，事业收入 60 "
         "万元，上级补助收入 40 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 4);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::IncomeTotal);
    CHECK(r.narrative.claims[1].source == Column::GeneralPublic);
    CHECK(r.narrative.claims[2].source == Column::Business);
    CHECK(r.narrative.claims[3].source == Column::HigherSubsidy);
    CHECK(r.narrative.claims[3].amount == dec("40"));
  }
  SECTION("类 after 支出预算: known names get their code, others keep the name only") {
    const auto r = read_lines(
        {"（二）支出预算：年初预算数 30 万元，其中：一般公共服务支出 12.34 万元，基本支出 10 "
         "万元，人才发展支出 7.66 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 4);
    CHECK(r.narrative.claims[1].subject == ClaimSubject::ExpenditureClass);
    REQUIRE(r.narrative.claims[1].code);
    CHECK(r.narrative.claims[1].code->digits() == "201");
    CHECK(r.narrative.claims[1].name == "一般公共服务支出");
    CHECK(r.narrative.claims[2].subject == ClaimSubject::BasicExpenditure);
    CHECK(r.narrative.claims[3].subject == ClaimSubject::ExpenditureClass);
    CHECK_FALSE(r.narrative.claims[3].code);
    CHECK(r.narrative.claims[3].name == "人才发展支出");
  }
  SECTION("a 类 name outside a list") {
    const auto r = read_lines({"一般公共服务支出12.34万元。"});
    REQUIRE(r.narrative.claims.size() == 1);
    CHECK(r.narrative.claims[0].code->digits() == "201");
  }
}

TEST_CASE("narrative reader: year-on-year changes and prior-year figures", "[narrative-reader]") {
  SECTION("持平") {
    const auto r = read_lines({"基本支出 300 万元，与上年持平。"});
    REQUIRE(r.narrative.claims.size() == 1);
    REQUIRE(r.narrative.claims[0].change);
    CHECK(r.narrative.claims[0].change->direction == ChangeDirection::Unchanged);
    CHECK(r.narrative.claims[0].change->where.origin == "1:16");
  }
  SECTION("下降 in percent only") {
    const auto r = read_lines({"公务接待费 8 万元，比上年下降 20%。"});
    REQUIRE(r.narrative.claims.size() == 1);
    const auto& change = r.narrative.claims[0].change;
    REQUIRE(change);
    CHECK(change->direction == ChangeDirection::Decrease);
    CHECK_FALSE(change->amount);
    CHECK(change->percent == dec("20"));
  }
  SECTION("a prior-year figure, then the change") {
    const auto r =
        read_lines({"2026 年机关运行经费 100 万元，2025 年预算数 90 万元，比上年增加 10 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 1);
    const Claim& c = r.narrative.claims[0];
    CHECK(c.subject == ClaimSubject::OfficeOperation);
    CHECK(c.amount == dec("100"));
    CHECK(c.prior == dec("90"));
    REQUIRE(c.change);
    CHECK(c.change->amount == dec("10"));
  }
  SECTION("a later sentence completes the claim it names; the sentence grows to include it") {
    const auto r =
        read_lines({"支出预算 50 万元。支出比上年减少 5 万元，主要是项目支出减少 5 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 2);
    const Claim& total = r.narrative.claims[0];
    CHECK(total.subject == ClaimSubject::ExpenditureTotal);
    REQUIRE(total.change);
    CHECK(total.change->direction == ChangeDirection::Decrease);
    CHECK(total.sentence == "支出预算 50 万元。支出比上年减少 5 万元，主要是项目支出减少 5 万元。");
    CHECK(r.narrative.claims[1].subject == ClaimSubject::ProjectExpenditure);
    CHECK_FALSE(r.narrative.claims[1].amount);
    CHECK(r.narrative.claims[1].sentence == "支出比上年减少 5 万元，主要是项目支出减少 5 万元。");
  }
}

TEST_CASE("narrative reader: 三公, 机关运行经费, 政府采购, 绩效, vehicles", "[narrative-reader]") {
  SECTION("damaged spacing inside figures is read as the figure") {
    const auto r =
        read_lines({"2026 年“三公”经费预算 2, 465. 43 万元，比 2025 年减少 1. 5 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 1);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::ThreePublicTotal);
    CHECK(r.narrative.claims[0].amount == dec("2465.43"));
    CHECK(r.narrative.claims[0].change->amount == dec("1.5"));
  }
  SECTION("元 figures and the 公务用车 parts") {
    const auto r = read_lines(
        {"“三公”经费预算 170,000 元，其中：公务用车购置及运行维护费 70,000 元，公务用车购置费 0 "
         "元。"});
    REQUIRE(r.narrative.claims.size() == 3);
    CHECK(r.narrative.claims[0].amount == dec("170000"));
    CHECK(r.amount_unit == "元");
    CHECK(r.narrative.claims[1].subject == ClaimSubject::ThreePublicVehicle);
    CHECK(r.narrative.claims[2].subject == ClaimSubject::ThreePublicVehiclePurchase);
  }
  SECTION("政府采购 parts and the share reserved for 中小企业") {
    const auto r =
        read_lines({"（二）政府采购情况。政府采购预算总额 50 万元，其中：货物 20 万元、服务 30 "
                    "万元；预留给中小企业 40 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 4);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::ProcurementTotal);
    CHECK(r.narrative.claims[1].subject == ClaimSubject::ProcurementGoods);
    CHECK(r.narrative.claims[2].subject == ClaimSubject::ProcurementServices);
    CHECK(r.narrative.claims[3].subject == ClaimSubject::ProcurementSme);
    CHECK_FALSE(r.narrative.claims[3].scope);
  }
  SECTION("绩效目标 amount") {
    const auto r = read_lines({"实行绩效目标管理的项目 3 个，涉及资金 88 万元。"});
    INFO(problems_of(r));
    REQUIRE(r.narrative.claims.size() == 1);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::PerformanceAmount);
    CHECK(r.narrative.claims[0].amount == dec("88"));
  }
  SECTION("vehicles owned") {
    const auto r = read_lines(
        {"本单位共有车辆 5 辆，其中一般公务用车 2 辆、执勤执法用车 1 辆、特种专业技术用车 1 "
         "辆、其他用车 1 辆。"});
    REQUIRE(r.narrative.claims.size() == 5);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::VehiclesTotal);
    CHECK(r.narrative.claims[0].count == 5);
    CHECK(r.narrative.claims[3].subject == ClaimSubject::VehiclesSpecial);
    CHECK(r.narrative.claims[4].subject == ClaimSubject::VehiclesOther);
  }
  SECTION("no 政府采购 and no vehicle purchases stated in words") {
    const auto r = read_lines({"本单位无政府采购预算。2026 年本单位无购置车辆预算。"});
    REQUIRE(r.narrative.claims.size() == 2);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::ProcurementTotal);
    CHECK(r.narrative.claims[0].amount == Decimal{});
    CHECK(r.narrative.claims[1].subject == ClaimSubject::VehiclePurchasesTotal);
    CHECK(r.narrative.claims[1].count == 0);
  }
  SECTION("国有资本经营预算支出 outside a 类 list is the fund's spending") {
    const auto r = read_lines({"国有资本经营预算支出 5 万元。"});
    REQUIRE(r.narrative.claims.size() == 1);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::StateCapitalExpenditure);
  }
  SECTION("no 国有资本经营预算 spending stated in words is a stated 0") {
    const auto r = read_lines({"本单位无国有资本经营预算拨款安排的支出。"});
    REQUIRE(r.narrative.claims.size() == 1);
    CHECK(r.narrative.claims[0].subject == ClaimSubject::StateCapitalExpenditure);
    CHECK(r.narrative.claims[0].amount == Decimal{});
    CHECK(r.narrative.claims[0].where.origin == "1:4");
  }
}

TEST_CASE("narrative reader: claim-like sentences that cannot be read are problems",
          "[narrative-reader]") {
  SECTION("a malformed figure is reported, not cut to its first digits") {
    const auto r = read_lines({"", "收入预算总数为 2,46.43 万元。"});
    CHECK(r.narrative.claims.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.origin == "2:9");
    CHECK_THAT(r.problems[0].message, Catch::Contains("2,46.43"));
  }
  SECTION("万元 without a figure") {
    const auto r = read_lines({"2026 年“三公”经费预算 XX 万元。"});
    CHECK(r.narrative.claims.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.line == 1);
  }
  SECTION("a subject the reader does not know") {
    const auto r = read_lines({"人才发展支出 10 万元。"});
    CHECK(r.narrative.claims.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.origin == "1:8");
  }
  SECTION("a change of nothing named") {
    const auto r = read_lines({"比上年增加 5 万元。"});
    CHECK(r.narrative.claims.empty());
    CHECK(r.problems.size() == 1);
  }
  SECTION("a figure in 元 after figures in 万元") {
    const auto r = read_lines({"“三公”经费预算 17 万元。", "公务接待费 100,000 元。"});
    CHECK(r.amount_unit == "万元");
    REQUIRE(r.narrative.claims.size() == 1);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.origin == "2:7");
  }
  SECTION("a fraction of a vehicle") {
    const auto r = read_lines({"本单位共有车辆 1.5 辆。"});
    CHECK(r.narrative.claims.empty());
    CHECK(r.problems.size() == 1);
  }
}

TEST_CASE("narrative reader: text without claims gives sections only", "[narrative-reader]") {
  const auto r = read_lines({"某单位", "2026 年单位预算情况说明", "一、单位基本情况",
                             "（一）职能职责", "负责收入和支出的管理。内设机构8个。", "",
                             "截至 2025 年 12 月底，其中：用于培训 10 万元。", "二、专业性名词解释",
                             "（一）财政拨款收入：指本年度的财政拨款。"});
  INFO(problems_of(r));
  CHECK(r.narrative.present);
  CHECK(r.narrative.claims.empty());
  CHECK(r.problems.empty());
  REQUIRE(r.narrative.sections.size() == 2);
  CHECK(r.narrative.sections[0].heading == "一、单位基本情况");
  CHECK(r.narrative.sections[0].text ==
        "（一）职能职责\n负责收入和支出的管理。内设机构8个。\n截至 2025 年 12 月底，其中：用于培训 "
        "10 万元。");
  CHECK(r.narrative.sections[0].where.line == 3);
  CHECK(r.narrative.sections[1].heading == "二、专业性名词解释");
  CHECK(r.narrative.where.line == 1);
  CHECK_FALSE(read_lines({}).narrative.present);
}
