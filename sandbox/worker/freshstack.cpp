#include "freshstack.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <sys/mman.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

namespace sandbench::worker {
namespace {

constexpr std::size_t kGuardBytes = 64 * 1024; // below each stack: an overflow faults, as usual

struct Region
{
    char *base = nullptr; // the guard's start
    std::size_t size = 0; // guard included
};

// Inherited by every fork, so each process has the regions its ancestors mapped. Not on any stack:
// setcontext leaves the current one behind.
Region g_regions[2];
ucontext_t g_context;
void (*g_body)(void *) = nullptr;
void *g_argument = nullptr;

// As large as the main thread's stack may grow (the cell's Python recurses on it), bounded.
std::size_t stackBytes()
{
    std::size_t bytes = 8u << 20;
    rlimit limit{};
    if (::getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        bytes = std::max<std::size_t>(bytes, std::min<std::size_t>(limit.rlim_cur, 256u << 20));
    return bytes;
}

bool holds(const Region &region, const void *address)
{
    const char *a = static_cast<const char *>(address);
    return region.base && a >= region.base && a < region.base + region.size;
}

void trampoline()
{
    g_body(g_argument);
    std::abort(); // body never returns
}

} // namespace

void continueOnFreshStack(void (*body)(void *), void *context)
{
    const char here = 0;
    Region &region = g_regions[holds(g_regions[0], &here) ? 1 : 0];
    if (!region.base) {
        const std::size_t size = stackBytes() + kGuardBytes;
        void *mapped = ::mmap(nullptr, size, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (mapped != MAP_FAILED && ::mprotect(mapped, kGuardBytes, PROT_NONE) != 0) {
            ::munmap(mapped, size);
            mapped = MAP_FAILED;
        }
        if (mapped == MAP_FAILED) {
            body(context);
            std::abort();
        }
        region = {static_cast<char *>(mapped), size};
    }
    g_body = body;
    g_argument = context;
    if (::getcontext(&g_context) != 0) {
        body(context);
        std::abort();
    }
    g_context.uc_stack.ss_sp = region.base + kGuardBytes;
    g_context.uc_stack.ss_size = region.size - kGuardBytes;
    g_context.uc_link = nullptr;
    ::makecontext(&g_context, trampoline, 0);
    ::setcontext(&g_context);
    body(context); // setcontext failed: the old way, on this stack
    std::abort();
}

} // namespace sandbench::worker
