#include "limits.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>

namespace sandbench::worker {
namespace {

bool setLimit(int resource, const char *name, std::uint64_t value, std::string &error)
{
    rlimit limit{};
    limit.rlim_cur = limit.rlim_max = rlim_t(value);
    if (::setrlimit(resource, &limit) != 0) {
        error = std::string("setrlimit(") + name + "): " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace

bool applyResourceLimits(const ResourceLimits &limits, std::string &error)
{
    constexpr std::uint64_t mb = 1024ull * 1024ull;
    // EFBIG is an error the cell can see and the verdict can name; SIGXFSZ would kill the worker.
    std::signal(SIGXFSZ, SIG_IGN);
    bool ok = setLimit(RLIMIT_CORE, "CORE", 0, error);
    if (ok && limits.memoryMb)
        ok = setLimit(RLIMIT_AS, "AS", limits.memoryMb * mb, error);
    if (ok && limits.cpuSeconds)
        ok = setLimit(RLIMIT_CPU, "CPU", limits.cpuSeconds, error);
    if (ok && limits.fileSizeMb)
        ok = setLimit(RLIMIT_FSIZE, "FSIZE", limits.fileSizeMb * mb, error);
    if (ok && limits.openFiles)
        ok = setLimit(RLIMIT_NOFILE, "NOFILE", limits.openFiles, error);
    if (ok && limits.processes)
        ok = setLimit(RLIMIT_NPROC, "NPROC", limits.processes, error);
    return ok;
}

} // namespace sandbench::worker
