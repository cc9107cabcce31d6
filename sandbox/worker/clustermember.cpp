#include "clustermember.h"

#include "audithook.h"
#include "isolation.h"
#include "landlock.h"
#include "limits.h"
#include "protocol_constants.h"
#include "seccompfilter.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <pybind11/embed.h>
#include <pybind11/stl.h>
#include <sched.h>
#include <sstream>
#include <stdexcept>
#include <sys/mount.h>
#include <unistd.h>

namespace py = pybind11;

namespace sandbench::worker {
namespace {

std::vector<std::string> stringList(const py::dict &dict, const char *key)
{
    return dict.contains(key) ? dict[key].cast<std::vector<std::string>>()
                              : std::vector<std::string>();
}

std::vector<int> portList(const py::dict &dict, const char *key)
{
    std::vector<int> ports;
    if (!dict.contains(key))
        return ports;
    for (int port : dict[key].cast<std::vector<int>>()) {
        if (port > 0 && port < 65536)
            ports.push_back(port);
    }
    return ports;
}

std::uint64_t number(const py::dict &dict, const char *key)
{
    return dict.contains(key) ? dict[key].cast<std::uint64_t>() : 0;
}

bool flag(const py::dict &dict, const char *key)
{
    return !dict.contains(key) || dict[key].cast<bool>();
}

// Once per process, like a session's arming: a task that reaches the native function cannot arm
// again with wider zones.
std::atomic<bool> g_memberArmed{false};

class Member
{
public:
    Member(IsolationReport isolation) : m_isolation(std::move(isolation)) {}

    AuditHook audit;

    // The same order as a session (interpreter.cpp): limits, the uid drop, Landlock, seccomp, and
    // last the audit hook.
    py::dict arm(const py::dict &config)
    {
        if (g_memberArmed.exchange(true)) {
            PyErr_SetString(PyExc_PermissionError,
                            "the sandbox is armed already; it cannot be armed again");
            throw py::error_already_set();
        }
        py::dict layers;
        const py::dict zones = config.contains("zones") ? py::dict(config["zones"]) : py::dict();
        const py::dict enabled =
            config.contains("layers") ? py::dict(config["layers"]) : py::dict();
        const py::dict limitValues =
            config.contains("limits") ? py::dict(config["limits"]) : py::dict();
        const std::vector<std::string> write = stringList(zones, "write");
        const std::vector<int> bindPorts = portList(config, "bind_ports");
        const std::vector<int> connectPorts = portList(config, "connect_ports");

        if (flag(enabled, "rlimits")) {
            ResourceLimits limits;
            limits.memoryMb = number(limitValues, "memory_mb");
            limits.fileSizeMb = number(limitValues, "file_size_mb");
            limits.openFiles = number(limitValues, "open_files");
            if (m_isolation.namespaces || ::geteuid() == 0)
                limits.processes = number(limitValues, "processes");
            std::string error;
            layers["rlimits"] = applyResourceLimits(limits, error) ? std::string("on") : error;
        } else {
            layers["rlimits"] = "off";
        }
        if (::geteuid() == 0) {
            for (const std::string &folder : write)
                ::chown(folder.c_str(), 65534, 65534);
            std::string error;
            if (!dropPrivilegesIfRoot(m_isolation, error))
                throw std::runtime_error(error);
        }
        layers["uid"] = int(::getuid());
        layers["namespaces"] = m_isolation.namespaces ? "on" : "off";
        layers["isolation_notes"] = m_isolation.notes;

        if (flag(enabled, "landlock")) {
            LandlockZones landlock;
            landlock.readOnly = stringList(zones, "system");
            for (const std::string &path : stringList(zones, "read"))
                landlock.readOnly.push_back(path);
            landlock.readWrite = write;
            landlock.readWrite.push_back("/dev/null");
            for (int port : bindPorts)
                landlock.bindPorts.push_back(std::uint16_t(port));
            for (int port : connectPorts)
                landlock.connectPorts.push_back(std::uint16_t(port));
            layers["landlock"] = applyLandlock(landlock).message;
        } else {
            layers["landlock"] = "off";
        }
        layers["seccomp"] = flag(enabled, "seccomp") ? applySeccomp(true).message : "off";
        if (flag(enabled, "audit")) {
            AuditZones auditZones;
            auditZones.read = stringList(zones, "read");
            auditZones.write = write;
            auditZones.system = stringList(zones, "system");
            auditZones.connectPorts = connectPorts;
            auditZones.bindPorts = bindPorts;
            auditZones.clusterPickle = true;
            auditZones.memberName =
                config.contains("name") ? py::str(config["name"]).cast<std::string>() : "";
            if (auditZones.memberName.empty())
                auditZones.memberName = "scheduler";
            audit.arm(std::move(auditZones));
            layers["audit"] = "on";
        } else {
            layers["audit"] = "off";
        }
        return layers;
    }

private:
    IsolationReport m_isolation;
};

// distributed measures its own process with psutil, which reads /proc/<pid>: inside the PID
// namespace the member is pid 1, and the host's /proc/1 is another process (and outside every
// zone). A mount namespace with the PID namespace's own /proc makes /proc/1 the member itself.
void mountOwnProc(IsolationReport &isolation)
{
    if (!isolation.namespaces)
        return;
    if (::unshare(CLONE_NEWNS) != 0 ||
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
        ::mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0) {
        isolation.notes.push_back(std::string("the namespace's own /proc could not be mounted (") +
                                  std::strerror(errno) + "): memory figures may be missing");
        return;
    }
    isolation.notes.push_back("mount namespace with the PID namespace's own /proc");
}

std::string readConfig(const std::string &path)
{
    std::ifstream file(path);
    if (!file)
        throw std::runtime_error("cannot read the member's configuration " + path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

int runClusterMember(const std::string &packageDir, const std::string &role,
                     const std::string &configPath, bool namespaces)
{
    std::string config;
    try {
        config = readConfig(configPath);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "sandbench-worker: %s\n", e.what());
        return protocol::kExitSoftware;
    }
    IsolationReport isolation;
    if (role != "certs") {
        if (namespaces) {
            enterNamespaces(isolation, false);
            mountOwnProc(isolation);
        } else
            isolation.notes.push_back("namespaces switched off");
    }
    Member member(std::move(isolation));
    if (!member.audit.install()) {
        std::fprintf(stderr, "sandbench-worker: the audit hook could not be installed\n");
        return protocol::kExitSoftware;
    }
    PyConfig pyConfig;
    PyConfig_InitIsolatedConfig(&pyConfig);
    pyConfig.write_bytecode = 0;
    pyConfig.install_signal_handlers = 1; // SIGINT ends the event loop
    try {
        py::scoped_interpreter interpreter(&pyConfig, 0, nullptr, false);
        try {
            py::module_::import("sys").attr("path").attr("insert")(0, packageDir);
            py::dict native;
            Member *m = &member;
            native["arm"] =
                py::cpp_function([m](const py::dict &request) { return m->arm(request); });
            const py::object status =
                py::module_::import("sandbench_worker.cluster").attr("main")(role, config, native);
            return status.is_none() ? 0 : status.cast<int>();
        } catch (const py::error_already_set &e) {
            std::fprintf(stderr, "sandbench-worker: cluster %s: %s\n", role.c_str(), e.what());
            return protocol::kExitSoftware;
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "sandbench-worker: cluster %s: %s\n", role.c_str(), e.what());
        return protocol::kExitSoftware;
    }
}

} // namespace sandbench::worker
