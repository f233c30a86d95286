#include "budgetcheck/report/statistics.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "budgetcheck/report/markdown_report.hpp"

namespace budgetcheck {

void StatisticsCounter::add(const FileReport& file) {
  if (!file.result)
    return;
  std::set<std::string_view> in_file;
  for (const auto& rule : file.result->rules)
    for (const auto& f : rule.findings) {
      auto it = by_code_.find(f.rule_code);
      if (it == by_code_.end())
        it = by_code_.emplace(f.rule_code, RuleStatistics{f.rule_code, f.rule_name}).first;
      RuleStatistics& s = it->second;
      count_severity(s, f.severity);
      if (in_file.insert(s.code).second)
        ++s.files;
    }
}

std::vector<RuleStatistics> StatisticsCounter::result() const {
  std::vector<RuleStatistics> out;
  for (const auto& [code, s] : by_code_)
    out.push_back(s);
  std::stable_sort(out.begin(), out.end(), [](const RuleStatistics& a, const RuleStatistics& b) {
    return a.total() > b.total();
  });
  return out;
}

std::vector<RuleStatistics> finding_statistics(const std::vector<FileReport>& files) {
  StatisticsCounter counter;
  for (const auto& file : files)
    counter.add(file);
  return counter.result();
}

void write_statistics_text(std::ostream& out, const std::vector<RuleStatistics>& statistics) {
  std::size_t total = 0;
  for (const auto& s : statistics)
    total += s.total();
  out << "按规则统计（共 " << total << " 处发现）：\n";
  if (statistics.empty())
    out << "  （无）\n";
  for (const auto& s : statistics) {
    const std::string count = std::to_string(s.total());
    out << std::string(count.size() < 6 ? 6 - count.size() : 0, ' ') << count << "  " << s.code
        << ' ' << s.name << "（错误 " << s.errors << "，警告 " << s.warnings << "，提示 " << s.infos
        << "；" << s.files << " 个文件）\n";
  }
}

void write_statistics_markdown(std::ostream& out, const std::vector<RuleStatistics>& statistics) {
  out << "\n## 按规则统计\n\n";
  if (statistics.empty()) {
    out << "没有发现问题。\n";
    return;
  }
  out << "| 规则 | 名称 | 合计 | 错误 | 警告 | 提示 | 文件 |\n"
      << "|---|---|---:|---:|---:|---:|---:|\n";
  for (const auto& s : statistics)
    out << "| " << markdown_cell(s.code) << " | " << markdown_cell(s.name) << " | " << s.total()
        << " | " << s.errors << " | " << s.warnings << " | " << s.infos << " | " << s.files
        << " |\n";
}

}  // namespace budgetcheck
