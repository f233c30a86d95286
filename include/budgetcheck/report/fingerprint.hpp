#pragma once
// A stable identity per finding, for baselines (--baseline), SARIF partialFingerprints and
// GitLab Code Quality. It must survive unrelated edits to the input, so it is made of what
// names the finding — rule code, file path, table, row code and name, column, and the JSON
// Pointer with array indices replaced by "*" (rows are identified by code and name; their
// index moves when a row is inserted above) — never of line numbers, amounts or messages.
// Findings with identical keys in one file are told apart by their occurrence number in
// report order. The key is hashed with 64-bit FNV-1a and written as 16 lower-case hex digits.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/rules/finding.hpp"

namespace budgetcheck {

// FNV-1a, 64 bits (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
std::uint64_t fnv1a_64(std::string_view bytes);
// 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

// The path as it identifies a file: lexically normal, '/' separators, no leading "./".
std::string fingerprint_path(std::string_view path);
// "/tables/x/rows/3/basic" → "/tables/x/rows/*/basic".
std::string pointer_without_indices(std::string_view pointer);

// The readable key hashed for a finding (without its occurrence number); fields are
// separated by U+001F so no two keys run together.
std::string fingerprint_key(std::string_view path, const Finding& finding);

// One fingerprint per finding of one file, in the order given (use ordered_findings()).
std::vector<std::string> finding_fingerprints(std::string_view path,
                                              const std::vector<const Finding*>& findings);

}  // namespace budgetcheck
