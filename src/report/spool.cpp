#include "budgetcheck/report/spool.hpp"

#include <unistd.h>

#include <array>
#include <sstream>
#include <string>

#include "budgetcheck/report/fd_ostream.hpp"

namespace budgetcheck {

Spool::Spool() : file_(std::tmpfile()) {
  if (file_)
    stream_ = std::make_unique<FdOstream>(fileno(file_));
  else
    stream_ = std::make_unique<std::stringstream>();
}

Spool::~Spool() {
  stream_.reset();  // flushes into the file before it is closed
  if (file_)
    std::fclose(file_);
}

void Spool::copy_to(std::ostream& to) {
  if (!file_) {
    const std::string text = static_cast<std::stringstream&>(*stream_).str();
    to.write(text.data(), static_cast<std::streamsize>(text.size()));
    return;
  }
  auto& spooled = static_cast<FdOstream&>(*stream_);
  const int fd = fileno(file_);
  if (!spooled.finish() || ::lseek(fd, 0, SEEK_SET) != 0) {
    to.setstate(std::ios::badbit);
    return;
  }
  std::array<char, 1 << 16> buffer;
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0) {
      to.setstate(std::ios::badbit);
      return;
    }
    if (n == 0)
      break;
    to.write(buffer.data(), n);
  }
  // Read to the end: later writes append.
}

}  // namespace budgetcheck
