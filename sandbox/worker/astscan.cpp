#include "astscan.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace sandbench::worker::astscan {
namespace {

// The node classes the filter tells apart, in the order static_check.py passes them.
enum Kind
{
    kName,
    kAttribute,
    kConstant,
    kCall,
    kBinOp,
    kImport,
    kImportFrom,
    kMatchClass,
    kAdd,
    kKinds
};

bool isDunder(PyObject *text)
{
    // attr[:2] == "__" and attr[-2:] == "__", as Python spells it (so "__" itself counts).
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n < 2)
        return false;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    return PyUnicode_READ(kind, data, 0) == '_' && PyUnicode_READ(kind, data, 1) == '_' &&
           PyUnicode_READ(kind, data, n - 2) == '_' && PyUnicode_READ(kind, data, n - 1) == '_';
}

// A string constant the check reads for names only when it holds "__" or "{" (check_text); the
// rest matter only in a cell that computes attribute names, which scans again with all_strings.
bool mayNameSomething(PyObject *text)
{
    if (PyBytes_CheckExact(text)) {
        const char *data = PyBytes_AS_STRING(text);
        const Py_ssize_t n = PyBytes_GET_SIZE(text);
        for (Py_ssize_t i = 0; i < n; ++i) {
            if (data[i] == '{' || (data[i] == '_' && i + 1 < n && data[i + 1] == '_'))
                return true;
        }
        return false;
    }
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; ++i) {
        const Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '{' || (c == '_' && i + 1 < n && PyUnicode_READ(kind, data, i + 1) == '_'))
            return true;
    }
    return false;
}

// -1 on error, else 0/1.
int contains(PyObject *set, PyObject *key)
{
    return PySet_Contains(set, key);
}

struct Interned
{
    PyObject *id = nullptr;
    PyObject *attr = nullptr;
    PyObject *value = nullptr;
    PyObject *func = nullptr;
    PyObject *op = nullptr;
    PyObject *right = nullptr;
    bool ready = false;
    bool init()
    {
        if (ready)
            return true;
        id = PyUnicode_InternFromString("id");
        attr = PyUnicode_InternFromString("attr");
        value = PyUnicode_InternFromString("value");
        func = PyUnicode_InternFromString("func");
        op = PyUnicode_InternFromString("op");
        right = PyUnicode_InternFromString("right");
        ready = id && attr && value && func && op && right;
        return ready;
    }
};

Interned names;

// Every object the walk holds is a strong reference: a cell that committed can hang a property
// on an ast class, and reading that attribute then runs the cell's Python, which could drop any
// part of the tree (or the fields cache) that a borrowed pointer would still point to.
class Ref
{
public:
    Ref() = default;
    explicit Ref(PyObject *owned) : m_object(owned) {}
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    Ref(Ref &&other) noexcept : m_object(other.m_object) { other.m_object = nullptr; }
    Ref &operator=(Ref &&other) noexcept
    {
        std::swap(m_object, other.m_object);
        return *this;
    }
    ~Ref() { Py_XDECREF(m_object); }
    static Ref borrowed(PyObject *object)
    {
        Py_XINCREF(object);
        return Ref(object);
    }
    PyObject *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    PyObject *m_object = nullptr;
};

// -1 on error, else 0/1: whether the attribute `name` of `object` is in `set`.
int attributeIn(PyObject *object, PyObject *name, PyObject *set)
{
    const Ref value(PyObject_GetAttr(object, name));
    if (!value)
        return -1;
    return contains(set, value.get());
}

} // namespace

