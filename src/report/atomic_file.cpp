#include "budgetcheck/report/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace budgetcheck {
namespace {

std::string describe(const std::string& what, const std::string& path, int error) {
  return "cannot " + what + " " + path + ": " + std::strerror(error);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  if (target.filename().empty())
    return "cannot write " + path + ": not a file name";
  std::error_code ec;
  if (fs::is_directory(target, ec))
    return "cannot write " + path + ": is a directory";

  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  // open(O_EXCL) with mode 0666 lets the umask decide permissions, as for any new file;
  // the name is unique per process and attempt, and O_EXCL guards against the rest.
  std::string temp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp = (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                   std::to_string(attempt)))
               .string();
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST)
      return describe("create a temporary file for", path, errno);
  }
  if (fd < 0)
    return describe("create a temporary file for", path, EEXIST);

  auto fail = [&](const std::string& what) {
    const int error = errno;
    if (fd >= 0)
      ::close(fd);
    ::unlink(temp.c_str());
    return describe(what, path, error);
  };
  if (!write_all(fd, content))
    return fail("write");
  if (::fsync(fd) != 0)
    return fail("write");
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0)
    return fail("write");
  if (std::rename(temp.c_str(), path.c_str()) != 0)
    return fail("replace");
  return std::nullopt;
}

}  // namespace budgetcheck
