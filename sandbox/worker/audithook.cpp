#include "audithook.h"

#include "evidence.h"
#include "protocol_constants.h"

#include <Python.h>
#include <arpa/inet.h>
#include <array>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace sandbench::worker {
namespace {

int trampoline(const char *event, PyObject *args, void *userData)
{
    return static_cast<AuditHook *>(userData)->onEvent(event, args);
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

PyObject *arg(PyObject *args, Py_ssize_t index)
{
    return PyTuple_Check(args) && PyTuple_GET_SIZE(args) > index ? PyTuple_GET_ITEM(args, index)
                                                                 : nullptr;
}

// The path a file-system event names. Empty optional: the argument is a descriptor (already
// open, so already checked) or absent. Returns "" when the object is no path at all.
std::optional<std::string> fsPath(PyObject *object)
{
    if (!object || object == Py_None || PyLong_Check(object))
        return std::nullopt;
    PyObject *path = PyOS_FSPath(object);
    if (!path) {
        PyErr_Clear();
        return std::string();
    }
    std::string result;
    if (PyUnicode_Check(path)) {
        PyObject *bytes = PyUnicode_EncodeFSDefault(path);
        if (bytes) {
            result.assign(PyBytes_AS_STRING(bytes), std::size_t(PyBytes_GET_SIZE(bytes)));
            Py_DECREF(bytes);
        } else {
            PyErr_Clear();
        }
    } else if (PyBytes_Check(path)) {
        result.assign(PyBytes_AS_STRING(path), std::size_t(PyBytes_GET_SIZE(path)));
    }
    Py_DECREF(path);
    return result;
}

// The canonical absolute form of path: symlinks and ".." resolved for the part that exists, so a
// link planted in the output folder is judged by where it points.
std::string resolvePath(const std::string &raw)
{
    std::string path = raw.empty() ? std::string(".") : raw;
    if (path.front() != '/') {
        char cwd[PATH_MAX];
        if (!::getcwd(cwd, sizeof cwd))
            return std::string();
        path = std::string(cwd) + "/" + path;
    }
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved))
        return resolved;
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    const std::size_t slash = path.find_last_of('/');
    const std::string parent = slash == 0 ? std::string("/") : path.substr(0, slash);
    const std::string name = path.substr(slash + 1);
    if (parent == path)
        return path;
    std::string base = resolvePath(parent);
    if (name == "..") {
        const std::size_t up = base.find_last_of('/');
        return up == 0 ? std::string("/") : base.substr(0, up);
    }
    if (name == "." || name.empty())
        return base;
    return base == "/" ? "/" + name : base + "/" + name;
}

struct CellLocation
{
    bool inCell = false; // the innermost Python frame is user code
    int line = 0;
    int col = 0;
};

bool isCellCode(PyCodeObject *code)
{
    const char *filename = PyUnicode_AsUTF8(code->co_filename);
    if (!filename) {
        PyErr_Clear();
        return false;
    }
    return startsWith(filename, "<cell");
}

// Where in the cell the event comes from: the innermost frame of user code.
CellLocation locateCell()
{
    CellLocation location;
    PyFrameObject *frame = PyEval_GetFrame(); // borrowed
    if (!frame)
        return location;
    Py_INCREF(frame);
    bool innermost = true;
    while (frame) {
        PyCodeObject *code = PyFrame_GetCode(frame);
        const bool cell = isCellCode(code);
        if (cell) {
            location.inCell = innermost;
            location.line = PyFrame_GetLineNumber(frame);
            int startLine = 0, startCol = 0, endLine = 0, endCol = 0;
            if (PyCode_Addr2Location(code, PyFrame_GetLasti(frame), &startLine, &startCol, &endLine,
                                     &endCol) &&
                startCol >= 0)
                location.col = startCol + 1;
        }
        Py_DECREF(code);
        if (cell)
            break;
        innermost = false;
        PyFrameObject *back = PyFrame_GetBack(frame);
        Py_DECREF(frame);
        frame = back;
    }
    Py_XDECREF(frame);
    return location;
}

bool callerIsCell()
{
    PyFrameObject *frame = PyEval_GetFrame();
    if (!frame)
        return false;
    PyCodeObject *code = PyFrame_GetCode(frame);
    const bool cell = isCellCode(code);
    Py_DECREF(code);
    return cell;
}

// Attributes that reach frames, globals or code: refused to cell code whatever layer is off.
constexpr std::array<std::string_view, 18> kIntrospectionAttributes = {
    "f_globals",   "f_locals", "f_back",      "f_builtins",   "f_code",         "gi_frame",
    "gi_code",     "cr_frame", "ag_frame",    "tb_frame",     "tb_next",        "co_code",
    "__globals__", "__code__", "__closure__", "__builtins__", "__subclasses__", "__class__"};

