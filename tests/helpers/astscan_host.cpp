// An embedded interpreter with the worker's C++ syntax-tree walk (sandbox/worker/astscan.h) as an
// importable module, `_sandbench_astscan`, for the tests and the benchmark that compare it with
// the static check's Python walk. The worker itself never makes it importable: it hands the
// function to its Python side as a value. Usage: astscan_host SCRIPT.py [ARGS...]
#include "../../sandbox/worker/astscan.h"

#include <cstdio>
#include <pybind11/embed.h>
#include <string>
#include <vector>

namespace py = pybind11;

PYBIND11_EMBEDDED_MODULE(_sandbench_astscan, m)
{
    m.def("scan", [](const py::args &args) {
        std::vector<PyObject *> raw;
        for (const py::handle item : args)
            raw.push_back(item.ptr());
        PyObject *nodes = sandbench::worker::astscan::scan(raw.data(), Py_ssize_t(raw.size()));
        if (!nodes)
            throw py::error_already_set();
        return py::reinterpret_steal<py::object>(nodes);
    });
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SCRIPT.py [ARGS...]\n", argv[0]);
        return 2;
    }
    py::scoped_interpreter interpreter;
    try {
        py::list args;
        for (int i = 1; i < argc; ++i)
            args.append(argv[i]);
        py::module_::import("sys").attr("argv") = args;
        py::module_::import("runpy").attr("run_path")(std::string(argv[1]),
                                                      py::arg("run_name") = "__main__");
    } catch (const py::error_already_set &e) {
        if (e.matches(PyExc_SystemExit)) {
            const py::object code = e.value().attr("code");
            return code.is_none() ? 0 : py::isinstance<py::int_>(code) ? code.cast<int>() : 1;
        }
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
