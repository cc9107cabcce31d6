// The C-level audit hook (PEP 578): every file open, process, socket, ctypes and introspection
// event of the interpreter passes through it. Installed before the interpreter starts and never
// removed; it enforces nothing until armed, so that the allowed libraries can load first (numpy
// needs ctypes while it imports), then it stays armed for the worker's whole life, which covers
// __del__, atexit and thread effects that fire after a cell.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace sandbench::worker {

struct AuditDenial
{
    std::string rule;
    std::string message;
    int line = 0;
    int col = 0;
};

struct AuditZones
{
    std::vector<std::string> read;     // datasets and folders the user allowed
    std::vector<std::string> write;    // the output folder
    std::vector<std::string> system;   // what Python and the allowed libraries load from
    bool writeOutput = true;           // false in profiles that allow no file writes at all
    std::uint64_t maxCreatedFiles = 0; // 0 = no limit
    // The next step a read refusal names, in the context the worker was started from (the
    // window's action, run's flag, serve's start option); chosen by hints.py from "context".
    std::string readHint;
    // A cluster member, or a session that uses a cluster (issue 18): the TCP ports it may connect
    // to and bind. Sockets are then allowed as far as these reach (Landlock and seccomp say the
    // same in the kernel); empty lists keep every network event refused.
    std::vector<int> connectPorts;
    std::vector<int> bindPorts;
    // Unpickling: a member unpickles what clients send (functions, dask's and distributed's
    // types); a session, the results and errors the cluster sends back. Only modules that start
    // processes or reach files and the interpreter stay refused; the kernel layers hold the rest.
    bool clusterPickle = false;
    // On a cluster member: its name. Refusals then say which member refused, in a form a
    // session recognises (sandbench_worker/cluster.py, REFUSAL_PREFIX).
    std::string memberName;
};

class AuditHook
{
public:
    AuditHook() = default;
    AuditHook(const AuditHook &) = delete;
    AuditHook &operator=(const AuditHook &) = delete;

    // Registers the hook with CPython; call before the interpreter starts. The object must outlive
    // the interpreter.
    bool install();
    void arm(AuditZones zones);
    bool armed() const { return m_armed; }
    std::vector<AuditDenial> takeDenials();

    // Called by the hook trampoline: 0 to allow, -1 with a Python exception set to refuse.
    int onEvent(const char *event, void *args);

private:
    int deny(const std::string &rule, const std::string &message);
    int checkPath(void *pathObject, bool write, const char *what);
    int checkDatabase(void *databaseObject);
    int checkNetwork(const std::string &event, void *args);
    bool inZones(const std::string &path, const std::vector<std::string> &zones) const;
    std::string zoneSummary() const;

    bool m_armed = false;
    AuditZones m_zones;
    std::uint64_t m_createdFiles = 0;
    std::mutex m_mutex; // threads in user code may raise events concurrently
    std::vector<AuditDenial> m_denials;
};

} // namespace sandbench::worker