PyObject *scan(PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 9) {
        PyErr_SetString(PyExc_TypeError, "scan() takes 9 arguments");
        return nullptr;
    }
    // The arguments are the caller's for the whole call.
    PyObject *tree = args[0];
    PyObject *fieldsCache = args[1];
    PyObject *fieldsOf = args[2];
    PyObject *kinds = args[3];
    PyObject *badNames = args[4];
    PyObject *keepAttributes = args[5];
    PyObject *safeDunders = args[6];
    PyObject *callNames = args[7];
    const int allStrings = PyObject_IsTrue(args[8]);
    if (allStrings < 0)
        return nullptr;
    if (!PyDict_Check(fieldsCache) || !PyTuple_Check(kinds) || PyTuple_GET_SIZE(kinds) != kKinds ||
        !PyAnySet_Check(badNames) || !PyAnySet_Check(keepAttributes) ||
        !PyAnySet_Check(safeDunders) || !PyAnySet_Check(callNames)) {
        PyErr_SetString(PyExc_TypeError, "scan(): unexpected argument types");
        return nullptr;
    }
    if (!names.init())
        return nullptr;
    PyTypeObject *kind[kKinds]; // held by the kinds tuple, the caller's
    for (int i = 0; i < kKinds; ++i)
        kind[i] = reinterpret_cast<PyTypeObject *>(PyTuple_GET_ITEM(kinds, i));

    Ref out(PyList_New(0));
    if (!out)
        return nullptr;
    // Child field names per class: the class and its tuple of names, both held.
    std::unordered_map<PyTypeObject *, std::pair<Ref, Ref>> fieldsByType;
    std::vector<Ref> stack;
    stack.reserve(256);
    stack.push_back(Ref::borrowed(tree));
    while (!stack.empty()) {
        const Ref node = std::move(stack.back());
        stack.pop_back();
        PyTypeObject *type = Py_TYPE(node.get()); // held by the node
        int keep = 0;
        if (type == kind[kName]) {
            keep = attributeIn(node.get(), names.id, badNames);
        } else if (type == kind[kAttribute]) {
            const Ref attr(PyObject_GetAttr(node.get(), names.attr));
            if (!attr)
                return nullptr;
            keep = contains(keepAttributes, attr.get());
            if (keep == 0 && PyUnicode_Check(attr.get()) && isDunder(attr.get())) {
                keep = contains(safeDunders, attr.get());
                if (keep >= 0)
                    keep = !keep;
            }
        } else if (type == kind[kConstant]) {
            const Ref value(PyObject_GetAttr(node.get(), names.value));
            if (!value)
                return nullptr;
            if (PyUnicode_CheckExact(value.get()) || PyBytes_CheckExact(value.get()))
                keep = allStrings || mayNameSomething(value.get());
        } else if (type == kind[kCall]) {
            const Ref func(PyObject_GetAttr(node.get(), names.func));
            if (!func)
                return nullptr;
            if (Py_TYPE(func.get()) == kind[kName])
                keep = attributeIn(func.get(), names.id, callNames);
            else if (Py_TYPE(func.get()) == kind[kAttribute])
                keep = attributeIn(func.get(), names.attr, callNames);
        } else if (type == kind[kBinOp]) {
            // Only `... + "text"` can fold into a string (static_check.visit_binop).
            const Ref op(PyObject_GetAttr(node.get(), names.op));
            if (!op)
                return nullptr;
            if (Py_TYPE(op.get()) == kind[kAdd]) {
                const Ref right(PyObject_GetAttr(node.get(), names.right));
                if (!right)
                    return nullptr;
                keep = Py_TYPE(right.get()) == kind[kConstant];
            }
        } else if (type == kind[kImport] || type == kind[kImportFrom] ||
                   type == kind[kMatchClass]) {
            keep = 1;
        }
        if (keep < 0 || (keep && PyList_Append(out.get(), node.get()) < 0))
            return nullptr;

        auto known = fieldsByType.find(type);
        if (known == fieldsByType.end()) {
            PyObject *typeObject = reinterpret_cast<PyObject *>(type);
            Ref fields = Ref::borrowed(PyDict_GetItemWithError(fieldsCache, typeObject));
            if (!fields) {
                if (PyErr_Occurred())
                    return nullptr;
                // fields_of (static_check._child_fields) returns the names and caches them.
                fields = Ref(PyObject_CallOneArg(fieldsOf, typeObject));
                if (!fields)
                    return nullptr;
            }
            if (!PyTuple_Check(fields.get())) {
                PyErr_SetString(PyExc_TypeError, "scan(): child fields must be a tuple");
                return nullptr;
            }
            known = fieldsByType
                        .emplace(type, std::make_pair(Ref::borrowed(typeObject), std::move(fields)))
                        .first;
        }
        PyObject *fields = known->second.second.get();
        const Py_ssize_t count = PyTuple_GET_SIZE(fields);
        for (Py_ssize_t i = 0; i < count; ++i) {
            Ref value(PyObject_GetAttr(node.get(), PyTuple_GET_ITEM(fields, i)));
            if (!value)
                return nullptr;
            if (PyList_CheckExact(value.get())) {
                // Items are read one by one: the list is held, but its length could change.
                for (Py_ssize_t j = 0; j < PyList_GET_SIZE(value.get()); ++j)
                    stack.push_back(Ref::borrowed(PyList_GET_ITEM(value.get(), j)));
            } else if (value.get() != Py_None) {
                stack.push_back(std::move(value));
            }
        }
    }
    PyObject *result = out.get();
    Py_INCREF(result);
    return result;
}

} // namespace sandbench::worker::astscan
