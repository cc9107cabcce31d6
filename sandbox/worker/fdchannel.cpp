#include "fdchannel.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace sandbench::worker {

int receiveDescriptor(int channel, std::string &error)
{
    char byte = 0;
    iovec io{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    do {
        n = ::recvmsg(channel, &message, MSG_CMSG_CLOEXEC);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        error = n == 0 ? std::string("the app closed the descriptor channel")
                       : std::string("receiving a descriptor failed: ") + std::strerror(errno);
        return -1;
    }
    for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
            return fd;
        }
    }
    error = "the app sent a message without a descriptor";
    return -1;
}

} // namespace sandbench::worker
