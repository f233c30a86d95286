#include "budgetcheck/rules/finding.hpp"

namespace budgetcheck {

std::string_view severity_key(Severity severity) {
  switch (severity) {
    case Severity::Info:
      return "info";
    case Severity::Warning:
      return "warning";
    case Severity::Error:
      return "error";
  }
  return "error";
}

std::string_view severity_zh(Severity severity) {
  switch (severity) {
    case Severity::Info:
      return "提示";
    case Severity::Warning:
      return "警告";
    case Severity::Error:
      return "错误";
  }
  return "错误";
}

std::optional<Severity> severity_from_key(std::string_view key) {
  for (Severity s : {Severity::Info, Severity::Warning, Severity::Error})
    if (severity_key(s) == key)
      return s;
  return std::nullopt;
}

}  // namespace budgetcheck
