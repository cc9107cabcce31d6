// The MCP server's one sandboxed session, behind the few calls the tools need. Every call the
// server makes on the session goes through this class.
//
// A thin adapter over the Notebook, as the window, `run` and `serve` are: each run_python call is
// a cell of the notebook (serve's policy: every call is answered on its own), and its callbacks
// hang on that cell's CellRun, so nothing is matched by order. cancel() is the run's own
// interrupt (a queued cell is dropped, a running one interrupted, a waiting one stops waiting).
// A run held for review waits for at most reviewWait() (RunOptions::reviewWaitMs); approved
// within it, the same run goes on and runs.
#pragma once

#include "notebook.h"
#include "reviewqueue.h"
#include "runrecord.h"
#include "runstore.h"
#include "sessionrunner.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace sandbench::cli::mcp {

class McpSession : public QObject
{
    Q_OBJECT

public:
    struct CellOutcome
    {
        RunRecord run;
        bool recorded = false;
        QString storeError;
        // Waiting for review (setReviewWait): the decision that ended the wait. A rejection means
        // the cell did not run; run is then the held run. Empty: no decision came in time.
        std::optional<ReviewDecision> decision;
        qint64 heldRunId = 0; // the run that waited for review before this one ran
    };
    using CellDone = std::function<void(const CellOutcome &outcome)>;
    using Started = std::function<void()>;
    // The cell was held for review and now waits for a decision (setReviewWait): the held run.
    using HeldForReview = std::function<void(qint64 runId)>;
    using Output = std::function<void(const QString &stream, const QString &text)>;
    // reply: the worker's checked answer (QueryReply::json()), "type" "error" when it failed.
    using QueryDone = std::function<void(const QJsonObject &reply)>;
    using Done = std::function<void(bool ok, const QString &message)>;

    McpSession(RunStore &store, SessionConfig config, QObject *parent = nullptr);
    ~McpSession() override;

    bool start(QString *error);

    // A run held for review waits this long for a reviewer's decision before its caller is
    // answered (0: answered at once).
    void setReviewWait(int milliseconds) { m_reviewWaitMs = milliseconds; }
    int reviewWait() const { return m_reviewWaitMs; }

    // Queues a cell; returns its key for cancel() (0: the server is shutting down, nothing is
    // queued and done is never called). started is called when it begins to run (again after an
    // approval); output with what it prints as it prints it (display only, untrusted).
    quint64 submit(const QString &code, int timeoutMs, const CodeSource &source, CellDone done,
                   Started started = {}, HeldForReview held = {}, Output output = {});
    // A queued cell is dropped (done is not called); a running one is interrupted (done is
    // called with its interrupted run); one waiting for review stops waiting (done not called).
    void cancel(quint64 cell);

    // A read-only worker request (variables, table, summary, check).
    void query(const QJsonObject &request, QueryDone done);
    void undo(Done done);
    void reset(Done done);
    // Stops everything: the running cell is interrupted, queued ones dropped; whenIdle is called
    // once the running cell's run is recorded (at once when none runs).
    void shutdown(std::function<void()> whenIdle);

    const QList<DatasetSpec> &datasets() const { return m_runner->datasets(); }
    const Profile &profile() const { return m_runner->profile(); }
    const QString &outputDir() const { return m_runner->outputDir(); }
    qint64 sessionId() const { return m_runner->sessionId(); }
    RunStore &store() const { return m_store; }

Q_SIGNALS:
    // A run of this session was recorded (for the resources' change notifications).
    void runRecorded(const sandbench::RunRecord &run);
    // The sandbox could not be armed at start: nothing can run.
    void sandboxFailed(const QString &message);

private:
    struct Callbacks
    {
        CellDone done;
        Started started;
        HeldForReview held;
        Output output;
    };
    void watch(quint64 cellId, CellRun *run, std::shared_ptr<const Callbacks> callbacks);
    void onRunFinished(quint64 cellId, CellRun *run, const Callbacks &callbacks,
                       const RunRecord &record, bool recorded, const QString &storeError);
    void finishIfShuttingDown();

    RunStore &m_store;
    std::unique_ptr<SessionRunner> m_runner;
    Notebook m_notebook; // after the runner: it lets go of the runs before the session ends
    int m_reviewWaitMs = 0;
    std::function<void()> m_whenIdle;
    bool m_started = false;
    bool m_closing = false; // shutdown(): nothing new starts
};

} // namespace sandbench::cli::mcp
