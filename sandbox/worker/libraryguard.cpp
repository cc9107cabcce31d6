#include "libraryguard.h"

#include "evidence.h"
#include "protocol_constants.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <pybind11/embed.h>
#include <unordered_map>
#include <utility>

namespace py = pybind11;

namespace sandbench::worker::libraryguard {
namespace {

// At most this many violations and state changes go into a reply; the rest are counted.
constexpr std::size_t kMaxReported = 32;

enum class Kind
{
    Module,   // a library module's __dict__
    Type,     // a class's own dict
    Modules,  // sys.modules: which module an import gets
    Registry, // a library's registry of plug-ins: entries may be added, never replaced
    RcParams, // matplotlib.rcParams: legitimate state, reported
};

struct Watched
{
    Kind kind = Kind::Module;
    py::object owner; // the module or class (held: its dict stays alive and keeps its address)
    PyObject *dict = nullptr;
    py::object copy; // the entries at the last check, held so identities stay sound
    std::uint64_t version = 0;
    std::string name; // "pandas", "pandas.DataFrame", "sys.modules"
};

struct Fingerprint
{
    std::string label; // "numpy.random state"
    std::string value;
};

struct State
{
    bool ready = false;
    std::vector<Watched> watched;
    std::unordered_map<PyObject *, std::size_t> byOwner;
    std::vector<std::pair<std::string, py::object>> pandasOptions;
    std::vector<Fingerprint> randomStates;
};

State &state()
{
    static State *s = new State; // never destroyed: processes end with _exit
    return *s;
}

// CPython 3.11 bumps a dict's version tag on every insertion, replacement and deletion: an
// unchanged tag means unchanged entries, so most dicts are never looked into.
std::uint64_t versionOf(PyObject *dict)
{
    return reinterpret_cast<PyDictObject *>(dict)->ma_version_tag;
}

// A plain copy of a dict's own storage. PyDict_Copy would call a subclass's __iter__ and
// __getitem__ (rcParams resolves its backend there); PyDict_Next reads the storage.
py::object copyOf(PyObject *dict)
{
    if (PyDict_CheckExact(dict))
        return py::reinterpret_steal<py::object>(PyDict_Copy(dict));
    PyObject *copy = PyDict_New();
    Py_ssize_t pos = 0;
    PyObject *key = nullptr;
    PyObject *value = nullptr;
    while (PyDict_Next(dict, &pos, &key, &value))
        PyDict_SetItem(copy, key, value);
    return py::reinterpret_steal<py::object>(copy);
}

// A str key as UTF-8, or empty for anything else (non-str keys cannot be attribute names).
std::string keyText(PyObject *key)
{
    if (!PyUnicode_CheckExact(key))
        return {};
    const char *text = PyUnicode_AsUTF8(key);
    if (!text) {
        PyErr_Clear();
        return {};
    }
    return text;
}

PyObject *moduleDictOf(const char *name)
{
    PyObject *module = PyDict_GetItemString(PyImport_GetModuleDict(), name);
    return module && PyModule_Check(module) ? PyModule_GetDict(module) : nullptr;
}

PyObject *lookup(const char *module, const char *attribute)
{
    PyObject *dict = moduleDictOf(module);
    return dict ? PyDict_GetItemString(dict, attribute) : nullptr;
}

bool startsWith(const std::string &text, const char *prefix)
{
    return text.rfind(prefix, 0) == 0;
}

bool isDunder(const std::string &name)
{
    return name.size() > 4 && startsWith(name, "__") && name.compare(name.size() - 2, 2, "__") == 0;
}

bool isPrivate(const std::string &name)
{
    return startsWith(name, "_") && !isDunder(name);
}

// Code, as opposed to state: what decides what a call computes.
bool isCode(PyObject *value)
{
    return PyCallable_Check(value) || PyModule_Check(value) || Py_TYPE(value)->tp_descr_get;
}

// The cell's namespace is a plain dict, not a module; the interpreter's own __main__, sys (whose
// streams the worker swaps every cell) and the worker's package are not libraries.
bool skippedModule(const std::string &name)
{
    return name.empty() || name == "__main__" || name == "sys" || name == "sandbench_worker" ||
           startsWith(name, "sandbench_worker.");
}

// Code a cell wrote: a function whose globals are the cell's namespace (a plain dict named
// "__main__", no module's), or a class defined there. Libraries never hold such code; where the
// guard cannot compare with what a library held before (a module imported by this very cell),
// finding it there is a violation.
bool isCellCode(PyObject *value)
{
    if (PyMethod_Check(value))
        value = PyMethod_GET_FUNCTION(value);
    if (PyFunction_Check(value)) {
        PyObject *globals = PyFunction_GET_GLOBALS(value);
        PyObject *name = globals ? PyDict_GetItemString(globals, "__name__") : nullptr;
        PyObject *main = moduleDictOf("__main__");
        return name && keyText(name) == "__main__" && globals != main;
    }
    if (PyType_Check(value)) {
        PyObject *dict = reinterpret_cast<PyTypeObject *>(value)->tp_dict;
        PyObject *name = dict ? PyDict_GetItemString(dict, "__module__") : nullptr;
        return name && keyText(name) == "__main__";
    }
    return false;
}

// --- What may change -------------------------------------------------------------------------
// Libraries change their own modules and classes as they run: lazily filled private caches and
// flags, submodules bound on their package when first imported, warning registries, pickle's
// __slotnames__, the annotations dict a class creates on first access. The rules below allow
// exactly those kinds of change, by what changed, never by which cell did it. Code (functions,
// classes, descriptors, modules) in an entry that existed before the cell never changes.

// The function a functools.partial wraps (the partial's own `func`), or the value itself.
PyObject *unwrapPartial(PyObject *value)
{
    PyObject *partial = lookup("functools", "partial");
    if (!partial || Py_TYPE(value) != reinterpret_cast<PyTypeObject *>(partial))
        return value;
    PyObject *func = PyObject_GetAttrString(value, "func"); // a member: no Python code runs
    if (!func) {
        PyErr_Clear();
        return value;
    }
    Py_DECREF(func); // the partial holds it
    return func;
}

// pandas' option callbacks rebind a private global to a partial of the same function with the
// option's value bound (`_isna` under `mode.use_inf_as_na`, which is reported as the option).
bool rebindsTheSameFunction(PyObject *before, PyObject *after)
{
    PyObject *function = unwrapPartial(after);
    return function != after && (function == before || function == unwrapPartial(before));
}

bool allowedReplace(const Watched &w, const std::string &key, PyObject *before, PyObject *after)
{
    switch (w.kind) {
    case Kind::Modules:
        return !PyModule_Check(before); // a placeholder (None) becoming a module is an import
    case Kind::Registry:
        return false;
    case Kind::RcParams:
        return true;
    case Kind::Module:
    case Kind::Type:
        break;
    }
    if (key == "__warningregistry__" || key == "__slotnames__" || key == "__annotations__")
        return true;
    // A module global a library fills on first use (scipy's `_ccallback.ffi = None`, set when a
    // LowLevelCallable is first made): None becoming plain data is the library initialising
    // itself, and such data cannot carry the cell's code. Functions and classes stay refused.
    if (w.kind == Kind::Module && before == Py_None && !isCode(after))
        return true;
    if (!isPrivate(key))
        return false;
    return (before == Py_None || (!isCode(before) && !isCode(after)) ||
            rebindsTheSameFunction(before, after)) &&
           !isCellCode(after);
}

bool allowedDelete(const Watched &w, const std::string &key, PyObject *before)
{
    if (w.kind == Kind::RcParams)
        return true;
    if (w.kind == Kind::Modules)
        return !PyModule_Check(before);
    if (w.kind == Kind::Registry)
        return false;
    if (key == "__warningregistry__" || (isPrivate(key) && !isCode(before)))
        return true;
    // A lazy attribute that removes itself from its class once resolved (six's moved modules
    // and attributes, which statsmodels and others use): its class says so with `_resolve`.
    return w.kind == Kind::Type && Py_TYPE(before)->tp_descr_get &&
           PyObject_HasAttrString(reinterpret_cast<PyObject *>(Py_TYPE(before)), "_resolve");
}

// An entry new in a class that an ancestor already defines replaces the ancestor's for this
// class: "added over" is replacing.
bool shadowsInherited(PyObject *type, PyObject *key)
{
    PyObject *mro = reinterpret_cast<PyTypeObject *>(type)->tp_mro;
    if (!mro || !PyTuple_Check(mro))
        return false;
    for (Py_ssize_t i = 1; i < PyTuple_GET_SIZE(mro); ++i) {
        PyObject *base = PyTuple_GET_ITEM(mro, i);
        PyObject *dict =
            PyType_Check(base) ? reinterpret_cast<PyTypeObject *>(base)->tp_dict : nullptr;
        if (dict && PyDict_GetItemWithError(dict, key))
            return true;
        PyErr_Clear();
    }
    return false;
}

// A plotting backend pandas loaded and cached: a module imported under its own name. A module
// object a cell made (`type(pd)("fake")`) is in no such place.
bool isImportedModule(PyObject *value)
{
    if (!PyModule_Check(value))
        return false;
    const char *name = PyModule_GetName(value);
    if (!name) {
        PyErr_Clear();
        return false;
    }
    return PyDict_GetItemString(PyImport_GetModuleDict(), name) == value;
}

bool allowedAdd(const Watched &w, const std::string &key, PyObject *keyObject, PyObject *value)
{
    switch (w.kind) {
    case Kind::Modules:
    case Kind::RcParams:
        return true;
    case Kind::Registry:
        return isImportedModule(value); // filled on first use, even in this very cell
    case Kind::Type:
        return key == "__slotnames__" || key == "__annotations__" ||
               !shadowsInherited(w.owner.ptr(), keyObject);
    case Kind::Module:
        break;
    }
    if (key == "__warningregistry__")
        return true;
    if (isDunder(key))
        return false; // __getattr__, __dir__: a module's own behaviour
    // A module global named like a builtin replaces that builtin for every function of the module.
    return !PyDict_GetItemWithError(PyEval_GetBuiltins(), keyObject) && !PyErr_Occurred();
}

// --- The snapshot -----------------------------------------------------------------------------

void watch(Kind kind, PyObject *owner, PyObject *dict, std::string name)
{
    State &s = state();
    const auto found = s.byOwner.find(owner);
    if (found != s.byOwner.end()) {
        // The same class under several names (pandas.DataFrame, pandas.core.frame.DataFrame):
        // reports use the shortest, the one a user writes.
        Watched &known = s.watched[found->second];
        if (name.size() < known.name.size())
            known.name = std::move(name);
        return;
    }
    Watched w;
    w.kind = kind;
    w.owner = py::reinterpret_borrow<py::object>(owner);
    w.dict = dict;
    w.copy = copyOf(dict);
    w.version = versionOf(dict);
    w.name = std::move(name);
    s.byOwner.emplace(owner, s.watched.size());
    s.watched.push_back(std::move(w));
}

void watchType(PyObject *type, const std::string &name)
{
    PyObject *dict = reinterpret_cast<PyTypeObject *>(type)->tp_dict;
    if (!dict || !PyDict_Check(dict))
        return;
    PyObject *module = PyDict_GetItemString(dict, "__module__");
    const std::string home = module ? keyText(module) : std::string();
    if (home == "sandbench_worker" || startsWith(home, "sandbench_worker."))
        return; // the worker's own classes are not a library's
    watch(Kind::Type, type, dict, name);
}

void watchModule(const std::string &name, PyObject *module)
{
    if (skippedModule(name) || !PyModule_Check(module))
        return;
    PyObject *dict = PyModule_GetDict(module);
    if (!dict)
        return;
    watch(Kind::Module, module, dict, name);
    Py_ssize_t pos = 0;
    PyObject *key = nullptr;
    PyObject *value = nullptr;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (PyType_Check(value)) {
            const std::string attribute = keyText(key);
            if (!attribute.empty())
                watchType(value, name + "." + attribute);
        }
    }
    if (name == "pandas.plotting._core") {
        PyObject *backends = PyDict_GetItemString(dict, "_backends");
        if (backends && PyDict_Check(backends))
            watch(Kind::Registry, backends, backends, "pandas plotting backend");
    }
    if (name == "matplotlib") {
        PyObject *rc = PyDict_GetItemString(dict, "rcParams");
        if (rc && PyDict_Check(rc))
            watch(Kind::RcParams, rc, rc, "rcParams");
    }
}

void flattenOptions(PyObject *dict, const std::string &prefix,
                    std::vector<std::pair<std::string, py::object>> &out)
{
    Py_ssize_t pos = 0;
    PyObject *key = nullptr;
    PyObject *value = nullptr;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        const std::string name = prefix + keyText(key);
        if (PyDict_CheckExact(value))
            flattenOptions(value, name + ".", out);
        else
            out.emplace_back(name, py::reinterpret_borrow<py::object>(value));
    }
}

