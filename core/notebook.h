// The notebook: its cells (CellModel, each with a stable id) and how they run in a session. It
// submits cells in order, tells each cell when it is queued, running and done, and by default
// stops the queue at the first cell that does not end ok (later cells would run on state that
// cell was meant to make), like a notebook's Run All. Each cell's run is a CellRun of its own:
// everything is keyed by the cell's id, nothing is matched by row or by queue order.
//
// The window, `sandbench run` and `serve` all drive one of these; they only draw it or speak a
// protocol about it. Rows are a view's business: the row-taking calls are conveniences that
// resolve the row to its cell's id at once.
#pragma once

#include "cellmodel.h"
#include "cellrun.h"
#include "runrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

namespace sandbench {

class SessionRunner;
class StaleRunner;

class Notebook : public QObject
{
    Q_OBJECT

public:
    // How the notebook runs its cells. The defaults are a notebook window's.
    struct Policy
    {
        // A cell that does not end ok drops the cells queued behind it (Run All). Off: every
        // queued cell still runs (`sandbench run` reports each; serve's requests are independent).
        bool stopOnFailure = true;
        // A blank code cell is skipped. Off: it is submitted like any other (a script's cells
        // are numbered and reported whatever they hold).
        bool skipBlankCells = true;
        // A run dropped before it ran gives its execution count back when it was the last one
        // given, so the counts a user sees have no gaps. Off: every number is used once.
        bool reuseDroppedNumbers = true;
    };

    explicit Notebook(QObject *parent = nullptr);
    ~Notebook() override;

    // The cells, owned by the notebook: a QAbstractListModel the views draw.
    CellModel *cells() const { return m_cells; }
    // Run > Run Stale Cells, owned by the notebook.
    StaleRunner *staleRunner() const { return m_stale; }

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    // Where the cells' code came from, for the provenance of runs that do not say otherwise.
    void setCodeSource(const CodeSource &source) { m_source = source; }

    // The session cells run in (not owned; nullptr: none). Runs of an old session are forgotten
    // (the old session takes them along), and execution counts start from 1 again, as a
    // restarted Jupyter kernel's do.
    void setSession(SessionRunner *session);
    // Execution counts start from 1 again in the same session (serve's reset).
    void restartCounts();

    // Queues the cell and returns its run: the handle of a caller that answers for this one run
    // (MCP's tool call), which it keeps as a QPointer (cellrun.h: the session deletes a run
    // after its finished()). The notebook's own signals say the same per cell id; the run adds
    // what only its caller needs (the review decision it waited for). nullptr when the cell has
    // nothing to run (markdown; blank, per the policy), is already queued or running, is
    // unknown, or there is no session. A cell that waits for review and is run again: the new
    // run replaces the wait.
    CellRun *run(quint64 cellId);
    // The same with this run's own options and provenance (serve's per-request timeout,
    // on_error, origin; MCP's bounded wait for review).
    CellRun *run(quint64 cellId, const RunOptions &options,
                 const std::optional<CodeSource> &source);
    // Queues every code cell from this one on, in notebook order; returns how many.
    int runFrom(quint64 cellId);
    int runAll();
    // Stops the running cell and drops the queued ones, each through its own CellRun.
    void interrupt();
    // Stops this one cell's run (queued: dropped; running: interrupted in the worker; waiting
    // for review: it stops waiting and ends with its pending_review record).
    bool interruptCell(quint64 cellId);

    // Row conveniences for views (the cell at that row now).
    bool runCell(int row);
    int runFrom(int row);

    bool isBusy() const { return !m_runs.isEmpty(); }
    int queuedCount() const { return int(m_runs.size()); }
    // The cells submitted and not finished (nor waiting for review), in the order they were
    // submitted.
    QList<quint64> openCells() const;
    // The running cell's id, or 0.
    quint64 runningCell() const;
    // The running cell's row, or -1.
    int runningRow() const;
    QDateTime runningSince() const { return m_runningSince; }
    // The open run of a cell (queued, running or waiting for review), or null: for a caller
    // that follows one cell's run itself (the assistant's agent mode).
    CellRun *openRun(quint64 cellId) const;
    // How many cells wait for a reviewer's approval.
    int waitingForReview() const { return int(m_waiting.size()); }
    // Their ids, in the order they were held.
    QList<quint64> waitingCells() const;

    // Runs are numbered like Jupyter's execution counts, from 1 in each session, in the order
    // they are sent; the number is the run's cellIndex in the store, so the Session Log and
    // figure captions name the run, not the cell's row. The cell that ran as count in this
    // session, or 0 (another session's, or the cell was deleted); and its row, or -1.
    quint64 cellOfExecutionCount(int count) const;
    int rowOfExecutionCount(int count) const;
    int lastExecutionCount() const { return m_executionCount; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void cellQueued(quint64 cellId);
    void cellStarted(quint64 cellId);
    // Live output of the running cell (CellRun::output): display only, untrusted.
    void cellOutput(quint64 cellId, const QString &stream, const QString &text);
    // A cell's run ended (or was held for review: its pending_review record). The cell may have
    // been deleted meanwhile (cells()->rowOfId() is -1). Not emitted for a run dropped before it
    // ran: that one's cell is marked not run (cellDropped).
    void cellFinished(quint64 cellId, const sandbench::RunRecord &run, bool recorded,
                      const QString &storeError);
    // A queued run was dropped before it ran (stopped, or a run before it failed); run is its
    // interrupted record, which the store does not keep.
    void cellDropped(quint64 cellId, const sandbench::RunRecord &run);
    // A reviewer rejected the run a cell waited with.
    void cellRejected(quint64 cellId, qint64 runId, const QString &reviewer, const QString &note);

private:
    struct OpenRun
    {
        quint64 cellId = 0;
        QPointer<CellRun> run;
    };
    void watch(quint64 cellId, CellRun *run);
    void onStatusChanged(quint64 cellId, CellRun *run);
    void onHeld(quint64 cellId, CellRun *run);
    void onFinished(quint64 cellId, CellRun *run, const RunRecord &record, bool recorded,
                    const QString &storeError);
    // Stops the runs queued behind the running one (or all of them), the last first.
    void dropQueued();
    void forget(CellRun *run);
    void setBusy(bool wasBusy);

    CellModel *m_cells;
    StaleRunner *m_stale;
    Policy m_policy;
    CodeSource m_source;
    QPointer<SessionRunner> m_session;
    QList<OpenRun> m_runs;    // submitted, not finished, not waiting for review; in order
    QList<OpenRun> m_waiting; // held for review (they go back to m_runs when approved)
    QDateTime m_runningSince;
    int m_executionCount = 0;          // the last number given in this session
    QHash<int, quint64> m_cellOfCount; // execution count -> the cell it ran for
    QSet<int> m_givenBack;             // numbers of runs dropped before they ran
};

} // namespace sandbench
