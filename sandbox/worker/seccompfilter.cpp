#include "seccompfilter.h"

#include "evidence.h"
#include "protocol_constants.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <seccomp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <ucontext.h>

namespace sandbench::worker {
namespace {

struct ContextDeleter
{
    void operator()(scmp_filter_ctx ctx) const { seccomp_release(ctx); }
};

constexpr const char *kDenied[] = {
    "execve",
    "execveat",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "bpf",
    "keyctl",
    "add_key",
    "request_key",
    "perf_event_open",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "reboot",
    "swapon",
    "swapoff",
    "setns",
    "unshare",
    "userfaultfd",
    "open_by_handle_at",
    "name_to_handle_at",
    "quotactl",
    "acct",
    "setrlimit",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "mount_setattr",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsmount",
    "fsconfig",
    "fspick",
    "settimeofday",
    "clock_settime",
    "sethostname",
    "setdomainname",
    "lookup_dcookie",
    "vhangup",
    "iopl",
    "ioperm",
    "syslog",
};

// A refused call traps (SIGSYS) instead of failing quietly, so that the refusal is recorded as
// evidence even when the cell catches the error; the handler then makes the call fail with EPERM
// as before. Only where the handler can set the call's return value.
#if defined(__x86_64__)
constexpr bool kCanTrap = true;
void setReturnValue(ucontext_t *context, long value)
{
    context->uc_mcontext.gregs[REG_RAX] = value;
}
#elif defined(__aarch64__)
constexpr bool kCanTrap = true;
void setReturnValue(ucontext_t *context, long value)
{
    context->uc_mcontext.regs[0] = static_cast<unsigned long long>(value);
}
#else
constexpr bool kCanTrap = false;
void setReturnValue(ucontext_t *, long) {}
#endif

// The names of the trapped calls by number, filled before the filter is loaded: the handler may
// not allocate or call into libseccomp.
constexpr std::size_t kMaxNames = 64;
struct TrappedName
{
    int number = -1;
    char message[96] = {}; // what the record says, written before any refusal can happen
};
TrappedName g_names[kMaxNames];
std::size_t g_nameCount = 0;
bool g_trapInstalled = false;

void remember(int number, const char *name)
{
    if (g_nameCount >= kMaxNames)
        return;
    TrappedName &entry = g_names[g_nameCount++];
    entry.number = number;
    std::snprintf(entry.message, sizeof entry.message, "the kernel refused the system call '%s'",
                  name);
}

void onRefusedCall(int, siginfo_t *info, void *context)
{
    const int saved = errno;
    const char *message = "the kernel refused a system call";
    for (std::size_t i = 0; i < g_nameCount; ++i) {
        if (g_names[i].number == info->si_syscall)
            message = g_names[i].message;
    }
    evidence::record(protocol::kLayerSeccomp.data(), "syscall", message);
    setReturnValue(static_cast<ucontext_t *>(context), -EPERM);
    errno = saved;
}

} // namespace

void recordIfRefusalTrapReplaced()
{
    if (!g_trapInstalled)
        return;
    struct sigaction current
    {
    };
    if (::sigaction(SIGSYS, nullptr, &current) == 0 && (current.sa_flags & SA_SIGINFO) &&
        current.sa_sigaction == onRefusedCall)
        return;
    evidence::record(protocol::kLayerSeccomp.data(), "trap-replaced",
                     "the handler that records refused system calls was replaced");
}

SeccompResult applySeccomp(bool allowTcp)
{
    SeccompResult result;
    std::unique_ptr<void, ContextDeleter> ctx(seccomp_init(SCMP_ACT_ALLOW));
    if (!ctx) {
        result.message = "seccomp_init failed";
        return result;
    }
    if (kCanTrap) {
        struct sigaction action
        {
        };
        action.sa_sigaction = onRefusedCall;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        if (::sigaction(SIGSYS, &action, nullptr) != 0) {
            result.message = std::string("SIGSYS handler: ") + std::strerror(errno);
            return result;
        }
        g_trapInstalled = true;
    }
    const std::uint32_t refuse = kCanTrap ? SCMP_ACT_TRAP : SCMP_ACT_ERRNO(EPERM);
    int rc = 0;
    for (const char *name : kDenied) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr == __NR_SCMP_ERROR)
            continue; // not a syscall on this architecture
        remember(nr, name);
        rc = seccomp_rule_add(ctx.get(), refuse, nr, 0);
        if (rc != 0)
            break;
    }
    // Sockets: only AF_UNIX (Python's own machinery may use socketpair); no network families.
    remember(SCMP_SYS(socket), "socket");
    if (rc == 0 && !allowTcp)
        rc =
            seccomp_rule_add(ctx.get(), refuse, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX));
    if (rc == 0 && allowTcp) {
        // Every family but AF_UNIX, AF_INET and AF_INET6; of those two, every type but a stream
        // (UDP and raw sockets reach any port: Landlock governs TCP only).
        for (int family = 0; family <= AF_MAX && rc == 0; ++family) {
            if (family != AF_UNIX && family != AF_INET && family != AF_INET6)
                rc = seccomp_rule_add(ctx.get(), refuse, SCMP_SYS(socket), 1,
                                      SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(family)));
        }
        if (rc == 0)
            rc = seccomp_rule_add(ctx.get(), refuse, SCMP_SYS(socket), 1,
                                  SCMP_A0(SCMP_CMP_GT, scmp_datum_t(AF_MAX)));
        // glibc's getaddrinfo opens a UDP socket of its own to sort the addresses it found (RFC
        // 3484) and copes when it cannot: these fail quietly, without a trap and its evidence.
        // Python code cannot get here unseen: its socket.socket() meets the audit hook first,
        // which records the refusal, and ctypes is refused.
        const std::uint32_t quiet = SCMP_ACT_ERRNO(EPERM);
        for (int family : {AF_INET, AF_INET6}) {
            for (int type :
                 {SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_DCCP, SOCK_PACKET}) {
                if (rc == 0)
                    rc = seccomp_rule_add(ctx.get(), quiet, SCMP_SYS(socket), 2,
                                          SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(family)),
                                          SCMP_A1(SCMP_CMP_MASKED_EQ, 0xf, scmp_datum_t(type)));
            }
        }
    }
    // Limits may be read (getrlimit is prlimit64 with no new value) but never raised again.
    remember(SCMP_SYS(prlimit64), "prlimit64");
    if (rc == 0)
        rc = seccomp_rule_add(ctx.get(), refuse, SCMP_SYS(prlimit64), 1, SCMP_A2(SCMP_CMP_NE, 0));
    // clone3 hides its flags in memory seccomp cannot read: make libc fall back to clone().
    if (rc == 0)
        rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (rc != 0) {
        result.message = std::string("seccomp_rule_add failed: ") + std::strerror(-rc);
        return result;
    }
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        result.message = std::string("PR_SET_NO_NEW_PRIVS: ") + std::strerror(errno);
        return result;
    }
    rc = seccomp_load(ctx.get());
    if (rc != 0) {
        result.message = std::string("seccomp_load failed: ") + std::strerror(-rc);
        return result;
    }
    result.applied = true;
    result.message = allowTcp ? "on (TCP stream sockets allowed for the cluster)" : "on";
    return result;
}

} // namespace sandbench::worker
