#include "budgetcheck/rules/claims.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/percent.hpp"

namespace budgetcheck::claims {

std::vector<const Claim*> of_subject(const Narrative& narrative, ClaimSubject subject) {
  std::vector<const Claim*> found;
  for (const auto& claim : narrative.claims)
    if (claim.subject == subject)
      found.push_back(&claim);
  return found;
}

std::string short_sentence(std::string_view sentence, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    // Count code points by their lead bytes; cut before the (max+1)-th.
    if ((static_cast<unsigned char>(sentence[i]) & 0xC0) != 0x80) {
      if (chars == max_chars)
        return std::string(sentence.substr(0, i)) + "…";
      ++chars;
    }
  }
  return std::string(sentence);
}

std::string money(Amount amount, const Document& document) {
  return amount.to_display(document.header.decimals) + " " +
         std::string(amount_unit_zh(document.header.amount_unit));
}

std::string claim_label(const Claim& claim) {
  std::string subject(claim_subject_zh(claim.subject));
  if (claim.subject == ClaimSubject::IncomeSource && claim.source)
    subject = std::string(column_info(*claim.source).zh_name);
  if (claim.subject == ClaimSubject::ExpenditureClass)
    subject = claim.name.empty() && claim.code ? claim.code->digits() : claim.name;
  if (claim.scope)
    subject += "（" + std::string(column_info(*claim.scope).zh_name) + "）";
  return fmt::format("情况说明“{}”所述{}", short_sentence(claim.sentence), subject);
}

std::string claim_label_en(const Claim& claim) {
  std::string subject(claim_subject_zh(claim.subject));
  if (claim.subject == ClaimSubject::IncomeSource && claim.source)
    subject = std::string(column_info(*claim.source).zh_name);
  if (claim.subject == ClaimSubject::ExpenditureClass)
    subject = claim.name.empty() && claim.code ? claim.code->digits() : claim.name;
  if (claim.scope)
    subject += " (" + std::string(column_info(*claim.scope).zh_name) + ")";
  return fmt::format("{} as stated in the narrative “{}”", subject, short_sentence(claim.sentence));
}

Finding finding_on(const RuleContext& context, const Claim& claim, const CellRef* figure) {
  Finding f;
  if (figure) {
    f = context.finding_at(*figure);
    f.expected = figure->cell ? figure->cell->value_or_zero() : Amount{};
    f.expected_formula = describe(*figure);
  } else {
    f = context.finding_at(CellRef{});
    f.table.reset();
    f.row_name = std::string(claim_subject_zh(claim.subject));
  }
  f.actual = claim.amount;
  f.actual_blank = false;
  if (!claim.amount && claim.count)
    f.actual = Amount::from_integer(*claim.count);
  f.where = claim.where;
  return f;
}

bool expect_claim_equals(RuleContext& context, const Claim& claim, const CellRef& figure) {
  if (!claim.amount)
    return false;
  context.count_check();
  const Amount stated = *claim.amount;
  const Amount table = figure.cell ? figure.cell->value_or_zero() : Amount{};
  if (stated == table)
    return true;
  const Document& doc = context.document();
  const int stated_decimals = stated.decimals_used();
  Finding f = finding_on(context, claim, &figure);
  f.difference = stated.minus(table);
  const bool blank = !figure.cell || figure.cell->blank();
  const std::string table_text = blank ? "空白（按 0 计）" : money(table, doc);
  const std::string table_text_en = blank ? "blank, taken as 0" : money(table, doc);
  if (stated_decimals < doc.header.decimals && round_half_up(table, stated_decimals) == stated) {
    // "84 万元" for 84.30: the narrative rounded the figure, it did not contradict it.
    f.severity = Severity::Info;
    f.within_rounding = true;
    f.tolerance = Amount::from_units(Amount::unit_of(stated_decimals).units() / 2);
    f.message = fmt::format("{} {} 是{}（{}）四舍五入到 {} 位小数的结果", claim_label(claim),
                            money(stated, doc), describe(figure), table_text, stated_decimals);
    f.message_en =
        fmt::format("{} {} is {} ({}) rounded to {} decimal place(s)", claim_label_en(claim),
                    money(stated, doc), describe(figure), table_text_en, stated_decimals);
  } else {
    f.message = fmt::format("{} {} 与{}（{}）不一致，相差 {}", claim_label(claim),
                            money(stated, doc), describe(figure), table_text,
                            f.difference ? f.difference->to_display(doc.header.decimals) : "?");
    f.message_en = fmt::format("{} {} does not match {} ({}), difference {}", claim_label_en(claim),
                               money(stated, doc), describe(figure), table_text_en,
                               f.difference ? f.difference->to_display(doc.header.decimals) : "?");
  }
  context.report(std::move(f));
  return true;
}

std::optional<Amount> signed_change(const StatedChange& change) {
  switch (change.direction) {
    case ChangeDirection::Unchanged:
      return Amount{};
    case ChangeDirection::Increase:
      return change.amount;
    case ChangeDirection::Decrease:
      if (!change.amount)
        return std::nullopt;
      return Amount{}.minus(*change.amount);
  }
  return std::nullopt;
}

std::string_view direction_zh(ChangeDirection direction) {
  switch (direction) {
    case ChangeDirection::Increase:
      return "增加";
    case ChangeDirection::Decrease:
      return "减少";
    case ChangeDirection::Unchanged:
      return "持平";
  }
  return "持平";
}

std::string_view direction_en(ChangeDirection direction) {
  switch (direction) {
    case ChangeDirection::Increase:
      return "increase";
    case ChangeDirection::Decrease:
      return "decrease";
    case ChangeDirection::Unchanged:
      return "no change";
  }
  return "no change";
}

}  // namespace budgetcheck::claims