bool isIntrospectionAttribute(PyObject *name)
{
    if (!name || !PyUnicode_Check(name))
        return false;
    const char *text = PyUnicode_AsUTF8(name);
    if (!text) {
        PyErr_Clear();
        return false;
    }
    for (std::string_view blocked : kIntrospectionAttributes) {
        if (blocked == text)
            return true;
    }
    return false;
}

constexpr std::array<std::string_view, 11> kProcessEvents = {
    "os.system",    "os.exec",    "os.posix_spawn",     "os.spawn",
    "os.fork",      "os.forkpty", "subprocess.Popen",   "pty.spawn",
    "os.startfile", "os.popen",   "os.register_at_fork"};

constexpr std::array<std::string_view, 9> kNetworkPrefixes = {
    "socket.", "urllib.Request", "http.client.", "ftplib.",        "smtplib.",
    "poplib.", "imaplib.",       "nntplib.",     "webbrowser.open"};

// Classes pickle may load: the data types of pandas and numpy; nothing that runs code.
// What a cluster member (or a session using one) may unpickle: everything but the modules that
// reach processes, files, native code and the interpreter's machinery.
bool clusterPickleAllowed(PyObject *args)
{
    PyObject *module = arg(args, 0);
    PyObject *name = arg(args, 1);
    if (!module || !name || !PyUnicode_Check(module) || !PyUnicode_Check(name))
        return false;
    const std::string_view mod = PyUnicode_AsUTF8(module);
    const std::string_view cls = PyUnicode_AsUTF8(name);
    constexpr std::array<std::string_view, 20> refused = {
        "os",     "posix",   "nt",      "subprocess", "pty",   "socket",         "shutil",
        "ctypes", "_ctypes", "sys",     "importlib",  "runpy", "code",           "codeop",
        "pickle", "_pickle", "marshal", "io",         "_io",   "multiprocessing"};
    for (std::string_view bad : refused) {
        if (mod == bad ||
            (startsWith(mod, bad) && mod.size() > bad.size() && mod[bad.size()] == '.'))
            return false;
    }
    if (mod == "builtins")
        return cls != "eval" && cls != "exec" && cls != "compile" && cls != "open" &&
               cls != "__import__" && cls != "breakpoint" && cls != "input";
    return true;
}

bool pickleClassAllowed(PyObject *args)
{
    PyObject *module = arg(args, 0);
    PyObject *name = arg(args, 1);
    if (!module || !name || !PyUnicode_Check(module) || !PyUnicode_Check(name))
        return false;
    const std::string_view mod = PyUnicode_AsUTF8(module);
    const std::string_view cls = PyUnicode_AsUTF8(name);
    if (startsWith(mod, "numpy") || startsWith(mod, "pandas") || mod == "datetime" ||
        mod == "decimal" || mod == "fractions" || mod == "collections" || mod == "copyreg")
        return !(mod == "copyreg" && cls != "_reconstructor");
    if (mod == "builtins")
        return cls == "set" || cls == "frozenset" || cls == "slice" || cls == "complex" ||
               cls == "range" || cls == "bytearray" || cls == "object" || cls == "list" ||
               cls == "dict" || cls == "tuple";
    return false;
}

} // namespace

bool AuditHook::install()
{
    return PySys_AddAuditHook(trampoline, this) == 0;
}

void AuditHook::arm(AuditZones zones)
{
    std::lock_guard lock(m_mutex);
    for (auto *list : {&zones.read, &zones.write, &zones.system}) {
        for (std::string &zone : *list)
            zone = resolvePath(zone);
    }
    m_zones = std::move(zones);
    m_armed = true;
}

std::vector<AuditDenial> AuditHook::takeDenials()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_denials, {});
}

bool AuditHook::inZones(const std::string &path, const std::vector<std::string> &zones) const
{
    for (const std::string &zone : zones) {
        if (path == zone || (startsWith(path, zone) && (zone == "/" || path[zone.size()] == '/')))
            return true;
    }
    return false;
}

std::string AuditHook::zoneSummary() const
{
    std::string out = m_zones.write.empty() ? std::string("(none)") : m_zones.write.front();
    return out;
}

