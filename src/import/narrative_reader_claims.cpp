// The claims of the 情况说明: every figure with a unit is read with the words before it
// (its label, back to the last ，；：、。) and what the sentence is about so far. A figure
// next to a subject word that no pattern explains is a problem, never a guess.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <initializer_list>

#include "narrative_reader_internal.hpp"

namespace budgetcheck::narrative_detail {

namespace {

struct Verb {
  std::string_view word;
  ChangeDirection direction;
};

constexpr std::array<Verb, 6> kVerbs = {{
    {"增加", ChangeDirection::Increase},
    {"减少", ChangeDirection::Decrease},
    {"增长", ChangeDirection::Increase},
    {"下降", ChangeDirection::Decrease},
    {"上升", ChangeDirection::Increase},
    {"降低", ChangeDirection::Decrease},
}};

// The verb a change label ends with ("比2025年减少", "基本支出减少了"), and the label before it.
std::optional<Verb> ending_verb(std::string_view label, std::string_view* head = nullptr) {
  if (label.ends_with("了"))
    label.remove_suffix(std::string_view("了").size());
  for (const Verb& v : kVerbs) {
    if (label.ends_with(v.word)) {
      if (head)
        *head = label.substr(0, label.size() - v.word.size());
      return v;
    }
  }
  return std::nullopt;
}

std::optional<ClaimSubject> partner(ClaimSubject s) {
  switch (s) {
    case ClaimSubject::GeneralPublicIncome:
      return ClaimSubject::GeneralPublicExpenditure;
    case ClaimSubject::GeneralPublicExpenditure:
      return ClaimSubject::GeneralPublicIncome;
    case ClaimSubject::FiscalIncomeTotal:
      return ClaimSubject::FiscalExpenditureTotal;
    case ClaimSubject::FiscalExpenditureTotal:
      return ClaimSubject::FiscalIncomeTotal;
    case ClaimSubject::IncomeTotal:
      return ClaimSubject::ExpenditureTotal;
    case ClaimSubject::ExpenditureTotal:
      return ClaimSubject::IncomeTotal;
    default:
      return std::nullopt;
  }
}

bool same_subject(const Claim& claim, const Subject& s) {
  return claim.subject == s.subject && claim.source == s.source && claim.code == s.code &&
         claim.scope == s.scope;
}

std::string unit_zh(FigureUnit unit) {
  switch (unit) {
    case FigureUnit::Wanyuan:
      return "万元";
    case FigureUnit::Yuan:
      return "元";
    case FigureUnit::Vehicles:
      return "辆";
    case FigureUnit::Percent:
      return "%";
    case FigureUnit::Other:
      break;
  }
  return "";
}

std::string written(const Figure& f) {
  return fmt::format("{} {}", f.text, unit_zh(f.unit));
}

}  // namespace

ClaimReader::ClaimReader(int budget_year, std::vector<Claim>& claims,
                         std::vector<LoadProblem>& problems)
    : budget_year_(budget_year), claims_(claims), problems_(problems) {}

std::string ClaimReader::money_unit() const {
  return money_unit_ ? unit_zh(*money_unit_) : std::string();
}

void ClaimReader::start_section() {
  general_public_scope_ = false;
}

SourceLocation ClaimReader::location(std::size_t at) const {
  SourceLocation where;
  where.line = paragraph_->line;
  where.column = column_of(paragraph_->line_text, paragraph_->offset + at);
  where.origin = fmt::format("{}:{}", where.line, where.column);
  return where;
}

void ClaimReader::problem(std::size_t at, std::string message) {
  problems_.push_back(LoadProblem{std::move(message), location(at)});
}

void ClaimReader::read(const Paragraph& paragraph) {
  paragraph_ = &paragraph;
  placed_.clear();
  run_.clear();
  general_public_expenditure_at_.reset();
  const std::string_view text = paragraph.text;
  constexpr std::string_view kStop = "。";
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t stop = text.find(kStop, b);
    const std::size_t e = stop == std::string_view::npos ? text.size() : stop + kStop.size();
    if (!trim(text.substr(b, e - b)).empty())
      read_sentence(b, e);
    b = e;
  }
  // "一般公共预算财政拨款支出 … 其中：" at the end of a line: the 基本支出/项目支出 that follow
  // in this section are of that fund.
  if (general_public_expenditure_at_ &&
      text.find("其中", *general_public_expenditure_at_) != std::string_view::npos)
    general_public_scope_ = true;
  paragraph_ = nullptr;
}

