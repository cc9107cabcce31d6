// Python's object arenas in transparent huge pages (issue 14, item 8).
//
// Every cell runs in a fork of the session, and a failed cell's rollback is that fork's end: both
// cost one page-table entry per 4 kB page of state, so a gigabyte of dicts, lists and strings
// (pymalloc's 1 MiB arenas, which the kernel maps page by page) made every cell pay for 262,144
// entries. Arenas carved out of 2 MiB-aligned regions marked MADV_HUGEPAGE are mapped 2 MiB at a
// time where the kernel has huge pages to give: a fork then copies one entry per 2 MiB, and a
// cell's write splits only the huge page it touches (in its own process). NumPy does the same for
// its large arrays; glibc's malloc does it for the worker's other large blocks through
// GLIBC_TUNABLES (core/sessionrunner.cpp).
#pragma once

#include <cstddef>

namespace sandbench::worker::hugearenas {

// Installs the arena allocator. Must run before the interpreter starts: an arena allocated by one
// allocator must be freed by the same one.
void install();

// What the allocator holds, for the benchmark's and the tests' eyes (bytes).
struct Usage
{
    std::size_t reserved = 0;   // address space taken in regions
    std::size_t arenasLive = 0; // arenas Python holds now
};
Usage usage();

} // namespace sandbench::worker::hugearenas
