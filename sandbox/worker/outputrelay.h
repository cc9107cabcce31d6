// The keeper's side of live output (protocol/livestream.h). CellPipeReader splits what a cell's
// process writes on its verdict pipe into progress words ("S", "W"), output messages and the
// reply message;
// OutputRelay gathers the output and makes `output` frames of it, at most one every
// kOutputFlushMs (at once when kOutputFlushBytes wait), and no more in all than a cell may print.
// Both read bytes the cell's Python can write itself: every length is checked, nothing is trusted.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sandbench::worker {

class CellPipeReader
{
public:
    struct Event
    {
        // A progress word (any other byte is returned as a word too, for the keeper to refuse),
        // protocol::kReplyMessageTag for the reply message, or 0 for output.
        char word = 0;
        int stream = 0;   // output: 0 stdout, 1 stderr
        std::string text; // output: the text; the reply: the sealed frame's bytes
    };

    void feed(const char *data, std::size_t size) { m_buffer.append(data, size); }
    // The next whole event; nothing when more bytes are needed or the pipe carried something
    // that is not a message (malformed(): the cell's process broke its side of the pipe).
    std::optional<Event> next();
    bool malformed() const { return m_malformed; }

private:
    std::optional<Event> nextReply();

    std::string m_buffer;
    std::size_t m_offset = 0;
    bool m_malformed = false;
};

class OutputRelay
{
public:
    using Clock = std::chrono::steady_clock;

    // maxBytes: what the cell may have relayed in all; the rest is dropped (the reply carries the
    // output up to the profile's cap, and says it was cut).
    explicit OutputRelay(std::size_t maxBytes) : m_room(maxBytes) {}

    void add(int stream, const std::string &text);
    bool empty() const { return m_parts.empty(); }
    // A frame is due now: enough waits, or the last frame went out kOutputFlushMs ago.
    bool due(Clock::time_point now) const;
    // Milliseconds until due (0 when due, -1 when nothing waits).
    int msUntilDue(Clock::time_point now) const;
    // The header of an `output` frame for request id with everything gathered; empties the relay.
    std::string takeFrame(long long id, Clock::time_point now);

private:
    struct Part
    {
        int stream;
        std::string text;
    };
    Clock::time_point dueAt() const;

    std::vector<Part> m_parts;
    std::size_t m_bytes = 0;
    std::size_t m_room;
    Clock::time_point m_lastFrame{};
    Clock::time_point m_firstAdded{};
};

} // namespace sandbench::worker