void ClaimReader::read_sentence(std::size_t begin, std::size_t end) {
  sentence_ = SentenceState{};
  // A change without a subject ("比上年增加 …") belongs to a figure of its own sentence.
  run_.clear();
  sentence_.begin = begin;
  sentence_.end = end;
  const std::string_view s = paragraph_->text.substr(begin, end - begin);
  const std::vector<Figure> figures = scan_figures(s);

  std::vector<std::size_t> unchanged;
  for (std::size_t at = s.find("持平"); at != std::string_view::npos; at = s.find("持平", at + 1))
    unchanged.push_back(at);
  std::size_t next_unchanged = 0;

  bool stated = false;
  std::size_t cursor = 0;
  for (const Figure& relative : figures) {
    while (next_unchanged < unchanged.size() && unchanged[next_unchanged] < relative.begin)
      read_unchanged(begin + unchanged[next_unchanged++]);
    const std::size_t from = label_start(s, cursor, relative.begin);
    const std::string_view raw_label = s.substr(from, relative.begin - from);
    const std::string_view prefix = s.substr(0, relative.begin);
    if (relative.unit != FigureUnit::Other)  // "比 2025 年减少": a year stays in the label
      cursor = relative.end;
    Figure f = relative;
    f.begin += begin;
    f.end += begin;
    switch (f.unit) {
      case FigureUnit::Wanyuan:
      case FigureUnit::Yuan:
        stated = true;
        read_money(f, raw_label, prefix);
        break;
      case FigureUnit::Percent:
        read_percent(f, clean_label(raw_label));
        break;
      case FigureUnit::Vehicles:
        stated = true;
        read_vehicles(f, raw_label, prefix);
        break;
      case FigureUnit::Other:
        break;
    }
  }
  while (next_unchanged < unchanged.size())
    read_unchanged(begin + unchanged[next_unchanged++]);

  // "万元" with no readable number before it ("“三公”经费预算 XX 万元").
  for (std::string_view unit : {std::string_view("万元"), std::string_view("元")}) {
    for (std::size_t at = s.find(unit); at != std::string_view::npos;
         at = s.find(unit, at + unit.size())) {
      if (unit == "元" && at >= 3 && s.substr(at - 3, 3) == "万")
        continue;
      const bool covered = std::any_of(figures.begin(), figures.end(), [&](const Figure& f) {
        return f.unit != FigureUnit::Other && at >= f.begin && at < f.end;
      });
      if (covered)
        continue;
      const std::size_t from = label_start(s, 0, at);
      const std::string label = clean_label(s.substr(from, at - from));
      if (has_subject_word(label)) {
        stated = true;
        problem(begin + at,
                fmt::format("`{}{}` states no readable figure before {}", label, unit, unit));
      }
    }
  }
  if (!stated)
    read_none_stated(begin, end);
}

