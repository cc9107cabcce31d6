#include "keeper.h"

#include "evidence.h"
#include "fdpass.h"
#include "freshstack.h"
#include "isolation.h"
#include "libraryguard.h"
#include "livestream.h"
#include "outputrelay.h"
#include "seccompfilter.h"
#include "statusnames.h"
#include "verdict.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

namespace sandbench::worker {
namespace {

using Clock = std::chrono::steady_clock;

bool writeAll(int fd, const std::string &text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += std::size_t(n);
    }
    return true;
}

// A request handed to the standby: the channel's next frame number (the standby was forked
// before the keeper's latest replies), two lengths, then the header and the payload.
bool writeRequest(int fd, std::uint64_t sequence, const std::string &header,
                  const std::string &payload)
{
    const std::uint64_t sizes[3] = {sequence, header.size(), payload.size()};
    return writeAll(fd, std::string(reinterpret_cast<const char *>(sizes), sizeof sizes)) &&
           writeAll(fd, header) && writeAll(fd, payload);
}

bool readExactly(int fd, char *data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += std::size_t(n);
    }
    return true;
}

bool readRequest(int fd, std::uint64_t &sequence, std::string &header, std::string &payload)
{
    std::uint64_t sizes[3] = {0, 0, 0};
    if (!readExactly(fd, reinterpret_cast<char *>(sizes), sizeof sizes))
        return false;
    sequence = sizes[0];
    header.resize(sizes[1]);
    payload.resize(sizes[2]);
    return readExactly(fd, header.data(), header.size()) &&
           readExactly(fd, payload.data(), payload.size());
}

// Waits for one byte; false at end of file (the writer is gone).
bool readByte(int fd, char &byte)
{
    for (;;) {
        const ssize_t n = ::read(fd, &byte, 1);
        if (n < 0 && errno == EINTR)
            continue;
        return n == 1;
    }
}

