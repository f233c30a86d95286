#include "budgetcheck/cli/inputs.hpp"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <utility>

#include "budgetcheck/cli/config.hpp"

namespace budgetcheck {
namespace {

namespace fs = std::filesystem;

// A directory's identity, whatever path (or link) led to it.
using DirId = std::pair<dev_t, ino_t>;

std::optional<DirId> dir_id(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return std::nullopt;
  return DirId{st.st_dev, st.st_ino};
}

bool is_json_name(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".json" && path.filename() != kConfigFileName;
}

class Collector {
 public:
  explicit Collector(const std::vector<std::string>& exclude) : exclude_(exclude) {}

  // Everything below `root` into `found` (unsorted; the caller sorts once).
  void walk_root(const fs::path& root, std::vector<InputFile>& found) {
    root_ = root;
    walk(root, found);
  }

 private:
  // The name or the path below the directory argument matches an --exclude pattern.
  bool excluded(const fs::path& path) const {
    if (exclude_.empty())
      return false;
    const std::string name = path.filename().string();
    const std::string below = path.lexically_relative(root_).generic_string();
    return std::any_of(exclude_.begin(), exclude_.end(), [&](const std::string& pattern) {
      return ::fnmatch(pattern.c_str(), name.c_str(), 0) == 0 ||
             ::fnmatch(pattern.c_str(), below.c_str(), 0) == 0;
    });
  }

  void walk(const fs::path& dir, std::vector<InputFile>& found) {
    const auto id = dir_id(dir);
    if (!id) {
      found.push_back({dir.string(), "cannot read the directory"});
      return;
    }
    if (std::find(ancestors_.begin(), ancestors_.end(), *id) != ancestors_.end()) {
      found.push_back(
          {dir.string(), "symbolic link loop: the directory contains itself; not followed"});
      return;
    }
    if (!visited_.insert(*id).second)
      return;  // the same directory through another link: its files are listed already
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      found.push_back({dir.string(), "cannot read the directory: " + ec.message()});
      return;
    }
    // Entries in name order, so which link path reaches a directory first (and names its
    // files) does not depend on the order the file system lists them in.
    std::vector<fs::directory_entry> entries;
    for (const fs::directory_iterator end; it != end; it.increment(ec))
      entries.push_back(*it);
    if (ec)
      found.push_back({dir.string(), "cannot read the whole directory: " + ec.message()});
    std::sort(entries.begin(), entries.end());
    ancestors_.push_back(*id);
    for (const auto& entry : entries) {
      if (excluded(entry.path()))
        continue;
      std::error_code type_ec;
      if (entry.is_directory(type_ec))  // follows links: loops are caught above
        walk(entry.path(), found);
      else if (is_json_name(entry.path()))
        found.push_back({entry.path().string(), std::nullopt});
    }
    ancestors_.pop_back();
  }

  const std::vector<std::string>& exclude_;
  fs::path root_;
  std::vector<DirId> ancestors_;
  std::set<DirId> visited_;
};

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments,
                                      const std::vector<std::string>& exclude) {
  std::vector<InputFile> inputs;
  Collector collector(exclude);
  for (const auto& argument : arguments) {
    std::error_code ec;
    if (!fs::is_directory(argument, ec)) {
      inputs.push_back({argument, std::nullopt});  // the loader reports a missing file
      continue;
    }
    std::vector<InputFile> found;
    collector.walk_root(argument, found);
    std::stable_sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) {
      return fs::path(a.path) < fs::path(b.path);
    });
    inputs.insert(inputs.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  }
  return inputs;
}

}  // namespace budgetcheck
