// jemalloc's options for the executables linked like the release (CMake
// budgetcheck_link_like_release): jemalloc reads this symbol when it starts; a MALLOC_CONF
// environment variable still overrides it.
//
// Transparent huge pages for its extents and metadata: on this project's VMs a page fault
// costs about 16 µs, and a one-file run took 340 faults, one per 4 KB page; with 2 MB pages
// it takes 110 and 5.6-6.2 ms instead of 8.0-8.3 (glibc's malloc: 7.1 ms), and a batch gets
// faster too (docs/benchmarks.md, ninth round). Where THP is disabled ("never") it is a
// no-op.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
