#pragma once
// `check`'s inputs: the files and directories of the command line expanded into the list
// of files to check, in a deterministic order. Directories are recursed for *.json;
// what cannot be listed (an unreadable directory, a symbolic link loop) becomes an input
// that reports why, so the batch goes on.

#include <optional>
#include <string>
#include <vector>

namespace budgetcheck {

struct InputFile {
  std::string path;                    // as given, or directory argument + relative path
  std::optional<std::string> problem;  // set: unreadable before loading (the reason)
};

// Files stay in command-line order (as given, whatever their extension: the loader says
// whether it can read them); each directory contributes its *.json files (any case of
// the extension) of every depth, sorted by path, except the config file budgetcheck.json.
// A directory reached again through a symbolic link to itself or an ancestor is reported
// as a loop; one reached again elsewhere is not listed twice.
// `exclude`: shell patterns (fnmatch(3): *, ?, [...]) for what a directory holds; a file or
// directory whose name, or whose path below the directory argument, matches one is left
// out (a directory with everything in it). Files named as arguments are always checked.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments,
                                      const std::vector<std::string>& exclude = {});

}  // namespace budgetcheck
