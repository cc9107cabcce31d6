// sandbench-worker: serves the protocol in sandbox/PROTOCOL.md on the fds it was started with.

#include "channel.h"
#include "interpreter.h"

#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

std::string executableDir()
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return ".";
    std::string exe(path, static_cast<std::size_t>(n));
    return exe.substr(0, exe.find_last_of('/'));
}

// libexec/sandbench/sandbench-worker -> share/sandbench/python, in the build tree and installed.
std::string defaultPackageDir()
{
    return executableDir() + "/../../share/sandbench/python";
}

int usage(const char *argv0)
{
    std::fprintf(
        stderr,
        "usage: %s [--package-dir DIR]\n"
        "Serves Sandbench's worker protocol on stdin/stdout. Started by the sandbench app;\n"
        "not meant to be run by hand.\n",
        argv0);
    return 64;
}

} // namespace

int main(int argc, char **argv)
{
    std::string packageDir = defaultPackageDir();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--package-dir") == 0 && i + 1 < argc)
            packageDir = argv[++i];
        else
            return usage(argv[0]);
    }

    // Die with the app: a worker must never outlive the process that talks to it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 1;

    std::string error;
    const auto fds = sandbench::worker::takeOverStdio(error);
    if (!fds) {
        std::fprintf(stderr, "sandbench-worker: %s\n", error.c_str());
        return 70;
    }
    sandbench::worker::Channel channel(fds->in, fds->out);

    try {
        sandbench::worker::Interpreter interpreter(packageDir);
        if (!channel.write(interpreter.hello()))
            return 74;
        while (auto frame = channel.read()) {
            const auto reply = interpreter.handle(frame->header, frame->payload);
            if (!channel.write(reply.header, reply.payload))
                return 74;
            if (!reply.keepRunning)
                return 0;
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "sandbench-worker: %s\n", e.what());
        return 70;
    }
    if (!channel.error().empty()) {
        std::fprintf(stderr, "sandbench-worker: %s\n", channel.error().c_str());
        return 74;
    }
    return 0;
}
