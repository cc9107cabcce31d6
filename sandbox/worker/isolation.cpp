#include "isolation.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbench::worker {
namespace {

constexpr uid_t kNobody = 65534;

bool writeFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

// The supervisor's child, for the signal handler; a process-wide fact, set once before fork.
volatile pid_t g_child = 0; // NOLINT: async-signal handlers can only reach static storage

void forwardSignal(int signal)
{
    if (g_child > 0)
        ::kill(g_child, signal);
}

[[noreturn]] void superviseChild(pid_t child)
{
    g_child = child;
    struct sigaction action
    {
    };
    action.sa_handler = forwardSignal;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status)) {
        // Die the same way, so the app sees "killed by signal N" as with a single process.
        std::signal(WTERMSIG(status), SIG_DFL);
        ::kill(::getpid(), WTERMSIG(status));
    }
    ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

} // namespace

bool dropPrivilegesIfRoot(IsolationReport &report, std::string &error)
{
    if (::geteuid() != 0)
        return true;
    if (::setgroups(0, nullptr) != 0 || ::setresgid(kNobody, kNobody, kNobody) != 0 ||
        ::setresuid(kNobody, kNobody, kNobody) != 0) {
        error = std::string("cannot drop root privileges to nobody: ") + std::strerror(errno);
        return false;
    }
    // A credential change clears the parent-death signal: set it again.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    report.droppedPrivileges = true;
    report.notes.push_back("started as root: running as nobody (65534)");
    return true;
}

void enterNamespaces(IsolationReport &report)
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC) != 0) {
        report.notes.push_back(std::string("namespaces unavailable (") + std::strerror(errno) +
                               "): a timeout kills the worker's process group instead");
        return;
    }
    // Map our own ids only: inside, the worker has no more rights on files than outside. Root
    // also maps nobody, so that it can drop to it once its libraries are loaded.
    if (uid == 0) {
        writeFile("/proc/self/uid_map", "0 0 1\n65534 65534 1\n");
        writeFile("/proc/self/gid_map", "0 0 1\n65534 65534 1\n");
    } else {
        writeFile("/proc/self/setgroups", "deny");
        writeFile("/proc/self/uid_map", std::to_string(uid) + " " + std::to_string(uid) + " 1\n");
        writeFile("/proc/self/gid_map", std::to_string(gid) + " " + std::to_string(gid) + " 1\n");
    }

    const pid_t child = ::fork();
    if (child < 0) {
        report.notes.push_back(std::string("fork into the PID namespace failed: ") +
                               std::strerror(errno));
        return;
    }
    if (child > 0)
        superviseChild(child);
    // pid 1 of the namespace: when it dies the kernel kills everything else in it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    report.namespaces = true;
    report.notes.push_back("user, PID, network and IPC namespaces: the worker is pid 1; no "
                           "network interface is up");
}

} // namespace sandbench::worker
