// seccomp: system calls no analysis needs are refused by the kernel, whoever asks.
#pragma once

#include <string>

namespace sandbench::worker {

struct SeccompResult
{
    bool applied = false;
    std::string message;
};

// Denies (EPERM) program execution, non-AF_UNIX sockets, ptrace, mounts, bpf, keyrings, module
// loading, namespace changes, raising resource limits and similar. Irrevocable for the process.
SeccompResult applySeccomp();

} // namespace sandbench::worker
