#include "fdchannel.h"

#include "fdpass.h"

#include <cerrno>
#include <cstring>

namespace sandbench::worker {

int receiveDescriptor(int channel, std::string &error)
{
    char byte = 0;
    std::vector<int> fds;
    const ssize_t n = protocol::receiveWithDescriptors(channel, &byte, 1, 1, fds);
    if (n <= 0) {
        error = n == 0 ? std::string("the app closed the descriptor channel")
                       : std::string("receiving a descriptor failed: ") + std::strerror(errno);
        return -1;
    }
    if (!fds.empty())
        return fds.front();
    error = "the app sent a message without a descriptor";
    return -1;
}

} // namespace sandbench::worker
