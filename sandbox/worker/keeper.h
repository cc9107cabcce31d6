// Transactional cells. The keeper holds the session's state and serves requests; each cell runs in
// a fork of it. A cell that ends ok makes its process the new keeper and the old one a snapshot
// (copy-on-write: a few milliseconds and no copying, whatever the DataFrames weigh); a cell that
// fails, is refused, times out, runs out of memory, is interrupted or dies simply goes, and the
// keeper, untouched, goes on. Snapshots make `undo` possible; the oldest are dropped past a count
// or a memory budget, both from the profile's limits.
//
// The process the app started becomes the session's template once the sandbox is armed: libraries
// imported, zones and filters applied, no user state. It forks the first keeper and then only
// waits; `reset` asks it for another fork, so a fresh session costs a fork, not a new interpreter.
#pragma once

#include "channel.h"
#include "interpreter.h"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <sys/types.h>
#include <vector>

namespace sandbench::worker {

class Keeper
{
public:
    // supervisorFd: the pipe to the supervisor outside the sandbox (isolation.h), -1 without one.
    Keeper(Channel &channel, Interpreter &interpreter, int supervisorFd);

    // Serves requests until shutdown or end of input; returns the process's exit status.
    int run();

private:
    struct Snapshot
    {
        int resumeFd = -1; // write end: "R <id>" resumes it, "X" ends it, "P"/"D" notes
        int ackFd = -1;    // read end: "A" once it took over after "R"; end of file if it is gone
        pid_t pid = 0;
    };

    // The next cell's process, forked ahead of its request (see prepareStandby).
    struct Standby
    {
        pid_t pid = 0;
        int requestFd = -1; // write end: the request's frame
        int verdictFd = -1; // read end: "S" started, output, "W", the sealed reply (untrusted)
        int resumeFd = -1;  // read end: what this process hears as a snapshot after a commit
        int ackFd = -1;     // write end: "A" when it takes over after an undo
        // The cell's own ends of the resume and ack pipes, and the socket they and this
        // keeper's other privileged descriptors reach it through once its cell committed
        // (handOver): until then, no descriptor in the cell's process can wake a snapshot, ask
        // the template for a keeper or talk to the supervisor.
        int resumeWriteFd = -1;
        int ackReadFd = -1;
        int handoverFd = -1;
    };

    enum class Forked
    {
        Standby, // the standby waits for its request
        Failed   // no process could be forked
    };
    // closeInStandby: a descriptor of this process's that the standby must not keep (a cell
    // process forking ahead of its takeOver: its handover socket). Returns in this process only:
    // the standby runs standbyMain on a stack of its own and never returns here.
    Forked prepareStandby(int closeInStandby = -1);
    struct StandbyStart
    {
        Keeper *keeper = nullptr;
        int requestFd = -1;
        int verdictFd = -1;
        int handoverFd = -1;
    };
    // The standby's life: its cell, then, if that commits, the keeper's loop; ends with _exit.
    [[noreturn]] static void standbyMain(void *start);
    void dropStandby();
    void reapFinishedCells();
    // The cell's part of a standby's life: waits for its request, runs it, answers; returns only
    // on commit.
    void runAsCell(int requestFd, int verdictFd, int handoverFd);
    // retried: this is the second process asked to run the cell (the first died before it began).
    // request: frame.header as parsed (once) by run().
    bool execute(const protocol::Frame &frame, const nlohmann::json &request, long long id,
                 double timeoutSeconds, bool retried = false);
    void configure(const protocol::Frame &frame);
    // Forks the first keeper; this process stays behind as the template and only returns (as a
    // fresh keeper) when a reset asks for one.
    void becomeTemplate();
    void serveAsTemplate(int requestFd);
    void reset(long long id);
    void undo(long long id);
    [[noreturn]] void endSession(int status);
    // committedId: the cell whose commit made this process a snapshot.
    bool waitAsSnapshot(int resumeFd, int ackFd, pid_t child, long long committedId);
    // The keeper died with cell `id` in flight: this snapshot answers for it and serves on.
    bool recoverSession(int resumeFd, int ackFd, long long id, std::uint64_t sequence,
                        long long committedId, int keeperStatus);
    // What the newest snapshot needs to take over if this process dies (waitAsSnapshot).
    void noteInFlight(long long id, std::uint64_t sequence);
    void noteSettled();
    void reply(const std::string &header);
    void dropOldSnapshots();
    static void closeSnapshot(const Snapshot &snapshot);
    void pruneDeadSnapshots();
    // In the standby right after its fork: closes every keeper descriptor a cell must not hold.
    void closeKeeperDescriptors();
    // The keeper's side after a commit: its privileged descriptors (duplicates) to the process
    // that carries the session on; and that process's side, which takes them.
    bool handOver(const Standby &cell);
    bool takeOver(int handoverFd, int &resumeFd, int &ackFd);
    // Kills every child of this process that is not part of the session (what a cell started,
    // reparented here because the keeper is a child subreaper) and reaps it.
    void killStrays(pid_t keep);

    Channel &m_channel;
    Interpreter &m_interpreter;
    int m_maxSnapshots = 5; // the profile's limits.snapshots
    // The profile's limits.output_chars: bounds what a cell's live output may relay.
    std::size_t m_outputChars = 1024 * 1024;
    int m_supervisorFd = -1;
    Standby m_standby;
    std::vector<Snapshot> m_snapshots; // oldest first
    long long m_pendingUndoId = 0;     // set when this process was resumed by an undo
    long long m_pendingResetId = 0;    // set when this process was handed out by the template
    int m_templateFd = -1;             // write end: "R <id>" asks the template for a fresh keeper
    // The request id of the last cell whose state this process holds (0: none). Each process
    // keeps its own: a snapshot still says the cell before the one that moved past it.
    long long m_stateId = 0;
};

} // namespace sandbench::worker
