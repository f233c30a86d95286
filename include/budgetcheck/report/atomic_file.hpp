#pragma once
// Writes a whole file or nothing: the content goes to a temporary file in the same
// directory, which is then renamed over the target. A reader never sees half a
// report, and a failed run never leaves one behind.

#include <optional>
#include <string>
#include <string_view>

namespace budgetcheck {

// std::nullopt on success; otherwise why it failed (English, one sentence, names the
// path). On failure the target is untouched and no temporary file remains.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace budgetcheck
