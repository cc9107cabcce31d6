// Length-prefixed frames shared by the app and the worker. Qt-free on purpose: the worker links no
// Qt.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sandbench::protocol {

// "SBF1": lets either side tell a frame from stray bytes (a library printing to the wrong fd).
inline constexpr std::uint32_t kFrameMagic = 0x53424631;
inline constexpr std::size_t kFramePrefixSize = 12;

struct FrameLimits
{
    std::uint32_t maxHeaderBytes = 16u * 1024u * 1024u;
    std::uint32_t maxPayloadBytes = 512u * 1024u * 1024u;
};

struct Frame
{
    std::string header;  // one JSON object, UTF-8
    std::string payload; // binary attachments described by the header (figures, table pages)
};

// Returns the wire form of one frame: magic, header length, payload length (all big-endian
// uint32), header bytes, payload bytes.
std::string encodeFrame(std::string_view header, std::string_view payload = {});

// Incremental decoder: feed whatever arrived, take complete frames out. Once it has failed (bad
// magic, a frame over the limits) it stays failed: the stream cannot be resynchronised safely.
class FrameDecoder
{
public:
    explicit FrameDecoder(FrameLimits limits = {});

    void feed(const char *data, std::size_t size);
    void feed(std::string_view data) { feed(data.data(), data.size()); }

    // The next complete frame, or nothing when more bytes are needed or the stream failed.
    std::optional<Frame> next();

    bool failed() const { return !m_error.empty(); }
    const std::string &error() const { return m_error; }

    // Bytes of an incomplete frame still buffered. At end of stream a non-zero value means the
    // peer died mid-frame: call finish() to turn that into an error.
    std::size_t pendingBytes() const { return m_buffer.size() - m_offset; }
    // How many more bytes the frame being read needs (at least 1). A reader that must not read
    // past one frame (processes sharing a descriptor) asks for exactly this many.
    std::size_t bytesNeeded() const;
    bool finish();

private:
    void fail(std::string message);

    FrameLimits m_limits;
    std::string m_buffer;
    std::size_t m_offset = 0;
    std::string m_error;
};

} // namespace sandbench::protocol
