#include "budgetcheck/report/baseline.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"
#include "budgetcheck/report/atomic_file.hpp"
#include "budgetcheck/report/fingerprint.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

json text_or_null(std::string_view text) {
  return text.empty() ? json(nullptr) : json(std::string(text));
}

bool checked(const FileReport& file) {
  return file.result && file.load_problems.empty();
}

}  // namespace

void BaselineRecorder::add(const FileReport& file) {
  if (!checked(file))
    return;
  const std::vector<const Finding*> findings = ordered_findings(*file.result);
  const std::vector<std::string> fingerprints = finding_fingerprints(file.path, findings);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = *findings[i];
    // Everything but the fingerprint is for the people who read the file in review.
    entries_.push_back(
        {{"fingerprint", fingerprints[i]},
         {"path", fingerprint_path(file.path)},
         {"rule", f.rule_code},
         {"name", f.rule_name},
         {"severity", std::string(severity_key(f.severity))},
         {"table", f.table ? json(std::string(table_info(*f.table).key)) : json(nullptr)},
         {"row_code", text_or_null(f.row_code)},
         {"row_name", text_or_null(f.row_name)},
         {"column", f.column ? json(std::string(column_info(*f.column).key)) : json(nullptr)},
         {"message", f.message}});
  }
}

json BaselineRecorder::document() const {
  return {{"baseline_format", std::string(kBaselineFormat)},
          {"tool", {{"name", "budgetcheck"}, {"version", BUDGETCHECK_VERSION}}},
          {"fingerprint",
           "fnv1a-64 of rule, path, table, row code, row name, column, pointer "
           "without indices, occurrence"},
          {"findings", entries_}};
}

std::optional<std::string> BaselineRecorder::write_file(const std::string& path) const {
  return write_file_atomically(
      path, document().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

namespace {

BaselineRecorder recorded(const std::vector<FileReport>& files) {
  BaselineRecorder recorder;
  for (const auto& file : files)
    recorder.add(file);
  return recorder;
}

}  // namespace

json baseline_json(const std::vector<FileReport>& files) {
  return recorded(files).document();
}

std::optional<std::string> write_baseline_file(const std::string& path,
                                               const std::vector<FileReport>& files) {
  return recorded(files).write_file(path);
}

BaselineRead parse_baseline(std::string_view text, const std::string& path) {
  const std::string not_baseline = "baseline " + path + " is not a budgetcheck baseline: ";
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded())
    return {std::nullopt, not_baseline + "it is not valid JSON"};
  if (!doc.is_object() || !doc.contains("baseline_format") || !doc["baseline_format"].is_string())
    return {std::nullopt, not_baseline +
                              "\"baseline_format\" is missing (write one with "
                              "--write-baseline)"};
  if (doc["baseline_format"] != kBaselineFormat)
    return {std::nullopt, "baseline " + path + " has format " +
                              doc["baseline_format"].get<std::string>() + ", expected " +
                              std::string(kBaselineFormat)};
  if (!doc.contains("findings") || !doc["findings"].is_array())
    return {std::nullopt, not_baseline + "\"findings\" must be an array"};
  Baseline baseline;
  std::size_t index = 0;
  for (const auto& entry : doc["findings"]) {
    if (!entry.is_object() || !entry.contains("fingerprint") || !entry["fingerprint"].is_string())
      return {std::nullopt, not_baseline + "findings[" + std::to_string(index) +
                                "] has no \"fingerprint\" string"};
    std::string recorded_path;
    if (entry.contains("path") && entry["path"].is_string())
      recorded_path = entry["path"].get<std::string>();
    baseline.fingerprints.emplace(entry["fingerprint"].get<std::string>(), recorded_path);
    ++index;
  }
  return {std::move(baseline), {}};
}

BaselineRead read_baseline_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return {std::nullopt, "cannot read baseline " + path + ": no such file or not readable"};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad())
    return {std::nullopt, "cannot read baseline " + path};
  return parse_baseline(text.str(), path);
}

void BaselineFilter::apply(FileReport& file) {
  if (!checked(file))
    return;
  paths_.insert(fingerprint_path(file.path));
  const std::vector<const Finding*> findings = ordered_findings(*file.result);
  const std::vector<std::string> fingerprints = finding_fingerprints(file.path, findings);
  std::set<const Finding*> drop;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (baseline_.fingerprints.contains(fingerprints[i])) {
      drop.insert(findings[i]);
      matched_.insert(fingerprints[i]);
    }
  if (drop.empty())
    return;
  suppressed_ += drop.size();
  for (RuleResult& rule : file.result->rules) {
    std::vector<Finding> kept;
    for (const Finding& f : rule.findings)
      if (!drop.contains(&f))
        kept.push_back(f);
    rule.findings = std::move(kept);
    bool failing = false;
    for (const Finding& f : rule.findings)
      failing = failing || f.severity != Severity::Info;
    // The same order of statuses as RuleContext::finish().
    if (rule.status == RuleStatus::Failed && !failing)
      rule.status = !rule.reason.empty() ? RuleStatus::CouldNotRun
                    : rule.checks > 0    ? RuleStatus::Passed
                                         : RuleStatus::NotApplicable;
  }
  file.result->summary = summarize(file.result->rules);
}

BaselineMatch BaselineFilter::match() const {
  BaselineMatch match;
  match.suppressed = suppressed_;
  for (const auto& [fingerprint, path] : baseline_.fingerprints)
    if (!matched_.contains(fingerprint) && paths_.contains(path))
      ++match.stale;
  return match;
}

BaselineMatch apply_baseline(std::vector<FileReport>& files, const Baseline& baseline) {
  BaselineFilter filter(baseline);
  for (auto& file : files)
    filter.apply(file);
  return filter.match();
}

}  // namespace budgetcheck
