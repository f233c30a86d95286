#include "narrative_change.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/claims.hpp"
#include "budgetcheck/rules/percent.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo NarrativeChange::kInfo{
    .code = "BC202",
    .name = "narrative-change",
    .default_severity = Severity::Error,
    .summary_zh = "情况说明所述同比增减额、增减方向和增减幅度应与本年数、上年数相符",
    .summary_en =
        "Year-on-year changes in the narrative: amount, direction (增加/减少/持平) and "
        "percentage agree with the current and prior figures",
    .explanation =
        "Sentences such as “比 2025 年减少 132 万元，下降 18.3%” state a change. Checked for "
        "every claim with a change:\n\n"
        "- the change is well formed: its amount is not negative (the direction word carries "
        "the sign), 持平 has no non-zero amount or percentage, 增加/减少 of 0 is a warning;\n"
        "- with a stated prior-year figure: the direction matches the sign of 本年 − 上年 "
        "(增加 needs 本年 > 上年, 减少 本年 < 上年, 持平 equality), and the amount is |本年 − "
        "上年| "
        "(judged under the rounding rule with both figures as parts);\n"
        "- without one, the prior year is 本年 ∓ 变动额; a negative prior year is an error;\n"
        "- a stated percentage is recomputed exactly as |本年 − 上年| / 上年 × 100 (integer "
        "arithmetic, no floating point) and must lie within half a unit of its own last "
        "digit: “18.3%” covers [18.25, 18.35]. A prior year of 0 has no percentage: stating "
        "one is an error.",
    .example =
        "“2026 年“三公”经费预算 17 万元，比 2025 年增加 1 万元，增长 5.0%”: the prior year is "
        "16, the true growth 6.25%:\n\n"
        "    情况说明“……”所述“三公”经费增长 5.0%，按本年 17.00 万元、上年 16.00 万元计算应为 6.3%",
    .fix =
        "Recompute the change from the two years' figures; when the prior-year figure in the "
        "text is wrong, take it from the prior year's published budget.",
};

