#ifndef BUDGETCHECK_JEMALLOC
#include <malloc.h>
#endif

#include "budgetcheck/cli/app.hpp"

int main(int argc, char** argv) {
#ifndef BUDGETCHECK_JEMALLOC
  // A batch frees each document before reading the next one. By default glibc hands the
  // freed pages back to the kernel (and maps big blocks afresh), so every file paid
  // for faulting the same memory in again: the largest cost per file on a small VM
  // (docs/benchmarks.md). Keeping it costs nothing more than the largest file needs.
  // (The static executable allocates with jemalloc, which keeps freed pages for a while
  // by itself; calling mallopt there would also pull glibc's malloc in beside it.)
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
  return budgetcheck::run_cli(argc, argv);
}
