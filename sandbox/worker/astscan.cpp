#include "astscan.h"

#include <unordered_map>
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

// A node's attribute as a borrowed reference: the tree holds it for as long as the walk runs, and
// nothing the walk calls runs Python code that could change the tree. nullptr with an exception.
PyObject *borrowedAttr(PyObject *node, PyObject *name)
{
    PyObject *value = PyObject_GetAttr(node, name);
    if (value)
        Py_DECREF(value);
    return value;
}

} // namespace

PyObject *scan(PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 9) {
        PyErr_SetString(PyExc_TypeError, "scan() takes 9 arguments");
        return nullptr;
    }
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
    PyTypeObject *kind[kKinds];
    for (int i = 0; i < kKinds; ++i)
        kind[i] = reinterpret_cast<PyTypeObject *>(PyTuple_GET_ITEM(kinds, i));

    PyObject *out = PyList_New(0);
    if (!out)
        return nullptr;
    // Child field names per class (a tuple of str), borrowed from fields_cache, which keeps them.
    std::unordered_map<PyTypeObject *, PyObject *> fieldsByType;
    std::vector<PyObject *> stack{tree};
    stack.reserve(256);
    const auto fail = [out] {
        Py_DECREF(out);
        return static_cast<PyObject *>(nullptr);
    };
    while (!stack.empty()) {
        PyObject *node = stack.back();
        stack.pop_back();
        PyTypeObject *type = Py_TYPE(node);
        bool keep = false;
        if (type == kind[kName]) {
            PyObject *id = borrowedAttr(node, names.id);
            if (!id)
                return fail();
            const int found = contains(badNames, id);
            if (found < 0)
                return fail();
            keep = found;
        } else if (type == kind[kAttribute]) {
            PyObject *attr = borrowedAttr(node, names.attr);
            if (!attr)
                return fail();
            int found = contains(keepAttributes, attr);
            if (found < 0)
                return fail();
            if (!found && PyUnicode_Check(attr) && isDunder(attr)) {
                found = contains(safeDunders, attr);
                if (found < 0)
                    return fail();
                found = !found;
            }
            keep = found;
        } else if (type == kind[kConstant]) {
            PyObject *value = borrowedAttr(node, names.value);
            if (!value)
                return fail();
            if (PyUnicode_CheckExact(value)) {
                keep = allStrings || mayNameSomething(value);
            } else if (PyBytes_CheckExact(value)) {
                keep = allStrings || mayNameSomething(value);
            }
        } else if (type == kind[kCall]) {
            PyObject *func = borrowedAttr(node, names.func);
            if (!func)
                return fail();
            PyObject *callee = nullptr;
            if (Py_TYPE(func) == kind[kName])
                callee = borrowedAttr(func, names.id);
            else if (Py_TYPE(func) == kind[kAttribute])
                callee = borrowedAttr(func, names.attr);
            else if (PyErr_Occurred())
                return fail();
            if (callee) {
                const int found = contains(callNames, callee);
                if (found < 0)
                    return fail();
                keep = found;
            } else if (PyErr_Occurred()) {
                return fail();
            }
        } else if (type == kind[kBinOp]) {
            // Only `... + "text"` can fold into a string (static_check.visit_binop).
            PyObject *op = borrowedAttr(node, names.op);
            if (!op)
                return fail();
            if (Py_TYPE(op) == kind[kAdd]) {
                PyObject *right = borrowedAttr(node, names.right);
                if (!right)
                    return fail();
                keep = Py_TYPE(right) == kind[kConstant];
            }
        } else if (type == kind[kImport] || type == kind[kImportFrom] ||
                   type == kind[kMatchClass]) {
            keep = true;
        }
        if (keep && PyList_Append(out, node) < 0)
            return fail();

        PyObject *fields;
        auto known = fieldsByType.find(type);
        if (known != fieldsByType.end()) {
            fields = known->second;
        } else {
            fields = PyDict_GetItemWithError(fieldsCache, reinterpret_cast<PyObject *>(type));
            if (!fields) {
                if (PyErr_Occurred())
                    return fail();
                // fields_of fills the cache (static_check._child_fields), which then holds it.
                PyObject *made = PyObject_CallOneArg(fieldsOf, reinterpret_cast<PyObject *>(type));
                if (!made)
                    return fail();
                Py_DECREF(made);
                fields = PyDict_GetItemWithError(fieldsCache, reinterpret_cast<PyObject *>(type));
                if (!fields) {
                    if (!PyErr_Occurred())
                        PyErr_SetString(PyExc_RuntimeError, "scan(): fields_of kept no entry");
                    return fail();
                }
            }
            if (!PyTuple_Check(fields)) {
                PyErr_SetString(PyExc_TypeError, "scan(): child fields must be a tuple");
                return fail();
            }
            fieldsByType.emplace(type, fields);
        }
        const Py_ssize_t count = PyTuple_GET_SIZE(fields);
        for (Py_ssize_t i = 0; i < count; ++i) {
            PyObject *value = borrowedAttr(node, PyTuple_GET_ITEM(fields, i));
            if (!value)
                return fail();
            if (PyList_CheckExact(value)) {
                const Py_ssize_t items = PyList_GET_SIZE(value);
                for (Py_ssize_t j = 0; j < items; ++j)
                    stack.push_back(PyList_GET_ITEM(value, j));
            } else if (value != Py_None) {
                stack.push_back(value);
            }
        }
    }
    return out;
}

} // namespace sandbench::worker::astscan
