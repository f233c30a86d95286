#include "budgetcheck/model/decimal.hpp"

#include <limits>

namespace budgetcheck {
namespace {

constexpr std::int64_t pow10(int n) {
  std::int64_t r = 1;
  for (int i = 0; i < n; ++i)
    r *= 10;
  return r;
}

std::string group_thousands(std::string digits) {
  std::string out;
  const auto n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0)
      out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::optional<Decimal> Decimal::from_integer(std::int64_t whole) {
  std::int64_t units = 0;
  if (__builtin_mul_overflow(whole, kUnitsPerOne, &units))
    return std::nullopt;
  return Decimal(units);
}

std::optional<Decimal> Decimal::plus(Decimal other) const {
  std::int64_t r = 0;
  if (__builtin_add_overflow(units_, other.units_, &r))
    return std::nullopt;
  return Decimal(r);
}

std::optional<Decimal> Decimal::minus(Decimal other) const {
  std::int64_t r = 0;
  if (__builtin_sub_overflow(units_, other.units_, &r))
    return std::nullopt;
  return Decimal(r);
}

std::optional<Decimal> Decimal::times(std::int64_t factor) const {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(units_, factor, &r))
    return std::nullopt;
  return Decimal(r);
}

Decimal Decimal::abs() const {
  return units_ < 0 && units_ != std::numeric_limits<std::int64_t>::min() ? Decimal(-units_)
                                                                          : *this;
}

Decimal Decimal::unit_of(int decimals) {
  if (decimals < 0)
    decimals = 0;
  if (decimals > kScale)
    decimals = kScale;
  return Decimal(pow10(kScale - decimals));
}

int Decimal::decimals_used() const {
  std::int64_t frac = units_ % kUnitsPerOne;
  if (frac == 0)
    return 0;
  int used = kScale;
  while (frac % 10 == 0) {
    frac /= 10;
    --used;
  }
  return used;
}

std::string Decimal::to_string(int decimals) const {
  if (decimals < decimals_used())
    decimals = decimals_used();
  if (decimals > kScale)
    decimals = kScale;
  const bool negative = units_ < 0;
  // Work in unsigned to print INT64_MIN safely.
  const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(units_)
                                           : static_cast<std::uint64_t>(units_);
  const std::uint64_t whole = magnitude / kUnitsPerOne;
  std::uint64_t frac = magnitude % kUnitsPerOne;
  std::string out = negative ? "-" : "";
  out += std::to_string(whole);
  if (decimals > 0) {
    frac /= static_cast<std::uint64_t>(pow10(kScale - decimals));
    std::string f = std::to_string(frac);
    out += '.';
    out.append(static_cast<std::size_t>(decimals) - f.size(), '0');
    out += f;
  }
  return out;
}

std::string Decimal::to_display(int decimals) const {
  std::string plain = to_string(decimals);
  std::string sign;
  if (!plain.empty() && plain[0] == '-') {
    sign = "-";
    plain.erase(0, 1);
  }
  const auto dot = plain.find('.');
  std::string whole = plain.substr(0, dot);
  std::string rest = dot == std::string::npos ? "" : plain.substr(dot);
  return sign + group_thousands(whole) + rest;
}

namespace {

// The form nearly every published figure has — an optional '-', 1 to 14 digits (maybe
// grouped in thousands: "70,123,456"), and optionally '.' with 1 to kScale digits — read
// without building any string; it cannot overflow. Anything else, a misplaced separator
// included, goes the general way (exponents, errors and their messages).
std::optional<DecimalParse> parse_plain(std::string_view text) {
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  i += negative ? 1 : 0;
  std::int64_t units = 0;
  const std::size_t whole_start = i;
  std::size_t digits = 0, group = 0;
  bool grouped = false;
  for (; i < text.size(); ++i) {
    if (is_ascii_digit(text[i])) {
      if (++digits > 14)
        return std::nullopt;  // before it could overflow
      units = units * 10 + (text[i] - '0');
      ++group;
    } else if (text[i] == ',' && group != 0 && group <= 3 && (!grouped || group == 3)) {
      grouped = true;
      group = 0;
    } else {
      break;
    }
  }
  if (digits == 0 || (grouped && (group != 3 || text[whole_start] == '0')))
    return std::nullopt;
  int decimals = 0;
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_ascii_digit(text[i]); ++i) {
      if (++decimals > Decimal::kScale)
        return std::nullopt;
      units = units * 10 + (text[i] - '0');
    }
    if (decimals == 0)
      return std::nullopt;
  }
  if (i != text.size())
    return std::nullopt;
  const std::int64_t scaled = units * pow10(Decimal::kScale - decimals);
  DecimalParse result;
  result.value = Decimal::from_units(negative ? -scaled : scaled);
  result.decimals = decimals;
  return result;
}

}  // namespace

