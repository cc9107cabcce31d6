// The worker's end of the protocol: blocking reads and writes of whole frames on two fds.
#pragma once

#include "frame.h"

#include <cstdint>
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
    // Every frame written is sealed with the key and numbered (protocol/seal.h).
    bool write(const std::string &header, const std::string &payload = {});
    // The same in two steps, so that nothing but the write itself lies between a frame's number
    // being taken and its bytes going out (the keeper notes the number for its snapshot there).
    std::string seal(const std::string &header, const std::string &payload = {});
    bool writeSealed(const std::string &bytes);
    // Whether bytes are exactly one whole frame sealed with this channel's key as frame number
    // `sequence`; its header then. The keeper checks the reply a cell's process hands it with
    // this: a seal only the worker's C++ can make proves the cell's Python did not write it.
    bool openOwnFrame(const std::string &bytes, std::uint64_t sequence, std::string &header,
                      std::string &reason) const;

    // The seal's key: the app's first frame, read before the interpreter exists (main.cpp). Kept
    // here only, in C++ memory: never in the environment, argv, a file or a Python object.
    void setSealKey(std::string key) { m_key = std::move(key); }
    // The next frame's number. The keeper's processes share the stream, so each hands the count
    // on with the work it hands on (keeper.cpp).
    std::uint64_t sequence() const { return m_sequence; }
    void setSequence(std::uint64_t sequence) { m_sequence = sequence; }

    const std::string &error() const { return m_error; }

private:
    int m_in;
    int m_out;
    protocol::FrameDecoder m_decoder;
    std::string m_error;
    std::string m_key;
    std::uint64_t m_sequence = 0;
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
