#pragma once
// A std::ostream onto an open file descriptor, buffered, remembering whether a write
// failed. Reports are streamed through it to standard output or to the temporary file
// of an atomic write, so a large report is never held in memory whole.

#include <array>
#include <ostream>
#include <streambuf>

namespace budgetcheck {

class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  FdStreamBuf(const FdStreamBuf&) = delete;
  FdStreamBuf& operator=(const FdStreamBuf&) = delete;
  ~FdStreamBuf() override;

  // False once any write to the descriptor failed (errno tells why).
  bool good() const { return good_; }

 protected:
  int_type overflow(int_type ch) override;
  int sync() override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;

 private:
  bool flush_buffer();

  int fd_;
  bool good_ = true;
  std::array<char, 1 << 16> buffer_;
};

class FdOstream : public std::ostream {
 public:
  explicit FdOstream(int fd) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  // Flushes; true when every byte reached the descriptor.
  bool finish() {
    flush();
    return buf_.good() && !fail();
  }

 private:
  FdStreamBuf buf_;
};

}  // namespace budgetcheck
