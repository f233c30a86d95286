#pragma once
// Baselines: `--write-baseline FILE` records the fingerprints of the current findings;
// `--baseline FILE` drops the findings recorded there before anything is reported or
// counted, so a team can adopt budgetcheck on old data and fail only on new problems.
// Format "budgetcheck-baseline/1", documented in docs/formats.md; fingerprints in
// fingerprint.hpp.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "budgetcheck/report/file_report.hpp"

namespace budgetcheck {

inline constexpr std::string_view kBaselineFormat = "budgetcheck-baseline/1";

struct Baseline {
  std::map<std::string, std::string> fingerprints;  // fingerprint → path it was recorded for
};

// Records a batch's findings file by file, as the files are checked (only the findings'
// entries are kept, not the files' reports).
class BaselineRecorder {
 public:
  void add(const FileReport& file);
  // Every finding of every checked file added (all severities), in report order.
  nlohmann::json document() const;
  // Writes document() atomically; std::nullopt on success, else why not.
  std::optional<std::string> write_file(const std::string& path) const;

 private:
  nlohmann::json entries_ = nlohmann::json::array();
};

// The same for files already checked.
nlohmann::json baseline_json(const std::vector<FileReport>& files);
std::optional<std::string> write_baseline_file(const std::string& path,
                                               const std::vector<FileReport>& files);

struct BaselineRead {
  std::optional<Baseline> baseline;
  std::string error;  // when !baseline: one sentence naming `path`
};
// `path` is only used in error messages.
BaselineRead parse_baseline(std::string_view text, const std::string& path);
BaselineRead read_baseline_file(const std::string& path);

struct BaselineMatch {
  std::size_t suppressed = 0;  // findings dropped because the baseline has them
  std::size_t stale = 0;       // baseline entries for the files checked that no longer occur
};

// Drops the findings whose fingerprint is in `baseline`, then brings each rule's status
// (a failed rule left with no error or warning passes, or could not run when it gave a
// reason) and each file's summary up to date, so reports and exit codes see only the rest.
// File by file, as a batch is checked; match() counts what was dropped and what is stale.
class BaselineFilter {
 public:
  explicit BaselineFilter(const Baseline& baseline) : baseline_(baseline) {}
  void apply(FileReport& file);
  BaselineMatch match() const;  // after the last file

 private:
  const Baseline& baseline_;
  std::size_t suppressed_ = 0;
  std::set<std::string, std::less<>> matched_, paths_;
};

// The same for files already checked.
BaselineMatch apply_baseline(std::vector<FileReport>& files, const Baseline& baseline);

}  // namespace budgetcheck
