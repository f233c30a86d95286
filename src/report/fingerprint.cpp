#include "budgetcheck/report/fingerprint.hpp"

#include <filesystem>
#include <map>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck {

std::uint64_t fnv1a_64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string hex64(std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4)
    out[static_cast<std::size_t>(i)] = kDigits[value & 0xF];
  return out;
}

std::string fingerprint_path(std::string_view path) {
  std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
  while (normal.size() > 2 && normal.starts_with("./"))
    normal.erase(0, 2);
  return normal;
}

std::string pointer_without_indices(std::string_view pointer) {
  std::string out;
  std::size_t start = 0;
  while (start < pointer.size()) {
    // Every segment starts after a '/'; a pointer without one is kept as it is.
    const std::size_t end = pointer.find('/', start + 1);
    const std::string_view segment =
        pointer.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const bool index = segment.size() > 1 && segment[0] == '/' &&
                       segment.find_first_not_of("0123456789", 1) == std::string_view::npos;
    out += index ? std::string_view("/*") : segment;
    if (end == std::string_view::npos)
      break;
    start = end;
  }
  return out;
}

std::string fingerprint_key(std::string_view path, const Finding& f) {
  const char sep = '\x1f';
  std::string key = "budgetcheck-fingerprint/1";
  auto field = [&](std::string_view text) {
    key += sep;
    key += text;
  };
  field(f.rule_code);
  field(fingerprint_path(path));
  field(f.table ? table_info(*f.table).key : std::string_view());
  field(f.row_code);
  field(f.row_name);
  field(f.column ? column_info(*f.column).key : std::string_view());
  field(pointer_without_indices(f.where.pointer));
  return key;
}

std::vector<std::string> finding_fingerprints(std::string_view path,
                                              const std::vector<const Finding*>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  std::map<std::string, std::size_t> seen;
  for (const Finding* f : findings) {
    std::string key = fingerprint_key(path, *f);
    const std::size_t occurrence = seen[key]++;
    key += '\x1f';
    key += std::to_string(occurrence);
    out.push_back(hex64(fnv1a_64(key)));
  }
  return out;
}

}  // namespace budgetcheck