void ClaimReader::read_money(const Figure& figure, std::string_view raw_label,
                             std::string_view prefix) {
  current_at_ = figure.begin;
  const std::string label = clean_label(raw_label);
  if (!figure.value) {
    if (has_subject_word(label) || has_subject_word(prefix))
      problem(figure.begin, fmt::format("cannot read the figure `{}` after `{}`: {}",
                                        written(figure), label, figure.error));
    return;
  }
  // One unit for every money figure: a claim's amount is compared with tables in one unit.
  if (!money_unit_) {
    money_unit_ = figure.unit;
  } else if (*money_unit_ != figure.unit) {
    if (!has_subject_word(label) && !has_subject_word(prefix))
      return;
    problem(figure.begin,
            fmt::format("`{}` is in {} while the narrative's first money figure "
                        "is in {}",
                        written(figure), unit_zh(figure.unit), unit_zh(*money_unit_)));
    return;
  }
  if (ending_verb(label)) {
    read_change(figure, label, prefix);
    return;
  }
  // "收入预算比2025年预算 15,982,400.00 元增加 …": the prior-year figure inside a comparison.
  if (read_compared_prior(figure, label, prefix))
    return;
  // A prior-year figure: "上年预算 16 万元", "2025 年预算数 16 万元".
  const std::string_view raw = trim(raw_label);
  const std::string prior_year = fmt::format("{}", budget_year_ - 1);
  bool prior = raw.starts_with("上年") || raw.starts_with("去年");
  if (raw.starts_with(prior_year)) {
    const std::string_view rest = trim(raw.substr(prior_year.size()));
    prior = rest.starts_with("年");
  }
  if (prior) {
    const std::string subject_words = erase_all(label, {"上年", "去年"});
    if (only_generic(subject_words, {"执行数", "决算数", "同期"})) {
      if (!sentence_.last) {
        problem(figure.begin, fmt::format("the prior-year figure `{}` follows no figure of the "
                                          "budget year",
                                          written(figure)));
        return;
      }
      claims_[placed_[*sentence_.last].index].prior = figure.value;
      return;
    }
    for (const Subject& s : classify(subject_words, prefix)) {
      auto it = std::find_if(placed_.rbegin(), placed_.rend(),
                             [&](const Placed& p) { return same_subject(claims_[p.index], s); });
      if (it == placed_.rend()) {
        problem(figure.begin, fmt::format("the prior-year figure `{}` of `{}` follows no figure "
                                          "of the budget year",
                                          written(figure), label));
        return;
      }
      claims_[it->index].prior = figure.value;
    }
    return;
  }
  const std::vector<Subject> subjects = classify(label, prefix);
  if (subjects.empty()) {
    if (has_subject_word(label) || (only_generic(label) && has_subject_word(prefix)))
      problem(figure.begin,
              fmt::format("cannot tell what `{}` states: `{}` is no subject the narrative "
                          "reader knows",
                          written(figure), label.empty() ? std::string(trim(prefix)) : label));
    return;
  }
  for (const Subject& s : subjects) {
    const std::size_t p = place(s, figure.begin);
    claims_[placed_[p].index].amount = figure.value;
  }
}

bool ClaimReader::read_compared_prior(const Figure& figure, std::string_view label,
                                      std::string_view prefix) {
  std::size_t mark = label.find("比");
  if (mark == std::string_view::npos)
    mark = label.find("较");
  if (mark == std::string_view::npos)
    return false;
  std::string_view compared_with = label.substr(mark + std::string_view("比").size());
  const std::string prior_year = fmt::format("{}年", budget_year_ - 1);
  if (compared_with.starts_with(prior_year))
    compared_with.remove_prefix(prior_year.size());
  else if (compared_with.starts_with("上年") || compared_with.starts_with("去年"))
    compared_with.remove_prefix(std::string_view("上年").size());
  else
    return false;
  if (!only_generic(compared_with, {"执行数", "决算数", "同期"}))
    return false;
  std::string_view subject_part = trim(label.substr(0, mark));
  if (subject_part.ends_with("同"))
    subject_part.remove_suffix(std::string_view("同").size());
  if (subject_part.empty()) {
    if (run_.empty()) {
      problem(figure.begin, fmt::format("`{}` states a prior-year figure {} but not of what", label,
                                        written(figure)));
      return true;
    }
    claims_[placed_[run_.back()].index].prior = figure.value;
    return true;
  }
  const std::vector<Subject> subjects = classify(subject_part, prefix);
  if (subjects.empty()) {
    problem(figure.begin, fmt::format("cannot tell what the prior-year figure `{}` {} is of", label,
                                      written(figure)));
    return true;
  }
  for (const Subject& s : subjects) {
    std::optional<std::size_t> earlier = earlier_claim(s, false);
    if (!earlier) {
      problem(figure.begin, fmt::format("the prior-year figure `{}` {} follows no figure of "
                                        "the budget year",
                                        label, written(figure)));
      continue;
    }
    claims_[placed_[*earlier].index].prior = figure.value;
    extend_sentence(*earlier);
    // The change that follows ("… 增加 562,138.19 元") is of this claim.
    run_.erase(std::remove(run_.begin(), run_.end(), *earlier), run_.end());
    run_.push_back(*earlier);
  }
  return true;
}

