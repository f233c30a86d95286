// jemalloc's options for the executables linked like the release (CMake
// budgetcheck_link_like_release): jemalloc reads this symbol when it starts; a MALLOC_CONF
// environment variable still overrides it.
//
// Transparent huge pages for its extents and metadata: on this project's VMs a page fault
// costs about 16 µs, and a one-file run touched 340 pages one fault at a time (one of
// 2 MB instead took it from 8.3 ms to 6.2 ms, below glibc's 7.1 ms); a batch also gets
// faster (docs/benchmarks.md, ninth round). Where THP is disabled ("never") it is a no-op.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