int AuditHook::deny(const std::string &rule, const std::string &plain)
{
    const CellLocation location = locateCell();
    // On a cluster member the refusal travels back to the session inside the task's error: its
    // text says which member refused and under which rule (cluster.py parses it).
    const std::string message = m_zones.memberName.empty()
                                    ? plain
                                    : "sandbench cluster worker '" + m_zones.memberName +
                                          "' refused (" + rule + "): " + plain;
    {
        std::lock_guard lock(m_mutex);
        m_denials.push_back({rule, message, location.line, location.col});
    }
    // The trusted copy: m_denials is handed to the worker's Python, which the cell can reach.
    evidence::record(protocol::kLayerAudit.data(), rule.c_str(), message.c_str());
    PyErr_SetString(PyExc_PermissionError, message.c_str());
    return -1;
}

int AuditHook::checkPath(void *pathObject, bool write, const char *what)
{
    const auto raw = fsPath(static_cast<PyObject *>(pathObject));
    if (!raw)
        return 0;
    const std::string path = resolvePath(*raw);
    const std::string shown = raw->empty() ? std::string("(unreadable path)") : *raw;
    if (write) {
        if (!m_zones.writeOutput)
            return deny("write-denied", std::string(what) + " " + shown +
                                            " refused: this profile allows no file writes at all");
        if (!inZones(path, m_zones.write))
            return deny("outside-write-zone",
                        std::string(what) + " " + shown + " refused: " + path +
                            " is outside the output folder " + zoneSummary() +
                            "; save into the output folder with a relative name instead, for "
                            "example df.to_csv('report.csv')");
        return 0;
    }
    if (inZones(path, m_zones.read) || inZones(path, m_zones.write) ||
        inZones(path, m_zones.system))
        return 0;
    return deny("outside-read-zone",
                std::string(what) + " " + shown + " refused: " + path +
                    " is not a registered dataset, a folder allowed for reading, or the output "
                    "folder; register the file as a dataset or allow its folder" +
                    (m_zones.readHint.empty() ? std::string() : " (" + m_zones.readHint + ")"));
}

// sqlite3.connect names the database, not how it is used. An in-memory database touches no file.
// One that exists is read where the zones allow reading: SQLite opens it read-write, and where the
// kernel refuses writing (a read zone) it falls back to read-only by itself. One that does not
// exist yet is created, which is a write: only in the output folder.
int AuditHook::checkDatabase(void *databaseObject)
{
    auto *object = static_cast<PyObject *>(databaseObject);
    const auto raw = fsPath(object);
    if (!raw)
        return 0;
    std::string path = *raw;
    if (startsWith(path, "file:")) {
        // A URI (uri=True): the file is the part before the query; mode=memory names none.
        const std::size_t query = path.find_first_of("?#");
        const std::string options = query == std::string::npos ? std::string() : path.substr(query);
        path = path.substr(5, query == std::string::npos ? std::string::npos : query - 5);
        if (options.find("mode=memory") != std::string::npos)
            return 0;
        while (startsWith(path, "//")) // file:///abs/path and file://localhost/abs/path
            path = path.substr(path.find('/', 2) == std::string::npos ? path.size()
                                                                      : path.find('/', 2));
    }
    if (path.empty() || path == ":memory:")
        return 0; // in memory ("" is a private temporary database SQLite deletes on close)
    PyObject *pathText = PyUnicode_DecodeFSDefaultAndSize(path.data(), Py_ssize_t(path.size()));
    if (!pathText) {
        PyErr_Clear();
        return deny("outside-read-zone",
                    "opening the database " + *raw + " refused: its name is not a valid path");
    }
    const bool exists = ::access(resolvePath(path).c_str(), F_OK) == 0;
    const int verdict =
        checkPath(pathText, !exists, exists ? "reading the database" : "creating the database");
    Py_DECREF(pathText);
    return verdict;
}

namespace {

// The port of a socket address tuple (host, port, ...); -1 for anything else (an AF_UNIX path).
long addressPort(PyObject *address)
{
    if (!address || !PyTuple_Check(address) || PyTuple_GET_SIZE(address) < 2)
        return -1;
    PyObject *port = PyTuple_GET_ITEM(address, 1);
    if (!PyLong_Check(port))
        return -1;
    const long value = PyLong_AsLong(port);
    if (value == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        return -1;
    }
    return value;
}

long portArgument(PyObject *port)
{
    if (!port || port == Py_None)
        return -1;
    if (PyLong_Check(port)) {
        const long value = PyLong_AsLong(port);
        if (value == -1 && PyErr_Occurred())
            PyErr_Clear();
        return value;
    }
    if (PyUnicode_Check(port)) {
        const char *text = PyUnicode_AsUTF8(port);
        if (!text) {
            PyErr_Clear();
            return -1;
        }
        char *end = nullptr;
        const long value = std::strtol(text, &end, 10);
        return end && *end == 0 && end != text ? value : -1;
    }
    return -1;
}

bool listed(const std::vector<int> &ports, long port)
{
    for (int allowed : ports) {
        if (allowed == port)
            return true;
    }
    return false;
}

} // namespace

