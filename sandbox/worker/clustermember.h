// A member of a sandboxed Dask cluster (issue 18): the scheduler or a worker of `distributed`,
// run by this binary under the same layers as a session's cells (namespaces, limits, Landlock,
// seccomp, the audit hook), with TCP allowed to the cluster's own ports only.
#pragma once

#include <string>

namespace sandbench::worker {

// role: "certs" (write the cluster's certificates; no sandbox, nothing runs but our own code),
// "scheduler" or "worker". configPath: the JSON file `sandbench cluster` wrote for this member
// (sandbench_worker/cluster.py reads it). Returns the process's exit status.
int runClusterMember(const std::string &packageDir, const std::string &role,
                     const std::string &configPath, bool namespaces);

} // namespace sandbench::worker
