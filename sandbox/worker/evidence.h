// What the C and kernel layers observed during the current cell, kept where the cell's Python
// cannot reach it. The Python side of the worker shares its interpreter with the cell's code, so
// anything it reports (status, violations) may have been written by the cell; the trusted verdict
// is built from this log instead (sandbox/PROTOCOL.md, "Who decides what").
//
// One log per process, and deliberately a process-wide object rather than a member: the SIGSYS
// handler of the seccomp layer and the audit-hook trampoline record into it from contexts that have
// no object to hand. record() is async-signal-safe (fixed-size slots, no allocation, no lock), so
// the same call serves a signal handler, a hooked libc function and ordinary code. Nothing of it is
// ever exposed to Python: no binding may read, clear or append to it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sandbench::worker {

struct Observation
{
    std::string layer;  // "audit", "landlock", "seccomp", "guard", "limit": who saw it
    std::string rule;   // a short machine word: "file-read", "socket", "rebind", ...
    std::string detail; // what, for a person: the path, the system call, the target's name
};

namespace evidence {

// Records one observation of the current cell. Strings are cut to the slot's size; past the
// slots' count, further observations only raise the overflow count. Async-signal-safe.
void record(const char *layer, const char *rule, const char *detail) noexcept;

// The observations since the last take(), oldest first; the log is empty afterwards. Not
// async-signal-safe: call it from the thread that runs the cell, after the cell's code returned.
std::vector<Observation> take();

// Observations that did not fit since the last take().
std::size_t overflowed() noexcept;

} // namespace evidence
} // namespace sandbench::worker
