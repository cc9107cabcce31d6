// Transactional cells. The keeper holds the session's state and serves requests; each cell runs in
// a fork of it. A cell that ends ok makes its process the new keeper and the old one a snapshot
// (copy-on-write: a few milliseconds and no copying, whatever the DataFrames weigh); a cell that
// fails, is refused, times out, runs out of memory, is interrupted or dies simply goes, and the
// keeper, untouched, goes on. Snapshots make `undo` possible; the oldest are dropped past a count.
#pragma once

#include "channel.h"
#include "interpreter.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace sandbench::worker {

class Keeper
{
public:
    // maxSnapshots: how many earlier states are kept for undo.
    Keeper(Channel &channel, Interpreter &interpreter, int maxSnapshots);

    // Serves requests until shutdown or end of input; returns the process's exit status.
    int run();

private:
    struct Snapshot
    {
        int resumeFd = -1; // write end: "R <id>" resumes it, "X" ends it
        pid_t pid = 0;
    };

    bool execute(const protocol::Frame &frame, long long id, double timeoutSeconds);
    void undo(long long id);
    [[noreturn]] void endSession(int status);
    bool waitAsSnapshot(int resumeFd, pid_t child);
    void reply(const std::string &header);
    void dropOldSnapshots();
    void pruneDeadSnapshots();
    // Kills every child of this process that is not part of the session (what a cell started,
    // reparented here because the keeper is a child subreaper) and reaps it.
    void killStrays(pid_t keep);

    Channel &m_channel;
    Interpreter &m_interpreter;
    int m_maxSnapshots;
    std::vector<Snapshot> m_snapshots; // oldest first
    long long m_pendingUndoId = 0;     // set when this process was resumed by an undo
    pid_t m_root = 0;                  // the first keeper: never dropped, the app's process
};

} // namespace sandbench::worker
