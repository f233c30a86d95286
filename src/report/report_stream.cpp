#include "budgetcheck/report/report_stream.hpp"

#include <algorithm>

namespace budgetcheck {

void write_all(ReportStream& stream, const std::vector<FileReport>& files) {
  RunSummary run;
  for (const auto& file : files) {
    stream.file(file);
    run.add(file);
  }
  stream.finish(run);
}

ReportOptions with_rules_that_ran(const std::vector<FileReport>& files, ReportOptions options) {
  if (options.rules.empty())
    for (const auto& file : files)
      if (file.result)
        for (const auto& r : file.result->rules)
          if (r.rule &&
              std::find(options.rules.begin(), options.rules.end(), r.rule) == options.rules.end())
            options.rules.push_back(r.rule);
  return options;
}

}  // namespace budgetcheck
