#pragma once
// The command line: parses arguments and wires load → rules → report. Owns nothing else.

namespace budgetcheck {

// Exit codes: 0 no error findings, 1 error findings, 2 bad input or command line.
int run_cli(int argc, char** argv);

}  // namespace budgetcheck
