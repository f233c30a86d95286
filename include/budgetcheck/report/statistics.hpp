#pragma once
// `--statistics`: how many findings each rule reported across the whole run, by severity.
// Documented in docs/formats.md.

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "budgetcheck/report/file_report.hpp"

namespace budgetcheck {

struct RuleStatistics {
  std::string code;  // "BC101"
  std::string name;  // "functional-rollup"
  std::size_t errors = 0, warnings = 0, infos = 0;
  std::size_t files = 0;  // files with at least one finding of this rule

  std::size_t total() const { return errors + warnings + infos; }
};

// Counts a batch's findings file by file, as the files are checked.
class StatisticsCounter {
 public:
  void add(const FileReport& file);
  // Rules with at least one finding, most findings first, then by code.
  std::vector<RuleStatistics> result() const;

 private:
  std::map<std::string, RuleStatistics, std::less<>> by_code_;
};

// The same for files already checked.
std::vector<RuleStatistics> finding_statistics(const std::vector<FileReport>& files);

// "按规则统计：" then one line per rule:
// "     2  BC101 functional-rollup（错误 2，警告 0，提示 0；1 个文件）".
void write_statistics_text(std::ostream& out, const std::vector<RuleStatistics>& statistics);
// A "## 按规则统计" section with a table, for the Markdown report.
void write_statistics_markdown(std::ostream& out, const std::vector<RuleStatistics>& statistics);

}  // namespace budgetcheck
