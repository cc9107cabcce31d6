#include "isolation.h"

#include "protocol_constants.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
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

using Watch = SupervisedLimits;

// Reads the "maxBytes maxFiles maxSnapshotBytes folder" line the worker sends once it knows its
// output folder. False at end of file.
bool readWatch(int fd, Watch &watch)
{
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    if (n <= 0)
        return false;
    // Only the first line counts: once user code runs, nothing it could write here may loosen
    // the watch. Later bytes only ask for the snapshots to be measured now (a cell just ended ok).
    if (watch.received) {
        watch.trimRequested = true;
        return true;
    }
    watch.received = true;
    buffer[n] = 0;
    std::istringstream line(buffer);
    line >> watch.maxOutputBytes >> watch.maxOutputFiles >> watch.maxSnapshotBytes;
    line.get();
    std::getline(line, watch.outputFolder);
    return true;
}

std::string readSmall(const std::string &path)
{
    std::ifstream file(path);
    std::string text;
    std::getline(file, text, '\0');
    return text;
}

// Every process below root, by walking the kernel's children lists (no scan of all of /proc).
std::vector<pid_t> descendants(pid_t root)
{
    std::vector<pid_t> found;
    std::vector<pid_t> todo{root};
    while (!todo.empty()) {
        const pid_t pid = todo.back();
        todo.pop_back();
        const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
        if (DIR *dir = ::opendir(tasks.c_str())) {
            while (dirent *task = ::readdir(dir)) {
                if (task->d_name[0] == '.')
                    continue;
                std::istringstream children(readSmall(tasks + "/" + task->d_name + "/children"));
                pid_t child = 0;
                while (children >> child) {
                    found.push_back(child);
                    todo.push_back(child);
                }
            }
            ::closedir(dir);
        }
    }
    return found;
}

struct SnapshotProcess
{
    pid_t pid = 0;
    unsigned long long started = 0;      // clock ticks after boot: newer states start later
    unsigned long long privateBytes = 0; // what ending it gives back
};

unsigned long long privateBytes(pid_t pid)
{
    std::istringstream rollup(readSmall("/proc/" + std::to_string(pid) + "/smaps_rollup"));
    std::string key;
    unsigned long long total = 0;
    while (rollup >> key) {
        unsigned long long kilobytes = 0;
        if (key == "Private_Clean:" || key == "Private_Dirty:" || key == "Swap:") {
            rollup >> kilobytes;
            total += kilobytes * 1024;
        }
    }
    return total;
}

// Ends the oldest snapshots until the newest ones together hold at most the budget. The keeper
// notices (their pipes close) and undo then stops at the oldest that is left.
void trimSnapshots(pid_t root, unsigned long long budget)
{
    std::vector<SnapshotProcess> snapshots;
    for (pid_t pid : descendants(root)) {
        const std::string dir = "/proc/" + std::to_string(pid);
        std::string name = readSmall(dir + "/comm");
        if (!name.empty() && name.back() == '\n')
            name.pop_back();
        if (name != kSnapshotName)
            continue;
        const std::string stat = readSmall(dir + "/stat");
        const std::size_t close = stat.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream fields(stat.substr(close + 2));
        std::string field;
        SnapshotProcess snapshot{pid, 0, 0};
        for (int i = 3; i <= 22 && fields >> field; ++i) {
            if (i == 22)
                snapshot.started = std::strtoull(field.c_str(), nullptr, 10);
        }
        snapshots.push_back(snapshot);
    }
    // Resident sizes cost one small read each and bound what the snapshots hold of their own from
    // above: only when they could be over the budget are their pages walked.
    static const unsigned long long pageSize =
        static_cast<unsigned long long>(::sysconf(_SC_PAGESIZE));
    unsigned long long resident = 0;
    for (const SnapshotProcess &snapshot : snapshots) {
        std::istringstream statm(readSmall("/proc/" + std::to_string(snapshot.pid) + "/statm"));
        unsigned long long size = 0, pages = 0;
        statm >> size >> pages;
        resident += pages * pageSize;
    }
    if (resident <= budget)
        return;
    std::sort(snapshots.begin(), snapshots.end(),
              [](const SnapshotProcess &a, const SnapshotProcess &b) {
                  return a.started > b.started || (a.started == b.started && a.pid > b.pid);
              });
    unsigned long long held = 0;
    bool over = false;
    for (SnapshotProcess &snapshot : snapshots) {
        if (!over) {
            held += privateBytes(snapshot.pid);
            over = held > budget;
        }
        if (over)
            ::kill(snapshot.pid, SIGKILL);
    }
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
    // Each commit asks for a snapshot check ("T"), and each check reads every process's /proc
    // entry: back-to-back cells made the supervisor take a share of the cores the next cell
    // waited for. A request is kept and served at most every kTrimSpacing (a cell can only add
    // what it allocates meanwhile; RLIMIT_AS bounds each process), the folder is measured at
    // most every kWatchIntervalMs however often the pipe wakes this loop.
    using Clock = std::chrono::steady_clock;
    constexpr auto kTrimSpacing = std::chrono::milliseconds(100);
    constexpr auto kTrimEvery = std::chrono::milliseconds(500);
    constexpr auto kMeasureEvery = std::chrono::milliseconds(kWatchIntervalMs);
    Clock::time_point lastTrim = Clock::now();
    Clock::time_point lastMeasure = Clock::now() - kMeasureEvery;
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
        // Snapshots grow only as the session's state diverges from them: twice a second is enough,
        // and soon after a commit asked for it.
        const Clock::time_point now = Clock::now();
        if (watch.maxSnapshotBytes && ((watch.trimRequested && now - lastTrim >= kTrimSpacing) ||
                                       now - lastTrim >= kTrimEvery)) {
            trimSnapshots(child, watch.maxSnapshotBytes);
            lastTrim = now;
            watch.trimRequested = false;
        }
        if (watch.outputFolder.empty() || now - lastMeasure < kMeasureEvery)
            continue;
        lastMeasure = now;
        const FolderUsage usage = measure(watch.outputFolder);
        if ((watch.maxOutputBytes && usage.bytes > watch.maxOutputBytes) ||
            (watch.maxOutputFiles && usage.files > watch.maxOutputFiles)) {
            ::kill(child, SIGKILL);
            while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
            }
            ::_exit(protocol::kExitOutputLimit); // the app reports the open cell as output_limit
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

bool superviseLimits(const IsolationReport &report, const SupervisedLimits &limits)
{
    if (report.supervisorFd < 0)
        return false;
    const std::string line =
        std::to_string(limits.maxOutputBytes) + " " + std::to_string(limits.maxOutputFiles) + " " +
        std::to_string(limits.maxSnapshotBytes) + " " + limits.outputFolder + "\n";
    return ::write(report.supervisorFd, line.data(), line.size()) == ssize_t(line.size());
}

void requestSnapshotTrim(int supervisorFd)
{
    if (supervisorFd >= 0) {
        const ssize_t written = ::write(supervisorFd, "T", 1);
        (void)written; // a supervisor that is gone has nothing left to trim
    }
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

void enterNamespaces(IsolationReport &report, bool network)
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWPID | (network ? CLONE_NEWNET : 0) | CLONE_NEWIPC) !=
        0) {
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
    report.notes.push_back(network ? "user, PID, network and IPC namespaces: the worker is pid 1; "
                                     "no network interface is up"
                                   : "user, PID and IPC namespaces: the worker is pid 1; the "
                                     "host's network, limited to the cluster's TCP ports");
}

} // namespace sandbench::worker