std::optional<std::size_t> ClaimReader::earlier_claim(const Subject& s, bool without_change) const {
  for (std::size_t i = placed_.size(); i-- > 0;) {
    const Claim& c = claims_[placed_[i].index];
    if (same_subject(c, s) && !(without_change && c.change))
      return i;
  }
  return std::nullopt;
}

void ClaimReader::read_change(const Figure& figure, std::string_view label,
                              std::string_view prefix) {
  std::string_view head;
  const Verb verb = *ending_verb(label, &head);
  std::string_view subject_part = head;
  bool compared = false;
  for (std::string_view mark : {std::string_view("比"), std::string_view("较")}) {
    const std::size_t at = subject_part.find(mark);
    if (at != std::string_view::npos) {
      subject_part = subject_part.substr(0, at);
      compared = true;
    }
  }
  if (subject_part.ends_with("同"))  // 同比
    subject_part.remove_suffix(std::string_view("同").size());
  subject_part = trim(subject_part);

  StatedChange change;
  change.direction = verb.direction;
  change.amount = figure.value;
  change.where = location(figure.begin);
  sentence_.last_changed.clear();

  if (subject_part.empty()) {
    if (run_.empty()) {
      problem(figure.begin,
              fmt::format("`{}` states a change of {} but not of what", label, written(figure)));
      return;
    }
    std::vector<std::size_t> targets{run_.back()};
    // "收入 X 万元，支出 X 万元，比上年减少 Y 万元": one change of both sides of a balance.
    if (run_.size() >= 2) {
      const Claim& last = claims_[placed_[run_.back()].index];
      const Claim& before = claims_[placed_[run_[run_.size() - 2]].index];
      if (partner(last.subject) == before.subject && last.amount == before.amount)
        targets.insert(targets.begin(), run_[run_.size() - 2]);
    }
    for (std::size_t t : targets)
      attach_change(t, change);
    return;
  }
  const std::vector<Subject> subjects = classify(subject_part, prefix);
  if (subjects.empty()) {
    problem(figure.begin,
            fmt::format("cannot tell what the change `{}` {} is of", label, written(figure)));
    return;
  }
  for (const Subject& s : subjects) {
    if (compared) {
      // "收入比 2025 年减少 …" completes the claim stated earlier in the paragraph.
      if (const auto earlier = earlier_claim(s, true)) {
        attach_change(*earlier, change);
        extend_sentence(*earlier);
        continue;
      }
    }
    const std::size_t p = place(s, figure.begin);
    attach_change(p, change);
  }
}

void ClaimReader::read_percent(const Figure& figure, std::string_view label) {
  std::string_view head;
  const auto verb = ending_verb(label, &head);
  if (!verb || !figure.value)
    return;
  if (!sentence_.last_changed.empty()) {
    for (std::size_t p : sentence_.last_changed) {
      StatedChange& change = *claims_[placed_[p].index].change;
      change.percent = figure.value;
    }
    return;
  }
  if (run_.empty())
    return;
  StatedChange change;
  change.direction = verb->direction;
  change.percent = figure.value;
  change.where = location(figure.begin);
  attach_change(run_.back(), change);
}

void ClaimReader::read_vehicles(const Figure& figure, std::string_view raw_label,
                                std::string_view prefix) {
  const std::string label = clean_label(raw_label);
  if (!figure.value || figure.value->decimals_used() != 0 || figure.value->is_negative()) {
    problem(figure.begin,
            fmt::format("`{}` after `{}` is not a number of vehicles", written(figure), label));
    return;
  }
  const bool purchase = contains(prefix, "购置");
  std::optional<ClaimSubject> subject;
  if (contains(label, "一般公务用车"))
    subject = purchase ? ClaimSubject::VehiclePurchasesGeneral : ClaimSubject::VehiclesGeneral;
  else if (contains(label, "执勤执法用车") || contains(label, "执法执勤用车"))
    subject = purchase ? ClaimSubject::VehiclePurchasesLawEnforcement
                       : ClaimSubject::VehiclesLawEnforcement;
  else if (!purchase && contains(label, "特种专业技术用车"))
    subject = ClaimSubject::VehiclesSpecial;
  else if (!purchase && contains(label, "其他用车"))
    subject = ClaimSubject::VehiclesOther;
  else if (contains(label, "车辆") || contains(label, "公务用车"))
    subject = purchase ? ClaimSubject::VehiclePurchasesTotal : ClaimSubject::VehiclesTotal;
  if (!subject) {
    problem(figure.begin,
            fmt::format("cannot tell which vehicles `{}` counts: `{}`", written(figure), label));
    return;
  }
  const std::size_t p = place(Subject{*subject, {}, {}, {}, {}}, figure.begin);
  claims_[placed_[p].index].count = figure.value->units() / Decimal::kUnitsPerOne;
}

