#include "frame.h"

namespace sandbench::protocol {
namespace {

void appendU32(std::string &out, std::uint32_t value)
{
    out.push_back(static_cast<char>((value >> 24) & 0xff));
    out.push_back(static_cast<char>((value >> 16) & 0xff));
    out.push_back(static_cast<char>((value >> 8) & 0xff));
    out.push_back(static_cast<char>(value & 0xff));
}

std::uint32_t readU32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (std::uint32_t(u[0]) << 24) | (std::uint32_t(u[1]) << 16) | (std::uint32_t(u[2]) << 8) |
           std::uint32_t(u[3]);
}

} // namespace

std::string encodeFrame(std::string_view header, std::string_view payload)
{
    std::string out;
    out.reserve(kFramePrefixSize + header.size() + payload.size());
    appendU32(out, kFrameMagic);
    appendU32(out, static_cast<std::uint32_t>(header.size()));
    appendU32(out, static_cast<std::uint32_t>(payload.size()));
    out.append(header);
    out.append(payload);
    return out;
}

FrameDecoder::FrameDecoder(FrameLimits limits) : m_limits(limits) {}

void FrameDecoder::feed(const char *data, std::size_t size)
{
    if (failed())
        return;
    // Compact lazily so that many small frames in one read do not cost a memmove each.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

std::optional<Frame> FrameDecoder::next()
{
    if (failed() || pendingBytes() < kFramePrefixSize)
        return std::nullopt;
    const char *p = m_buffer.data() + m_offset;
    if (readU32(p) != kFrameMagic) {
        fail("frame does not start with the protocol magic: the peer wrote something that is not "
             "a frame");
        return std::nullopt;
    }
    const std::uint32_t headerSize = readU32(p + 4);
    const std::uint32_t payloadSize = readU32(p + 8);
    if (headerSize > m_limits.maxHeaderBytes) {
        fail("frame header of " + std::to_string(headerSize) + " bytes exceeds the limit of " +
             std::to_string(m_limits.maxHeaderBytes) + " bytes");
        return std::nullopt;
    }
    if (payloadSize > m_limits.maxPayloadBytes) {
        fail("frame payload of " + std::to_string(payloadSize) + " bytes exceeds the limit of " +
             std::to_string(m_limits.maxPayloadBytes) + " bytes");
        return std::nullopt;
    }
    const std::size_t total = kFramePrefixSize + std::size_t(headerSize) + std::size_t(payloadSize);
    if (pendingBytes() < total)
        return std::nullopt;
    Frame frame;
    frame.header.assign(p + kFramePrefixSize, headerSize);
    frame.payload.assign(p + kFramePrefixSize + headerSize, payloadSize);
    m_offset += total;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    return frame;
}

std::size_t FrameDecoder::bytesNeeded() const
{
    const std::size_t pending = pendingBytes();
    if (pending < kFramePrefixSize)
        return kFramePrefixSize - pending;
    const char *p = m_buffer.data() + m_offset;
    const std::size_t total =
        kFramePrefixSize + std::size_t(readU32(p + 4)) + std::size_t(readU32(p + 8));
    return total > pending ? total - pending : 1;
}

bool FrameDecoder::finish()
{
    if (!failed() && pendingBytes() > 0)
        fail("stream ended in the middle of a frame (" + std::to_string(pendingBytes()) +
             " bytes of an incomplete frame)");
    return !failed();
}

void FrameDecoder::fail(std::string message)
{
    m_error = std::move(message);
    m_buffer.clear();
    m_offset = 0;
}

} // namespace sandbench::protocol
