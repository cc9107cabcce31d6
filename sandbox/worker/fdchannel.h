// Descriptors the app hands over (SCM_RIGHTS on a socket at a fixed fd): how a dataset reaches
// a worker whose Landlock zones were fixed before the dataset was registered.
#pragma once

#include <string>

namespace sandbench::worker {

// The fd the app places the socket at (see core/workerclient.cpp).
inline constexpr int kFdChannel = 3;

// Blocks until one descriptor arrives; -1 with error set when none can.
int receiveDescriptor(int channel, std::string &error);

} // namespace sandbench::worker
