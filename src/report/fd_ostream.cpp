#include "budgetcheck/report/fd_ostream.hpp"

#include <unistd.h>

#include <cerrno>
#include <string_view>

namespace budgetcheck {
namespace {

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

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdStreamBuf::~FdStreamBuf() {
  flush_buffer();
}

bool FdStreamBuf::flush_buffer() {
  const std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  if (good_ && !pending.empty() && !write_all(fd_, pending))
    good_ = false;
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return good_;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch) {
  if (!flush_buffer())
    return traits_type::eof();
  if (!traits_type::eq_int_type(ch, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
  }
  return traits_type::not_eof(ch);
}

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  // Large pieces go straight through rather than in buffer-sized steps.
  if (n > epptr() - pptr()) {
    if (!flush_buffer() || !write_all(fd_, std::string_view(s, static_cast<std::size_t>(n)))) {
      good_ = false;
      return 0;
    }
    return n;
  }
  traits_type::copy(pptr(), s, static_cast<std::size_t>(n));
  pbump(static_cast<int>(n));
  return n;
}

int FdStreamBuf::sync() {
  return flush_buffer() ? 0 : -1;
}

}  // namespace budgetcheck
