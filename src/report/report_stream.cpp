#include "budgetcheck/report/report_stream.hpp"

namespace budgetcheck {

void write_all(ReportStream& stream, const std::vector<FileReport>& files) {
  RunSummary run;
  for (const auto& file : files) {
    stream.file(file);
    run.add(file);
  }
  stream.finish(run);
}

}  // namespace budgetcheck
