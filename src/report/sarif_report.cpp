#include "budgetcheck/report/sarif_report.hpp"

#include <functional>
#include <map>

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"
#include "budgetcheck/report/finding_text.hpp"
#include "budgetcheck/report/fingerprint.hpp"
#include "budgetcheck/report/json_stream.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

// Where SARIF viewers link for the tool. The project has no public home yet: change it
// here, and only here, when it does.
constexpr std::string_view kToolInformationUri = "https://github.com/budgetcheck/budgetcheck";

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \n\t");
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \n\t");
  return std::string(text.substr(first, last - first + 1));
}

std::string first_of(std::string_view a, std::string_view b) {
  std::string text = trimmed(a);
  return text.empty() ? trimmed(b) : text;
}

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "error";
}

json rule_descriptor(const RuleInfo& r) {
  std::string markdown;
  auto section = [&](std::string_view title, std::string_view body, bool code) {
    const std::string text = trimmed(body);
    if (text.empty())
      return;
    markdown += (markdown.empty() ? "" : "\n\n") + std::string("**") + std::string(title) +
                "**\n\n" + (code ? "```\n" + text + "\n```" : text);
  };
  section("What is checked", r.explanation, false);
  section("Example", r.example, true);
  section("How to fix", r.fix, false);
  json help = {{"text", first_of(r.fix, r.summary_zh)}};
  if (!markdown.empty())
    help["markdown"] = markdown;
  return {{"id", std::string(r.code)},
          {"name", std::string(r.name)},
          {"shortDescription", {{"text", first_of(r.summary_zh, r.name)}}},
          {"fullDescription",
           {{"text", first_of(r.explanation, r.summary_en.empty() ? r.summary_zh : r.summary_en)}}},
          {"help", help},
          {"defaultConfiguration", {{"level", std::string(level(r.default_severity))}}}};
}

json load_problem_descriptor() {
  return {{"id", std::string(kLoadProblemRuleId)},
          {"name", "load-problem"},
          {"shortDescription", {{"text", "无法读取输入文件"}}},
          {"fullDescription",
           {{"text",
             "The input file could not be loaded (not JSON, or not the disclosure "
             "format of docs/format.md); no rule was run on it."}}},
          {"help", {{"text", "Fix the problem at the position given, then check the file again."}}},
          {"defaultConfiguration", {{"level", "error"}}}};
}

json physical_location(const std::string& path, const SourceLocation& where) {
  json physical = {{"artifactLocation", {{"uri", sarif_uri(path)}}}};
  if (where.known()) {
    json region = {{"startLine", where.line}};
    if (where.column != 0)
      region["startColumn"] = where.column;
    physical["region"] = region;
  }
  return physical;
}

json location(const std::string& path, const SourceLocation& where) {
  json loc = {{"physicalLocation", physical_location(path, where)}};
  if (!where.pointer.empty())
    loc["logicalLocations"] =
        json::array({{{"fullyQualifiedName", where.pointer}, {"kind", "member"}}});
  // An imported value's place in its original source (e.g. "Sheet1!C5").
  if (!where.origin.empty())
    loc["message"] = {{"text", where.origin}};
  return loc;
}

json text_or_null(std::string_view text) {
  return text.empty() ? json(nullptr) : json(std::string(text));
}

}  // namespace

