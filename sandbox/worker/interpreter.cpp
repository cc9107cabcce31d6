#include "interpreter.h"

#include "astscan.h"
#include "evidence.h"
#include "fdchannel.h"
#include "hugearenas.h"
#include "landlock.h"
#include "limits.h"
#include "livestream.h"
#include "protocol_constants.h"
#include "seccompfilter.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <pybind11/embed.h>
#include <pybind11/stl.h>
#include <stdexcept>
#include <unistd.h>

namespace py = pybind11;

namespace sandbench::worker {
namespace {

std::unique_ptr<py::scoped_interpreter> startInterpreter()
{
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    // The package directory may be read-only (an installed prefix); never litter it with caches.
    config.write_bytecode = 0;
    // Interrupts arrive as SIGINT and must surface as KeyboardInterrupt inside the cell.
    config.install_signal_handlers = 1;
    // The session's objects in huge pages: every cell's fork and a failed cell's end then cost per
    // 2 MiB of state, not per 4 kB page (hugearenas.h).
    hugearenas::install();
    return std::make_unique<py::scoped_interpreter>(&config, 0, nullptr, false);
}

// Built without Python: it answers when Python itself failed.
std::string errorHeader(const std::string &request, const std::string &message)
{
    const nlohmann::json parsed = nlohmann::json::parse(request, nullptr, false);
    nlohmann::json id = nullptr;
    if (parsed.is_object() && parsed.contains("id") && parsed["id"].is_number_integer())
        id = parsed["id"];
    return nlohmann::json{
        {"type", sandbench::protocol::kTypeError}, {"id", id}, {"message", message}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> stringList(const py::dict &dict, const char *key)
{
    if (!dict.contains(key))
        return {};
    return dict[key].cast<std::vector<std::string>>();
}

bool flag(const py::dict &dict, const char *key, bool fallback)
{
    return dict.contains(key) ? dict[key].cast<bool>() : fallback;
}

std::uint64_t number(const py::dict &dict, const char *key)
{
    return dict.contains(key) ? dict[key].cast<std::uint64_t>() : 0;
}

// Arming happens once per worker, in the process every session is forked from. A cell that reaches
// the native function (through a library's getattr, a frame walk) must not arm again with wider
// audit zones: process-wide, so that no copy of the function, no second Interpreter and no fork
// has its own flag. Set before anything is applied: an arming that fails half way is not retried.
std::atomic<bool> g_armed{false};

} // namespace

struct Interpreter::Private
{
    AuditHook audit;
    IsolationReport isolation;
    int fdChannel = -1;
    std::unique_ptr<py::scoped_interpreter> interpreter;
    py::object server;
    // Set while the request being answered is a dataset the app passes as a descriptor: the only
    // time receive_fd may read the channel. A cell calling it would otherwise block there until
    // its timeout, or take a descriptor meant for the next dataset.
    bool descriptorExpected = false;
    // The keeper's end for live output while a cell runs (setOutputStream), else -1.
    int outputFd = -1;

    py::dict arm(const py::dict &config);
    void streamOutput(int stream, const py::handle &text);
};

namespace {

// The exception now raised, with its traceback attached: what a generator's throw() takes.
py::object fetchException()
{
    PyObject *type = nullptr, *value = nullptr, *trace = nullptr;
    PyErr_Fetch(&type, &value, &trace);
    PyErr_NormalizeException(&type, &value, &trace);
    if (value && trace)
        PyException_SetTraceback(value, trace);
    Py_XDECREF(type);
    Py_XDECREF(trace);
    return py::reinterpret_steal<py::object>(value ? value : Py_NewRef(Py_None));
}

// Runs a request handler's steps (sandbox/python/sandbench_worker/steps.py) from here, the top
// of the Python stack: the user code a step runs has no frame of the worker's below it, so no
// f_back walk reaches the server, the session or the native functions (issue 12, item 4).
py::object driveSteps(const py::object &steps)
{
    py::object outcome = py::none(); // what the last step returned, sent in
    py::object thrown;               // or what it raised, thrown in
    for (;;) {
        // "(O)", not "O": a tuple the step returned is one argument, not the argument list.
        PyObject *next = thrown ? PyObject_CallMethod(steps.ptr(), "throw", "(O)", thrown.ptr())
                                : PyObject_CallMethod(steps.ptr(), "send", "(O)", outcome.ptr());
        thrown = py::object();
        outcome = py::none();
        if (!next) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                throw py::error_already_set();
            const py::object done = fetchException();
            return py::getattr(done, "value", py::none());
        }
        const py::object step = py::reinterpret_steal<py::object>(next);
        if (!PyTuple_Check(step.ptr()) || PyTuple_GET_SIZE(step.ptr()) != 2 ||
            !PyCallable_Check(PyTuple_GET_ITEM(step.ptr(), 0)) ||
            !PyTuple_Check(PyTuple_GET_ITEM(step.ptr(), 1)))
            throw std::runtime_error("a request handler yielded something that is not a step");
        PyObject *result = PyObject_Call(PyTuple_GET_ITEM(step.ptr(), 0),
                                         PyTuple_GET_ITEM(step.ptr(), 1), nullptr);
        if (result)
            outcome = py::reinterpret_steal<py::object>(result);
        else
            thrown = fetchException();
    }
}

bool expectsDescriptor(const std::string &header)
{
    const nlohmann::json request = nlohmann::json::parse(header, nullptr, false);
    return request.is_object() &&
           request.value("type", nlohmann::json()) == sandbench::protocol::kTypeDataset &&
           request.value("fd", nlohmann::json()) == true;
}

} // namespace

// Called by the sinks that stand in for sys.stdout and sys.stderr with each piece they keep. The
// cell may call it too (a frame walk reaches it): it can only add display text, which the keeper
// bounds and the app shows as text. Holds the GIL throughout, so a thread's write never
// interleaves with another's, and none can follow the keeper's "W" (setOutputStream(-1) first).
void Interpreter::Private::streamOutput(int stream, const py::handle &text)
{
    if (outputFd < 0 || (stream != 0 && stream != 1) || !PyUnicode_Check(text.ptr()))
        return;
    // Lone surrogates become '?': the text is for display, and the keeper wants UTF-8.
    const py::object encoded = py::reinterpret_steal<py::object>(
        PyUnicode_AsEncodedString(text.ptr(), "utf-8", "replace"));
    if (!encoded) {
        PyErr_Clear();
        return;
    }
    const std::string_view bytes(PyBytes_AS_STRING(encoded.ptr()),
                                 std::size_t(PyBytes_GET_SIZE(encoded.ptr())));
    std::size_t done = 0;
    std::string message;
    while (done < bytes.size()) {
        std::size_t size = std::min(protocol::kMaxOutputMessageBytes, bytes.size() - done);
        // Whole characters only: each message is valid UTF-8 on its own.
        while (done + size < bytes.size() && size > 0 &&
               (static_cast<unsigned char>(bytes[done + size]) & 0xc0) == 0x80)
            --size;
        if (size == 0)
            size = std::min(protocol::kMaxOutputMessageBytes, bytes.size() - done);
        message.clear();
        message += protocol::kOutputMessageTag;
        message += char(stream);
        for (int shift = 24; shift >= 0; shift -= 8)
            message += char((size >> shift) & 0xff);
        message.append(bytes.substr(done, size));
        std::size_t written = 0;
        while (written < message.size()) {
            const ssize_t n = ::write(outputFd, message.data() + written, message.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                outputFd = -1; // the keeper is gone: the reply tells what is left to tell
                return;
            }
            written += std::size_t(n);
        }
        done += size;
    }
}

// Applies every kernel and audit layer the configuration asks for, in the only order that works:
// limits while raising them is still allowed, the uid drop while still root, Landlock and seccomp
// (both irrevocable), and last the audit hook, so that nothing above trips it.
py::dict Interpreter::Private::arm(const py::dict &config)
{
    if (g_armed.exchange(true)) {
        // The trusted record, where the cell's Python cannot take it back: the cell is denied.
        evidence::record(sandbench::protocol::kLayerAudit.data(), "rearm",
                         "arming the sandbox a second time was refused: it is armed once, when "
                         "the worker starts");
        PyErr_SetString(PyExc_PermissionError,
                        "the sandbox is armed already; it cannot be armed again");
        throw py::error_already_set();
    }
    py::dict layers;
    const py::dict zones = config.contains("zones") ? py::dict(config["zones"]) : py::dict();
    const py::dict enabled = config.contains("layers") ? py::dict(config["layers"]) : py::dict();
    const py::dict limitValues =
        config.contains("limits") ? py::dict(config["limits"]) : py::dict();
    const std::vector<std::string> write = stringList(zones, "write");
    // A session that uses a cluster: TCP to the scheduler's port, nothing else (issue 18).
    std::vector<int> connectPorts;
    if (config.contains("connect_ports")) {
        for (int port : config["connect_ports"].cast<std::vector<int>>()) {
            if (port > 0 && port < 65536)
                connectPorts.push_back(port);
        }
    }
    const bool cluster = flag(config, "cluster", false) && !connectPorts.empty();

    if (flag(enabled, "rlimits", true)) {
        ResourceLimits limits;
        limits.memoryMb = number(limitValues, "memory_mb");
        limits.cpuSeconds = number(limitValues, "cpu_s");
        limits.fileSizeMb = number(limitValues, "file_size_mb");
        limits.openFiles = number(limitValues, "open_files");
        // Without a user namespace or a dedicated uid, RLIMIT_NPROC would count every process
        // of the user's desktop session; it is only meaningful inside the sandbox's own count.
        if (isolation.namespaces || isolation.droppedPrivileges || ::geteuid() == 0)
            limits.processes = number(limitValues, "processes");
        std::string error;
        layers["rlimits"] = applyResourceLimits(limits, error) ? std::string("on") : error;
    } else {
        layers["rlimits"] = "off";
    }

    SupervisedLimits supervised;
    if (!write.empty()) {
        supervised.outputFolder = write.front();
        supervised.maxOutputBytes = number(limitValues, "output_mb") * 1024ull * 1024ull;
        supervised.maxOutputFiles =
            std::max<std::uint64_t>(number(limitValues, "output_files") * 10, 10000);
    }
    supervised.maxSnapshotBytes = number(limitValues, "snapshot_memory_mb") * 1024ull * 1024ull;
    const bool supervisedOk = superviseLimits(isolation, supervised);
    const char *without = isolation.namespaces ? "off" : "unavailable without namespaces";
    layers["output_watch"] = supervisedOk && !supervised.outputFolder.empty() ? "on" : without;
    layers["snapshot_budget"] = supervisedOk && supervised.maxSnapshotBytes ? "on" : without;

    if (::geteuid() == 0) {
        // Root ignores file modes and RLIMIT_NPROC: the output folder goes to nobody, then so
        // does the worker.
        for (const std::string &folder : write)
            ::chown(folder.c_str(), 65534, 65534);
        std::string error;
        if (!dropPrivilegesIfRoot(isolation, error))
            throw std::runtime_error(error);
    }
    layers["uid"] = int(::getuid());
    layers["namespaces"] = isolation.namespaces ? "on" : "off";
    layers["isolation_notes"] = isolation.notes;

    if (flag(enabled, "landlock", true)) {
        LandlockZones landlock;
        landlock.readOnly = stringList(zones, "system");
        for (const std::string &path : stringList(zones, "read"))
            landlock.readOnly.push_back(path);
        if (flag(config, "write_output", true))
            landlock.readWrite = write;
        else
            landlock.readOnly.insert(landlock.readOnly.end(), write.begin(), write.end());
        // Character devices every interpreter needs; nothing else under /dev.
        landlock.readWrite.push_back("/dev/null");
        if (cluster) {
            for (int port : connectPorts)
                landlock.connectPorts.push_back(std::uint16_t(port));
        }
        const LandlockResult result = applyLandlock(landlock);
        layers["landlock"] = result.message;
    } else {
        layers["landlock"] = "off";
    }

    layers["seccomp"] = flag(enabled, "seccomp", true) ? applySeccomp(cluster).message : "off";

    if (flag(enabled, "audit", true)) {
        AuditZones auditZones;
        auditZones.read = stringList(zones, "read");
        auditZones.write = write;
        auditZones.system = stringList(zones, "system");
        auditZones.writeOutput = flag(config, "write_output", true);
        auditZones.maxCreatedFiles = number(config, "max_output_files");
        if (cluster) {
            auditZones.connectPorts = connectPorts;
            auditZones.clusterPickle = true; // results and errors the cluster sends back
        }
        if (config.contains("read_hint"))
            auditZones.readHint = py::str(config["read_hint"]).cast<std::string>();
        audit.arm(std::move(auditZones));
        layers["audit"] = "on";
    } else {
        layers["audit"] = "off";
    }
    return layers;
}

Interpreter::Interpreter(const std::string &packageDir, IsolationReport isolation, int fdChannel)
    : d(std::make_unique<Private>())
{
    d->isolation = std::move(isolation);
    d->fdChannel = fdChannel;
    if (!d->audit.install())
        throw std::runtime_error("the audit hook could not be installed");
    d->interpreter = startInterpreter();
    try {
        py::module_::import("sys").attr("path").attr("insert")(0, packageDir);
        Private *p = d.get();
        // The trusted side's native functions reach the server as values, never as an importable
        // module that user code could find.
        py::dict native;
        native["arm"] = py::cpp_function([p](const py::dict &config) { return p->arm(config); });
        // The audit hook's own copy for the Python side's readable messages (line, column). It is
        // not the evidence log: draining it changes no verdict (evidence.h).
        native["take_denials"] = py::cpp_function([p] {
            py::list out;
            for (const AuditDenial &denial : p->audit.takeDenials()) {
                py::dict item;
                item["rule"] = denial.rule;
                item["message"] = denial.message;
                item["line"] = denial.line;
                item["col"] = denial.col;
                item["layer"] = "audit";
                out.append(item);
            }
            return out;
        });
        native["receive_fd"] = py::cpp_function([p] {
            if (p->fdChannel < 0)
                throw std::runtime_error("this worker was started without a descriptor channel");
            if (!p->descriptorExpected)
                throw std::runtime_error("no descriptor is on its way: the channel carries only "
                                         "the dataset the app is registering");
            p->descriptorExpected = false; // one descriptor per dataset request
            std::string error;
            const int fd = receiveDescriptor(p->fdChannel, error);
            if (fd < 0)
                throw std::runtime_error(error);
            return fd;
        });
        native["stream_output"] = py::cpp_function(
            [p](int stream, const py::object &text) { p->streamOutput(stream, text); });
        native["landlock_abi"] = py::cpp_function([] { return landlockAbi(); });
        // The static check's walk of a syntax tree (astscan.h): the rules stay in Python.
        native["scan_tree"] = py::cpp_function([](const py::args &args) {
            std::vector<PyObject *> raw;
            raw.reserve(args.size());
            for (const py::handle item : args)
                raw.push_back(item.ptr());
            PyObject *nodes = astscan::scan(raw.data(), Py_ssize_t(raw.size()));
            if (!nodes)
                throw py::error_already_set();
            return py::reinterpret_steal<py::object>(nodes);
        });
        d->server = py::module_::import("sandbench_worker.server").attr("Server")(native);
    } catch (const py::error_already_set &e) {
        throw std::runtime_error(std::string("the worker's Python package in ") + packageDir +
                                 " could not be loaded: " + e.what());
    }
}

Interpreter::~Interpreter()
{
    // Python objects must go before the interpreter that owns them.
    d->server = py::object();
}

bool Interpreter::configured() const
{
    return d->server.attr("configured").cast<bool>();
}

void Interpreter::warmUp()
{
    try {
        d->server.attr("warm_up")();
    } catch (const py::error_already_set &) {
        // Only a speed-up: the cell runs the same without it.
    }
}

bool Interpreter::runsNoUserCode(const std::string &header)
{
    try {
        return d->server.attr("runs_no_user_code")(py::bytes(header)).cast<bool>();
    } catch (const py::error_already_set &) {
        return false; // when in doubt, the request runs in a fork
    }
}

void Interpreter::beforeFork()
{
    PyOS_BeforeFork();
}

void Interpreter::afterForkParent()
{
    PyOS_AfterFork_Parent();
}

void Interpreter::afterForkKeeper()
{
    PyOS_AfterFork_Child();
}

void Interpreter::armInterrupts()
{
    try {
        d->server.attr("arm_interrupts")();
    } catch (const py::error_already_set &) {
        // Without the gate a held interrupt is lost, but the cell still runs.
    }
}

void Interpreter::setOutputStream(int fd)
{
    d->outputFd = fd;
}

std::string Interpreter::hello()
{
    return d->server.attr("hello")().cast<std::string>();
}

Reply Interpreter::handle(const std::string &header, const std::string &payload)
{
    d->descriptorExpected = expectsDescriptor(header);
    try {
        const py::tuple answer =
            driveSteps(d->server.attr("handle_steps")(py::bytes(header), py::bytes(payload)));
        d->descriptorExpected = false;
        Reply reply;
        reply.header = answer[0].cast<std::string>();
        reply.payload = answer[1].cast<std::string>();
        reply.keepRunning = answer[2].cast<bool>();
        reply.commit = answer.size() > 3 && answer[3].cast<bool>();
        return reply;
    } catch (const std::exception &e) {
        d->descriptorExpected = false;
        // A bug in the worker's own Python, or a cell that broke it (an exception escaping it, a
        // rebound handle() answering something else): the request is still answered, under its
        // own id, or the app would wait for it forever. Nothing commits.
        return Reply{
            errorHeader(header, std::string("internal worker error: ") + e.what()), {}, true};
    }
}

} // namespace sandbench::worker
