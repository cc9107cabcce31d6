// Runs a notebook's cells in a session: submits them in order, tells each cell when it is queued,
// running and done, and stops the queue at the first cell that does not end ok (later cells would
// run on state that cell was meant to make), like a notebook's Run All. Each cell's run is a
// CellRun of its own: its signals name the cell, nothing is matched by queue order.
#pragma once

#include "runrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace sandbench {

class CellModel;
class CellRun;
class SessionRunner;

class NotebookRunner : public QObject
{
    Q_OBJECT

public:
    explicit NotebookRunner(CellModel *cells, QObject *parent = nullptr);

    void setSession(SessionRunner *session);

    // False when the cell has nothing to run (markdown, blank) or there is no session.
    bool runCell(int row);
    // Queues every code cell from row on; returns how many.
    int runFrom(int row);
    // Stops the running cell and drops the queued ones.
    void interrupt();

    bool isBusy() const { return !m_runs.isEmpty(); }
    int queuedCount() const { return int(m_runs.size()); }
    // The running cell's row, or -1.
    int runningRow() const;
    QDateTime runningSince() const { return m_runningSince; }

    // Runs are numbered like Jupyter's execution counts, from 1 in each session, in the order
    // they are sent; the number is the run's cellIndex in the store, so the Session Log and
    // figure captions name the run, not the cell's row. The row of the cell that ran as count in
    // this session, or -1 (another session's, or the cell was deleted).
    int rowOfExecutionCount(int count) const;
    int lastExecutionCount() const { return m_executionCount; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void cellStarted(int row);
    // Live output of the running cell at row (CellRun::output).
    void cellOutput(int row, const QString &stream, const QString &text);
    // row is -1 when the cell was deleted while it ran.
    void cellFinished(int row, const sandbench::RunRecord &run, bool recorded,
                      const QString &storeError);
    // A reviewer rejected the run a cell waited with; row is -1 when the cell is gone.
    void cellRejected(int row, qint64 runId, const QString &reviewer, const QString &note);

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
    QPointer<SessionRunner> m_session;
    QList<OpenRun> m_runs;    // submitted, not finished, not waiting for review; in order
    QList<OpenRun> m_waiting; // held for review (they go back to m_runs when approved)
    QDateTime m_runningSince;
    int m_executionCount = 0;          // the last number given in this session
    QHash<int, quint64> m_cellOfCount; // execution count -> the cell it ran for
    QSet<int> m_givenBack;             // numbers of runs dropped before they ran
};

} // namespace sandbench
