// The static check's walk of a cell's syntax tree, in C++ (issue 14, item 8). The check itself
// stays in Python (sandbench_worker/policy/static_check.py): this only visits every node of the
// tree Python's ast.parse built and hands back, in the walk's own order, the few nodes the check
// has something to say about. The rules that judge them are the Python ones; the Python side has
// the same walk as a fallback (plain python3, tests) and a test runs both on the same cells.
//
// The walk is most of the check's time: about 9,100 nodes for a 1,000-line cell, a few hundred of
// which the check looks at. In Python each node costs a trip round the interpreter's loop; here it
// is a type comparison and an attribute read or two.
#pragma once

#include <Python.h>

namespace sandbench::worker::astscan {

// scan(tree, fields_cache, fields_of, kinds, bad_names, keep_attributes, safe_dunders,
//      call_names, all_strings) -> list of nodes. See static_check.py, _Checker.scan, which this
//      mirrors
// exactly. Returns a new reference, or nullptr with a Python exception set.
PyObject *scan(PyObject *const *args, Py_ssize_t nargs);

} // namespace sandbench::worker::astscan