// The keeper's go-ahead to its cell ("s" after `started`, "w" before the reply): a record of its
// own on the handover socket, before the descriptors, since the cell's process holds no pipe of
// the keeper's until its cell committed. MSG_NOSIGNAL: a cell that died meanwhile is seen on the
// verdict pipe.
void letCellGoOn(int handoverFd, char word)
{
    ssize_t sent;
    do {
        sent = ::send(handoverFd, &word, 1, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
}

// The cell's side: false if the keeper is gone.
bool awaitKeeper(int handoverFd)
{
    char word = 0;
    ssize_t got;
    do {
        got = ::recv(handoverFd, &word, 1, 0);
    } while (got < 0 && errno == EINTR);
    return got == 1;
}

// "w" and the channel's next frame number: the cell writes its reply under it. The keeper wrote
// the cell's `output` frames (livestream.h) while it ran, so only the keeper knows the count.
void letCellWrite(int handoverFd, std::uint64_t sequence)
{
    char record[9] = {'w'};
    for (int i = 0; i < 8; ++i)
        record[1 + i] = char(sequence >> (56 - 8 * i));
    ssize_t sent;
    do {
        sent = ::send(handoverFd, record, sizeof record, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
}

bool awaitWrite(int handoverFd, std::uint64_t &sequence)
{
    unsigned char record[16] = {};
    ssize_t got;
    do {
        got = ::recv(handoverFd, record, sizeof record, 0);
    } while (got < 0 && errno == EINTR);
    if (got != 9 || record[0] != 'w')
        return false;
    sequence = 0;
    for (int i = 0; i < 8; ++i)
        sequence = sequence << 8 | record[1 + i];
    return true;
}

// "R <id> <frame number>": a process that takes over the session's channel learns the number of
// the next frame from the one that hands it over.
std::string resumeMessage(long long id, std::uint64_t sequence)
{
    return "R " + std::to_string(id) + " " + std::to_string(sequence) + "\n";
}

bool parseResume(const std::string &message, long long &id, std::uint64_t &sequence)
{
    unsigned long long number = 0;
    if (std::sscanf(message.c_str(), "R %lld %llu", &id, &number) != 2)
        return false;
    sequence = number;
    return true;
}

// Process names tell the supervisor, outside the sandbox, which processes are snapshots.
void setRole(const char *name)
{
    ::prctl(PR_SET_NAME, name);
}

// The answer to a query (not a cell) that its fork could not give: an `error`, which the app
// reads as a failed query, not as a broken worker.
std::string queryFailure(long long id, const std::string &message)
{
    return nlohmann::json{{"type", protocol::kTypeError}, {"id", id}, {"message", message}}.dump(
        -1, ' ', true);
}

std::string describeDeath(int status)
{
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGKILL)
            return "it was killed (signal 9)";
        if (signal == SIGXCPU)
            return "it used up its CPU time";
        return std::string("it died of signal ") + std::to_string(signal) + " (" +
               ::strsignal(signal) + ")";
    }
    return "it exited with status " + std::to_string(WEXITSTATUS(status));
}

} // namespace

Keeper::Keeper(Channel &channel, Interpreter &interpreter, int supervisorFd)
    : m_channel(channel), m_interpreter(interpreter), m_supervisorFd(supervisorFd)
{
    // Interrupts are for the running cell only (the app signals the whole process group); the
    // keeper, its snapshots and the template must survive them.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGPIPE, SIG_IGN);
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
}

void Keeper::killStrays(pid_t keep)
{
    for (int round = 0; round < 100; ++round) {
        std::vector<pid_t> strays;
        const std::string self = "/proc/" + std::to_string(::getpid()) + "/task";
        if (DIR *tasks = ::opendir(self.c_str())) {
            while (dirent *task = ::readdir(tasks)) {
                if (task->d_name[0] == '.')
                    continue;
                std::ifstream children(self + "/" + task->d_name + "/children");
                pid_t pid = 0;
                while (children >> pid) {
                    if (pid != keep)
                        strays.push_back(pid);
                }
            }
            ::closedir(tasks);
        }
        if (strays.empty())
            return;
        for (pid_t pid : strays)
            ::kill(pid, SIGKILL);
        for (pid_t pid : strays) {
            int status = 0;
            ::waitpid(pid, &status, 0);
        }
    }
}

void Keeper::reply(const std::string &header)
{
    if (!m_channel.write(header))
        endSession(protocol::kExitIoError);
}

int Keeper::run()
{
    for (;;) {
        if (m_pendingUndoId) {
            reply(nlohmann::json{{"type", protocol::kTypeUndone},
                                 {"id", m_pendingUndoId},
                                 {"snapshots", m_snapshots.size()}}
                      .dump(-1, ' ', true));
            m_pendingUndoId = 0;
        }
        if (m_pendingResetId) {
            reply(nlohmann::json{{"type", protocol::kTypeReset}, {"id", m_pendingResetId}}.dump(
                -1, ' ', true));
            m_pendingResetId = 0;
        }
        reapFinishedCells();
        // The next cell's process is forked while nothing waits for it (usually the cell that
        // made this process the keeper forked it already, runAsCell).
        if (m_interpreter.configured() && m_standby.pid <= 0 && prepareStandby() != Forked::Failed)
            continue;
        auto frame = m_channel.read();
        if (!frame)
            endSession(m_channel.error().empty() ? 0 : protocol::kExitIoError);
        const nlohmann::json request = nlohmann::json::parse(frame->header, nullptr, false);
        const std::string type =
            request.is_object() && request.contains("type") && request["type"].is_string()
                ? request["type"].get<std::string>()
                : std::string();
        const long long id =
            request.is_object() && request.contains("id") && request["id"].is_number_integer()
                ? request["id"].get<long long>()
                : 0;
        // Cells, and everything that runs user code (a __repr__ when listing variables), run in a
        // fork: whatever they do, the keeper's state stays as it was unless a cell ends ok.
        const bool readsData = type == protocol::kTypeTable || type == protocol::kTypeSummary;
        // Completion and help resolve names next to user objects: whatever they touch runs in a
        // discarded fork, under a short clock so that a hostile __getattr__ cannot hold the
        // editor (sandbench_worker/completion.py).
        const bool asksEditorHelp = type == protocol::kTypeComplete || type == protocol::kTypeHelp;
        const bool runsUserCode =
            type == protocol::kTypeExecute || type == protocol::kTypeVariables ||
            type == protocol::kTypeExportView || asksEditorHelp ||
            type == protocol::kTypeViewCode ||
            (readsData &&
             !(m_interpreter.configured() && m_interpreter.runsNoUserCode(frame->header)));
        if (runsUserCode && m_interpreter.configured()) {
            double timeout = type == protocol::kTypeExecute ? 0 : asksEditorHelp ? 3 : 10;
            if (request.contains("timeout_s") && request["timeout_s"].is_number())
                timeout = request["timeout_s"].get<double>();
            if (!execute(*frame, request, id, timeout))
                return protocol::kExitSoftware;
            continue;
        }
        if (type == protocol::kTypeUndo) {
            undo(id);
            continue;
        }
        if (type == protocol::kTypeReset) {
            reset(id);
            continue;
        }
        if (type == protocol::kTypeConfigure && !m_interpreter.configured()) {
            configure(*frame);
            continue;
        }
        // A check reads only the code; a dataset load changes the state the standby copied.
        if (!readsData && type != protocol::kTypeCheck)
            dropStandby();
        const Reply answer = m_interpreter.handle(frame->header, frame->payload);
        if (!m_channel.write(answer.header, answer.payload))
            endSession(protocol::kExitIoError);
        if (!answer.keepRunning)
            endSession(0);
    }
}

void Keeper::standbyMain(void *argument)
{
    const StandbyStart start = *static_cast<const StandbyStart *>(argument);
    start.keeper->runAsCell(start.requestFd, start.verdictFd, start.handoverFd);
    // Its cell ended ok: this process is the keeper now. run() ends the process itself
    // (endSession) but on a failure to fork a cell's process.
    ::_exit(start.keeper->run());
}

Keeper::Forked Keeper::prepareStandby(int closeInStandby)
{
    if (m_standby.pid > 0)
        return Forked::Standby;
    int request[2];
    int verdict[2];
    int resume[2];
    int ack[2];
    int handover[2];
    int *pipes[] = {request, verdict, resume, ack, handover};
    int made = 0;
    for (; made < 4; ++made) {
        if (::pipe2(pipes[made], O_CLOEXEC) != 0)
            break;
    }
    if (made == 4 && ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, handover) == 0)
        ++made;
    if (made < 5) {
        for (int i = 0; i < made; ++i) {
            ::close(pipes[i][0]);
            ::close(pipes[i][1]);
        }
        return Forked::Failed;
    }
    m_interpreter.beforeFork();
    const pid_t child = ::fork();
    if (child < 0) {
        m_interpreter.afterForkParent();
        for (int *p : pipes) {
            ::close(p[0]);
            ::close(p[1]);
        }
        return Forked::Failed;
    }
    if (child == 0) {
        // The next cell's process, forked ahead so the fork is not on the cell's clock. It waits
        // with interrupts ignored; it dies with its keeper, answers for itself, and on success
        // carries the session on.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        setRole(kStandbyName);
        m_interpreter.afterForkKeeper();
        ::close(request[1]);
        ::close(verdict[0]);
        for (int *p : {resume, ack}) {
            ::close(p[0]);
            ::close(p[1]);
        }
        ::close(handover[0]);
        if (closeInStandby >= 0)
            ::close(closeInStandby);
        closeKeeperDescriptors();
        // It runs its cell and, if that commits, the keeper's loop, on a stack of its own: the
        // frames it was forked in are left behind (freshstack.h). Static: not on a stack.
        static StandbyStart start;
        start = {this, request[0], verdict[1], handover[1]};
        continueOnFreshStack(&Keeper::standbyMain, &start);
    }
    m_interpreter.afterForkParent();
    ::close(request[0]);
    ::close(verdict[1]);
    ::close(handover[1]);
    m_standby = {child, request[1], verdict[0], resume[0], ack[1], resume[1], ack[0], handover[0]};
    return Forked::Standby;
}

