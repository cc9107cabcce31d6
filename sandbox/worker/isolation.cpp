#include "isolation.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <sstream>
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

// How often the supervisor looks at the output folder: a runaway writer overshoots the limit by
// at most what it writes in this long.
constexpr int kWatchIntervalMs = 50;

struct FolderUsage
{
    unsigned long long bytes = 0;
    unsigned long long files = 0;
};

// nftw has no user pointer: the walk's running total lives here for the duration of one walk.
thread_local FolderUsage *t_usage = nullptr; // NOLINT

int countEntry(const char *, const struct stat *st, int, struct FTW *)
{
    t_usage->bytes += static_cast<unsigned long long>(st->st_blocks) * 512ull;
    t_usage->files += 1;
    return 0;
}

FolderUsage measure(const std::string &folder)
{
    FolderUsage usage;
    t_usage = &usage;
    ::nftw(folder.c_str(), countEntry, 32, FTW_PHYS);
    t_usage = nullptr;
    return usage;
}

struct Watch
{
    std::string folder;
    unsigned long long maxBytes = 0;
    unsigned long long maxFiles = 0;
};

// Reads the "maxBytes maxFiles folder" line the worker sends once it knows its output folder.
// False at end of file.
bool readWatch(int fd, Watch &watch)
{
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    if (n <= 0)
        return false;
    // Only the first line counts: once user code runs, nothing it could write here may loosen
    // the watch.
    if (!watch.folder.empty())
        return true;
    buffer[n] = 0;
    std::istringstream line(buffer);
    line >> watch.maxBytes >> watch.maxFiles;
    line.get();
    std::getline(line, watch.folder);
    return true;
}

[[noreturn]] void superviseChild(pid_t child, int watchFd)
{
    g_child = child;
    struct sigaction action
    {
    };
    action.sa_handler = forwardSignal;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    // The supervisor is outside every sandbox layer: it keeps the output folder within its limits
    // by looking at it from outside, twenty times a second, and stops the worker when it is not.
    Watch watch;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            ::_exit(1);
        pollfd p{watchFd, POLLIN, 0};
        if (watchFd >= 0 && ::poll(&p, 1, kWatchIntervalMs) > 0) {
            if (!(p.revents & POLLIN) || !readWatch(watchFd, watch)) {
                ::close(watchFd); // the worker closed its end: nothing more will come
                watchFd = -1;
            }
        } else if (watchFd < 0) {
            ::usleep(kWatchIntervalMs * 1000);
        }
        if (watch.folder.empty())
            continue;
        const FolderUsage usage = measure(watch.folder);
        if ((watch.maxBytes && usage.bytes > watch.maxBytes) ||
            (watch.maxFiles && usage.files > watch.maxFiles)) {
            ::kill(child, SIGKILL);
            while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
            }
            ::_exit(kExitOutputLimit);
        }
    }
    if (WIFSIGNALED(status)) {
        // Die the same way, so the app sees "killed by signal N" as with a single process.
        std::signal(WTERMSIG(status), SIG_DFL);
        ::kill(::getpid(), WTERMSIG(status));
    }
    ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

} // namespace

bool watchOutputFolder(const IsolationReport &report, const std::string &folder,
                       unsigned long long maxBytes, unsigned long long maxFiles)
{
    if (report.supervisorFd < 0 || folder.empty() || (!maxBytes && !maxFiles))
        return false;
    const std::string line =
        std::to_string(maxBytes) + " " + std::to_string(maxFiles) + " " + folder + "\n";
    return ::write(report.supervisorFd, line.data(), line.size()) == ssize_t(line.size());
}

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

    int watchPipe[2] = {-1, -1};
    if (::pipe2(watchPipe, O_CLOEXEC) != 0)
        watchPipe[0] = watchPipe[1] = -1;
    const pid_t child = ::fork();
    if (child < 0) {
        report.notes.push_back(std::string("fork into the PID namespace failed: ") +
                               std::strerror(errno));
        return;
    }
    if (child > 0) {
        ::close(watchPipe[1]);
        superviseChild(child, watchPipe[0]);
    }
    ::close(watchPipe[0]);
    report.supervisorFd = watchPipe[1];
    // pid 1 of the namespace: when it dies the kernel kills everything else in it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    report.namespaces = true;
    report.notes.push_back("user, PID, network and IPC namespaces: the worker is pid 1; no "
                           "network interface is up");
}

} // namespace sandbench::worker
