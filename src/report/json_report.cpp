#include "budgetcheck/report/json_report.hpp"

#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/table_kind.hpp"
#include "budgetcheck/report/json_stream.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {
namespace {

using nlohmann::json;

// Decimal strings keep every published digit; a JSON number would invite binary floats.
json amount(const std::optional<Amount>& value, int decimals) {
  return value ? json(value->to_string(decimals)) : json(nullptr);
}

json text_or_null(std::string_view text) {
  return text.empty() ? json(nullptr) : json(std::string(text));
}

json location(const SourceLocation& where) {
  return {{"pointer", where.pointer},
          {"line", where.known() ? json(where.line) : json(nullptr)},
          {"column", where.known() && where.column != 0 ? json(where.column) : json(nullptr)}};
}

json summary(const CheckSummary& s) {
  return {{"errors", s.errors},
          {"warnings", s.warnings},
          {"infos", s.infos},
          {"rules_passed", s.passed},
          {"rules_failed", s.failed},
          {"rules_not_applicable", s.not_applicable},
          {"rules_could_not_run", s.could_not_run}};
}

json finding(const Finding& f, int decimals) {
  json j;
  j["rule"] = f.rule_code;
  j["name"] = f.rule_name;
  j["severity"] = std::string(severity_key(f.severity));
  j["table"] = f.table ? json(std::string(table_info(*f.table).key)) : json(nullptr);
  j["table_zh"] = f.table ? json(std::string(table_info(*f.table).zh_name)) : json(nullptr);
  j["row_code"] = text_or_null(f.row_code);
  j["row_name"] = text_or_null(f.row_name);
  j["column"] = f.column ? json(std::string(column_info(*f.column).key)) : json(nullptr);
  j["column_zh"] = f.column ? json(std::string(column_info(*f.column).zh_name)) : json(nullptr);
  j["expected"] = amount(f.expected, decimals);
  j["actual"] = amount(f.actual, decimals);
  j["actual_blank"] = f.actual_blank;
  j["difference"] = amount(f.difference, decimals);
  j["expected_formula"] = text_or_null(f.expected_formula);
  j["within_rounding"] = f.within_rounding;
  j["tolerance"] = amount(f.tolerance, decimals);
  j["message"] = f.message;
  j["message_en"] = f.message_en;
  j["location"] = location(f.where);
  return j;
}

json rule(const RuleResult& r) {
  return {{"code", r.rule ? json(std::string(r.rule->code)) : json(nullptr)},
          {"name", r.rule ? json(std::string(r.rule->name)) : json(nullptr)},
          {"severity", std::string(severity_key(r.severity))},
          {"status", std::string(rule_status_key(r.status))},
          {"reason", text_or_null(r.reason)},
          {"reason_en", text_or_null(r.reason_en)},
          {"checks", r.checks},
          {"findings", r.findings.size()}};
}

// Everything about one file except its findings (an empty array in their place).
json file_without_findings(const FileReport& f) {
  json j;
  j["path"] = f.path;
  j["status"] = std::string(file_status_key(f.status()));
  j["load_problems"] = json::array();
  for (const auto& p : f.load_problems)
    j["load_problems"].push_back({{"message", p.message}, {"location", location(p.where)}});
  j["rules"] = json::array();
  j["findings"] = json::array();
  j["deselected"] = json::array();
  if (f.result && f.load_problems.empty()) {
    j["document"] = {{"unit_name", f.unit_name},
                     {"year", f.year},
                     {"amount_unit", std::string(amount_unit_zh(f.amount_unit))},
                     {"decimals", f.decimals}};
    for (const auto& r : f.result->rules)
      j["rules"].push_back(rule(r));
    for (const RuleInfo* r : f.result->deselected)
      j["deselected"].push_back({{"code", std::string(r->code)}, {"name", std::string(r->name)}});
    j["summary"] = summary(f.result->summary);
  } else {
    j["document"] = nullptr;
    j["summary"] = summary(CheckSummary{});
  }
  return j;
}

std::vector<const Finding*> findings_of(const FileReport& f) {
  if (f.result && f.load_problems.empty())
    return ordered_findings(*f.result);
  return {};
}

json file(const FileReport& f) {
  json j = file_without_findings(f);
  for (const Finding* x : findings_of(f))
    j["findings"].push_back(finding(*x, f.decimals));
  return j;
}

// The report without its files (an empty array in their place).
json report_without_files(const RunSummary& run) {
  json j;
  j["report_format"] = std::string(kReportFormat);
  j["tool"] = {{"name", "budgetcheck"}, {"version", BUDGETCHECK_VERSION}};
  j["files"] = json::array();
  json s = summary(run.checks);
  s["files"] = run.files;
  s["files_passed"] = run.passed;
  s["files_failed"] = run.failed;
  s["files_unreadable"] = run.unreadable;
  j["summary"] = s;
  return j;
}

// One finding at a time: memory stays that of a file's findings, not of a tree of them.
// "files" is the report's first member (nlohmann sorts them), so the totals after it can
// wait for the last file.
class JsonReportStream : public ReportStream {
 public:
  explicit JsonReportStream(std::ostream& out) : out_(out), report_(out, 0), files_(out, 1) {
    report_.key("files");
  }

  void file(const FileReport& f) override {
    files_.add_by([&] {
      write_json_object(out_, file_without_findings(f), 2, "findings", [&] {
        JsonArrayWriter finding_array(out_, 3);
        for (const Finding* x : findings_of(f))
          finding_array.add(finding(*x, f.decimals));
        finding_array.finish();
      });
    });
  }

  void finish(const RunSummary& run) override {
    files_.finish();
    const json rest = report_without_files(run);
    for (const auto& [key, value] : rest.items())
      if (key != "files")
        report_.member(key, value);
    report_.finish();
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  JsonObjectWriter report_;
  JsonArrayWriter files_;
};

}  // namespace

json json_report(const std::vector<FileReport>& files) {
  json j = report_without_files(summarize_run(files));
  for (const auto& f : files)
    j["files"].push_back(file(f));
  return j;
}

std::unique_ptr<ReportStream> json_report_stream(std::ostream& out) {
  return std::make_unique<JsonReportStream>(out);
}

void write_json_report(std::ostream& out, const std::vector<FileReport>& files) {
  write_all(*json_report_stream(out), files);
}

}  // namespace budgetcheck