// A session that uses a cluster and the cluster's members: TCP to the cluster's ports only.
// The kernel says the same (Landlock's port rules, seccomp's socket families); this gives the
// readable refusal and the evidence.
int AuditHook::checkNetwork(const std::string &event, void *argsPointer)
{
    PyObject *args = static_cast<PyObject *>(argsPointer);
    const auto refuse = [&](const std::string &what) {
        return deny("network", "network access is limited to the cluster in this profile ('" +
                                   event + "' " + what +
                                   "); register local files as datasets instead");
    };
    if (event == "socket.__new__") {
        PyObject *familyObject = arg(args, 1);
        PyObject *typeObject = arg(args, 2);
        const long family =
            familyObject && PyLong_Check(familyObject) ? PyLong_AsLong(familyObject) : -1;
        const long type = typeObject && PyLong_Check(typeObject) ? PyLong_AsLong(typeObject) : -1;
        if (PyErr_Occurred())
            PyErr_Clear();
        // AF_UNIX: the event loop's own wake-up pair. TCP: the ports decide, at connect or bind.
        if (family == AF_UNIX || family == -1)
            return 0;
        if ((family == AF_INET || family == AF_INET6) && (type & 0xf) == SOCK_STREAM)
            return 0;
        return refuse("for a socket other than TCP");
    }
    if (event == "socket.connect" || event == "socket.connect_ex") {
        const long port = addressPort(arg(args, 1));
        if (port >= 0 && listed(m_zones.connectPorts, port))
            return 0;
        return refuse("to port " + std::to_string(port));
    }
    if (event == "socket.bind") {
        const long port = addressPort(arg(args, 1));
        if (port >= 0 && listed(m_zones.bindPorts, port))
            return 0;
        return refuse("to port " + std::to_string(port));
    }
    if (event == "socket.getaddrinfo") {
        const long port = portArgument(arg(args, 1));
        if (listed(m_zones.connectPorts, port) || listed(m_zones.bindPorts, port))
            return 0;
        // An address literal is parsed, not looked up: no packet leaves (distributed checks
        // addresses this way with a made-up port).
        PyObject *host = arg(args, 0);
        const char *text = host && PyUnicode_Check(host) ? PyUnicode_AsUTF8(host) : nullptr;
        if (!text)
            PyErr_Clear();
        unsigned char parsed[16];
        if (text &&
            (::inet_pton(AF_INET, text, parsed) == 1 || ::inet_pton(AF_INET6, text, parsed) == 1))
            return 0;
        return refuse("for port " + std::to_string(port));
    }
    if (event == "socket.gethostname")
        return 0; // the member's own name, in its identity
    return refuse("");
}

