// The MCP server's one sandboxed session, behind the few calls the tools need. Every call the
// server makes on the session goes through this class.
//
// Each cell is a CellRun of the session (SessionRunner::submit): its callbacks hang on that run,
// so nothing is matched by order, and cancel() is the run's own interrupt() (a queued cell is
// dropped, a running one interrupted). A run held for review waits here, for at most
// reviewWait(), for a reviewer's decision; an approved one is submitted again and runs.
#pragma once

#include "reviewqueue.h"
#include "runrecord.h"
#include "runstore.h"
#include "sessionrunner.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
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

    // Queues a cell; returns its key for cancel(). started is called when it begins to run;
    // output with what it prints as it prints it (display only, untrusted).
    int submit(const QString &code, int timeoutMs, const CodeSource &source, CellDone done,
               Started started = {}, HeldForReview held = {}, Output output = {});
    // A queued cell is dropped (done is not called); a running one is interrupted (done is
    // called with its interrupted run); one waiting for review stops waiting (done not called).
    void cancel(int cell);

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
    struct Cell
    {
        int index = 0;
        CellRequest request;
        CellDone done;
        Started started;
        HeldForReview held;
        Output output;
        QPointer<CellRun> run; // while submitted
        qint64 heldRunId = 0;  // resubmitted after this held run was approved
        std::optional<ReviewDecision> decision;
    };
    struct Held
    {
        Cell cell;
        RunRecord run;
        bool recorded = false;
        QString storeError;
        qint64 waitUntil = 0; // msecs since the epoch
    };

    void send(Cell cell);
    void onRunFinished(int index, CellRun *run, const RunRecord &record, bool recorded,
                       const QString &storeError);
    void pollReviews();
    void finishIfShuttingDown();

    RunStore &m_store;
    std::unique_ptr<SessionRunner> m_runner;
    ReviewQueue m_reviews;
    QHash<int, Cell> m_cells; // submitted to the session, by key
    QList<Held> m_held;
    QTimer m_reviewPoll;
    int m_reviewWaitMs = 0;
    int m_nextCell = 1;
    Done m_undoDone;
    Done m_resetDone;
    std::function<void()> m_whenIdle;
    bool m_started = false;
    bool m_closing = false; // shutdown(): nothing new starts
};

} // namespace sandbench::cli::mcp