std::vector<std::pair<std::string, py::object>> pandasOptions()
{
    std::vector<std::pair<std::string, py::object>> out;
    PyObject *config = lookup("pandas._config.config", "_global_config");
    if (config && PyDict_CheckExact(config))
        flattenOptions(config, "", out);
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

// The global random states, as bytes. Only objects of the exact library types are asked (their
// methods are the libraries' own: a rebound one is a violation and the states are not read then).
std::string randomState(PyObject *generator, PyObject *expectedType, const char *method)
{
    if (!generator || !expectedType || Py_TYPE(generator) != (PyTypeObject *)expectedType)
        return {};
    PyObject *result = PyObject_CallMethod(generator, method, nullptr);
    if (!result) {
        PyErr_Clear();
        return {};
    }
    std::string bytes;
    if (PyTuple_Check(result)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(result); ++i) {
            PyObject *item = PyTuple_GET_ITEM(result, i);
            Py_buffer view;
            if (PyObject_CheckBuffer(item) && PyObject_GetBuffer(item, &view, PyBUF_SIMPLE) == 0) {
                bytes.append(static_cast<const char *>(view.buf), std::size_t(view.len));
                PyBuffer_Release(&view);
                continue;
            }
            PyErr_Clear();
            if (PyObject *text = PyObject_Repr(item)) {
                if (const char *utf8 = PyUnicode_AsUTF8(text))
                    bytes += utf8;
                Py_DECREF(text);
            }
            PyErr_Clear();
            bytes += '\0';
        }
    }
    Py_DECREF(result);
    return bytes;
}