int AuditHook::onEvent(const char *event, void *argsPointer)
{
    if (!m_armed)
        return 0;
    PyObject *args = static_cast<PyObject *>(argsPointer);
    const std::string_view name(event);

    if (name == "open") {
        PyObject *mode = arg(args, 1);
        PyObject *flagsObject = arg(args, 2);
        bool write = false;
        if (mode && PyUnicode_Check(mode)) {
            const char *text = PyUnicode_AsUTF8(mode);
            write = text && std::strpbrk(text, "wax+") != nullptr;
        }
        long flags = 0;
        if (flagsObject && PyLong_Check(flagsObject))
            flags = PyLong_AsLong(flagsObject);
        if (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND))
            write = true;
        if (checkPath(arg(args, 0), write, write ? "writing" : "reading") != 0)
            return -1;
        if (write && m_zones.maxCreatedFiles) {
            const auto raw = fsPath(arg(args, 0));
            if (raw && ::access(resolvePath(*raw).c_str(), F_OK) != 0 &&
                ++m_createdFiles > m_zones.maxCreatedFiles)
                return deny("output-files", "creating " + *raw +
                                                " refused: the run may create at "
                                                "most " +
                                                std::to_string(m_zones.maxCreatedFiles) +
                                                " files in the output folder");
        }
        return 0;
    }
    if (name == "os.listdir" || name == "os.scandir" || name == "os.chdir" || name == "glob.glob" ||
        name == "glob.glob/2")
        return checkPath(arg(args, 0), false, "listing");
    if (name == "os.remove" || name == "os.rmdir" || name == "os.mkdir" || name == "os.truncate" ||
        name == "os.utime" || name == "os.chmod" || name == "os.chown" || name == "os.chflags" ||
        name == "os.setxattr" || name == "os.removexattr" || name == "shutil.rmtree" ||
        name == "os.mkfifo" || name == "os.mknod")
        return checkPath(arg(args, 0), true, "changing");
    if (name == "os.rename" || name == "shutil.move" || name == "shutil.copytree") {
        if (checkPath(arg(args, 0), true, "moving") != 0)
            return -1;
        return checkPath(arg(args, 1), true, "moving to");
    }
    if (name == "shutil.copyfile" || name == "shutil.copymode" || name == "shutil.copystat") {
        if (checkPath(arg(args, 0), false, "copying") != 0)
            return -1;
        return checkPath(arg(args, 1), true, "copying to");
    }
    if (name == "shutil.make_archive" || name == "shutil.unpack_archive")
        return checkPath(arg(args, 1) ? arg(args, 1) : arg(args, 0), true, "archiving");
    if (name == "os.symlink" || name == "os.link")
        return deny("link", "creating links is not allowed: a link could point outside the output "
                            "folder; copy the data instead");
    if (name == "sqlite3.connect")
        return checkDatabase(arg(args, 0));
    if (name == "sqlite3.enable_load_extension" || name == "sqlite3.load_extension")
        return deny("native-code", "loading SQLite extensions is not allowed: an extension is "
                                   "native code; use SQL and pandas instead");
    for (std::string_view process : kProcessEvents) {
        if (name == process)
            return deny("process",
                        "starting programs or processes is not possible in Sandbench ('" +
                            std::string(name) +
                            "'); do the work in Python with "
                            "pandas, numpy or scipy instead");
    }
    if (startsWith(name, "socket.") &&
        (!m_zones.connectPorts.empty() || !m_zones.bindPorts.empty()))
        return checkNetwork(std::string(name), args);
    for (std::string_view prefix : kNetworkPrefixes) {
        if (startsWith(name, prefix))
            return deny("network", "network access is not possible in Sandbench ('" +
                                       std::string(name) +
                                       "'); register local files as "
                                       "datasets instead");
    }
    if (startsWith(name, "ctypes."))
        return deny("ctypes", "calling native code through ctypes is not allowed ('" +
                                  std::string(name) + "')");
    if (name == "pickle.find_class") {
        if (m_zones.clusterPickle ? clusterPickleAllowed(args) : pickleClassAllowed(args))
            return 0;
        if (m_zones.clusterPickle) {
            PyObject *module = arg(args, 0);
            PyObject *global = arg(args, 1);
            const char *mod =
                module && PyUnicode_Check(module) ? PyUnicode_AsUTF8(module) : nullptr;
            const char *what =
                global && PyUnicode_Check(global) ? PyUnicode_AsUTF8(global) : nullptr;
            if (!mod || !what)
                PyErr_Clear();
            return deny("pickle", std::string("unpickling refused: the data names '") +
                                      (mod ? mod : "?") + "." + (what ? what : "?") +
                                      "', which reaches processes, files or the interpreter "
                                      "itself; send functions that work on your data instead");
        }
        return deny("pickle", "unpickling refused: the data names a class outside pandas and "
                              "numpy, which could run code; load data from CSV, Parquet or Excel");
    }
    if (name == "sys.addaudithook" || name == "sys.settrace" || name == "sys.setprofile" ||
        name == "sys._current_frames" || name == "sys._current_exceptions" ||
        startsWith(name, "gc.get_") || name == "resource.setrlimit" || name == "resource.prlimit" ||
        name == "sys.monitoring.register_callback")
        return deny("introspection", "'" + std::string(name) +
                                         "' is not available in a cell: it "
                                         "could reach the sandbox's own machinery");
    if (name == "os.kill" || name == "os.killpg" || name == "signal.pthread_kill" ||
        name == "os.pidfd_open")
        return deny("signal", "sending signals to processes is not allowed");
    if (name == "sys._getframe" || name == "function.__new__" || name == "code.__new__" ||
        name == "sys._getframemodulename") {
        if (callerIsCell())
            return deny("introspection", "'" + std::string(name) +
                                             "' is not available in a "
                                             "cell: frames and code objects reach the sandbox");
        return 0;
    }
    if (name == "object.__getattr__" || name == "object.__setattr__" ||
        name == "object.__delattr__") {
        if (isIntrospectionAttribute(arg(args, 1)) && callerIsCell()) {
            const char *attribute = PyUnicode_AsUTF8(arg(args, 1));
            return deny("blocked-attribute", std::string("the attribute '") +
                                                 (attribute ? attribute : "?") +
                                                 "' is not available in a cell: it reaches "
                                                 "frames, globals or code");
        }
        return 0;
    }
    return 0;
}

} // namespace sandbench::worker
