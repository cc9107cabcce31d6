// Resource limits the kernel enforces on the worker (and anything it could start).
#pragma once

#include <cstdint>
#include <string>

namespace sandbench::worker {

struct ResourceLimits
{
    std::uint64_t memoryMb = 0;   // address space (RLIMIT_AS); 0 = unlimited
    std::uint64_t cpuSeconds = 0; // CPU time for the worker's whole life (RLIMIT_CPU)
    std::uint64_t fileSizeMb = 0; // largest file it may write (RLIMIT_FSIZE)
    std::uint64_t openFiles = 0;  // descriptors (RLIMIT_NOFILE)
    std::uint64_t processes = 0;  // processes and threads of its uid (RLIMIT_NPROC)
};

// Sets soft and hard limits alike (so user code cannot raise them) and disables core dumps.
// Writing past RLIMIT_FSIZE then fails with EFBIG instead of killing the worker.
bool applyResourceLimits(const ResourceLimits &limits, std::string &error);

} // namespace sandbench::worker