std::vector<Fingerprint> randomStates()
{
    return {
        {"random state",
         randomState(lookup("random", "_inst"), lookup("random", "Random"), "getstate")},
        {"numpy.random state",
         randomState(lookup("numpy.random.mtrand", "_rand"),
                     lookup("numpy.random.mtrand", "RandomState"), "get_state")},
    };
}

void takeSnapshot()
{
    State &s = state();
    PyObject *modules = PyImport_GetModuleDict(); // the interpreter's, not a rebindable sys.modules
    watch(Kind::Modules, modules, modules, "sys.modules");
    PyObject *copy = s.watched.back().copy.ptr();
    Py_ssize_t pos = 0;
    PyObject *key = nullptr;
    PyObject *value = nullptr;
    // builtins is among them, watched like a library module: every library's functions resolve
    // len, sum and round there.
    while (PyDict_Next(copy, &pos, &key, &value))
        watchModule(keyText(key), value);
    s.pandasOptions = pandasOptions();
    s.randomStates = randomStates();
    s.ready = true;
}

std::string entryName(const Watched &w, const std::string &key)
{
    switch (w.kind) {
    case Kind::Modules:
        return "sys.modules['" + key + "']";
    case Kind::Registry:
        return w.name + " '" + key + "'";
    case Kind::RcParams:
        return "rcParams['" + key + "']";
    case Kind::Module:
    case Kind::Type:
        break;
    }
    return w.name + "." + key;
}

