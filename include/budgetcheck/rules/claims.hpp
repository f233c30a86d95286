#pragma once
// Shared by the rules that check the 情况说明: finding claims, describing table
// figures, and judging a stated figure against a table figure. A finding about a
// claim points at the claim (its JSON location) and quotes its sentence; the table
// figure it was compared with fills table/row/column/expected.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/model/narrative.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck::claims {

// Claims about `subject`, in published order.
std::vector<const Claim*> of_subject(const Narrative& narrative, ClaimSubject subject);

// The sentence cut to `max_chars` code points, "…" appended when cut.
std::string short_sentence(std::string_view sentence, std::size_t max_chars = 40);

// "84.00 万元" with the document's decimals and unit; a claim stated with more digits keeps them.
std::string money(Amount amount, const Document& document);

// "情况说明“…”所述收入预算" — how a message names the claim.
std::string claim_label(const Claim& claim);
// The same in English: "the 收入预算 stated in the narrative “…”".
std::string claim_label_en(const Claim& claim);

// A finding about `claim` pre-filled for the rule in force: location and actual from
// the claim; table, row, column and expected from `figure` when given.
Finding finding_on(const RuleContext& context, const Claim& claim, const CellRef* figure);

// The claim's amount must be the table figure (blank counts as 0). Equal: a passed
// check. A claim written with fewer digits than the document (e.g. "84 万元") that is
// the table figure rounded (84.00 → 84, 84.30 → 84): info, within rounding. Otherwise a
// finding at the rule's severity. Claims without an amount are skipped (false).
bool expect_claim_equals(RuleContext& context, const Claim& claim, const CellRef& figure);

// Signed size of a stated change: + for 增加, − for 减少, 0 for 持平 (whatever amount is
// written there). std::nullopt when 增加/减少 has no amount.
std::optional<Amount> signed_change(const StatedChange& change);

// "增加" / "减少" / "持平".
std::string_view direction_zh(ChangeDirection direction);
std::string_view direction_en(ChangeDirection direction);  // "increase" / "decrease" / "no change"

}  // namespace budgetcheck::claims
