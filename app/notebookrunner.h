// Runs a notebook's cells in a session: queues them in order, tells each cell when it is queued,
// running and done, and stops the queue at the first cell that does not end ok (later cells would
// run on state that cell was meant to make), like a notebook's Run All.
#pragma once

#include "runrecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

namespace sandbench {

class CellModel;
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

    bool isBusy() const { return !m_pending.isEmpty(); }
    int queuedCount() const { return int(m_pending.size()); }
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
    // Live output of the running cell at row (SessionRunner::cellOutput).
    void cellOutput(int row, const QString &stream, const QString &text);
    // row is -1 when the cell was deleted while it ran.
    void cellFinished(int row, const sandbench::RunRecord &run, bool recorded,
                      const QString &storeError);
    // A reviewer rejected the run a cell waited with; row is -1 when the cell is gone.
    void cellRejected(int row, qint64 runId, const QString &reviewer, const QString &note);

private:
    void onRunStarted();
    void onReviewApproved(qint64 runId);
    void onRunFinished(const RunRecord &run, bool recorded, const QString &storeError);
    void dropQueued();

    CellModel *m_cells;
    QPointer<SessionRunner> m_session;
    QQueue<quint64> m_pending; // cell ids in the order they were queued; the head may be running
    bool m_headRunning = false;
    QHash<qint64, quint64> m_waiting; // flagged run -> the cell that waits for its review
    QDateTime m_runningSince;
    int m_executionCount = 0;            // the last number given in this session
    QHash<int, quint64> m_cellOfCount;   // execution count -> the cell it ran for
    QHash<quint64, int> m_countOfQueued; // cell id -> the number its queued run carries
};

} // namespace sandbench
