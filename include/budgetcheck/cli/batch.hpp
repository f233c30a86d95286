#pragma once
// Checks a batch of inputs on several threads. Each worker loads one file, runs the rules
// and keeps only the FileReport (findings, no Document); reports are handed on in input
// order as soon as they are due, whatever the number of threads, and at most a few per
// worker wait, so memory stays bounded by the files in flight, not by the batch.

#include <cstddef>
#include <functional>
#include <vector>

#include "budgetcheck/cli/inputs.hpp"
#include "budgetcheck/report/file_report.hpp"
#include "budgetcheck/rules/catalogue.hpp"
#include "budgetcheck/rules/selection.hpp"

namespace budgetcheck {

// 0 asks for std::thread::hardware_concurrency() (at least 1).
unsigned resolve_jobs(unsigned requested);

// One input: unreadable (its problem, a load failure, or an exception while checking,
// which never escapes) or checked.
FileReport check_input(const InputFile& input, const RuleCatalogue& catalogue,
                       const RuleSelection& selection);

// How far a worker may run ahead of the report being written, in files per worker.
inline constexpr std::size_t kReportsWaitingPerWorker = 4;

// Hands the report of each input to `consume` in input order, one call at a time (from
// whichever worker thread made the report due). The catalogue and selection are only read.
// An exception from `consume` stops the batch and is rethrown here.
void check_inputs(const std::vector<InputFile>& inputs, const RuleCatalogue& catalogue,
                  const RuleSelection& selection, unsigned jobs,
                  const std::function<void(FileReport&&)>& consume);

// reports[i] is the report of inputs[i] (every report kept: for tests and small batches).
std::vector<FileReport> check_inputs(const std::vector<InputFile>& inputs,
                                     const RuleCatalogue& catalogue, const RuleSelection& selection,
                                     unsigned jobs);

}  // namespace budgetcheck