void report(std::vector<std::string> &list, std::string text)
{
    if (std::find(list.begin(), list.end(), text) == list.end())
        list.push_back(std::move(text));
}

// Compares one dict whose version tag moved with its copy; then the copy becomes the current
// state. New modules and classes found on the way are watched from now on. outcome null: only
// the latter (prepare: what the worker itself changed is not judged, only taken as the baseline).
void compare(std::size_t index, Outcome *outcome)
{
    State &s = state();
    Watched &w = s.watched[index];
    const bool legitimate = w.kind == Kind::RcParams;
    std::vector<std::string> ignored;
    std::vector<std::string> &into = !outcome     ? ignored
                                     : legitimate ? outcome->stateChanges
                                                  : outcome->violations;
    PyObject *dict = w.dict;
    PyObject *before = w.copy.ptr();
    Py_ssize_t pos = 0;
    PyObject *key = nullptr;
    PyObject *old = nullptr;
    while (outcome && PyDict_Next(before, &pos, &key, &old)) {
        const std::string name = keyText(key);
        if (name.empty())
            continue;
        PyObject *now = PyDict_GetItemWithError(dict, key);
        if (!now) {
            PyErr_Clear();
            if (legitimate || !allowedDelete(w, name, old))
                report(into, entryName(w, name) +
                                 (legitimate ? std::string() : " cannot be deleted from a cell"));
        } else if (now != old) {
            if (legitimate || !allowedReplace(w, name, old, now))
                report(into, entryName(w, name) +
                                 (legitimate ? std::string() : " cannot be replaced from a cell"));
        }
    }
    std::vector<std::pair<std::string, PyObject *>> added;
    pos = 0;
    PyObject *value = nullptr;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (PyDict_Contains(before, key) == 1)
            continue;
        PyErr_Clear();
        const std::string name = keyText(key);
        if (name.empty())
            continue;
        if (outcome && (legitimate || !allowedAdd(w, name, key, value)))
            report(into, entryName(w, name) +
                             (legitimate ? std::string() : " cannot be replaced from a cell"));
        added.emplace_back(name, value);
    }
    // Replaced entries that were allowed (a placeholder became a module) are new too.
    w.copy = copyOf(dict);
    w.version = versionOf(dict);
    const Kind kind = w.kind;
    const std::string owner = w.name;
    // `w` may move from here on: watching adds to s.watched.
    for (const auto &[name, item] : added) {
        if (kind == Kind::Modules)
            watchModule(name, item);
        else if (kind == Kind::Module && PyType_Check(item))
            watchType(item, owner + "." + name);
    }
    if (kind == Kind::Modules) {
        pos = 0;
        while (PyDict_Next(s.watched[index].copy.ptr(), &pos, &key, &value)) {
            if (PyModule_Check(value) && !s.byOwner.count(value))
                watchModule(keyText(key), value);
        }
    }
}

} // namespace

