#include "performance_coverage.hpp"

#include <fmt/format.h>

#include <vector>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/percent.hpp"
#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo PerformanceCoverage::kInfo{
    .code = "BC214",
    .name = "performance-coverage",
    .default_severity = Severity::Error,
    .summary_zh = "实行绩效目标管理的金额应等于各项目支出绩效目标表当年预算之和，且不超过项目支出",
    .summary_en =
        "The amount under 绩效目标管理 equals the budgets of the project target tables and does "
        "not exceed 项目支出; coverage of 项目支出 is reported",
    .explanation =
        "The narrative (绩效目标设置情况) states how much spending carries performance targets, "
        "e.g. “2026 年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款 1,877.59 万元”. "
        "Checked:\n\n"
        "- the stated amount = Σ 当年预算 of the published 项目支出绩效目标表 (rounding rule). "
        "When a table's 当年预算 is blank (e.g. its header was lost) the sum is unknown: if the "
        "known budgets already exceed the stated amount it is an error, otherwise a warning "
        "that the amount cannot be confirmed, naming the tables without a budget and the "
        "figure they would have to add up to;\n"
        "- the stated amount ≤ 项目支出 (targets cannot cover more than the project spending): "
        "the 部门支出总表 合计 row, or, for a claim scoped to 一般公共预算, the "
        "一般公共预算财政拨款支出表 合计 row (each falls back to the other);\n"
        "- always, as info: coverage = Σ 当年预算 of project tables with targets / 项目支出 "
        "(部门支出总表, else 一般公共预算财政拨款支出表), "
        "computed exactly and rounded half up to one decimal.",
    .example =
        "16 project tables, 15 with budgets summing to 789.59, one without a budget; narrative "
        "1,877.59:\n\n"
        "    情况说明“……”所述实行绩效目标管理的金额 1,877.59 万元无法核对：15 张项目支出绩效目标表"
        "当年预算合计 789.59 万元，第 8 张项目支出绩效目标表（未载明项目）未载明当年预算……",
    .fix =
        "Publish a target table for every project that the narrative counts, with its "
        "当年预算; or state the amount that the published tables actually cover.",
};

namespace {

bool has_targets(const ProjectPerformance& p) {
  return !p.indicators.empty() || !p.objective.empty();
}

}  // namespace

