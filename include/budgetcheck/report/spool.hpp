#pragma once
// Report text held back until what precedes it is known (JUnit's totals, the Markdown
// summary): an unnamed temporary file, so a batch's report is never held in memory
// whole; in memory only when no temporary file can be made.

#include <cstdio>
#include <memory>
#include <ostream>

namespace budgetcheck {

class Spool {
 public:
  Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  ~Spool();

  std::ostream& out() { return *stream_; }
  // Copies everything written so far to `to`; a failed write to the spool fails `to`.
  void copy_to(std::ostream& to);

 private:
  std::FILE* file_ = nullptr;  // std::tmpfile(): removed when closed
  std::unique_ptr<std::ostream> stream_;
};

}  // namespace budgetcheck
