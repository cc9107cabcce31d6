// Process isolation set up before the interpreter starts: an unprivileged uid when started as
// root, and user + PID + network namespaces whose init is the interpreter, so that killing the
// worker kills every process it could have started and no network interface exists.
#pragma once

#include <string>
#include <vector>

namespace sandbench::worker {

struct IsolationReport
{
    bool droppedPrivileges = false;
    bool namespaces = false;
    // Write end of the pipe to the supervisor (see watchOutputFolder); -1 without a supervisor.
    int supervisorFd = -1;
    std::vector<std::string> notes; // what was done, or why a step was not possible
};

// The names the worker's processes carry (prctl PR_SET_NAME), so the supervisor can tell them
// apart from outside: the template fresh sessions are forked from, the session's current state,
// the earlier states kept for undo, and a running cell.
inline constexpr const char *kTemplateName = "sb-template";
inline constexpr const char *kKeeperName = "sb-keeper";
inline constexpr const char *kSnapshotName = "sb-snapshot";
inline constexpr const char *kCellName = "sb-cell";
inline constexpr const char *kStandbyName = "sb-standby"; // forked ahead for the next cell

struct SupervisedLimits
{
    std::string outputFolder;
    unsigned long long maxOutputBytes = 0; // 0: no limit
    unsigned long long maxOutputFiles = 0;
    // The memory the undo snapshots may hold of their own (pages no other process maps); past it
    // the supervisor ends the oldest ones. 0: no budget.
    unsigned long long maxSnapshotBytes = 0;
    bool received = false;      // the supervisor's side: the worker sent its one line
    bool trimRequested = false; // ... and since then asked for the snapshots to be measured
};

// Asks the supervisor (outside every sandbox layer) to watch the output folder and the snapshots:
// when the folder holds more than its limits the worker is killed; snapshots past their memory
// budget are ended, oldest first. False without a supervisor.
bool superviseLimits(const IsolationReport &report, const SupervisedLimits &limits);
// Asks the supervisor to measure the snapshots now rather than at its next round.
void requestSnapshotTrim(int supervisorFd);

// Root ignores RLIMIT_NPROC and file modes: drop to nobody (65534) before anything else.
bool dropPrivilegesIfRoot(IsolationReport &report, std::string &error);

// Enters new user, PID and network namespaces and forks. Returns in the child (pid 1 of the new
// namespace), which runs the interpreter. The original process stays behind as a supervisor that
// forwards SIGINT/SIGTERM and exits with the child's status; it never returns. When namespaces
// are unavailable (a distribution that restricts them), returns in the original process with a
// note in the report.
// network=false (a cluster member, a session that uses a cluster) keeps the host's network:
// Landlock's port rules then say which TCP ports it reaches.
void enterNamespaces(IsolationReport &report, bool network = true);

} // namespace sandbench::worker