void ClaimReader::read_unchanged(std::size_t at) {
  if (!sentence_.last)
    return;
  const std::size_t p = *sentence_.last;
  if (claims_[placed_[p].index].change)
    return;
  StatedChange change;
  change.direction = ChangeDirection::Unchanged;
  change.where = location(at);
  attach_change(p, change);
}

void ClaimReader::read_none_stated(std::size_t begin, std::size_t end) {
  // "2026 年无使用政府性基金预算拨款安排的支出。": a stated 0.
  const std::string_view s = paragraph_->text.substr(begin, end - begin);
  const std::size_t none = s.find("无");
  if (none == std::string_view::npos)
    return;
  const std::string_view after = s.substr(none);
  // "2026 年本单位无购置车辆预算。"
  if (contains(after, "购置车辆") || contains(after, "车辆购置")) {
    const std::size_t p =
        place(Subject{ClaimSubject::VehiclePurchasesTotal, {}, {}, {}, {}}, begin + none);
    claims_[placed_[p].index].count = 0;
    return;
  }
  // "本单位无政府采购预算。"
  if (contains(after, "政府采购") && !contains(after, "无变化")) {
    const std::size_t p =
        place(Subject{ClaimSubject::ProcurementTotal, {}, {}, {}, {}}, begin + none);
    claims_[placed_[p].index].amount = Decimal{};
    return;
  }
  if (contains(after, "无变化") ||
      !(contains(after, "支出") || contains(after, "收支") || contains(after, "安排")))
    return;
  for (auto [word, subject] :
       {std::pair{std::string_view("政府性基金"), ClaimSubject::GovernmentFundExpenditure},
        std::pair{std::string_view("国有资本经营"), ClaimSubject::StateCapitalExpenditure}}) {
    if (contains(after, word)) {
      const std::size_t p = place(Subject{subject, {}, {}, {}, {}}, begin + none);
      claims_[placed_[p].index].amount = Decimal{};
    }
  }
}

std::size_t ClaimReader::place(const Subject& s, std::size_t at) {
  Claim claim;
  claim.subject = s.subject;
  claim.source = s.source;
  claim.code = s.code;
  claim.name = s.name;
  claim.scope = s.scope;
  claim.where = location(at);
  claim.sentence =
      std::string(paragraph_->text.substr(sentence_.begin, sentence_.end - sentence_.begin));
  claims_.push_back(std::move(claim));
  placed_.push_back(Placed{claims_.size() - 1, sentence_.begin, sentence_.end});
  const std::size_t p = placed_.size() - 1;
  run_.push_back(p);
  sentence_.last = p;
  switch (s.subject) {
    case ClaimSubject::IncomeTotal:
    case ClaimSubject::ExpenditureTotal:
      if (!sentence_.list_parent)
        sentence_.list_parent = s.subject;
      general_public_scope_ = false;
      break;
    case ClaimSubject::FiscalExpenditureTotal:
      general_public_scope_ = false;
      break;
    case ClaimSubject::GeneralPublicExpenditure:
      general_public_expenditure_at_ = at;
      break;
    default:
      break;
  }
  return p;
}

void ClaimReader::attach_change(std::size_t p, const StatedChange& change) {
  claims_[placed_[p].index].change = change;
  run_.erase(std::remove(run_.begin(), run_.end(), p), run_.end());
  sentence_.last_changed.push_back(p);
}

void ClaimReader::extend_sentence(std::size_t p) {
  Placed& placed = placed_[p];
  placed.sentence_end = std::max(placed.sentence_end, sentence_.end);
  claims_[placed.index].sentence = std::string(
      paragraph_->text.substr(placed.sentence_begin, placed.sentence_end - placed.sentence_begin));
}

}  // namespace budgetcheck::narrative_detail
