#pragma once
// The language of reports and rule listings: `--lang zh|en`, else the locale.
// Table, column and row names keep their official Chinese names in both languages.

#include <optional>
#include <string_view>

namespace budgetcheck {

enum class Language { Zh, En };

std::string_view language_key(Language language);  // "zh" / "en"
std::optional<Language> language_from_key(std::string_view key);

// The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty (the POSIX order):
// "zh…" → Chinese; any other name → English; none, "C" or "POSIX" (with or without a
// ".codeset") → Chinese, because budgetcheck's users are Chinese finance staff and a bare
// C locale (servers, containers) says nothing about the reader.
Language language_from_locale_values(const char* lc_all, const char* lc_messages, const char* lang);
// The same over the process environment.
Language language_from_locale();

}  // namespace budgetcheck
