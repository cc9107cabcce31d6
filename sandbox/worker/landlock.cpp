#include "landlock.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbench::worker {
namespace {

// Distribution headers lag the kernel (bookworm's know ABI 2; this kernel speaks 7), so the
// newer constants and the full ruleset layout are spelled out here, as in the kernel's uapi.
constexpr std::uint64_t kFsTruncate = 1ULL << 14; // ABI 3
constexpr std::uint64_t kFsIoctlDev = 1ULL << 15; // ABI 5
constexpr std::uint64_t kNetBindTcp = 1ULL << 0;  // ABI 4
constexpr std::uint64_t kNetConnectTcp = 1ULL << 1;
constexpr std::uint64_t kScopeAbstractUnixSocket = 1ULL << 0; // ABI 6
constexpr std::uint64_t kScopeSignal = 1ULL << 1;

struct RulesetAttr
{
    std::uint64_t handledAccessFs;
    std::uint64_t handledAccessNet;
    std::uint64_t scoped;
};

struct PathBeneathAttr
{
    std::uint64_t allowedAccess;
    std::int32_t parentFd;
} __attribute__((packed));

struct NetPortAttr
{
    std::uint64_t allowedAccess;
    std::uint64_t port;
} __attribute__((packed));

constexpr int kRuleNetPort = 2; // LANDLOCK_RULE_NET_PORT, ABI 4

constexpr std::uint64_t kFsRead = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr std::uint64_t kFsWrite = LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |
                                   LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR |
                                   LANDLOCK_ACCESS_FS_MAKE_REG | kFsTruncate;

std::uint64_t handledFs(int abi)
{
    std::uint64_t rights =
        LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE |
        LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR |
        LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR |
        LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SOCK |
        LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;
    if (abi >= 2)
        rights |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        rights |= kFsTruncate;
    if (abi >= 5)
        rights |= kFsIoctlDev;
    return rights;
}

int createRuleset(const RulesetAttr &attr, std::size_t size)
{
    return int(::syscall(__NR_landlock_create_ruleset, &attr, size, 0));
}

bool addPathRule(int ruleset, const std::string &path, std::uint64_t access, std::string &error)
{
    const int fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
    if (fd < 0)
        return true; // a zone that does not exist grants nothing; not an error
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && !S_ISDIR(st.st_mode))
        access &= LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | kFsTruncate |
                  LANDLOCK_ACCESS_FS_EXECUTE;
    PathBeneathAttr rule{access, fd};
    const long rc =
        ::syscall(__NR_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    ::close(fd);
    if (rc != 0) {
        error = "landlock_add_rule(" + path + "): " + std::strerror(errno);
        return false;
    }
    return true;
}

bool addPortRule(int ruleset, std::uint16_t port, std::uint64_t access, std::string &error)
{
    NetPortAttr rule{access, port};
    if (::syscall(__NR_landlock_add_rule, ruleset, kRuleNetPort, &rule, 0) != 0) {
        error = "landlock_add_rule(port " + std::to_string(port) + "): " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace

int landlockAbi()
{
    const long abi =
        ::syscall(__NR_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi > 0 ? int(abi) : 0;
}

LandlockResult applyLandlock(const LandlockZones &zones)
{
    LandlockResult result;
    result.abi = landlockAbi();
    if (result.abi == 0) {
        result.message = "unavailable: this kernel has no Landlock (Linux 5.13+ with "
                         "CONFIG_SECURITY_LANDLOCK and landlock in the lsm= boot list); the "
                         "audit hook and seccomp still apply";
        return result;
    }
    RulesetAttr attr{handledFs(result.abi), 0, 0};
    std::size_t size = sizeof(std::uint64_t);
    if (result.abi >= 4 && zones.denyTcp) {
        attr.handledAccessNet = kNetBindTcp | kNetConnectTcp; // no rule grants any port
        size = 2 * sizeof(std::uint64_t);
    }
    if (result.abi >= 6 && zones.scope) {
        attr.scoped = kScopeAbstractUnixSocket | kScopeSignal;
        size = sizeof(RulesetAttr);
    }
    const int ruleset = createRuleset(attr, size);
    if (ruleset < 0) {
        result.message = std::string("landlock_create_ruleset failed: ") + std::strerror(errno);
        return result;
    }
    const std::uint64_t handled = attr.handledAccessFs;
    std::string error;
    bool ok = true;
    for (const std::string &path : zones.readOnly)
        ok = ok &&
             addPathRule(ruleset, path, (kFsRead | LANDLOCK_ACCESS_FS_EXECUTE) & handled, error);
    for (const std::string &path : zones.readWrite)
        ok = ok && addPathRule(ruleset, path, (kFsRead | kFsWrite) & handled, error);
    if (attr.handledAccessNet) {
        for (std::uint16_t port : zones.bindPorts)
            ok = ok && addPortRule(ruleset, port, kNetBindTcp, error);
        for (std::uint16_t port : zones.connectPorts)
            ok = ok && addPortRule(ruleset, port, kNetConnectTcp, error);
    } else if (!zones.bindPorts.empty() || !zones.connectPorts.empty()) {
        ok = false;
        error = "this kernel's Landlock (ABI " + std::to_string(result.abi) +
                ") cannot limit TCP to the cluster's ports (ABI 4 or later needed)";
    }
    if (ok && ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        error = std::string("PR_SET_NO_NEW_PRIVS: ") + std::strerror(errno);
        ok = false;
    }
    if (ok && ::syscall(__NR_landlock_restrict_self, ruleset, 0) != 0) {
        error = std::string("landlock_restrict_self: ") + std::strerror(errno);
        ok = false;
    }
    ::close(ruleset);
    if (!ok) {
        result.message = error;
        return result;
    }
    result.applied = true;
    result.message = "on (ABI " + std::to_string(result.abi) + ")";
    if (!zones.bindPorts.empty() || !zones.connectPorts.empty()) {
        result.message += "; TCP only to ports";
        for (std::uint16_t port : zones.connectPorts)
            result.message += " " + std::to_string(port);
        result.message += ", bind only";
        for (std::uint16_t port : zones.bindPorts)
            result.message += " " + std::to_string(port);
    }
    return result;
}

} // namespace sandbench::worker
