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
// Each refusal is also recorded as evidence (layer "seccomp", rule "syscall", the call's name),
// through a SIGSYS handler, so a cell that catches the error is still denied.
// allowTcp (a cluster member, a session that uses a cluster): AF_INET and AF_INET6 stream
// sockets are allowed too, and only those; which ports they reach is Landlock's rule.
SeccompResult applySeccomp(bool allowTcp = false);

// Records evidence when something replaced the SIGSYS handler (a cell's signal.signal): refusals
// would go unrecorded, and a refused call would return its own number instead of failing.
void recordIfRefusalTrapReplaced();

} // namespace sandbench::worker
