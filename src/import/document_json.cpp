#include "budgetcheck/import/document_json.hpp"

#include <functional>
#include <nlohmann/json.hpp>
#include <utility>
#include <variant>
#include <vector>

namespace budgetcheck {
namespace {

// A tiny ordered JSON tree: key order is part of the output (docs/format.md order), and
// numbers are written from their exact decimal text, never through a double.
struct Node {
  enum class Kind { Raw, Object, Array } kind = Kind::Raw;
  std::string raw;  // Raw: the JSON text of a scalar
  // Object members as two parallel lists: std::pair<std::string, Node> would need Node
  // complete here (std::vector<Node> does not, since C++17).
  std::vector<std::string> keys;
  std::vector<Node> values;
  std::vector<Node> items;

  static Node object() { return Node{Kind::Object, {}, {}, {}, {}}; }
  static Node array() { return Node{Kind::Array, {}, {}, {}, {}}; }
  Node& add(std::string key, Node value) {
    keys.push_back(std::move(key));
    values.push_back(std::move(value));
    return values.back();
  }
  void push(Node value) { items.push_back(std::move(value)); }
};

Node raw(std::string text) {
  return Node{Node::Kind::Raw, std::move(text), {}, {}, {}};
}
Node str(const std::string& text) {
  return raw(nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
Node null() {
  return raw("null");
}
Node integer(long long value) {
  return raw(std::to_string(value));
}
Node number(const Decimal& value) {
  return raw(value.to_string(value.decimals_used()));
}
Node boolean(bool value) {
  return raw(value ? "true" : "false");
}

// Same layout as Python's json.dump(indent=2, ensure_ascii=False), which wrote the data/ files.
void render(const Node& node, int indent, std::string& out) {
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  switch (node.kind) {
    case Node::Kind::Raw:
      out += node.raw;
      return;
    case Node::Kind::Object:
      if (node.keys.empty()) {
        out += "{}";
        return;
      }
      out += "{\n";
      for (std::size_t i = 0; i < node.keys.size(); ++i) {
        out += pad;
        out += str(node.keys[i]).raw;
        out += ": ";
        render(node.values[i], indent + 2, out);
        out += i + 1 < node.keys.size() ? ",\n" : "\n";
      }
      out += std::string(static_cast<std::size_t>(indent), ' ') + "}";
      return;
    case Node::Kind::Array:
      if (node.items.empty()) {
        out += "[]";
        return;
      }
      out += "[\n";
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        out += pad;
        render(node.items[i], indent + 2, out);
        out += i + 1 < node.items.size() ? ",\n" : "\n";
      }
      out += std::string(static_cast<std::size_t>(indent), ' ') + "]";
      return;
  }
}

class Writer {
 public:
  explicit Writer(const Document& doc) : doc_(doc), decimals_(doc.header.decimals) {}

  Node document() {
    Node root = Node::object();
    root.add("format", str("budgetcheck/1"));
    root.add("document", header());
    if (doc_.narrative.present)
      root.add("narrative", narrative());
    root.add("tables", tables());
    return root;
  }

 private:
  Node amount(const std::optional<Amount>& value) const {
    return value ? str(value->to_display(decimals_)) : null();
  }
  Node cell(const Cell& c) const { return amount(c.amount); }

  Node header() const {
    const DocumentHeader& h = doc_.header;
    Node n = Node::object();
    if (!h.unit_code.empty())
      n.add("unit_code", str(h.unit_code));
    n.add("unit_name", str(h.unit_name));
    n.add("level", str(h.level == DisclosureLevel::Department ? "部门" : "单位"));
    n.add("year", integer(h.year));
    n.add("amount_unit", str(std::string(amount_unit_zh(h.amount_unit))));
    n.add("decimals", integer(h.decimals));
    if (h.unit_type)
      n.add("unit_type", str(*h.unit_type));
    if (h.region)
      n.add("region", str(*h.region));
    if (h.source)
      n.add("source", str(*h.source));
    return n;
  }

  Node narrative() const {
    Node n = Node::object();
    Node sections = Node::array();
    for (const NarrativeSection& s : doc_.narrative.sections) {
      Node o = Node::object();
      o.add("heading", str(s.heading));
      o.add("text", str(s.text));
      sections.push(std::move(o));
    }
    n.add("sections", std::move(sections));
    Node claims = Node::array();
    for (const Claim& c : doc_.narrative.claims)
      claims.push(claim(c));
    n.add("claims", std::move(claims));
    return n;
  }

  Node claim(const Claim& c) const {
    Node o = Node::object();
    o.add("subject", str(std::string(claim_subject_key(c.subject))));
    if (c.source)
      o.add("source", str(std::string(column_info(*c.source).key)));
    if (c.code)
      o.add("code", str(c.code->digits()));
    if (c.subject == ClaimSubject::ExpenditureClass && (!c.name.empty() || !c.code))
      o.add("name", str(c.name));
    if (c.scope)
      o.add("scope", str(std::string(column_info(*c.scope).key)));
    if (c.amount)
      o.add("amount", amount(c.amount));
    if (c.count)
      o.add("count", integer(*c.count));
    if (c.prior)
      o.add("prior", amount(c.prior));
    if (c.change) {
      Node ch = Node::object();
      const ChangeDirection d = c.change->direction;
      ch.add("direction", str(d == ChangeDirection::Increase   ? "增加"
                              : d == ChangeDirection::Decrease ? "减少"
                                                               : "持平"));
      if (c.change->amount)
        ch.add("amount", amount(c.change->amount));
      if (c.change->percent)
        ch.add("percent", number(*c.change->percent));
      o.add("change", std::move(ch));
    }
    o.add("sentence", str(c.sentence));
    return o;
  }

  static Node columns(const std::vector<Column>& cols) {
    Node a = Node::array();
    for (Column c : cols)
      a.push(str(std::string(column_info(c).key)));
    return a;
  }

  // code?, name?, category?, then the amounts of `cols`.
  Node row(const AmountRow& r, const std::vector<Column>& cols, bool with_name) const {
    Node o = Node::object();
    if (r.code)
      o.add("code", str(r.code->digits()));
    if (with_name)
      o.add("name", str(r.name));
    if (!r.category.empty())
      o.add("category", str(r.category));
    for (Column c : cols)
      o.add(std::string(column_info(c).key), cell(r[c]));
    return o;
  }
  Node rows(const std::vector<AmountRow>& rs, const std::vector<Column>& cols) const {
    Node a = Node::array();
    for (const AmountRow& r : rs)
      a.push(row(r, cols, true));
    return a;
  }

  static void common_head(Node& o, const TableCommon& t) {
    if (!t.title.empty())
      o.add("title", str(t.title));
    if (!t.label.empty())
      o.add("label", str(t.label));
    if (t.amount_unit)
      o.add("amount_unit", str(*t.amount_unit));
  }
  static void common_tail(Node& o, const TableCommon& t) {
    if (t.note)
      o.add("note", str(*t.note));
  }

  Node classified(const ClassifiedTable& t) const {
    Node o = Node::object();
    common_head(o, t);
    o.add("columns", columns(t.columns));
    if (t.totals)
      o.add("totals", row(*t.totals, t.columns, false));
    o.add("rows", rows(t.rows, t.columns));
    common_tail(o, t);
    return o;
  }

  Node department_summary(const DepartmentSummary& t) const {
    Node o = Node::object();
    common_head(o, t);
    Node income = Node::object();
    income.add("sources", columns(t.income_sources));
    for (Column c : t.income_sources)
      income.add(std::string(column_info(c).key), cell(t.income_cell(c)));
    income.add("total", cell(t.income_total));
    o.add("income", std::move(income));
    Node exp = Node::object();
    exp.add("columns", columns(t.expenditure_columns));
    exp.add("rows", rows(t.expenditure_rows, t.expenditure_columns));
    if (t.carry_forward)
      exp.add("carry_forward", row(*t.carry_forward, t.expenditure_columns, false));
    if (t.expenditure_total)
      exp.add("totals", row(*t.expenditure_total, t.expenditure_columns, false));
    o.add("expenditure", std::move(exp));
    common_tail(o, t);
    return o;
  }

  Node fiscal_summary(const FiscalSummary& t) const {
    Node o = Node::object();
    common_head(o, t);
    Node income = Node::object();
    income.add("current_total", cell(t.income_current_total));
    income.add("general_public", cell(t.income_general_public));
    income.add("government_fund", cell(t.income_government_fund));
    income.add("state_capital", cell(t.income_state_capital));
    income.add("carryover_total", cell(t.carryover_total));
    income.add("carryover_general_public", cell(t.carryover_general_public));
    income.add("carryover_government_fund", cell(t.carryover_government_fund));
    income.add("carryover_state_capital", cell(t.carryover_state_capital));
    income.add("grand_total", cell(t.income_grand_total));
    o.add("income", std::move(income));
    Node exp = Node::object();
    const auto& cols = t.expenditure_columns;
    exp.add("columns", columns(cols));
    if (t.expenditure_current_total)
      exp.add("current_total", row(*t.expenditure_current_total, cols, false));
    exp.add("rows", rows(t.expenditure_rows, cols));
    if (t.carry_forward)
      exp.add("carry_forward", row(*t.carry_forward, cols, false));
    if (t.expenditure_grand_total)
      exp.add("grand_total", row(*t.expenditure_grand_total, cols, false));
    o.add("expenditure", std::move(exp));
    common_tail(o, t);
    return o;
  }

  Node three_public(const ThreePublicTable& t) const {
    Node o = Node::object();
    common_head(o, t);
    o.add("total", cell(t.total));
    o.add("overseas", cell(t.overseas));
    o.add("vehicle_total", cell(t.vehicle_total));
    o.add("vehicle_purchase", cell(t.vehicle_purchase));
    o.add("vehicle_operation", cell(t.vehicle_operation));
    o.add("reception", cell(t.reception));
    if (t.has_office_operation)
      o.add("office_operation", cell(t.office_operation));
    common_tail(o, t);
    return o;
  }

  Node indicators(const std::vector<PerformanceIndicator>& list) const {
    Node a = Node::array();
    for (const PerformanceIndicator& i : list) {
      Node o = Node::object();
      o.add("level1", str(i.level1));
      o.add("level2", str(i.level2));
      o.add("level3", str(i.level3));
      if (i.weight)
        o.add("weight", number(*i.weight));
      o.add("unit", str(i.unit));
      o.add("nature", str(i.nature));
      o.add("value", str(i.value));
      if (i.core)
        o.add("core", boolean(*i.core));
      a.push(std::move(o));
    }
    return a;
  }

  Node performance_overall(const PerformanceOverall& t) const {
    Node o = Node::object();
    common_head(o, t);
    o.add("unit_name", str(t.unit_name));
    o.add("budget", cell(t.budget));
    o.add("objective", str(t.objective));
    o.add("indicators", indicators(t.indicators));
    common_tail(o, t);
    return o;
  }

  Node project(const ProjectPerformance& p) const {
    Node o = Node::object();
    o.add("code", str(p.code));
    o.add("name", str(p.name));
    o.add("department", str(p.department));
    o.add("category", str(p.category));
    o.add("preparer", str(p.preparer));
    if (p.amount_unit)
      o.add("amount_unit", str(*p.amount_unit));
    if (p.execution_weight)
      o.add("execution_weight", number(*p.execution_weight));
    o.add("budget", cell(p.budget));
    o.add("own_arrangement", cell(p.own_arrangement));
    o.add("higher_subsidy", cell(p.higher_subsidy));
    o.add("summary", str(p.summary));
    o.add("basis", str(p.basis));
    o.add("objective", str(p.objective));
    o.add("indicators", indicators(p.indicators));
    if (p.note)
      o.add("note", str(*p.note));
    return o;
  }

  Node tables() const {
    Node o = Node::object();
    for (const TableInfo& info : all_tables()) {
      const std::string key(info.key);
      switch (info.kind) {
        case TableKind::DepartmentSummary:
          if (doc_.department_summary.present)
            o.add(key, department_summary(doc_.department_summary));
          break;
        case TableKind::FiscalSummary:
          if (doc_.fiscal_summary.present)
            o.add(key, fiscal_summary(doc_.fiscal_summary));
          break;
        case TableKind::ThreePublic:
          if (doc_.three_public.present)
            o.add(key, three_public(doc_.three_public));
          break;
        case TableKind::PerformanceOverall:
          if (doc_.performance_overall.present)
            o.add(key, performance_overall(doc_.performance_overall));
          break;
        case TableKind::PerformanceProjects:
          if (doc_.performance_projects_present) {
            Node a = Node::array();
            for (const ProjectPerformance& p : doc_.performance_projects)
              a.push(project(p));
            o.add(key, std::move(a));
          }
          break;
        default:
          if (const ClassifiedTable* t = doc_.classified(info.kind); t && t->present)
            o.add(key, classified(*t));
          break;
      }
    }
    return o;
  }

  const Document& doc_;
  int decimals_;
};

// ---------------------------------------------------------------- pointers

using Visit = std::function<void(SourceLocation&, const std::string&)>;

std::string join(const std::string& parent, std::string_view key) {
  return parent + "/" + std::string(key);
}
std::string join(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

void point_row(const Visit& f, AmountRow& r, const std::string& p) {
  f(r.where, p);
  for (const ColumnInfo& c : all_columns())
    f(r[c.id].where, join(p, c.key));
}
void point_rows(const Visit& f, std::vector<AmountRow>& rows, const std::string& p) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    point_row(f, rows[i], join(p, i));
}
void point_indicators(const Visit& f, std::vector<PerformanceIndicator>& list,
                      const std::string& p) {
  for (std::size_t i = 0; i < list.size(); ++i)
    f(list[i].where, join(p + "/indicators", i));
}

}  // namespace

std::string write_document_json(const Document& document) {
  std::string out;
  render(Writer(document).document(), 0, out);
  out += "\n";
  return out;
}

void visit_json_locations(Document& doc, const Visit& f) {
  f(doc.header.where, "/document");
  Narrative& n = doc.narrative;
  f(n.where, "/narrative");
  for (std::size_t i = 0; i < n.sections.size(); ++i)
    f(n.sections[i].where, join("/narrative/sections", i));
  for (std::size_t i = 0; i < n.claims.size(); ++i) {
    f(n.claims[i].where, join("/narrative/claims", i));
    if (n.claims[i].change)
      f(n.claims[i].change->where, join("/narrative/claims", i) + "/change");
  }
  const std::string t = "/tables";
  for (const TableInfo& info : all_tables()) {
    const std::string p = join(t, info.key);
    switch (info.kind) {
      case TableKind::DepartmentSummary: {
        DepartmentSummary& s = doc.department_summary;
        f(s.where, p);
        f(s.income_where, p + "/income");
        for (const ColumnInfo& c : all_columns())
          f(s.income[static_cast<std::size_t>(c.id)].where, join(p + "/income", c.key));
        f(s.income_total.where, p + "/income/total");
        f(s.expenditure_where, p + "/expenditure");
        point_rows(f, s.expenditure_rows, p + "/expenditure/rows");
        if (s.carry_forward)
          point_row(f, *s.carry_forward, p + "/expenditure/carry_forward");
        if (s.expenditure_total)
          point_row(f, *s.expenditure_total, p + "/expenditure/totals");
        break;
      }
      case TableKind::FiscalSummary: {
        FiscalSummary& s = doc.fiscal_summary;
        f(s.where, p);
        f(s.income_where, p + "/income");
        const std::pair<std::string_view, Cell*> cells[] = {
            {"current_total", &s.income_current_total},
            {"general_public", &s.income_general_public},
            {"government_fund", &s.income_government_fund},
            {"state_capital", &s.income_state_capital},
            {"carryover_total", &s.carryover_total},
            {"carryover_general_public", &s.carryover_general_public},
            {"carryover_government_fund", &s.carryover_government_fund},
            {"carryover_state_capital", &s.carryover_state_capital},
            {"grand_total", &s.income_grand_total},
        };
        for (const auto& [key, cell] : cells)
          f(cell->where, join(p + "/income", key));
        const std::string e = p + "/expenditure";
        f(s.expenditure_where, e);
        if (s.expenditure_current_total)
          point_row(f, *s.expenditure_current_total, e + "/current_total");
        point_rows(f, s.expenditure_rows, e + "/rows");
        if (s.carry_forward)
          point_row(f, *s.carry_forward, e + "/carry_forward");
        if (s.expenditure_grand_total)
          point_row(f, *s.expenditure_grand_total, e + "/grand_total");
        break;
      }
      case TableKind::ThreePublic: {
        ThreePublicTable& s = doc.three_public;
        f(s.where, p);
        const std::pair<std::string_view, Cell*> cells[] = {
            {"total", &s.total},
            {"overseas", &s.overseas},
            {"vehicle_total", &s.vehicle_total},
            {"vehicle_purchase", &s.vehicle_purchase},
            {"vehicle_operation", &s.vehicle_operation},
            {"reception", &s.reception},
            {"office_operation", &s.office_operation},
        };
        for (const auto& [key, cell] : cells)
          f(cell->where, join(p, key));
        break;
      }
      case TableKind::PerformanceOverall: {
        PerformanceOverall& s = doc.performance_overall;
        f(s.where, p);
        f(s.budget.where, p + "/budget");
        point_indicators(f, s.indicators, p);
        break;
      }
      case TableKind::PerformanceProjects: {
        f(doc.performance_projects_where, p);
        for (std::size_t i = 0; i < doc.performance_projects.size(); ++i) {
          ProjectPerformance& pr = doc.performance_projects[i];
          const std::string pp = join(p, i);
          f(pr.where, pp);
          f(pr.budget.where, pp + "/budget");
          f(pr.own_arrangement.where, pp + "/own_arrangement");
          f(pr.higher_subsidy.where, pp + "/higher_subsidy");
          point_indicators(f, pr.indicators, pp);
        }
        break;
      }
      default: {
        ClassifiedTable* s = const_cast<ClassifiedTable*>(doc.classified(info.kind));
        if (!s)
          break;
        f(s->where, p);
        if (s->totals)
          point_row(f, *s->totals, p + "/totals");
        point_rows(f, s->rows, p + "/rows");
        break;
      }
    }
  }
}

void assign_json_pointers(Document& document) {
  visit_json_locations(
      document, [](SourceLocation& where, const std::string& pointer) { where.pointer = pointer; });
}

}  // namespace budgetcheck
