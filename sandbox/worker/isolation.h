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

// The supervisor's exit status when it stopped the worker because the output folder outgrew its
// limits: the app reports the open cell as output_limit.
inline constexpr int kExitOutputLimit = 75;

// Asks the supervisor (outside every sandbox layer) to watch the folder: when it holds more than
// maxBytes of data or maxFiles entries, the worker is killed. False without a supervisor.
bool watchOutputFolder(const IsolationReport &report, const std::string &folder,
                       unsigned long long maxBytes, unsigned long long maxFiles);

// Root ignores RLIMIT_NPROC and file modes: drop to nobody (65534) before anything else.
bool dropPrivilegesIfRoot(IsolationReport &report, std::string &error);

// Enters new user, PID and network namespaces and forks. Returns in the child (pid 1 of the new
// namespace), which runs the interpreter. The original process stays behind as a supervisor that
// forwards SIGINT/SIGTERM and exits with the child's status; it never returns. When namespaces
// are unavailable (a distribution that restricts them), returns in the original process with a
// note in the report.
void enterNamespaces(IsolationReport &report);

} // namespace sandbench::worker
