#include "budgetcheck/report/language.hpp"

#include <cstdlib>
#include <string>

namespace budgetcheck {

std::string_view language_key(Language language) {
  return language == Language::En ? "en" : "zh";
}

std::optional<Language> language_from_key(std::string_view key) {
  if (key == "zh")
    return Language::Zh;
  if (key == "en")
    return Language::En;
  return std::nullopt;
}

Language language_from_locale_values(const char* lc_all, const char* lc_messages,
                                     const char* lang) {
  for (const char* value : {lc_all, lc_messages, lang}) {
    if (!value || !*value)
      continue;
    const std::string_view name(value);
    const std::string_view base = name.substr(0, name.find_first_of(".@"));
    if (base == "C" || base == "POSIX")
      return Language::Zh;
    return name.starts_with("zh") ? Language::Zh : Language::En;
  }
  return Language::Zh;
}

Language language_from_locale() {
  return language_from_locale_values(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                                     std::getenv("LANG"));
}

}  // namespace budgetcheck
