#include "budgetcheck/report/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using budgetcheck::write_file_atomically;

namespace {

fs::path fresh_dir() {
  const fs::path dir =
      fs::temp_directory_path() / ("budgetcheck-atomic-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("atomic file: writes, then replaces, leaving only the target", "[report][atomic]") {
  const fs::path dir = fresh_dir();
  const fs::path target = dir / "out.txt";
  CHECK_FALSE(write_file_atomically(target.string(), "第一版\n"));
  CHECK(slurp(target) == "第一版\n");
  CHECK_FALSE(write_file_atomically(target.string(), "second"));
  CHECK(slurp(target) == "second");
  CHECK_FALSE(write_file_atomically(target.string(), ""));
  CHECK(fs::file_size(target) == 0);
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("atomic file: streamed content arrives whole, in order, past the buffer size",
          "[report][atomic]") {
  const fs::path dir = fresh_dir();
  const fs::path target = dir / "streamed.txt";
  std::string expected;
  CHECK_FALSE(write_file_atomically(target.string(), [&](std::ostream& out) {
    for (int i = 0; i < 20000; ++i) {  // small pieces, then one bigger than the buffer
      out << i << '\n';
      expected += std::to_string(i) + '\n';
    }
    const std::string big(200000, 'x');
    out << big;
    expected += big;
  }));
  CHECK(slurp(target) == expected);
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("atomic file: an exception while streaming leaves neither target nor temporary",
          "[report][atomic]") {
  const fs::path dir = fresh_dir();
  const fs::path target = dir / "out.txt";
  CHECK_THROWS_AS(write_file_atomically(target.string(),
                                        [](std::ostream& out) {
                                          out << std::string(100000, 'x');
                                          throw std::runtime_error("out of memory");
                                        }),
                  std::runtime_error);
  CHECK(entries(dir) == 0);
  fs::remove_all(dir);
}

TEST_CASE("atomic file: a pipe or device is written to, never replaced by a file",
          "[report][atomic]") {
  const fs::path dir = fresh_dir();
  const fs::path fifo = dir / "report.pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Nobody reading: an error at once, not a wait.
  const auto no_reader = write_file_atomically(fifo.string(), "x");
  REQUIRE(no_reader);
  CHECK(no_reader->find("report.pipe") != std::string::npos);
  // With a reader (as `-o /dev/stdout` into a pipe): the content arrives through it.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  CHECK_FALSE(write_file_atomically(fifo.string(), "报告\n"));
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0) == "报告\n");
  CHECK(fs::is_fifo(fs::symlink_status(fifo)));
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("atomic file: through a symbolic link the file is replaced, the link stays",
          "[report][atomic]") {
  const fs::path dir = fresh_dir();
  fs::create_directory(dir / "real");
  const fs::path file = dir / "real" / "report.txt";
  std::ofstream(file) << "old";
  const fs::path link = dir / "latest.txt";
  fs::create_symlink(file, link);
  CHECK_FALSE(write_file_atomically(link.string(), "new"));
  CHECK(fs::is_symlink(fs::symlink_status(link)));
  CHECK(slurp(file) == "new");
  CHECK(entries(dir / "real") == 1);
  fs::remove_all(dir);
}

TEST_CASE("atomic file: failure says why and leaves nothing behind", "[report][atomic]") {
  const fs::path dir = fresh_dir();
  const auto missing = write_file_atomically((dir / "absent" / "out.txt").string(), "x");
  REQUIRE(missing);
  CHECK(missing->find("absent/out.txt") != std::string::npos);
  fs::create_directory(dir / "sub");
  const auto onto_dir = write_file_atomically((dir / "sub").string(), "x");
  REQUIRE(onto_dir);
  CHECK(onto_dir->find("is a directory") != std::string::npos);
  CHECK(entries(dir) == 1);
  CHECK(fs::is_empty(dir / "sub"));
  fs::remove_all(dir);
}

// The child process is interrupted between writing the temporary file and renaming it,
// the worst moment: the handler must remove the temporary file, and the signal must still
// kill the process.
TEST_CASE("atomic file: SIGINT/SIGTERM during a write leaves no temporary file and no report",
          "[report][atomic][robustness]") {
  for (const int signal_number : {SIGINT, SIGTERM}) {
    INFO("signal " << signal_number);
    const fs::path dir = fresh_dir();
    const fs::path target = dir / "report.txt";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      static int to_raise = 0;
      to_raise = signal_number;
      std::signal(signal_number, SIG_DFL);  // as in the command-line program, not Catch2
      budgetcheck::set_atomic_write_hook([] { std::raise(to_raise); });
      (void)write_file_atomically(target.string(), std::string(1 << 20, 'x'));
      ::_exit(0);  // not reached: the signal kills the child
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK((WIFSIGNALED(status) && WTERMSIG(status) == signal_number));
    CHECK(entries(dir) == 0);
    fs::remove_all(dir);
  }
}

TEST_CASE("atomic file: an interrupted replacement keeps the old report whole",
          "[report][atomic][robustness]") {
  const fs::path dir = fresh_dir();
  const fs::path target = dir / "report.txt";
  REQUIRE_FALSE(write_file_atomically(target.string(), "old report\n"));
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGTERM, SIG_DFL);
    budgetcheck::set_atomic_write_hook([] { std::raise(SIGTERM); });
    (void)write_file_atomically(target.string(), "new report\n");
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM));
  CHECK(slurp(target) == "old report\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}
