#include "budgetcheck/cli/batch.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>

#include "budgetcheck/cli/in_order.hpp"
#include "budgetcheck/import/input.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

unsigned resolve_jobs(unsigned requested) {
  if (requested > 0)
    return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

FileReport check_input(const InputFile& input, const RuleCatalogue& catalogue,
                       const RuleSelection& selection) {
  if (input.problem)
    return unreadable_file(input.path, {{*input.problem, SourceLocation{}}});
  try {
    LoadResult loaded = load_input_file(input.path);
    if (!loaded.ok()) {
      if (loaded.problems.empty())
        loaded.problems.push_back({"the document could not be loaded", SourceLocation{}});
      return unreadable_file(input.path, std::move(loaded.problems));
    }
    // The Document dies with `loaded` at the end of this scope: only findings are kept.
    FileReport report =
        checked_file(*loaded.document, run_rules(*loaded.document, catalogue, selection));
    report.path = input.path;
    return report;
  } catch (const std::exception& e) {
    return unreadable_file(input.path, {{std::string("internal error while checking: ") + e.what(),
                                         SourceLocation{}}});
  }
}

void check_inputs(const std::vector<InputFile>& inputs, const RuleCatalogue& catalogue,
                  const RuleSelection& selection, unsigned jobs,
                  const std::function<void(FileReport&&)>& consume) {
  const std::size_t threads =
      std::max<std::size_t>(1, std::min<std::size_t>(resolve_jobs(jobs), inputs.size()));
  InOrder<FileReport> reports(inputs.size(), kReportsWaitingPerWorker * threads, consume);
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto work = [&] {
    try {
      while (const auto i = reports.take())
        reports.put(*i, check_input(inputs[*i], catalogue, selection));
    } catch (...) {
      reports.stop();
      const std::lock_guard lock(failure_mutex);
      if (!failure)
        failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();  // the calling thread is one of the workers
  for (auto& thread : pool)
    thread.join();
  if (failure)
    std::rethrow_exception(failure);
}

std::vector<FileReport> check_inputs(const std::vector<InputFile>& inputs,
                                     const RuleCatalogue& catalogue, const RuleSelection& selection,
                                     unsigned jobs) {
  std::vector<FileReport> reports;
  reports.reserve(inputs.size());
  check_inputs(inputs, catalogue, selection, jobs,
               [&](FileReport&& report) { reports.push_back(std::move(report)); });
  return reports;
}

}  // namespace budgetcheck
