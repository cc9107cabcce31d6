// Descriptors passed over a Unix socket (SCM_RIGHTS), one implementation for the app (a dataset's
// file, core/workerclient.cpp), the worker (receiving it, sandbox/worker/fdchannel.cpp) and the
// keeper (handing a cell its session's pipes, sandbox/worker/keeper.cpp). Plain POSIX, no Qt.
#pragma once

#include <cstddef>
#include <sys/types.h>
#include <vector>

namespace sandbench::protocol {

// Sends SIZE bytes of DATA (at least one: a message without data carries no descriptors on a
// stream socket) with COUNT descriptors attached, in one message, retrying on EINTR and never
// raising SIGPIPE. True when all of DATA went; else errno says why.
bool sendWithDescriptors(int socket, const void *data, std::size_t size, const int *fds,
                         std::size_t count);

// Receives one message of at most SIZE bytes into DATA and at most MAX_FDS descriptors, which
// arrive close-on-exec and are appended to FDS (the caller owns them). Returns what recvmsg
// returns: the bytes read, 0 when the peer closed, -1 with errno set. Descriptors beyond MAX_FDS
// are lost to the kernel's truncation, never left open.
ssize_t receiveWithDescriptors(int socket, void *data, std::size_t size, std::size_t maxFds,
                               std::vector<int> &fds);

} // namespace sandbench::protocol
