#include "channel.h"

#include "seal.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sandbench::worker {

Channel::Channel(int inFd, int outFd) : m_in(inFd), m_out(outFd) {}

std::optional<protocol::Frame> Channel::read()
{
    char buffer[64 * 1024];
    for (;;) {
        if (auto frame = m_decoder.next())
            return frame;
        if (m_decoder.failed()) {
            m_error = m_decoder.error();
            return std::nullopt;
        }
        // Never read past the current frame: after a fork several processes share this
        // descriptor, and a byte of the next request must stay in the pipe for whoever serves it.
        const std::size_t want = std::min(m_decoder.bytesNeeded(), sizeof buffer);
        const ssize_t n = ::read(m_in, buffer, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = std::string("reading the protocol channel failed: ") + std::strerror(errno);
            return std::nullopt;
        }
        if (n == 0) {
            if (!m_decoder.finish())
                m_error = m_decoder.error();
            return std::nullopt;
        }
        m_decoder.feed(buffer, static_cast<std::size_t>(n));
    }
}

bool Channel::write(const std::string &header, const std::string &payload)
{
    return writeSealed(seal(header, payload));
}

std::string Channel::seal(const std::string &header, const std::string &payload)
{
    return protocol::encodeSealedFrame(m_key, m_sequence++, header, payload);
}

bool Channel::openOwnFrame(const std::string &bytes, std::uint64_t sequence, std::string &header,
                           std::string &reason) const
{
    protocol::FrameDecoder decoder;
    decoder.feed(bytes);
    std::optional<protocol::Frame> frame = decoder.next();
    if (!frame) {
        reason = decoder.failed() ? decoder.error() : std::string("an incomplete frame");
        return false;
    }
    if (decoder.pendingBytes() != 0) {
        reason = "bytes after the frame";
        return false;
    }
    if (!protocol::openSealedFrame(m_key, sequence, *frame, reason))
        return false;
    header = std::move(frame->header);
    return true;
}

bool Channel::writeSealed(const std::string &bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_out, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = std::string("writing the protocol channel failed: ") + std::strerror(errno);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

std::optional<ChannelFds> takeOverStdio(std::string &error)
{
    ChannelFds fds;
    fds.in = ::fcntl(0, F_DUPFD_CLOEXEC, 3);
    fds.out = ::fcntl(1, F_DUPFD_CLOEXEC, 3);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fds.in < 0 || fds.out < 0 || devNull < 0 || ::dup2(devNull, 0) < 0 || ::dup2(2, 1) < 0) {
        error = std::string("could not set up the protocol channel: ") + std::strerror(errno);
        return std::nullopt;
    }
    ::close(devNull);
    return fds;
}

} // namespace sandbench::worker
