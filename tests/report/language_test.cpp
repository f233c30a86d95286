#include "budgetcheck/report/language.hpp"

#include <catch2/catch.hpp>

using namespace budgetcheck;

TEST_CASE("language: zh and en keys round-trip, anything else is refused", "[report][lang]") {
  CHECK(language_from_key("zh") == Language::Zh);
  CHECK(language_from_key("en") == Language::En);
  CHECK(language_from_key("EN") == std::nullopt);
  CHECK(language_from_key("") == std::nullopt);
  CHECK(language_key(Language::En) == "en");
  CHECK(language_key(Language::Zh) == "zh");
}

TEST_CASE("language: from the locale, LC_ALL then LC_MESSAGES then LANG", "[report][lang]") {
  // A Chinese locale gives Chinese, any other named locale English.
  CHECK(language_from_locale_values(nullptr, nullptr, "zh_CN.UTF-8") == Language::Zh);
  CHECK(language_from_locale_values(nullptr, nullptr, "zh_TW") == Language::Zh);
  CHECK(language_from_locale_values(nullptr, nullptr, "en_US.UTF-8") == Language::En);
  CHECK(language_from_locale_values(nullptr, nullptr, "de_DE") == Language::En);
  // The first one set and not empty wins.
  CHECK(language_from_locale_values("en_GB", "zh_CN", "zh_CN") == Language::En);
  CHECK(language_from_locale_values("", "en_US", "zh_CN") == Language::En);
  CHECK(language_from_locale_values(nullptr, "", "en_US") == Language::En);
  CHECK(language_from_locale_values("zh_CN.GB18030", nullptr, "en_US") == Language::Zh);
  // Unset, C and POSIX say nothing about the reader: Chinese, budgetcheck's users' language.
  CHECK(language_from_locale_values(nullptr, nullptr, nullptr) == Language::Zh);
  CHECK(language_from_locale_values("", "", "") == Language::Zh);
  CHECK(language_from_locale_values(nullptr, nullptr, "C") == Language::Zh);
  CHECK(language_from_locale_values(nullptr, nullptr, "C.UTF-8") == Language::Zh);
  CHECK(language_from_locale_values("POSIX", nullptr, "en_US") == Language::Zh);
}
