// sandbench-worker: serves the protocol in sandbox/PROTOCOL.md on the fds it was started with.

#include "channel.h"
#include "clustermember.h"
#include "fdchannel.h"
#include "interpreter.h"
#include "isolation.h"
#include "keeper.h"
#include "protocol_constants.h"
#include "seal.h"

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

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
        "usage: %s [--package-dir DIR] [--no-namespaces] [--host-network]\n"
        "       %s [--package-dir DIR] --cluster-role certs|scheduler|worker|probe --cluster-config "
        "FILE\n"
        "Serves Sandbench's worker protocol on stdin/stdout. Started by the sandbench app;\n"
        "not meant to be run by hand.\n",
        argv0, argv0);
    return 64;
}

bool isSocket(int fd)
{
    struct stat st
    {
    };
    return ::fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
}

// Nothing the app's process had open may reach user code: close every descriptor but ours.
void closeInheritedDescriptors(const std::vector<int> &keep)
{
    std::vector<int> open;
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        while (dirent *entry = ::readdir(dir)) {
            const int fd = std::atoi(entry->d_name);
            if (fd > 2 && fd != ::dirfd(dir))
                open.push_back(fd);
        }
        ::closedir(dir);
    }
    for (int fd : open) {
        bool kept = false;
        for (int k : keep)
            kept = kept || k == fd;
        if (!kept)
            ::close(fd);
    }
}

bool receiveSealKey(sandbench::worker::Channel &channel)
{
    auto frame = channel.read();
    nlohmann::json message =
        frame ? nlohmann::json::parse(frame->header, nullptr, false) : nlohmann::json();
    const bool isKey = message.is_object() &&
                       message.value("type", "") == sandbench::protocol::kTypeKey &&
                       message.contains("key") && message["key"].is_string();
    std::string key = isKey ? sandbench::protocol::fromHex(message["key"].get<std::string>()) : "";
    if (frame)
        std::fill(frame->header.begin(), frame->header.end(), '\0');
    message = nullptr;
    if (key.size() != sandbench::protocol::kSealKeyBytes) {
        std::fprintf(stderr, "sandbench-worker: the first frame must carry the seal's key "
                             "(sandbox/PROTOCOL.md, \"Seals\")\n");
        return false;
    }
    channel.setSealKey(std::move(key));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::string packageDir = defaultPackageDir();
    bool namespaces = true;
    bool hostNetwork = false;
    std::string clusterRole, clusterConfig;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--package-dir") == 0 && i + 1 < argc)
            packageDir = argv[++i];
        else if (std::strcmp(argv[i], "--no-namespaces") == 0)
            namespaces = false;
        else if (std::strcmp(argv[i], "--host-network") == 0)
            hostNetwork = true; // a session that uses a cluster: Landlock limits TCP to it
        else if (std::strcmp(argv[i], "--cluster-role") == 0 && i + 1 < argc)
            clusterRole = argv[++i];
        else if (std::strcmp(argv[i], "--cluster-config") == 0 && i + 1 < argc)
            clusterConfig = argv[++i];
        else
            return usage(argv[0]);
    }
    if (!clusterRole.empty() || !clusterConfig.empty()) {
        if (clusterRole.empty() || clusterConfig.empty())
            return usage(argv[0]);
        // A cluster member dies with the `sandbench cluster` process that supervises it.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() == 1)
            return 1;
        closeInheritedDescriptors({});
        return sandbench::worker::runClusterMember(packageDir, clusterRole, clusterConfig,
                                                   namespaces);
    }

    // Die with the app: a worker must never outlive the process that talks to it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 1;

    std::string error;
    const auto fds = sandbench::worker::takeOverStdio(error);
    if (!fds) {
        std::fprintf(stderr, "sandbench-worker: %s\n", error.c_str());
        return sandbench::protocol::kExitSoftware;
    }
    const int fdChannel =
        isSocket(sandbench::worker::kFdChannel) ? sandbench::worker::kFdChannel : -1;
    closeInheritedDescriptors({fds->in, fds->out, fdChannel});

    sandbench::worker::IsolationReport isolation;
    if (namespaces)
        sandbench::worker::enterNamespaces(isolation, !hostNetwork);
    else
        isolation.notes.push_back("namespaces switched off by the profile");

    sandbench::worker::Channel channel(fds->in, fds->out);
    // The key that seals every frame this worker sends comes first, before the interpreter exists:
    // no Python code ever runs in a process that has not got it, and none can read it.
    if (!receiveSealKey(channel))
        return sandbench::protocol::kExitSoftware;
    try {
        sandbench::worker::Interpreter interpreter(packageDir, isolation, fdChannel);
        if (!channel.write(interpreter.hello()))
            return sandbench::protocol::kExitIoError;
        sandbench::worker::Keeper keeper(channel, interpreter, isolation.supervisorFd);
        return keeper.run();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "sandbench-worker: %s\n", e.what());
        return sandbench::protocol::kExitSoftware;
    }
    if (!channel.error().empty()) {
        std::fprintf(stderr, "sandbench-worker: %s\n", channel.error().c_str());
        return sandbench::protocol::kExitIoError;
    }
    return 0;
}
