// Landlock: the kernel's own file and network access control, applied to the worker once its
// libraries are loaded. It can only narrow what the process may do, never widen it again.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sandbench::worker {

struct LandlockZones
{
    std::vector<std::string> readOnly;  // files or folders: read and list
    std::vector<std::string> readWrite; // folders: read, create, write, delete (no links)
    bool denyTcp = true;                // ABI 4+: no TCP bind or connect but the ports below
    // ABI 4+: the only TCP ports the process may bind and connect to (a cluster member: its own
    // port, the scheduler's and its peers'). Empty: none.
    std::vector<std::uint16_t> bindPorts;
    std::vector<std::uint16_t> connectPorts;
    bool scope = true;                  // ABI 6+: no signals or abstract sockets beyond the sandbox
};

struct LandlockResult
{
    bool applied = false;
    int abi = 0;
    std::string message; // what was enforced, or why not
};

// The kernel's Landlock ABI version, 0 when Landlock is missing or disabled.
int landlockAbi();
LandlockResult applyLandlock(const LandlockZones &zones);

} // namespace sandbench::worker
