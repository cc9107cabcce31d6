#include "outputrelay.h"

#include "frame.h"
#include "livestream.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sandbench::worker {

std::optional<CellPipeReader::Event> CellPipeReader::next()
{
    if (m_malformed || m_offset >= m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
        return std::nullopt;
    }
    const char tag = m_buffer[m_offset];
    Event event;
    if (tag == protocol::kReplyMessageTag)
        return nextReply();
    if (tag != protocol::kOutputMessageTag) {
        event.word = tag;
        ++m_offset;
        return event;
    }
    const std::size_t left = m_buffer.size() - m_offset;
    if (left < protocol::kOutputMessagePrefix)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(m_buffer.data() + m_offset);
    const std::size_t size = std::size_t(p[2]) << 24 | std::size_t(p[3]) << 16 |
                             std::size_t(p[4]) << 8 | std::size_t(p[5]);
    if (p[1] > 1 || size > protocol::kMaxOutputMessageBytes) {
        m_malformed = true;
        return std::nullopt;
    }
    if (left < protocol::kOutputMessagePrefix + size)
        return std::nullopt;
    event.stream = p[1];
    event.text.assign(m_buffer, m_offset + protocol::kOutputMessagePrefix, size);
    m_offset += protocol::kOutputMessagePrefix + size;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    return event;
}

std::optional<CellPipeReader::Event> CellPipeReader::nextReply()
{
    const std::size_t left = m_buffer.size() - m_offset;
    if (left < protocol::kReplyMessagePrefix)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(m_buffer.data() + m_offset);
    std::uint64_t size = 0;
    for (std::size_t i = 1; i < protocol::kReplyMessagePrefix; ++i)
        size = size << 8 | p[i];
    // No bigger than the largest frame the app reads, with its seal: a length past that is not a
    // reply of the worker's, and the keeper must not buffer it.
    const protocol::FrameLimits limits;
    const std::uint64_t largest =
        protocol::kFramePrefixSize + std::uint64_t(limits.maxHeaderBytes) + limits.maxPayloadBytes;
    if (size < protocol::kFramePrefixSize || size > largest) {
        m_malformed = true;
        return std::nullopt;
    }
    if (left - protocol::kReplyMessagePrefix < size)
        return std::nullopt;
    Event event;
    event.word = protocol::kReplyMessageTag;
    event.text.assign(m_buffer, m_offset + protocol::kReplyMessagePrefix, std::size_t(size));
    m_offset += protocol::kReplyMessagePrefix + std::size_t(size);
    return event;
}

void OutputRelay::add(int stream, const std::string &text)
{
    const std::size_t size = std::min(text.size(), m_room);
    if (size == 0)
        return;
    m_room -= size;
    m_bytes += size;
    if (m_parts.empty())
        m_firstAdded = Clock::now();
    // Cut only where a message was cut by the cap: the JSON encoder replaces a broken character.
    if (!m_parts.empty() && m_parts.back().stream == stream)
        m_parts.back().text.append(text, 0, size);
    else
        m_parts.push_back({stream, text.substr(0, size)});
}

OutputRelay::Clock::time_point OutputRelay::dueAt() const
{
    // A grace of kOutputGraceMs after the first piece: print() writes its text and its "\n" in
    // two calls, and a line is better shown whole than in two frames 50 ms apart.
    return std::max(m_lastFrame + std::chrono::milliseconds(protocol::kOutputFlushMs),
                    m_firstAdded + std::chrono::milliseconds(protocol::kOutputGraceMs));
}

bool OutputRelay::due(Clock::time_point now) const
{
    return !m_parts.empty() && (m_bytes >= protocol::kOutputFlushBytes || now >= dueAt() ||
                                m_parts.size() >= protocol::kMaxOutputFrameParts);
}

int OutputRelay::msUntilDue(Clock::time_point now) const
{
    if (m_parts.empty())
        return -1;
    if (due(now))
        return 0;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(dueAt() - now);
    return int(std::max<long long>(1, left.count()));
}

std::string OutputRelay::takeFrame(long long id, Clock::time_point now)
{
    nlohmann::json parts = nlohmann::json::array();
    for (const Part &part : m_parts)
        parts.push_back(
            {{std::string(protocol::kOutputStreamField),
              std::string(part.stream == 0 ? protocol::kStreamStdout : protocol::kStreamStderr)},
             {std::string(protocol::kOutputTextField), part.text}});
    m_parts.clear();
    m_bytes = 0;
    m_lastFrame = now;
    return nlohmann::json{{"type", std::string(protocol::kTypeOutput)},
                          {"id", id},
                          {std::string(protocol::kOutputPartsField), std::move(parts)}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace sandbench::worker
