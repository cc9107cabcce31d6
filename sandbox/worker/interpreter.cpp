#include "interpreter.h"

#include <pybind11/embed.h>
#include <stdexcept>

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
    return std::make_unique<py::scoped_interpreter>(&config, 0, nullptr, false);
}

std::string errorHeader(const std::string &message)
{
    py::dict header;
    header["type"] = "error";
    header["id"] = py::none();
    header["message"] = message;
    return py::module_::import("json").attr("dumps")(header).cast<std::string>();
}

} // namespace

struct Interpreter::Private
{
    std::unique_ptr<py::scoped_interpreter> interpreter;
    py::object server;
};

Interpreter::Interpreter(const std::string &packageDir) : d(std::make_unique<Private>())
{
    d->interpreter = startInterpreter();
    try {
        py::module_::import("sys").attr("path").attr("insert")(0, packageDir);
        d->server = py::module_::import("sandbench_worker.server").attr("Server")();
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

std::string Interpreter::hello()
{
    return d->server.attr("hello")().cast<std::string>();
}

Reply Interpreter::handle(const std::string &header, const std::string &payload)
{
    try {
        const py::tuple answer = d->server.attr("handle")(py::bytes(header), py::bytes(payload));
        Reply reply;
        reply.header = answer[0].cast<std::string>();
        reply.payload = answer[1].cast<std::string>();
        reply.keepRunning = answer[2].cast<bool>();
        return reply;
    } catch (const py::error_already_set &e) {
        // A bug in the worker's own Python must not end the session: report it and go on.
        return Reply{errorHeader(std::string("internal worker error: ") + e.what()), {}, true};
    }
}

} // namespace sandbench::worker