void PerformanceCoverage::check(RuleContext& context) const {
  const Document& doc = context.document();
  const auto stated = claims::of_subject(doc.narrative, ClaimSubject::PerformanceAmount);
  const auto& projects = doc.performance_projects;
  const bool have_projects = doc.performance_projects_present && !projects.empty();
  if (stated.empty() && !have_projects) {
    context.not_applicable("情况说明未列示绩效目标管理金额，且未公开项目支出绩效目标表",
                           "the narrative states no amount under performance management and "
                           "项目支出绩效目标表 is not published");
    return;
  }

  // Σ 当年预算 of the project tables; which ones lack it.
  Amount known_sum, covered;
  std::size_t known = 0;
  std::vector<std::string> blanks, blanks_en;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& p = projects[i];
    if (p.budget.blank()) {
      blanks.push_back(describe_project(p, i));
      blanks_en.push_back(describe_project_en(p, i));
      continue;
    }
    ++known;
    known_sum = known_sum.plus(*p.budget.amount).value_or(known_sum);
    if (has_targets(p))
      covered = covered.plus(*p.budget.amount).value_or(covered);
  }
  std::string blank_list, blank_list_en;
  for (const auto& b : blanks)
    blank_list += (blank_list.empty() ? "" : "、") + b;
  for (const auto& b : blanks_en)
    blank_list_en += (blank_list_en.empty() ? "" : ", ") + b;

  // 项目支出 of the funds the claim speaks of: all funds (部门支出总表) unless scoped to
  // 一般公共预算; each falls back to the other table.
  auto project_total_of = [&](bool general_public) -> std::optional<CellRef> {
    const ClassifiedTable* order[] = {&doc.department_expenditure, &doc.general_public_expenditure};
    if (general_public)
      std::swap(order[0], order[1]);
    for (const ClassifiedTable* t : order)
      if (t->present && t->totals && t->has_column(Column::Project))
        return total_cell(t->kind, *t->totals, Column::Project);
    return std::nullopt;
  };
  // Coverage is of all project spending: target tables cover every fund.
  const std::optional<CellRef> project_total = project_total_of(false);

  for (const Claim* claim : stated) {
    if (!claim->amount)
      continue;
    const Amount amount = *claim->amount;
    if (have_projects) {
      context.count_check();
      const std::string formula = fmt::format("Σ 项目支出绩效目标表当年预算（{} 张）", known);
      if (blanks.empty()) {
        const Agreement agreement = context.rounding().judge_sum(amount, known_sum, known);
        if (agreement != Agreement::Exact) {
          Finding f = claims::finding_on(context, *claim, nullptr);
          f.table = TableKind::PerformanceProjects;
          f.expected = known_sum;
          f.difference = amount.minus(known_sum);
          f.expected_formula = formula;
          f.tolerance = context.rounding().tolerance(known);
          if (agreement == Agreement::WithinRounding) {
            f.severity = Severity::Info;
            f.within_rounding = true;
          }
          f.message = fmt::format("{} {} 与 {} 张项目支出绩效目标表当年预算合计 {} 不一致{}",
                                  claims::claim_label(*claim), claims::money(amount, doc), known,
                                  claims::money(known_sum, doc),
                                  f.within_rounding ? "（在四舍五入允许范围内）" : "");
          f.message_en = fmt::format(
              "{} {} does not match the 当年预算 total {} of the {} 项目支出绩效目标表{}",
              claims::claim_label_en(*claim), claims::money(amount, doc),
              claims::money(known_sum, doc), known, f.within_rounding ? " (within rounding)" : "");
          context.report(std::move(f));
        }
      } else {
        Finding f = claims::finding_on(context, *claim, nullptr);
        f.table = TableKind::PerformanceProjects;
        f.expected_formula = formula + " + 未载明预算的表";
        const auto remainder = amount.minus(known_sum);
        if (known_sum > amount) {
          f.expected = known_sum;
          f.difference = remainder;
          f.message = fmt::format(
              "{} {} 小于已载明当年预算的 {} 张项目支出绩效目标表合计 {}（另有 {} 未载明当年预算）",
              claims::claim_label(*claim), claims::money(amount, doc), known,
              claims::money(known_sum, doc), blank_list);
          f.message_en = fmt::format(
              "{} {} is less than the total {} of the {} 项目支出绩效目标表 that state 当年预算 "
              "(and {} state none)",
              claims::claim_label_en(*claim), claims::money(amount, doc),
              claims::money(known_sum, doc), known, blank_list_en);
        } else {
          // Not provably wrong, but a reader cannot confirm it from what is published.
          f.severity = Severity::Warning;
          f.message = fmt::format(
              "{} {} 无法核对：{} 张项目支出绩效目标表当年预算合计 {}，{}未载明当年预算；"
              "所述金额成立需后者合计 {}，否则部分项目的绩效目标表未公开",
              claims::claim_label(*claim), claims::money(amount, doc), known,
              claims::money(known_sum, doc), blank_list,
              remainder ? claims::money(*remainder, doc) : "?");
          f.message_en = fmt::format(
              "{} {} cannot be confirmed: the {} 项目支出绩效目标表 with 当年预算 total {}, and {} "
              "state none; the stated amount holds only if those total {}, otherwise some "
              "projects' target tables are not published",
              claims::claim_label_en(*claim), claims::money(amount, doc), known,
              claims::money(known_sum, doc), blank_list_en,
              remainder ? claims::money(*remainder, doc) : "?");
        }
        context.report(std::move(f));
      }
    }
    if (const auto limit_ref = project_total_of(claim->scope == Column::GeneralPublic)) {
      context.count_check();
      const Amount limit = limit_ref->cell->value_or_zero();
      if (amount > limit) {
        Finding f = claims::finding_on(context, *claim, &*limit_ref);
        f.difference = amount.minus(limit);
        f.expected_formula = "≤ " + describe(*limit_ref);
        f.message = fmt::format("{} {} 超过{}（{}）", claims::claim_label(*claim),
                                claims::money(amount, doc), describe(*limit_ref),
                                claims::money(limit, doc));
        f.message_en = fmt::format("{} {} exceeds {} ({})", claims::claim_label_en(*claim),
                                   claims::money(amount, doc), describe(*limit_ref),
                                   claims::money(limit, doc));
        context.report(std::move(f));
      }
    }
  }

  // Coverage, always worth knowing: how much of 项目支出 the published targets cover.
  if (have_projects && project_total && !project_total->cell->value_or_zero().is_zero()) {
    context.count_check();
    const Amount base = project_total->cell->value_or_zero();
    const auto percent = percent_of(covered, base, 1);
    Finding f = context.finding_at(*project_total);
    f.severity = Severity::Info;
    f.table = TableKind::PerformanceProjects;
    f.row_code.clear();
    f.row_name = "绩效目标覆盖率";
    f.column.reset();
    // A figure, not a comparison: no expected value, so no "difference" is shown.
    f.actual = covered;
    f.expected.reset();
    f.where = doc.performance_projects_where;
    f.message = fmt::format(
        "项目支出绩效目标表覆盖项目支出 {}%：设有绩效目标且载明当年预算的项目合计 {}，"
        "{}为 {}{}",
        percent ? percent->to_string(1) : "?", claims::money(covered, doc),
        describe(*project_total), claims::money(base, doc),
        blanks.empty() ? std::string{}
                       : fmt::format("（另有{}未载明当年预算，未计入）", blank_list));
    f.message_en = fmt::format(
        "项目支出绩效目标表 cover {}% of 项目支出: the projects with targets and a stated 当年预算 "
        "total {}, {} is {}{}",
        percent ? percent->to_string(1) : "?", claims::money(covered, doc),
        describe(*project_total), claims::money(base, doc),
        blanks.empty() ? std::string{}
                       : fmt::format(" (not counted: {}, which state no 当年预算)", blank_list_en));
    context.report(std::move(f));
  }
  if (!have_projects && !project_total)
    context.could_not_run(
        "未公开项目支出绩效目标表和一般公共预算财政拨款支出表，无法核对绩效目标管理金额",
        "neither 项目支出绩效目标表 nor 一般公共预算财政拨款支出表 is published, so the amount "
        "under performance management cannot be checked");
}

}  // namespace budgetcheck
