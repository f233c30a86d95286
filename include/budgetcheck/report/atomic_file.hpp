#pragma once
// Writes a whole file or nothing: the content goes to a temporary file in the same
// directory, which is then renamed over the target. A reader never sees half a
// report, and a failed run never leaves one behind.

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace budgetcheck {

// std::nullopt on success; otherwise why it failed (English, one sentence, names the
// path). On failure the target is untouched and no temporary file remains.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);
// The same, the content written by `write` as it goes (a large report is never held
// whole). An exception from `write` removes the temporary file and propagates.
std::optional<std::string> write_file_atomically(const std::string& path,
                                                 const std::function<void(std::ostream&)>& write);

// An interrupted run (SIGINT, SIGTERM, SIGHUP) leaves no temporary file either: while one
// exists, a handler (installed on each write, chained to the action found before it) unlinks
// it and passes the signal on (by default: the process dies). One write at a time is covered.

// Test seam: called after the content is written, just before the rename; nullptr (the
// default) for none. A test raises a signal here to interrupt a write deterministically.
void set_atomic_write_hook(void (*hook)());

}  // namespace budgetcheck