void Keeper::reapFinishedCells()
{
    int status = 0;
    pid_t pid;
    while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
        if (pid == m_standby.pid)
            dropStandby(); // it died waiting (out of memory): the loop forks another
    }
}

void Keeper::dropStandby()
{
    if (m_standby.pid <= 0)
        return;
    // End of its request pipe: it exits; it is reaped with the next cell's leftovers.
    ::close(m_standby.requestFd);
    ::close(m_standby.verdictFd);
    ::close(m_standby.resumeFd);
    ::close(m_standby.ackFd);
    ::close(m_standby.resumeWriteFd);
    ::close(m_standby.ackReadFd);
    ::close(m_standby.handoverFd);
    m_standby = {};
}

void Keeper::closeKeeperDescriptors()
{
    // What the keeper that forked this process holds: the pipes that wake its snapshots, the
    // template's request pipe, the supervisor's pipe. A cell could write to any of them (wake
    // an old state as a second keeper, ask for a fresh one, send the supervisor limits); the
    // process gets duplicates back only once its cell committed (handOver).
    for (Snapshot &s : m_snapshots) {
        ::close(s.resumeFd);
        ::close(s.ackFd);
        s.resumeFd = s.ackFd = -1;
    }
    m_snapshots.clear();
    for (int *fd : {&m_templateFd, &m_supervisorFd}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

namespace {

// What handOver sends with each descriptor, in order.
enum class Handed : std::int32_t
{
    Resume,
    Ack,
    Template,
    Supervisor,
    SnapshotResume,
    SnapshotAck
};

struct HandedEntry
{
    Handed kind;
    std::int32_t pid; // a snapshot's process
};

constexpr std::size_t kMaxHanded = 200; // below the kernel's SCM_RIGHTS limit of 253

} // namespace

bool Keeper::handOver(const Standby &cell)
{
    std::vector<HandedEntry> entries{{Handed::Resume, 0}, {Handed::Ack, 0}};
    std::vector<int> fds{cell.resumeWriteFd, cell.ackReadFd};
    if (m_templateFd >= 0) {
        entries.push_back({Handed::Template, 0});
        fds.push_back(m_templateFd);
    }
    if (m_supervisorFd >= 0) {
        entries.push_back({Handed::Supervisor, 0});
        fds.push_back(m_supervisorFd);
    }
    // The newest first: if there are more than a message carries, the oldest are left out,
    // as dropOldSnapshots would drop them.
    for (auto it = m_snapshots.rbegin(); it != m_snapshots.rend() && fds.size() + 2 <= kMaxHanded;
         ++it) {
        entries.push_back({Handed::SnapshotResume, std::int32_t(it->pid)});
        fds.push_back(it->resumeFd);
        entries.push_back({Handed::SnapshotAck, std::int32_t(it->pid)});
        fds.push_back(it->ackFd);
    }
    return protocol::sendWithDescriptors(cell.handoverFd, entries.data(),
                                         entries.size() * sizeof(HandedEntry), fds.data(),
                                         fds.size());
}

bool Keeper::takeOver(int handoverFd, int &resumeFd, int &ackFd)
{
    HandedEntry entries[kMaxHanded];
    std::vector<int> fds;
    const ssize_t n =
        protocol::receiveWithDescriptors(handoverFd, entries, sizeof entries, kMaxHanded, fds);
    ::close(handoverFd);
    if (n <= 0 || n % ssize_t(sizeof(HandedEntry)) != 0)
        return false;
    const std::size_t count = std::size_t(n) / sizeof(HandedEntry);
    if (fds.size() != count) {
        for (int fd : fds)
            ::close(fd);
        return false;
    }
    std::vector<Snapshot> snapshots; // newest first, as sent
    for (std::size_t i = 0; i < count; ++i) {
        switch (entries[i].kind) {
        case Handed::Resume:
            resumeFd = fds[i];
            break;
        case Handed::Ack:
            ackFd = fds[i];
            break;
        case Handed::Template:
            m_templateFd = fds[i];
            break;
        case Handed::Supervisor:
            m_supervisorFd = fds[i];
            break;
        case Handed::SnapshotResume:
            snapshots.push_back({fds[i], -1, pid_t(entries[i].pid)});
            break;
        case Handed::SnapshotAck:
            if (!snapshots.empty())
                snapshots.back().ackFd = fds[i];
            else
                ::close(fds[i]);
            break;
        default:
            ::close(fds[i]);
        }
    }
    m_snapshots.assign(snapshots.rbegin(), snapshots.rend());
    return resumeFd >= 0 && ackFd >= 0;
}

void Keeper::runAsCell(int requestFd, int verdictFd, int handoverFd)
{
    // Warming up is worth it only while nothing waits: a request already here goes first.
    pollfd pending{requestFd, POLLIN, 0};
    if (::poll(&pending, 1, 0) == 0)
        m_interpreter.warmUp();
    // The library snapshot this cell is compared with, taken (or brought up to date with what
    // the worker itself changed since the keeper's) here, while nothing waits.
    libraryguard::prepare();
    std::string header;
    std::string payload;
    std::uint64_t sequence = 0;
    if (!readRequest(requestFd, sequence, header, payload))
        ::_exit(0); // the keeper dropped this standby: its state changed or the session ended
    ::close(requestFd);
    m_channel.setSequence(sequence);
    setRole(kCellName);
    // What fired before the request (the warm-up, a late finalizer of the kept state) is not this
    // cell's, as the Python side also says (Session.execute).
    evidence::take();
    evidence::overflowed();
    m_interpreter.armInterrupts();
    // The app sends an interrupt only after this: earlier, no process would be sure to take it as
    // this cell's (the keeper and a standby ignore it; see PROTOCOL.md, `started`).
    nlohmann::json request = nlohmann::json::parse(header, nullptr, false);
    if (request.is_object() && request.contains("type") &&
        request["type"] == protocol::kTypeExecute && request.contains("id") &&
        request["id"].is_number_integer()) {
        // "S": the keeper writes the `started` frame for this process. Not written here: the
        // frame numbering must stay with one process, or a keeper killed between this process's
        // word and its frame would leave its snapshot one number off (the app would then see the
        // snapshot's answer out of order and record the cell tampered).
        writeAll(verdictFd, std::string(1, protocol::kWordStarted));
        // "s" back once `started` is out, so this process's reply follows it. It comes over the
        // handover socket (a record of its own, before the descriptors): this process holds no
        // pipe of the keeper's until its cell committed.
        if (!awaitKeeper(handoverFd)) // false: the keeper is gone
            ::_exit(0);
        m_channel.setSequence(m_channel.sequence() + 1); // the keeper's `started` frame
        // What the cell prints goes to the keeper as it is written (live output).
        m_interpreter.setOutputStream(verdictFd);
    }
    Reply answer = m_interpreter.handle(header, payload);
    m_interpreter.setOutputStream(-1);
    recordIfRefusalTrapReplaced();
    // A cell that rebound a library's code leaves evidence ("guard"); the reply gets the state the
    // cell changed on purpose, written by C++ (issue 12, item 3).
    libraryguard::Outcome guard = libraryguard::check();
    // A cell's reply is parsed once for the guard and the verdict, and dumped once (issue 12,
    // item 5); any other reply passes through the verdict untouched.
    nlohmann::json replyHeader;
    if (isCellRequest(request)) {
        replyHeader = parseReplyHeader(answer.header);
        libraryguard::applyTo(replyHeader, guard);
    } else {
        libraryguard::applyTo(answer, guard);
    }
    // The trusted verdict and the commit decision: C++ from the evidence, not Python's word.
    Verdict verdict = decideVerdict(request, std::move(replyHeader), std::move(answer),
                                    evidence::take(), evidence::overflowed());
    // The reply follows. The keeper's clock runs on (livestream.h, kReplyGraceMs): the cell's code
    // could have written this word too, so it buys the cell nothing.
    writeAll(verdictFd, std::string(1, protocol::kWordWriting));
    // "w" back once the keeper told its newest snapshot the cell settled ("D"). Written before
    // that word, this process's reply and the answer of a snapshot that took over for a keeper
    // killed in between would both go out under one frame number (the app then records the next
    // cell tampered). Without the word the keeper is gone, perhaps before its note: the snapshot
    // answers for the cell, so this process writes nothing.
    std::uint64_t replySequence = 0;
    if (!awaitWrite(handoverFd, replySequence))
        ::_exit(0);
    m_channel.setSequence(replySequence);
    // The reply goes to the keeper, sealed, not to the app: the keeper writes it on the channel
    // once its seal proves this C++ made it, and keeps this process's state only if the sealed
    // verdict says so. No word of the cell's can claim a reply or a commit (livestream.h).
    std::string sealed = m_channel.seal(verdict.header, verdict.payload);
    std::string prefix(protocol::kReplyMessagePrefix, '\0');
    prefix[0] = protocol::kReplyMessageTag;
    for (int i = 0; i < 8; ++i)
        prefix[std::size_t(1 + i)] = char(std::uint64_t(sealed.size()) >> (56 - 8 * i));
    const bool written = writeAll(verdictFd, prefix) && writeAll(verdictFd, sealed);
    ::close(verdictFd);
    if (!written || !verdict.commit)
        ::_exit(written ? 0 : protocol::kExitIoError);
    // A cell that commits needs the next cell's process forked from its state. Forked here, while
    // the keeper checks and writes the reply and the app reads it, the fork is off the next
    // cell's clock even when that cell follows at once (it was the largest part of a back-to-back
    // `1+1`). Nothing runs between the reply and the fork but this C++: the standby is the copy
    // the keeper this process becomes would fork, and it holds no keeper descriptor (this process
    // has none yet; its own handover socket is closed in it). Interrupts are ignored from here on,
    // as in every keeper and standby. If the keeper refuses the commit, takeOver fails, this
    // process exits and the standby with it (PR_SET_PDEATHSIG).
    std::signal(SIGINT, SIG_IGN);
    // Only an execute commits; the check keeps anything else from throwing here.
    const long long committedId =
        request.is_object() && request.contains("id") && request["id"].is_number_integer()
            ? request["id"].get<long long>()
            : 0;
    // The standby leaves this frame behind without destroying it (freshstack.h): what the frame
    // owns goes first, or every later generation would inherit it, never freed.
    std::string().swap(header);
    std::string().swap(payload);
    request = nlohmann::json();
    answer = Reply{};
    guard = libraryguard::Outcome{};
    replyHeader = nlohmann::json();
    verdict = Verdict{};
    std::string().swap(sealed);
    std::string().swap(prefix);
    prepareStandby(handoverFd); // if it fails, the keeper's loop forks the standby later
    // The keeper's descriptors, which this process needs from now on (closeKeeperDescriptors):
    // they come once the keeper wrote the reply, and not at all if it refused it.
    int resumeFd = -1;
    int ackFd = -1;
    if (!takeOver(handoverFd, resumeFd, ackFd))
        ::_exit(protocol::kExitIoError); // the keeper is gone: so is the session
    // Committed: this process holds the state this cell left.
    m_stateId = committedId;

    std::signal(SIGINT, SIG_IGN);
    // A keeper outlives its parent when that snapshot is dropped; it ends with the session (end
    // of input, or the PID namespace's init, the template, going), not with its parent.
    ::prctl(PR_SET_PDEATHSIG, 0);
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    setRole(kKeeperName);
    killStrays(m_standby.pid); // what the cell started is this process's child now: it goes
    // The keeper's snapshots, as they were when this process was forked, plus the keeper itself.
    m_snapshots.push_back({resumeFd, ackFd, ::getppid()});
    dropOldSnapshots();
    requestSnapshotTrim(m_supervisorFd);
}

bool Keeper::execute(const protocol::Frame &frame, const nlohmann::json &request, long long id,
                     double timeoutSeconds, bool retried)
{
    // The newest snapshot hears which cell is in flight and the channel's next frame number, so
    // that it can answer for the cell and carry the session on if this process is killed. Only
    // cells: a `variables` or `table` answered with a cell's verdict would confuse the app.
    const bool noted = isCellRequest(request);
    if (noted) {
        pruneDeadSnapshots();
        noteInFlight(id, m_channel.sequence());
    }
    const auto noteSettled = [this, noted] {
        if (noted)
            this->noteSettled();
    };
    Standby cell;
    bool sent = false;
    // A standby that died while it waited (the out-of-memory killer, a stray kill) costs one more
    // fork, not the cell: nothing ran in it, so a fresh copy of this state is as good.
    for (int attempt = 0; attempt < 2 && !sent; ++attempt) {
        if (m_standby.pid <= 0) {
            // None was forked ahead (the fork failed while idle, or the standby died): fork now.
            if (prepareStandby() == Forked::Failed)
                return false;
        }
        cell = std::exchange(m_standby, {});
        sent = writeRequest(cell.requestFd, m_channel.sequence(), frame.header, frame.payload);
        ::close(cell.requestFd);
        if (!sent) {
            ::close(cell.verdictFd);
            ::close(cell.resumeFd);
            ::close(cell.ackFd);
            ::close(cell.resumeWriteFd);
            ::close(cell.ackReadFd);
            ::close(cell.handoverFd);
        }
    }
    const auto started = Clock::now();
    if (!sent) {
        noteSettled();
        // Twice a process prepared for the cell was gone before it started: the cell never
        // started and the session is as it was.
        reply(resultHeader(id, std::string(protocol::kStatusCrashed),
                           "The process prepared for the cell was gone before the cell started "
                           "(the system may be short of memory). Nothing ran; the session's "
                           "variables are as they were. Run the cell again.",
                           0, nlohmann::json::array()));
        return true;
    }
    const pid_t child = cell.pid;
    // Whatever the cell's end, the cell's own ends of the resume and ack pipes reach it only
    // through handOver, after a commit.
    const auto closeHandover = [&cell] {
        ::close(cell.resumeWriteFd);
        ::close(cell.ackReadFd);
        ::close(cell.handoverFd);
    };
    int verdict[2] = {cell.verdictFd, -1};
    int resume[2] = {cell.resumeFd, -1};
    int ack[2] = {-1, cell.ackFd};

    // The verdict pipe carries the cell's words, its output and its reply, all of them bytes the
    // cell's Python can write too (livestream.h): none may give the cell more time, a verdict or
    // the session. What breaks the protocol is tampering: the cell goes, answered `tampered`.
    bool writing = false;
    bool startedCell = false;
    bool replied = false;
    std::string sealedReply;
    std::uint64_t replySequence = 0;
    std::string broken; // how the cell's process broke its side of the pipe
    auto deadline = started + std::chrono::duration<double>(timeoutSeconds);
    // What the cell prints comes on the verdict pipe between its words; this process seals and
    // numbers it as `output` frames (livestream.h), noting each number for its snapshot.
    CellPipeReader pipe;
    OutputRelay relay(m_outputChars * 2 * 4 + 2 * protocol::kMaxOutputMessageBytes);
    const auto flushOutput = [&] {
        if (relay.empty())
            return;
        const std::string frame = m_channel.seal(relay.takeFrame(id, Clock::now()));
        if (noted)
            noteInFlight(id, m_channel.sequence());
        m_channel.writeSealed(frame);
    };
    while (!replied && broken.empty()) {
        while (auto event = pipe.next()) {
            if (event->word == 0) {
                // Only between `started` and the reply: the cell's own output, nothing else.
                if (startedCell && !writing) {
                    relay.add(event->stream, event->text);
                    // Within one read too: a frame never holds more than kOutputFlushBytes and
                    // one message (kMaxOutputFrameTextBytes, what the app accepts).
                    if (relay.due(Clock::now()))
                        flushOutput();
                }
                continue;
            }
            const char byte = event->word;
            if (byte == protocol::kWordWriting) {
                if (writing) {
                    broken = "it said twice that its reply was on its way";
                    break;
                }
                // The reply is on its way: a snapshot answering for the cell too would garble it.
                // The cell sends it only once told the snapshot heard so (runAsCell), and after
                // the output it printed.
                flushOutput();
                noteSettled();
                writing = true;
                // The clock is not stopped: the cell's code may have written the word itself.
                // The reply may take kReplyGraceMs past the limit, no more.
                const auto replyBy =
                    Clock::now() + std::chrono::milliseconds(protocol::kReplyGraceMs);
                if (replyBy > deadline)
                    deadline = replyBy;
                replySequence = m_channel.sequence();
                letCellWrite(cell.handoverFd, replySequence);
                continue;
            }
            if (byte == protocol::kWordStarted) {
                // Once, for a cell, before its reply: a second `started` would only confuse the
                // app, and a query has none.
                if (!noted || startedCell || writing) {
                    broken = "it said it started where it could not have";
                    break;
                }
                startedCell = true;
                // The cell has its request and its interrupts armed: the app may interrupt it
                // now. Sealed, noted, then written: the two writes back to back, so the newest
                // snapshot numbers its frames right whenever this process is killed (bar the
                // instant between the two system calls). Noted first: a kill that follows the
                // app's sight of `started` (an app or a user who stops the worker as the cell
                // begins) then always finds the note.
                const std::string startedFrame = m_channel.seal(
                    nlohmann::json{{"type", protocol::kTypeStarted}, {"id", id}}.dump());
                if (noted)
                    noteInFlight(id, m_channel.sequence());
                m_channel.writeSealed(startedFrame);
                // The cell may go on to its code now.
                letCellGoOn(cell.handoverFd, 's');
                continue;
            }
            if (byte == protocol::kReplyMessageTag && writing) {
                sealedReply = std::move(event->text);
                replied = true;
                break;
            }
            // The worker's C++ writes nothing else here ("K" and "F" are gone: the keeper takes
            // the commit from the sealed reply).
            broken = byte == protocol::kReplyMessageTag
                         ? std::string("it sent a reply before it said one was on its way")
                         : std::string("it wrote a word the worker never writes");
            break;
        }
        if (replied || !broken.empty())
            break;
        if (pipe.malformed()) {
            // Not a message of the worker's C++: the cell's Python wrote on the pipe. It goes.
            broken = "it wrote something that is not a message";
            break;
        }
        if (relay.due(Clock::now()))
            flushOutput();
        int waitMs = relay.msUntilDue(Clock::now());
        // Never switched off by anything the cell writes: only a request without a time limit
        // waits without one.
        const bool limited = timeoutSeconds > 0;
        if (limited) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            const int leftMs = int(std::max<long long>(0, left.count()));
            waitMs = waitMs < 0 ? leftMs : std::min(waitMs, leftMs);
        }
        pollfd p{verdict[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, waitMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0 && limited && Clock::now() >= deadline) {
            // Past the wall clock: the cell goes, the session stays as it was before it. What
            // it printed goes out first, while the snapshot still counts the frames. Nothing of
            // the cell's reached the channel (its reply comes through this process), so this
            // answer takes the number the reply would have had.
            flushOutput();
            noteSettled();
            ::kill(child, SIGKILL);
            int status = 0;
            ::waitpid(child, &status, 0);
            killStrays(0);
            ::close(verdict[0]);
            ::close(resume[0]);
            ::close(ack[1]);
            closeHandover();
            const double ms =
                std::chrono::duration<double, std::milli>(Clock::now() - started).count();
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, "%g", timeoutSeconds);
            if (!noted) {
                // A query is no cell: its caller expects its own reply type or an error, and
                // nothing of the session changed.
                reply(queryFailure(id, std::string("The request took longer than its time limit "
                                                   "of ") +
                                           seconds + " s and was stopped."));
                return true;
            }
            reply(resultHeader(
                id, std::string(protocol::kStatusTimeout),
                std::string("The cell ran longer than its time limit of ") + seconds +
                    " s and was stopped. The session's variables are as they were before it.",
                ms,
                nlohmann::json::array(
                    {{{"rule", "timeout"},
                      {"message", std::string("wall-clock limit of ") + seconds + " s reached"},
                      {"line", 0},
                      {"col", 0},
                      {"layer", protocol::kLayerLimit}}})));
            return true;
        }
        if (ready <= 0)
            continue; // an output frame is due (flushed above) or a spurious wake
        char buffer[64 * 1024];
        const ssize_t n = ::read(verdict[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the cell's process is gone
        pipe.feed(buffer, std::size_t(n));
    }
    flushOutput(); // what a cell that died printed (after its reply, nothing is left)
    noteSettled();
    ::close(verdict[0]);
    bool commit = false;
    if (replied) {
        // Only a frame sealed by the worker's C++ under the number this process gave passes, and
        // only for this request. The commit is the sealed verdict's (`rolled_back`, which the
        // C++ verdict writes for a cell), never a word of the cell's.
        std::string header;
        std::string reason;
        if (!m_channel.openOwnFrame(sealedReply, replySequence, header, reason)) {
            broken = "its reply was not sealed by the worker (" + reason + ")";
        } else {
            const nlohmann::json answer = nlohmann::json::parse(header, nullptr, false);
            const nlohmann::json answerId =
                answer.is_object() ? answer.value("id", nlohmann::json()) : nlohmann::json();
            const bool forThisRequest = answer.is_object() && (answerId.is_number_integer()
                                                                   ? answerId.get<long long>() == id
                                                                   : id == 0 && answerId.is_null());
            if (!forThisRequest)
                broken = "its reply was not for its request";
            else
                commit = noted && answer.contains("rolled_back") &&
                         answer["rolled_back"].is_boolean() && !answer["rolled_back"].get<bool>();
        }
    }
    if (!broken.empty()) {
        // It goes before this process answers for it: nothing it does reaches the channel after.
        ::kill(child, SIGKILL);
        int status = 0;
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        killStrays(0);
        ::close(resume[0]);
        ::close(ack[1]);
        closeHandover();
        const std::string what =
            "The cell's process broke the protocol with its keeper: " + broken + ". It was stopped";
        if (!noted) {
            reply(queryFailure(id, what + "; the session is as it was."));
            return true;
        }
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        reply(resultHeader(id, std::string(protocol::kStatusTampered),
                           what + ". The session's variables are as they were before the cell.", ms,
                           nlohmann::json::array({{{"rule", "verdict-pipe"},
                                                   {"message", broken},
                                                   {"line", 0},
                                                   {"col", 0},
                                                   {"layer", protocol::kLayerVerdict}}})));
        return true;
    }
    if (replied) {
        // The reply takes the number the cell was given, as if the cell had written it.
        m_channel.setSequence(replySequence + 1);
        if (!m_channel.writeSealed(sealedReply)) {
            ::kill(child, SIGKILL);
            endSession(protocol::kExitIoError);
        }
    }
    if (commit) {
        // The cell's process carries the session on; this one keeps the state before the cell.
        const bool handed = handOver(cell);
        closeHandover();
        if (!handed) {
            // It cannot carry the session on without them (it exits, takeOver): neither can
            // this process, whose state the cell's reply already moved past.
            ::kill(child, SIGKILL);
            endSession(protocol::kExitIoError);
        }
        if (!waitAsSnapshot(resume[0], ack[1], child, id))
            endSession(1);
        return true;
    }
    ::close(resume[0]);
    ::close(ack[1]);
    closeHandover();
    if (replied) {
        // Answered and rolled back: nothing of it may run on (it is exiting anyway). Tearing down
        // its pages is not worth waiting for: it is reaped with the next request.
        ::kill(child, SIGKILL);
        killStrays(child); // nothing a cell started outlives it
        return true;
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    killStrays(0);
    if (noted && !startedCell && !retried) {
        // It died before it took the cell (killed as it waited, the request already in its pipe):
        // nothing of the cell ran, so a fresh fork of this state runs it.
        return execute(frame, request, id, timeoutSeconds, true);
    }
    // Died before its reply was whole (even after "W"): nothing of it reached the channel, which
    // only this process writes while a cell runs, so this process answers for it.
    if (!noted) {
        reply(queryFailure(id, "The process that answered the request stopped: " +
                                   describeDeath(status) + ". The session is as it was."));
        return true;
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    reply(resultHeader(id, std::string(protocol::kStatusCrashed),
                       "The cell's process stopped before it finished: " + describeDeath(status) +
                           ". The session's variables are as they were before the cell.",
                       ms, nlohmann::json::array()));
    return true;
}

bool Keeper::waitAsSnapshot(int resumeFd, int ackFd, pid_t child, long long committedId)
{
    setRole(kSnapshotName);
    std::string message;
    bool childReaped = false;
    // The cell the keeper (this process's child) runs now, while it says one is in flight.
    bool inFlight = false;
    long long inFlightId = 0;
    std::uint64_t inFlightSequence = 0;
    // The keeper that wrote the notes: this process's child, or a later keeper reparented here
    // when the snapshot between them was dropped. What this process reaped, and how it ended.
    pid_t keeper = child;
    std::map<pid_t, int> exits;
    for (;;) {
        // Dropped snapshots' processes end up here (a child subreaper): reap them while waiting.
        int reaped = 0;
        pid_t pid;
        while ((pid = ::waitpid(-1, &reaped, WNOHANG)) > 0) {
            if (pid == child)
                childReaped = true;
            if (exits.size() < 4096)
                exits[pid] = reaped;
        }
        // The keeper died with a cell in flight (killed from outside, out of memory): this is the
        // newest state there is. Its last notes are read first (it may have settled the cell);
        // what the cell started may still hold the pipe open, so its end is not waited for.
        const bool keeperDied = inFlight && exits.count(keeper) > 0;
        pollfd p{resumeFd, POLLIN, 0};
        if (::poll(&p, 1, keeperDied ? 0 : 1000) == 0) {
            if (keeperDied)
                return recoverSession(resumeFd, ackFd, inFlightId, inFlightSequence, committedId,
                                      exits[keeper]);
            continue;
        }
        char buffer[64];
        const ssize_t n = ::read(resumeFd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // Every newer process is gone. With a cell in flight the keeper was killed: carry the
            // session on; otherwise the session ended without saying so.
            if (inFlight) {
                int status = 0;
                if (exits.count(keeper))
                    status = exits[keeper];
                else
                    while (::waitpid(keeper, &status, 0) < 0 && errno == EINTR) {
                    }
                return recoverSession(resumeFd, ackFd, inFlightId, inFlightSequence, committedId,
                                      status);
            }
            break;
        }
        message.append(buffer, std::size_t(n));
        // Progress notes ("P <id> <frame number> <keeper pid>" a cell is in flight, "D" it settled)
        // come line by line before the message that ends the wait ("R ..." or "X").
        bool ended = false;
        std::size_t end;
        while ((end = message.find('\n')) != std::string::npos) {
            const std::string line = message.substr(0, end);
            if (line.rfind("P ", 0) == 0) {
                unsigned long long number = 0;
                int writer = 0;
                inFlight = std::sscanf(line.c_str(), "P %lld %llu %d", &inFlightId, &number,
                                       &writer) == 3 &&
                           writer > 0;
                inFlightSequence = number;
                keeper = pid_t(writer);
                exits.erase(keeper); // alive as it wrote: an earlier death was another process's
            } else if (line == "D") {
                inFlight = false;
            } else {
                ended = true;
                break;
            }
            message.erase(0, end + 1);
        }
        if (ended)
            break;
    }
    ::close(resumeFd);
    long long undoId = 0;
    std::uint64_t sequence = 0;
    if (parseResume(message, undoId, sequence)) {
        // Taken over: the keeper that asked may go now.
        writeAll(ackFd, "A");
        ::close(ackFd);
        setRole(kKeeperName);
        int status = 0;
        while (!childReaped && ::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        m_pendingUndoId = undoId;
        m_channel.setSequence(sequence);
        pruneDeadSnapshots();
        return true;
    }
    const bool cleanEnd = message.rfind("X", 0) == 0;
    ::_exit(cleanEnd ? 0 : 1);
}

bool Keeper::recoverSession(int resumeFd, int ackFd, long long id, std::uint64_t sequence,
                            long long committedId, int keeperStatus)
{
    ::close(resumeFd);
    ::close(ackFd);
    setRole(kKeeperName);
    // The dead keeper's cell and whatever it started are this process's children now: they go
    // before this process writes on the channel they shared.
    killStrays(0);
    m_channel.setSequence(sequence);
    pruneDeadSnapshots();
    nlohmann::json header = nlohmann::json::parse(resultHeader(
        id, std::string(protocol::kStatusCrashed),
        "The session's keeper process stopped while the cell ran: " + describeDeath(keeperStatus) +
            ". The session was restored from its newest snapshot, taken before the last cell that "
            "ended ok (request " +
            std::to_string(committedId) +
            "): the variables are as they were before that cell; its changes and this cell's are "
            "lost. Run that cell again, then this one.",
        0, nlohmann::json::array()));
    // Written here, by this process, which knows which cell's state it holds: the cell that ran
    // never saw this reply, and the frame is sealed.
    header[std::string(protocol::kRestoredToField)] = m_stateId;
    reply(header.dump(-1, ' ', true));
    return true;
}

void Keeper::noteInFlight(long long id, std::uint64_t sequence)
{
    if (!m_snapshots.empty())
        writeAll(m_snapshots.back().resumeFd, "P " + std::to_string(id) + " " +
                                                  std::to_string(sequence) + " " +
                                                  std::to_string(::getpid()) + "\n");
}

void Keeper::noteSettled()
{
    if (!m_snapshots.empty())
        writeAll(m_snapshots.back().resumeFd, "D\n");
}

void Keeper::configure(const protocol::Frame &frame)
{
    const Reply answer = m_interpreter.handle(frame.header, frame.payload);
    if (!m_channel.write(answer.header, answer.payload))
        endSession(protocol::kExitIoError);
    if (!m_interpreter.configured())
        return; // fails closed: every cell is answered with an error, no template is needed
    const nlohmann::json request = nlohmann::json::parse(frame.header, nullptr, false);
    const nlohmann::json limits = request.is_object()
                                      ? request.value("profile", nlohmann::json::object())
                                            .value("limits", nlohmann::json::object())
                                      : nlohmann::json::object();
    if (limits.contains("snapshots") && limits["snapshots"].is_number_integer())
        m_maxSnapshots = std::max(0, limits["snapshots"].get<int>());
    if (limits.contains("output_chars") && limits["output_chars"].is_number_unsigned() &&
        limits["output_chars"].get<std::uint64_t>() > 0)
        m_outputChars = std::size_t(
            std::min<std::uint64_t>(limits["output_chars"].get<std::uint64_t>(), 1ull << 30));
    becomeTemplate();
}

void Keeper::becomeTemplate()
{
    for (;;) {
        int requests[2];
        if (::pipe2(requests, O_CLOEXEC) != 0)
            return; // no template: the session still works, a reset then restarts the worker
        m_interpreter.beforeFork();
        const pid_t keeper = ::fork();
        if (keeper < 0) {
            m_interpreter.afterForkParent();
            ::close(requests[0]);
            ::close(requests[1]);
            return;
        }
        if (keeper == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::prctl(PR_SET_CHILD_SUBREAPER, 1);
            setRole(kKeeperName);
            m_interpreter.afterForkKeeper();
            ::close(requests[0]);
            m_templateFd = requests[1];
            return;
        }
        m_interpreter.afterForkParent();
        ::close(requests[1]);
        setRole(kTemplateName);
        serveAsTemplate(requests[0]); // returns when a reset asks for the next keeper
    }
}

void Keeper::serveAsTemplate(int requestFd)
{
    std::string message;
    for (;;) {
        // Every process of the session ends up a child of this one (a child subreaper): reap them.
        int status = 0;
        while (::waitpid(-1, &status, WNOHANG) > 0) {
        }
        pollfd p{requestFd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 200);
        if (ready == 0 || (ready < 0 && errno == EINTR))
            continue;
        char buffer[64];
        const ssize_t n = ::read(requestFd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        // n <= 0: every process of the session died without a word, the worker is gone.
        if (n <= 0)
            ::_exit(protocol::kExitSoftware);
        message.append(buffer, std::size_t(n));
        const std::size_t end = message.find('\n');
        if (end == std::string::npos)
            continue;
        ::close(requestFd);
        long long resetId = 0;
        std::uint64_t sequence = 0;
        if (parseResume(message, resetId, sequence)) {
            m_pendingResetId = resetId;
            m_channel.setSequence(sequence);
            m_snapshots.clear();
            return;
        }
        // "X <status>": the session ended; the worker's exit status is the keeper's.
        ::_exit(message.rfind("X ", 0) == 0 ? std::atoi(message.c_str() + 2) : 0);
    }
}

void Keeper::reset(long long id)
{
    if (m_templateFd < 0 || !writeAll(m_templateFd, resumeMessage(id, m_channel.sequence()))) {
        reply(nlohmann::json{{"type", protocol::kTypeError},
                             {"id", id},
                             {"message", "this worker keeps no template to start a fresh session "
                                         "from; start a new worker instead"}}
                  .dump(-1, ' ', true));
        return;
    }
    // The template's fresh keeper answers and serves from now on; this session and its
    // snapshots go.
    for (const Snapshot &s : m_snapshots) {
        writeAll(s.resumeFd, "X\n");
        closeSnapshot(s);
    }
    ::_exit(0);
}

void Keeper::undo(long long id)
{
    pruneDeadSnapshots();
    if (m_snapshots.empty()) {
        reply(nlohmann::json{{"type", protocol::kTypeError},
                             {"id", id},
                             {"message", "there is no earlier state to return to: undo goes "
                                         "back over cells that ended ok, and none is kept"}}
                  .dump(-1, ' ', true));
        return;
    }
    while (!m_snapshots.empty()) {
        const Snapshot previous = m_snapshots.back();
        m_snapshots.pop_back();
        // The supervisor may have dropped the snapshot for its memory at this very moment: only
        // its acknowledgement proves it took over, so this state stays until it comes.
        char taken = 0;
        const bool resumed = writeAll(previous.resumeFd, resumeMessage(id, m_channel.sequence())) &&
                             readByte(previous.ackFd, taken) && taken == 'A';
        closeSnapshot(previous);
        if (!resumed)
            continue;
        // The snapshot answers the undo and serves from now on; this state is discarded.
        for (const Snapshot &s : m_snapshots)
            closeSnapshot(s);
        ::_exit(0);
    }
    reply(nlohmann::json{{"type", protocol::kTypeError},
                         {"id", id},
                         {"message", "the earlier states are gone: they were dropped to keep the "
                                     "snapshots within the profile's memory budget"}}
              .dump(-1, ' ', true));
}

void Keeper::dropOldSnapshots()
{
    // The memory the snapshots hold is bounded from outside the sandbox, by the supervisor
    // (isolation.cpp), which can see every process's pages; here only their count.
    while (int(m_snapshots.size()) > m_maxSnapshots) {
        writeAll(m_snapshots.front().resumeFd, "X\n");
        closeSnapshot(m_snapshots.front());
        m_snapshots.erase(m_snapshots.begin());
    }
}

void Keeper::closeSnapshot(const Snapshot &snapshot)
{
    ::close(snapshot.resumeFd);
    ::close(snapshot.ackFd);
}

void Keeper::pruneDeadSnapshots()
{
    std::vector<Snapshot> alive;
    for (const Snapshot &s : m_snapshots) {
        pollfd p{s.resumeFd, POLLOUT, 0};
        if (::poll(&p, 1, 0) >= 0 && !(p.revents & (POLLERR | POLLHUP)))
            alive.push_back(s);
        else
            closeSnapshot(s);
    }
    m_snapshots = std::move(alive);
}

void Keeper::endSession(int status)
{
    // Snapshots end with the session: each is told, so none waits for a resume that never comes.
    for (const Snapshot &s : m_snapshots) {
        writeAll(s.resumeFd, "X\n");
        closeSnapshot(s);
    }
    if (m_templateFd >= 0)
        writeAll(m_templateFd, "X " + std::to_string(status) + "\n");
    ::_exit(status);
}

} // namespace sandbench::worker
