#include "budgetcheck/cli/batch.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

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

std::vector<FileReport> check_inputs(const std::vector<InputFile>& inputs,
                                     const RuleCatalogue& catalogue, const RuleSelection& selection,
                                     unsigned jobs) {
  std::vector<FileReport> reports(inputs.size());
  // A shared counter is the whole work queue: each worker takes the next index, and
  // writes only its own slot, so no lock is needed and the order is the input order.
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++)
      reports[i] = check_input(inputs[i], catalogue, selection);
  };
  const std::size_t threads = std::min<std::size_t>(resolve_jobs(jobs), inputs.size());
  if (threads <= 1) {
    work();
    return reports;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();  // the calling thread is one of the workers
  for (auto& thread : pool)
    thread.join();
  return reports;
}

}  // namespace budgetcheck
