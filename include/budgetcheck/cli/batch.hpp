#pragma once
// Checks a batch of inputs on several threads. Each worker loads one file, runs the rules
// and keeps only the FileReport (findings, no Document), so memory stays bounded by the
// largest files in flight, not by the batch. Results come back in input order whatever
// the number of threads.

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

// reports[i] is the report of inputs[i]. The catalogue and selection are only read.
std::vector<FileReport> check_inputs(const std::vector<InputFile>& inputs,
                                     const RuleCatalogue& catalogue, const RuleSelection& selection,
                                     unsigned jobs);

}  // namespace budgetcheck