DecimalParse parse_decimal(std::string_view text) {
  if (auto plain = parse_plain(text))
    return *std::move(plain);
  DecimalParse result;
  auto fail = [&](std::string message) {
    result.value.reset();
    result.error = std::move(message);
    return result;
  };
  if (text.empty())
    return fail("empty number");
  std::size_t i = 0;
  bool negative = false;
  if (text[i] == '-' || text[i] == '+') {
    negative = text[i] == '-';
    ++i;
  }
  // Integer part, with optional thousands separators in groups of three.
  std::string whole;
  bool grouped = false;
  std::size_t group_len = 0;
  bool first_group = true;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (is_ascii_digit(c)) {
      whole.push_back(c);
      ++group_len;
    } else if (c == ',') {
      if (whole.empty())
        return fail("thousands separator misplaced");
      if (first_group ? group_len > 3 : group_len != 3)
        return fail("thousands separator misplaced");
      grouped = true;
      first_group = false;
      group_len = 0;
    } else {
      break;
    }
  }
  if (grouped && group_len != 3)
    return fail("thousands separator misplaced");
  // "0,123" is no grouping of a real number; a leading zero group is a typo.
  if (grouped && whole[0] == '0')
    return fail("thousands separator misplaced");
  if (whole.empty() && i < text.size() && text[i] == '.')
    return fail("no digits before the decimal point");
  if (whole.empty()) {
    if (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80)
      return fail("not an ASCII number (full-width digits or other characters)");
    return fail("not a number");
  }
  std::string frac;
  if (i < text.size() && text[i] == '.') {
    ++i;
    for (; i < text.size() && is_ascii_digit(text[i]); ++i)
      frac.push_back(text[i]);
    if (frac.empty())
      return fail("no digits after the decimal point");
  }
  long exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    if (grouped)
      return fail("thousands separators cannot be combined with an exponent");
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    std::string exp_digits;
    for (; i < text.size() && is_ascii_digit(text[i]); ++i)
      exp_digits.push_back(text[i]);
    if (exp_digits.empty())
      return fail("exponent without digits");
    if (exp_digits.size() > 4)
      return fail("number out of range");
    exponent = std::stol(exp_digits);
    if (exp_negative)
      exponent = -exponent;
  }
  if (i != text.size()) {
    if (static_cast<unsigned char>(text[i]) >= 0x80)
      return fail("not an ASCII number (full-width digits or other characters)");
    return fail("unexpected character '" + std::string(1, text[i]) + "' in number");
  }
  // Shift the decimal point by the exponent.
  std::string digits = whole + frac;
  long point = static_cast<long>(whole.size()) + exponent;  // digits before the point
  if (point < 0) {
    digits.insert(0, static_cast<std::size_t>(-point), '0');
    point = 0;
  }
  if (point > static_cast<long>(digits.size()))
    digits.append(static_cast<std::size_t>(point) - digits.size(), '0');
  std::string int_digits = digits.substr(0, static_cast<std::size_t>(point));
  std::string frac_digits = digits.substr(static_cast<std::size_t>(point));
  // Written decimals: trailing zeros count ("84.00" declares two decimals).
  result.decimals = static_cast<int>(frac_digits.size());
  // Trailing zeros beyond our scale carry no value; other digits would be lost.
  while (frac_digits.size() > static_cast<std::size_t>(Decimal::kScale) &&
         frac_digits.back() == '0')
    frac_digits.pop_back();
  if (frac_digits.size() > static_cast<std::size_t>(Decimal::kScale))
    return fail("more than " + std::to_string(Decimal::kScale) + " decimals");
  frac_digits.append(static_cast<std::size_t>(Decimal::kScale) - frac_digits.size(), '0');
  std::size_t lead = 0;
  while (lead + 1 < int_digits.size() && int_digits[lead] == '0')
    ++lead;
  int_digits.erase(0, lead);
  std::int64_t units = 0;
  for (char c : int_digits + frac_digits) {
    if (__builtin_mul_overflow(units, std::int64_t{10}, &units) ||
        __builtin_add_overflow(units, std::int64_t{c - '0'}, &units))
      return fail("number too large (overflow)");
  }
  result.value = Decimal::from_units(negative ? -units : units);
  return result;
}

}  // namespace budgetcheck