void prepare()
{
    State &s = state();
    if (!s.ready) {
        takeSnapshot();
        return;
    }
    // Inherited from the keeper: what changed since is the worker's own doing (the warm-up's
    // empty cell, a dataset the keeper loaded), not the coming cell's. It becomes the baseline.
    const std::size_t count = s.watched.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (versionOf(s.watched[i].dict) != s.watched[i].version)
            compare(i, nullptr);
    }
    s.pandasOptions = pandasOptions();
    s.randomStates = randomStates();
}

Outcome check()
{
    const auto started = std::chrono::steady_clock::now();
    Outcome outcome;
    State &s = state();
    if (!s.ready) {
        takeSnapshot(); // nothing to compare with: the cell ran before any snapshot was taken
    } else {
        // Indexes, not iterators: comparing may watch new modules and grow the list.
        const std::size_t count = s.watched.size();
        for (std::size_t i = 0; i < count; ++i) {
            if (versionOf(s.watched[i].dict) != s.watched[i].version)
                compare(i, &outcome);
        }
        // Modules this cell imported, and classes new to a library: nothing to compare with, but
        // no cell code may be in them.
        for (std::size_t i = count; i < s.watched.size(); ++i) {
            const Watched &w = s.watched[i];
            if ((w.kind != Kind::Module && w.kind != Kind::Type) || isCellCode(w.owner.ptr()))
                continue;
            Py_ssize_t pos = 0;
            PyObject *key = nullptr;
            PyObject *value = nullptr;
            while (PyDict_Next(w.dict, &pos, &key, &value)) {
                if (isCellCode(value))
                    report(outcome.violations,
                           w.name + "." + keyText(key) + " cannot be replaced from a cell");
            }
        }
        auto options = pandasOptions();
        std::size_t o = 0;
        for (const auto &[name, value] : options) {
            while (o < s.pandasOptions.size() && s.pandasOptions[o].first < name)
                ++o;
            if (o >= s.pandasOptions.size() || s.pandasOptions[o].first != name ||
                !s.pandasOptions[o].second.is(value))
                report(outcome.stateChanges, name);
        }
        s.pandasOptions = std::move(options);
        if (outcome.violations.empty()) {
            auto states = randomStates();
            for (std::size_t i = 0; i < states.size() && i < s.randomStates.size(); ++i) {
                if (states[i].value != s.randomStates[i].value)
                    report(outcome.stateChanges, states[i].label);
            }
            s.randomStates = std::move(states);
        }
    }
    for (const std::string &violation : outcome.violations)
        evidence::record(protocol::kLayerGuard.data(), "library-attribute", violation.c_str());
    outcome.microseconds =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - started)
            .count();
    return outcome;
}

