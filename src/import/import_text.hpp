#pragma once
// Small text helpers shared by the import sources and the recogniser (internal header).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/model/decimal.hpp"

namespace budgetcheck::import_text {

// Code points of UTF-8 text (invalid bytes become U+FFFD).
std::vector<char32_t> code_points(std::string_view text);
std::string to_utf8(char32_t c);
std::size_t length(std::string_view text);  // in code points

// Trims ASCII white space, U+3000 and U+00A0 at both ends.
std::string trim(std::string_view text);
// For comparing labels: drops every kind of white space, maps full-width ASCII (Ａ, （, ：) to
// ASCII, 〔〕 to [], curly and straight quotes away.
std::string normalise(std::string_view text);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);
bool contains(std::string_view text, std::string_view part);

// An amount cell as published: "2,465.43", damaged "2, 465. 43", "14,348,853.34", "0.00",
// "22,118,861", full-width digits. A blank cell, "-" or "—" is blank.
struct AmountText {
  bool blank = false;
  std::optional<Decimal> value;
  int decimals = 0;
  std::string error;  // set when the text is neither blank nor a readable amount
};
AmountText read_amount(std::string_view text);

// True for text that reads as an amount (not blank).
bool is_amount(std::string_view text);

}  // namespace budgetcheck::import_text