std::string sarif_uri(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const bool absolute = !path.empty() && path[0] == '/';
  std::string out = absolute ? "file://" : "";
  std::string_view rest = path;
  while (!absolute && rest.starts_with("./"))
    rest.remove_prefix(2);
  for (const char ch : rest) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

namespace {

// The rule descriptors of a report and where each rule's descriptor is.
struct RuleIndex {
  json descriptors = json::array();
  std::map<std::string, std::size_t, std::less<>> by_code;
  std::size_t load_problem = 0;  // where the load-problem descriptor goes, if a file is unreadable
};

RuleIndex rule_index(const std::vector<const RuleInfo*>& rules) {
  RuleIndex index;
  for (const RuleInfo* r : rules) {
    index.by_code.emplace(std::string(r->code), index.descriptors.size());
    index.descriptors.push_back(rule_descriptor(*r));
  }
  index.load_problem = index.descriptors.size();
  return index;
}

bool unreadable(const FileReport& file) {
  return file.status() == FileStatus::Unreadable;
}

// Each result of one file in report order, one at a time.
void for_each_result(const FileReport& file, const ReportOptions& options, const RuleIndex& index,
                     const std::function<void(const json&)>& emit) {
  if (unreadable(file)) {
    for (const auto& p : file.load_problems)
      emit({{"ruleId", std::string(kLoadProblemRuleId)},
            {"ruleIndex", index.load_problem},
            {"level", "error"},
            {"message", {{"text", valid_utf8(p.message)}}},
            {"locations", json::array({location(file.path, p.where)})}});
    return;
  }
  const std::vector<const Finding*> findings = ordered_findings(*file.result);
  const std::vector<std::string> fingerprints = finding_fingerprints(file.path, findings);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = *findings[i];
    std::string text = finding_place(f) + "：" + std::string(finding_message(f, options));
    if (const std::string figures = finding_figures(f, file.decimals); !figures.empty())
      text += "（" + figures + "）";
    json result = {{"ruleId", f.rule_code},
                   {"level", std::string(level(f.severity))},
                   {"message", {{"text", valid_utf8(text)}}},
                   {"locations", json::array({location(file.path, f.where)})},
                   {"partialFingerprints", {{std::string(kSarifFingerprintKey), fingerprints[i]}}}};
    if (const auto it = index.by_code.find(f.rule_code); it != index.by_code.end())
      result["ruleIndex"] = it->second;
    // The figures as data, for tools that post-process results.
    result["properties"] = {
        {"table", f.table ? json(std::string(table_info(*f.table).key)) : json(nullptr)},
        {"row_code", text_or_null(f.row_code)},
        {"row_name", text_or_null(f.row_name)},
        {"column", f.column ? json(std::string(column_info(*f.column).key)) : json(nullptr)},
        {"expected", f.expected ? json(f.expected->to_string(file.decimals)) : json(nullptr)},
        {"actual", f.actual ? json(f.actual->to_string(file.decimals)) : json(nullptr)},
        {"difference", f.difference ? json(f.difference->to_string(file.decimals)) : json(nullptr)},
        {"within_rounding", f.within_rounding}};
    emit(result);
  }
}

// The tool, with the rule catalogue (and the load-problem descriptor when it was used).
json tool(const RuleIndex& index, bool any_unreadable) {
  json rules = index.descriptors;
  if (any_unreadable)
    rules.push_back(load_problem_descriptor());
  json driver = {{"name", "budgetcheck"},
                 {"version", BUDGETCHECK_VERSION},
                 {"semanticVersion", BUDGETCHECK_VERSION},
                 {"informationUri", std::string(kToolInformationUri)},
                 {"rules", rules}};
  return {{"driver", driver}};
}

// Result by result (a file with 100,000 findings made a tree of 1.4 GB). The members come in
// nlohmann's sorted order, as dump() would write them: the log's "$schema", "runs",
// "version"; the run's "columnKind", "results", "tool" — so the rules, which must say
// whether a file was unreadable, are written after the last result.
class SarifReportStream : public ReportStream {
 public:
  SarifReportStream(std::ostream& out, const ReportOptions& options)
      : out_(out),
        options_(options),
        index_(rule_index(options.rules)),
        log_(out, 0),
        runs_(out, 1),
        run_(out, 2),
        results_(out, 3) {
    log_.member("$schema", std::string(kSarifSchema));
    log_.key("runs");
    runs_.add_by([] {});  // the one run, written member by member below
    run_.member("columnKind", "unicodeCodePoints");
    run_.key("results");
  }

  void file(const FileReport& file) override {
    any_unreadable_ = any_unreadable_ || unreadable(file);
    for_each_result(file, options_, index_, [&](const json& r) { results_.add(r); });
  }

  void finish(const RunSummary&) override {
    results_.finish();
    run_.member("tool", tool(index_, any_unreadable_));
    run_.finish();
    runs_.finish();
    log_.member("version", "2.1.0");
    log_.finish();
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  const ReportOptions options_;
  const RuleIndex index_;
  bool any_unreadable_ = false;
  JsonObjectWriter log_;
  JsonArrayWriter runs_;
  JsonObjectWriter run_;
  JsonArrayWriter results_;
};

}  // namespace

json sarif_report(const std::vector<FileReport>& files, const ReportOptions& given) {
  const ReportOptions options = with_rules_that_ran(files, given);
  const RuleIndex index = rule_index(options.rules);
  json results = json::array();
  bool any_unreadable = false;
  for (const auto& file : files) {
    any_unreadable = any_unreadable || unreadable(file);
    for_each_result(file, options, index, [&](const json& r) { results.push_back(r); });
  }
  json run = {{"tool", tool(index, any_unreadable)},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  return {{"$schema", std::string(kSarifSchema)},
          {"version", "2.1.0"},
          {"runs", json::array({std::move(run)})}};
}

std::unique_ptr<ReportStream> sarif_report_stream(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<SarifReportStream>(out, options);
}

void write_sarif_report(std::ostream& out, const std::vector<FileReport>& files,
                        const ReportOptions& options) {
  write_all(*sarif_report_stream(out, with_rules_that_ran(files, options)), files);
}

}  // namespace budgetcheck
