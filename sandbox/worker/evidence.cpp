#include "evidence.h"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace sandbench::worker::evidence {
namespace {

constexpr std::size_t kSlots = 64;
constexpr std::size_t kLayerSize = 16;
constexpr std::size_t kRuleSize = 48;
constexpr std::size_t kDetailSize = 512;

struct Slot
{
    // Set last, with release order: take() reads a slot only once it is complete.
    std::atomic<bool> ready{false};
    char layer[kLayerSize];
    char rule[kRuleSize];
    char detail[kDetailSize];
};

// A signal handler may interrupt take() or record(): slots are claimed with one atomic increment,
// and filled before they are marked ready, so neither ever sees half a record.
Slot g_slots[kSlots];
std::atomic<std::size_t> g_claimed{0};
std::atomic<std::size_t> g_overflow{0};

void copyCut(char *to, std::size_t size, const char *from) noexcept
{
    std::size_t n = 0;
    if (from) {
        while (n + 1 < size && from[n] != '\0')
            ++n;
        std::memcpy(to, from, n);
    }
    to[n] = '\0';
}

} // namespace

void record(const char *layer, const char *rule, const char *detail) noexcept
{
    const std::size_t index = g_claimed.fetch_add(1, std::memory_order_acq_rel);
    if (index >= kSlots) {
        g_overflow.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    Slot &slot = g_slots[index];
    copyCut(slot.layer, kLayerSize, layer);
    copyCut(slot.rule, kRuleSize, rule);
    copyCut(slot.detail, kDetailSize, detail);
    slot.ready.store(true, std::memory_order_release);
}

std::vector<Observation> take()
{
    std::vector<Observation> out;
    const std::size_t claimed = std::min(g_claimed.load(std::memory_order_acquire), kSlots);
    for (std::size_t i = 0; i < claimed; ++i) {
        Slot &slot = g_slots[i];
        if (!slot.ready.load(std::memory_order_acquire))
            continue; // claimed by a record() still under way in another thread: counted below
        out.push_back({slot.layer, slot.rule, slot.detail});
        slot.ready.store(false, std::memory_order_relaxed);
    }
    if (out.size() < claimed)
        g_overflow.fetch_add(claimed - out.size(), std::memory_order_relaxed);
    g_claimed.store(0, std::memory_order_release);
    return out;
}

std::size_t overflowed() noexcept
{
    return g_overflow.exchange(0, std::memory_order_relaxed);
}

} // namespace sandbench::worker::evidence