namespace {

const SourceLocation& change_where(const Claim& claim) {
  return claim.change && !claim.change->where.pointer.empty() ? claim.change->where : claim.where;
}

void report_on_change(RuleContext& context, const Claim& claim, Severity severity,
                      std::string message, std::string message_en) {
  Finding f = claims::finding_on(context, claim, nullptr);
  f.severity = severity;
  f.where = change_where(claim);
  f.message = std::move(message);
  f.message_en = std::move(message_en);
  context.report(std::move(f));
}

std::string subject_text(const Claim& claim) {
  return claims::claim_label(claim);
}

std::string subject_text_en(const Claim& claim) {
  return claims::claim_label_en(claim);
}

// The change is well formed by itself. Returns false when it cannot be used further.
bool check_form(RuleContext& context, const Claim& claim) {
  const StatedChange& change = *claim.change;
  const Document& doc = context.document();
  context.count_check();
  if (change.amount && change.amount->is_negative()) {
    Finding f = claims::finding_on(context, claim, nullptr);
    f.where = change_where(claim);
    f.actual = change.amount;
    f.message =
        fmt::format("{}{} {}：变动额不应为负数，方向已由“{}”表示", subject_text(claim),
                    claims::direction_zh(change.direction), claims::money(*change.amount, doc),
                    claims::direction_zh(change.direction));
    f.message_en =
        fmt::format("{}: {} of {}: a change is never negative, the direction is given by “{}”",
                    subject_text_en(claim), claims::direction_en(change.direction),
                    claims::money(*change.amount, doc), claims::direction_zh(change.direction));
    context.report(std::move(f));
    return false;
  }
  if (change.direction == ChangeDirection::Unchanged) {
    const bool amount = change.amount && !change.amount->is_zero();
    const bool percent = change.percent && !change.percent->is_zero();
    if (amount || percent) {
      const std::string size =
          amount ? claims::money(*change.amount, doc)
                 : change.percent->to_string(change.percent->decimals_used()) + "%";
      report_on_change(
          context, claim, context.severity(),
          fmt::format("{}写作“持平”，却列有变动{}", subject_text(claim), size),
          fmt::format("{} is said to be unchanged (“持平”) yet a change of {} is given",
                      subject_text_en(claim), size));
      return false;
    }
    return true;
  }
  if (change.amount && change.amount->is_zero()) {
    // "增加 0 万元" contradicts itself at the stated precision; a tiny change rounded away.
    report_on_change(context, claim, Severity::Warning,
                     fmt::format("{}写作“{}”，变动额却为 0", subject_text(claim),
                                 claims::direction_zh(change.direction)),
                     fmt::format("{} is said to {} (“{}”) but the change is 0",
                                 subject_text_en(claim), claims::direction_en(change.direction),
                                 claims::direction_zh(change.direction)));
    return false;
  }
  return true;
}

void check_percent(RuleContext& context, const Claim& claim, Amount current, Amount prior,
                   bool prior_stated) {
  const StatedChange& change = *claim.change;
  if (!change.percent)
    return;
  const Document& doc = context.document();
  const Decimal stated = *change.percent;
  const int pd = stated.decimals_used();
  const std::string stated_text = stated.abs().to_string(pd) + "%";
  const std::string basis =
      fmt::format("本年 {}、上年 {}{}", claims::money(current, doc), claims::money(prior, doc),
                  prior_stated ? "" : "（由本年数和变动额推得）");
  const std::string basis_en = fmt::format(
      "this year {}, last year {}{}", claims::money(current, doc), claims::money(prior, doc),
      prior_stated ? "" : " (derived from this year's figure and the change)");
  context.count_check();
  const auto difference = current.minus(prior);
  if (!difference)
    return;
  if (prior.is_zero()) {
    Finding f = claims::finding_on(context, claim, nullptr);
    f.where = change_where(claim);
    f.actual = stated;
    f.expected.reset();
    f.message = fmt::format("{}列有变动幅度 {}，但上年为 0（{}），无从计算百分比",
                            subject_text(claim), stated_text, basis);
    f.message_en = fmt::format(
        "{} gives a change of {}, but last year was 0 ({}): no percentage can be computed",
        subject_text_en(claim), stated_text, basis_en);
    context.report(std::move(f));
    return;
  }
  if (percent_consistent(stated, *difference, prior))
    return;
  const auto truth = percent_of(difference->abs(), prior.abs(), pd);
  const auto finer = percent_of(difference->abs(), prior.abs(), std::max(pd + 2, 2));
  Finding f = claims::finding_on(context, claim, nullptr);
  f.where = change_where(claim);
  f.actual = stated.abs();
  f.expected = truth;
  if (truth)
    f.difference = stated.abs().minus(*truth);
  f.expected_formula = "|本年 − 上年| / 上年 × 100";
  f.message = fmt::format("{}变动幅度 {}，按{}计算应为 {}%（{}%）", subject_text(claim),
                          stated_text, basis, truth ? truth->to_string(pd) : "?",
                          finer ? finer->to_string(std::max(pd + 2, 2)) : "?");
  f.message_en =
      fmt::format("{} changes by {}; from {} it should be {}% ({}%)", subject_text_en(claim),
                  stated_text, basis_en, truth ? truth->to_string(pd) : "?",
                  finer ? finer->to_string(std::max(pd + 2, 2)) : "?");
  context.report(std::move(f));
}

void check_against_prior(RuleContext& context, const Claim& claim) {
  const StatedChange& change = *claim.change;
  const Document& doc = context.document();
  const int d = doc.header.decimals;
  const Amount current = *claim.amount;
  const Amount prior = *claim.prior;
  const auto difference = current.minus(prior);
  if (!difference)
    return;
  context.count_check();
  const ChangeDirection truth = difference->is_zero()       ? ChangeDirection::Unchanged
                                : difference->is_negative() ? ChangeDirection::Decrease
                                                            : ChangeDirection::Increase;
  if (truth != change.direction) {
    Finding f = claims::finding_on(context, claim, nullptr);
    f.where = change_where(claim);
    f.message = fmt::format("{}写作“{}”，但本年 {}、上年 {}，应为“{}”", subject_text(claim),
                            claims::direction_zh(change.direction), claims::money(current, doc),
                            claims::money(prior, doc), claims::direction_zh(truth));
    f.message_en = fmt::format(
        "{} is said to {} (“{}”), but this year {} and last year {} make it {} (“{}”)",
        subject_text_en(claim), claims::direction_en(change.direction),
        claims::direction_zh(change.direction), claims::money(current, doc),
        claims::money(prior, doc), claims::direction_en(truth), claims::direction_zh(truth));
    context.report(std::move(f));
  }
  if (change.amount) {
    context.count_check();
    const Amount size = difference->abs();
    const Agreement agreement = context.rounding().judge_sum(*change.amount, size, 2);
    if (agreement != Agreement::Exact) {
      Finding f = claims::finding_on(context, claim, nullptr);
      f.where = change_where(claim);
      f.actual = change.amount;
      f.expected = size;
      f.difference = change.amount->minus(size);
      f.expected_formula = "|本年 − 上年|";
      f.tolerance = context.rounding().tolerance(2);
      if (agreement == Agreement::WithinRounding) {
        f.severity = Severity::Info;
        f.within_rounding = true;
      }
      f.message = fmt::format("{}变动额 {}，按本年 {}、上年 {} 应为 {}{}", subject_text(claim),
                              claims::money(*change.amount, doc), claims::money(current, doc),
                              claims::money(prior, doc), size.to_display(d),
                              f.within_rounding ? "（差额在四舍五入允许范围内）" : "");
      f.message_en =
          fmt::format("{} changes by {}; this year {} and last year {} make it {}{}",
                      subject_text_en(claim), claims::money(*change.amount, doc),
                      claims::money(current, doc), claims::money(prior, doc), size.to_display(d),
                      f.within_rounding ? " (the difference is within rounding)" : "");
      context.report(std::move(f));
    }
  }
  check_percent(context, claim, current, prior, true);
}

void check_derived_prior(RuleContext& context, const Claim& claim) {
  const StatedChange& change = *claim.change;
  const Document& doc = context.document();
  const auto signed_change = claims::signed_change(change);
  if (!signed_change)
    return;
  const auto prior = claim.amount->minus(*signed_change);
  if (!prior)
    return;
  if (prior->is_negative()) {
    context.count_check();
    Finding f = claims::finding_on(context, claim, nullptr);
    f.where = change_where(claim);
    f.actual = change.amount;
    f.expected = claim.amount;
    f.message = fmt::format(
        "{}本年 {}，{} {}，推得上年为负数（{}）", subject_text(claim),
        claims::money(*claim.amount, doc), claims::direction_zh(change.direction),
        claims::money(change.amount.value_or(Amount{}), doc), claims::money(*prior, doc));
    f.message_en = fmt::format(
        "{}: this year {}, {} of {}, makes last year negative ({})", subject_text_en(claim),
        claims::money(*claim.amount, doc), claims::direction_en(change.direction),
        claims::money(change.amount.value_or(Amount{}), doc), claims::money(*prior, doc));
    context.report(std::move(f));
    return;
  }
  check_percent(context, claim, *claim.amount, *prior, false);
}

}  // namespace

void NarrativeChange::check(RuleContext& context) const {
  const Document& doc = context.document();
  if (!doc.narrative.present) {
    context.not_applicable("未公开情况说明", "the narrative (情况说明) is not published");
    return;
  }
  bool any = false;
  for (const Claim& claim : doc.narrative.claims) {
    if (!claim.change)
      continue;
    any = true;
    if (!check_form(context, claim))
      continue;
    if (!claim.amount)
      continue;  // "基本支出减少 132 万元" alone: only its form can be checked
    if (claim.prior)
      check_against_prior(context, claim);
    else
      check_derived_prior(context, claim);
  }
  if (!any)
    context.not_applicable("情况说明未列示同比变动", "the narrative states no year-on-year change");
}

}  // namespace budgetcheck
