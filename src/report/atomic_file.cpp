#include "budgetcheck/report/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>

#include "budgetcheck/report/fd_ostream.hpp"

namespace budgetcheck {
namespace {

// The temporary file in flight, for the signal handler: a fixed buffer (no allocation in
// the handler) and a flag that says whether it names a file to remove.
char g_temp_path[PATH_MAX + 1];
volatile std::sig_atomic_t g_temp_active = 0;
void (*g_hook)() = nullptr;

constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[std::size(kCleanupSignals)];

// Async-signal-safe only: unlink, sigaction, raise. The action found before ours (the
// default: die) then handles the signal as if we had never been there.
extern "C" void remove_temp_and_die(int signal_number) {
  if (g_temp_active != 0)
    ::unlink(g_temp_path);
  for (std::size_t i = 0; i < std::size(kCleanupSignals); ++i)
    if (kCleanupSignals[i] == signal_number)
      ::sigaction(signal_number, &g_previous[i], nullptr);
  std::raise(signal_number);
}

// Checked on every write (a sigaction call each), so a handler someone installs later is
// chained too; an ignored signal (SIGHUP under nohup) stays ignored.
void install_cleanup_handlers() {
  for (std::size_t i = 0; i < std::size(kCleanupSignals); ++i) {
    struct sigaction current {};
    if (::sigaction(kCleanupSignals[i], nullptr, &current) != 0 || current.sa_handler == SIG_IGN ||
        current.sa_handler == remove_temp_and_die)
      continue;
    g_previous[i] = current;
    struct sigaction action {};
    action.sa_handler = remove_temp_and_die;
    sigemptyset(&action.sa_mask);
    ::sigaction(kCleanupSignals[i], &action, nullptr);
  }
}

// Marks `path` as the temporary file to remove on a signal (false: too long to track).
bool track_temp(const std::string& path) {
  if (g_temp_active != 0 || path.size() > PATH_MAX)
    return false;
  std::memcpy(g_temp_path, path.c_str(), path.size() + 1);
  g_temp_active = 1;
  return true;
}

std::string describe(const std::string& what, const std::string& path, int error) {
  return "cannot " + what + " " + path + ": " + std::strerror(error);
}

// Streams `write`'s output into `fd`; true when every byte reached it.
bool stream_into(int fd, const std::function<void(std::ostream&)>& write) {
  FdOstream out(fd);
  write(out);
  return out.finish();
}

// Writes to what `path` already is (a device, pipe or socket), as it comes. A FIFO without
// a reader is an error, not a wait.
std::optional<std::string> write_to_existing(const std::string& path,
                                             const std::function<void(std::ostream&)>& write) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return describe("write", path, errno);
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);  // the reader sets the pace
  bool written = false;
  try {
    written = stream_into(fd, write);
  } catch (...) {
    ::close(fd);
    throw;
  }
  const int error = errno;
  if (::close(fd) != 0 && written)
    return describe("write", path, errno);
  if (!written)
    return describe("write", path, error);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
  return write_file_atomically(path, [&](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  });
}

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  fs::path target(path);
  if (target.filename().empty())
    return "cannot write " + path + ": not a file name";
  std::error_code ec;
  const fs::file_status status = fs::status(target, ec);  // through symbolic links
  if (fs::is_directory(status))
    return "cannot write " + path + ": is a directory";
  // A device, pipe or socket (-o /dev/stdout, a FIFO): there is no file to replace, and
  // renaming over it would put a regular file in its place.
  if (fs::exists(status) && !fs::is_regular_file(status))
    return write_to_existing(path, write);
  // A symbolic link to a file: the file it names is replaced, the link stays.
  if (fs::is_symlink(fs::symlink_status(target, ec)) && fs::exists(status))
    target = fs::canonical(target, ec);

  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  // open(O_EXCL) with mode 0666 lets the umask decide permissions, as for any new file;
  // the name is unique per process and attempt, and O_EXCL guards against the rest.
  install_cleanup_handlers();
  std::string temp;
  int fd = -1;
  bool tracked = false;
  // Tracked before it exists, so no signal can fall between creation and tracking (a
  // name with our pid that already exists is a leftover of an earlier process anyway).
  auto untrack = [&] {
    if (tracked)
      g_temp_active = 0;
    tracked = false;
  };
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp = (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                   std::to_string(attempt)))
               .string();
    tracked = track_temp(temp);
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      const int error = errno;
      untrack();
      if (error != EEXIST)
        return describe("create a temporary file for", path, error);
    }
  }
  if (fd < 0)
    return describe("create a temporary file for", path, EEXIST);

  auto fail = [&](const std::string& what) {
    const int error = errno;
    if (fd >= 0)
      ::close(fd);
    ::unlink(temp.c_str());
    untrack();
    return describe(what, path, error);
  };
  bool written = false;
  try {
    written = stream_into(fd, write);
  } catch (...) {  // e.g. out of memory while writing: no half file stays behind
    fail("write");
    throw;
  }
  if (!written)
    return fail("write");
  if (::fsync(fd) != 0)
    return fail("write");
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0)
    return fail("write");
  if (g_hook)
    g_hook();
  if (std::rename(temp.c_str(), target.c_str()) != 0)
    return fail("replace");
  untrack();
  return std::nullopt;
}

void set_atomic_write_hook(void (*hook)()) {
  g_hook = hook;
}

}  // namespace budgetcheck
