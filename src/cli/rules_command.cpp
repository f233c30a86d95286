// budgetcheck rules / rule CODE / schema: what the tool knows, printed from its own
// definitions so the docs cannot drift.

#include <iostream>
#include <sstream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/cli/embedded_schema.hpp"
#include "budgetcheck/load/did_you_mean.hpp"
#include "budgetcheck/report/language.hpp"
#include "budgetcheck/report/rule_reference.hpp"
#include "budgetcheck/rules/catalogue.hpp"

namespace budgetcheck {
namespace {

std::vector<const RuleInfo*> infos(const RuleCatalogue& catalogue) {
  std::vector<const RuleInfo*> out;
  for (const auto& rule : catalogue)
    out.push_back(&rule->info());
  return out;
}

// --lang, else the locale (the CLI has already checked the value).
Language language_of(const std::string& lang) {
  return language_from_key(lang).value_or(language_from_locale());
}

std::string upper(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
  return text;
}

}  // namespace

int run_rules_list(const RulesOptions& options) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  std::ostringstream out;
  if (options.format == "json")
    out << rule_list_json(infos(catalogue)).dump(2) << '\n';
  else if (options.format == "markdown")
    write_rule_reference_markdown(out, infos(catalogue));
  else
    write_rule_list_text(out, infos(catalogue), language_of(options.lang));
  return emit(out.str(), options.output);
}

int run_rule_explain(const std::string& code_or_name) {
  return run_rule_explain(code_or_name, "");
}

int run_rule_explain(const std::string& code_or_name, const std::string& lang) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const Rule* rule = find_rule(catalogue, code_or_name);
  if (rule == nullptr)
    rule = find_rule(catalogue, upper(code_or_name));  // "bc101"
  if (rule == nullptr) {
    std::vector<std::string_view> candidates;
    for (const auto& r : catalogue) {
      candidates.push_back(r->info().code);
      candidates.push_back(r->info().name);
    }
    std::cerr << "budgetcheck: error: unknown rule '" << code_or_name << "'";
    if (auto match = did_you_mean(code_or_name, candidates)) {
      const Rule* near = find_rule(catalogue, *match);
      std::cerr << "; did you mean " << near->info().code << " (" << near->info().name << ")?";
    }
    std::cerr << "\nRun 'budgetcheck rules' for the list.\n";
    return 2;
  }
  std::ostringstream out;
  write_rule_text(out, rule->info(), language_of(lang));
  return emit(out.str(), "");
}

int run_schema(const std::string& output) {
  if (!schema_embedded()) {
    std::cerr << "budgetcheck: error: this build has no embedded schema "
                 "(schema/budgetcheck.schema.json was missing when it was configured)\n";
    return 2;
  }
  return emit(embedded_schema(), output);
}

}  // namespace budgetcheck
