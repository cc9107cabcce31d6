// One cell's run in a session, as an object of its own (like QNetworkReply, or Cantor's
// Expression): SessionRunner::submit() makes it, and everything about this run reaches the caller
// through it — its status, its live output, a hold for review, its record. Nothing is matched to a
// cell by queue order.
//
// Ownership: the SessionRunner that made a run owns it (its QObject parent) until the run has
// emitted finished(); it then deletes it with deleteLater(). A caller keeps a QPointer<CellRun>
// and reads the run's values inside its finished() slot (or copies them there). A session that is
// destroyed takes its unfinished runs along without emitting finished().
#pragma once

#include "reviewqueue.h"
#include "runrecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

namespace sandbench {

class SessionRunner;

// Where a cell's code came from, for its provenance (and the "llm_first_run" review trigger).
struct CodeSource
{
    QString origin = CodeOrigin::Typed;
    QString llmModel;
    QString promptSha256;
    QString endpointHost; // the model server's host:port (llm only)
};

struct RunOptions
{
    int timeoutMs = 0; // 0: the profile's limit
    // This cell's own choice (serve's "on_error"); empty: the session's setting when it starts.
    std::optional<bool> keepOnError;
    // How long this run, once held for review, waits for a reviewer's decision before it
    // finishes with its pending_review record (an agent waiting on a call is answered in bounded
    // time). Unset: the session's choice (SessionRunner::setRunWhenApproved: until a decision
    // comes; else not at all). 0: not at all. An approval within the wait runs this same run.
    std::optional<int> reviewWaitMs;
};

struct CellRequest
{
    QString cellId; // the caller's name for the cell (a notebook's cell id, serve's request id)
    QString code;
    CodeSource source;
    RunOptions options;
    // The Jupyter-style execution count the caller shows for this run; the record's cellIndex.
    int number = 0;
};

class CellRun : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Queued,           // behind other cells in the session
        WaitingForInputs, // first in line; the worker's sandbox or a dataset's hash is not ready
        WaitingForReview, // held by a review trigger; a reviewer's approval queues it again
        Running,          // sent to the worker
        Finished,         // finished() was emitted
    };
    Q_ENUM(Status)

    const CellRequest &request() const { return m_request; }
    Status status() const { return m_status; }
    bool isFinished() const { return m_status == Status::Finished; }
    // interrupt() was called (the record says what came of it: interrupted, or a run that ended
    // before the interrupt reached it).
    bool interruptRequested() const { return m_interruptRequested; }
    // Finished without having been sent to the worker: interrupted while queued or waiting.
    bool wasCancelled() const { return m_cancelled; }
    // Once finished: the record (also finished()'s argument).
    const RunRecord &record() const { return m_record; }
    // While held for review: the pending_review record as the store keeps it (its id: heldRunId).
    const RunRecord &heldRecord() const { return m_record; }
    qint64 heldRunId() const { return m_heldRunId; }
    // The reviewer's decision that ended this run's wait for review: approved (the run went on
    // and its record is the one that ran; heldRunId() is the run that waited) or rejected (it
    // finished with its pending_review record). Empty: it never waited, or no decision came.
    const std::optional<ReviewDecision> &reviewDecision() const { return m_reviewDecision; }

    // Stops this run whatever its state: a queued or waiting run is dropped and finishes as
    // interrupted without running (not recorded); a run waiting for review stops waiting and
    // finishes with its pending_review record; a running one is interrupted in the worker, even
    // when the worker has not said yet that the cell started (the interrupt waits for that).
    void interrupt();

Q_SIGNALS:
    void statusChanged(sandbench::CellRun::Status status);
    // Live output while the cell runs (WorkerClient::outputArrived): display only, untrusted; the
    // record is finished()'s.
    void output(const QString &stream, const QString &text);
    // The profile's review triggers flagged the code: it is recorded as pending_review (run) and
    // waits for a reviewer (SessionRunner::setRunWhenApproved, RunOptions::reviewWaitMs);
    // heldRecord() is the record. Without a wait the run finishes with that record instead.
    void heldForReview(qint64 runId, const QList<sandbench::Violation> &reasons);
    // A reviewer rejected the held code; finished() follows with the pending_review record.
    void rejected(const sandbench::ReviewDecision &decision);
    // The last signal of a run. recorded is false when the store could not keep the run (why in
    // storeError) and for a run cancelled before it ran (wasCancelled()).
    void finished(const sandbench::RunRecord &run, bool recorded, const QString &storeError);

private:
    friend class SessionRunner;
    CellRun(SessionRunner *session, CellRequest request);
    void setStatus(Status status);
    void finish(const RunRecord &run, bool recorded, const QString &storeError);

    QPointer<SessionRunner> m_session;
    CellRequest m_request;
    Status m_status = Status::Queued;
    bool m_interruptRequested = false;
    bool m_cancelled = false;
    qint64 m_heldRunId = 0;
    std::optional<ReviewDecision> m_reviewDecision;
    RunRecord m_record;
};

} // namespace sandbench

Q_DECLARE_METATYPE(sandbench::CellRun::Status)
