#include "hugearenas.h"

#include <Python.h>
#include <cstdint>
#include <sys/mman.h>
#include <vector>

namespace sandbench::worker::hugearenas {
namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
// A region is reserved at a time: small enough that RLIMIT_AS (the memory limit) barely notices
// the part not yet used, large enough that regions are rare. Address space only: the kernel
// backs what Python touches.
constexpr std::size_t kRegion = std::size_t(32) << 20;

// One allocator per process, used with the GIL held (pymalloc's rule), and copied by fork with
// the rest of the session's state: every process in the chain of keepers owns its copy.
struct State
{
    std::size_t slotSize = 0; // pymalloc's arena size (1 MiB on 64-bit 3.10+)
    char *cursor = nullptr;   // next never-used slot in the newest region
    char *regionEnd = nullptr;
    std::vector<void *> freeSlots; // slots Python gave back, reused first
    std::size_t reserved = 0;
    std::size_t live = 0;
    PyObjectArenaAllocator fallback{};
};

State &state()
{
    static State s;
    return s;
}

// Huge-page bookkeeping per region: how many of a huge page's slots are in use, so that a huge
// page whose arenas are all free goes back to the system whole (MADV_DONTNEED of the full 2 MiB
// keeps it a huge page on the next touch, where a 1 MiB one would split it).
struct RegionIndex
{
    std::uintptr_t start = 0;
    std::vector<std::uint16_t> inUse;
};

std::vector<RegionIndex> &regionIndex()
{
    static std::vector<RegionIndex> index;
    return index;
}

std::uint16_t *counterFor(void *slot)
{
    const auto address = reinterpret_cast<std::uintptr_t>(slot);
    for (RegionIndex &region : regionIndex()) {
        if (address >= region.start && address < region.start + kRegion)
            return &region.inUse[(address - region.start) / kHugePage];
    }
    return nullptr;
}

bool newRegion(State &s)
{
    // Over-reserve by one huge page and trim, so that the region starts on a 2 MiB boundary.
    const std::size_t length = kRegion + kHugePage;
    void *raw = ::mmap(nullptr, length, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED)
        return false;
    const auto base = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (base + kHugePage - 1) & ~(kHugePage - 1);
    if (aligned > base)
        ::munmap(raw, aligned - base);
    const std::uintptr_t end = aligned + kRegion;
    if (base + length > end)
        ::munmap(reinterpret_cast<void *>(end), base + length - end);
    // Where huge pages are off ("never"), this fails and the region is plain pages: as before.
    ::madvise(reinterpret_cast<void *>(aligned), kRegion, MADV_HUGEPAGE);
    s.cursor = reinterpret_cast<char *>(aligned);
    s.regionEnd = s.cursor + kRegion;
    s.reserved += kRegion;
    regionIndex().push_back({aligned, std::vector<std::uint16_t>(kRegion / kHugePage, 0)});
    return true;
}

void *allocate(void *, std::size_t size)
{
    State &s = state();
    // Arenas are all one size; anything else (a future Python) goes to the default allocator.
    if (s.slotSize == 0)
        s.slotSize = size;
    if (size != s.slotSize || kHugePage % size != 0)
        return s.fallback.alloc(s.fallback.ctx, size);
    void *slot = nullptr;
    if (!s.freeSlots.empty()) {
        slot = s.freeSlots.back();
        s.freeSlots.pop_back();
    } else {
        if (s.cursor == s.regionEnd && !newRegion(s))
            return nullptr; // pymalloc then takes the object from malloc
        slot = s.cursor;
        s.cursor += size;
    }
    if (std::uint16_t *counter = counterFor(slot))
        ++*counter;
    s.live += size;
    return slot;
}

void release(void *, void *pointer, std::size_t size)
{
    State &s = state();
    std::uint16_t *counter = size == s.slotSize ? counterFor(pointer) : nullptr;
    if (!counter) {
        s.fallback.free(s.fallback.ctx, pointer, size);
        return;
    }
    s.live -= size;
    s.freeSlots.push_back(pointer);
    if (--*counter == 0) {
        // The whole huge page is free: its memory goes back, its address stays ours.
        const auto page = reinterpret_cast<std::uintptr_t>(pointer) & ~(kHugePage - 1);
        ::madvise(reinterpret_cast<void *>(page), kHugePage, MADV_DONTNEED);
    }
}

} // namespace

void install()
{
    State &s = state();
    if (s.fallback.alloc)
        return; // installed already: the fallback must stay Python's own
    PyObject_GetArenaAllocator(&s.fallback);
    PyObjectArenaAllocator mine{nullptr, allocate, release};
    PyObject_SetArenaAllocator(&mine);
}

Usage usage()
{
    const State &s = state();
    return {s.reserved, s.live};
}

} // namespace sandbench::worker::hugearenas