std::size_t watchedDicts()
{
    return state().watched.size();
}

namespace {

bool isResult(const nlohmann::json &header)
{
    return header.is_object() && header.value("type", std::string()) == protocol::kTypeResult;
}

} // namespace

void applyTo(Reply &reply, const Outcome &outcome)
{
    nlohmann::json header = nlohmann::json::parse(reply.header, nullptr, false);
    if (!isResult(header)) {
        // Not a cell's result (a variables listing, a table page): such requests never commit.
        if (!outcome.violations.empty())
            reply.commit = false;
        return;
    }
    applyTo(header, outcome);
    if (!outcome.violations.empty())
        reply.commit = false;
    reply.header = header.dump(-1, ' ', true);
}

void applyTo(nlohmann::json &header, const Outcome &outcome)
{
    if (!isResult(header))
        return;
    auto bounded = [](const std::vector<std::string> &items) {
        nlohmann::json list = nlohmann::json::array();
        for (std::size_t i = 0; i < items.size() && i < kMaxReported; ++i)
            list.push_back(items[i]);
        if (items.size() > kMaxReported)
            list.push_back("and " + std::to_string(items.size() - kMaxReported) + " more");
        return list;
    };
    header["state_changes"] = bounded(outcome.stateChanges);
    if (!outcome.violations.empty()) {
        header["status"] = protocol::kStatusDenied;
        header["rolled_back"] = true;
        if (!header["violations"].is_array())
            header["violations"] = nlohmann::json::array();
        for (const auto &message : bounded(outcome.violations)) {
            header["violations"].push_back({{"rule", "library-attribute"},
                                            {"message", message},
                                            {"line", 0},
                                            {"col", 0},
                                            {"layer", "guard"}});
        }
        const std::string stderrText =
            header["stderr"].is_string() ? header["stderr"].get<std::string>() : std::string();
        header["stderr"] = stderrText + "The cell changed a library that later cells rely on (" +
                           outcome.violations.front() +
                           "). It was refused; the session's variables are as they were before "
                           "it.\n";
    }
}

} // namespace sandbench::worker::libraryguard
