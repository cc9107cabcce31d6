// The worker's end of the protocol: blocking reads and writes of whole frames on two fds.
#pragma once

#include "frame.h"

#include <optional>
#include <string>

namespace sandbench::worker {

class Channel
{
public:
    Channel(int inFd, int outFd);

    // Blocks until a whole frame arrives. Nothing on end of file or a broken stream; error() says
    // which (an empty error means a clean end of file).
    std::optional<protocol::Frame> read();
    bool write(const std::string &header, const std::string &payload = {});

    const std::string &error() const { return m_error; }

private:
    int m_in;
    int m_out;
    protocol::FrameDecoder m_decoder;
    std::string m_error;
};

// Moves the protocol off fds 0 and 1 so that output from user code or C libraries cannot corrupt a
// frame: returns {in, out} duplicates, then points fd 0 at /dev/null and fd 1 at fd 2.
struct ChannelFds
{
    int in = -1;
    int out = -1;
};
std::optional<ChannelFds> takeOverStdio(std::string &error);

} // namespace sandbench::worker
