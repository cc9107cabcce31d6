#include "seccompfilter.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <seccomp.h>
#include <sys/prctl.h>
#include <sys/socket.h>

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

} // namespace

SeccompResult applySeccomp()
{
    SeccompResult result;
    std::unique_ptr<void, ContextDeleter> ctx(seccomp_init(SCMP_ACT_ALLOW));
    if (!ctx) {
        result.message = "seccomp_init failed";
        return result;
    }
    int rc = 0;
    for (const char *name : kDenied) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr == __NR_SCMP_ERROR)
            continue; // not a syscall on this architecture
        rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EPERM), nr, 0);
        if (rc != 0)
            break;
    }
    // Sockets: only AF_UNIX (Python's own machinery may use socketpair); no network families.
    if (rc == 0)
        rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socket), 1,
                              SCMP_A0(SCMP_CMP_NE, AF_UNIX));
    // Limits may be read (getrlimit is prlimit64 with no new value) but never raised again.
    if (rc == 0)
        rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EPERM), SCMP_SYS(prlimit64), 1,
                              SCMP_A2(SCMP_CMP_NE, 0));
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
    result.message = "on";
    return result;
}

} // namespace sandbench::worker
