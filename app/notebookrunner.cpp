#include "notebookrunner.h"

#include "cellmodel.h"
#include "sessionrunner.h"
#include "uilogging.h"

#include <QSet>

namespace sandbench {

NotebookRunner::NotebookRunner(CellModel *cells, QObject *parent) : QObject(parent), m_cells(cells)
{}

void NotebookRunner::setSession(SessionRunner *session)
{
    if (m_session)
        m_session->disconnect(this);
    // Cells queued in the old session will not be answered by the new one.
    for (quint64 id : std::as_const(m_pending))
        m_cells->markNotRun(m_cells->rowOfId(id));
    const bool wasBusy = isBusy();
    m_pending.clear();
    m_waiting.clear(); // a new session does not know the old one's waiting cells
    m_headRunning = false;
    // A new session counts from 1 again, as a restarted Jupyter kernel does.
    m_executionCount = 0;
    m_cellOfCount.clear();
    m_countOfQueued.clear();
    m_session = session;
    if (session) {
        connect(session, &SessionRunner::runStarted, this, &NotebookRunner::onRunStarted);
        connect(session, &SessionRunner::runFinished, this, &NotebookRunner::onRunFinished);
        connect(session, &SessionRunner::cellOutput, this,
                [this](int, const QString &stream, const QString &text) {
                    if (m_headRunning && !m_pending.isEmpty())
                        Q_EMIT cellOutput(m_cells->rowOfId(m_pending.head()), stream, text);
                });
        connect(session, &SessionRunner::reviewApproved, this,
                [this](qint64 runId) { onReviewApproved(runId); });
        connect(session, &SessionRunner::reviewRejected, this,
                [this](qint64 runId, const ReviewDecision &decision) {
                    const int row = m_cells->rowOfId(m_waiting.take(runId));
                    Q_EMIT cellRejected(row, runId, decision.reviewer, decision.note);
                });
    }
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

bool NotebookRunner::runCell(int row)
{
    if (!m_session || row < 0 || row >= m_cells->rowCount())
        return false;
    const Cell &cell = m_cells->cell(row);
    if (!cell.isCode() || cell.source.source.trimmed().isEmpty() || m_pending.contains(cell.id))
        return false;
    const bool wasBusy = isBusy();
    m_pending.enqueue(cell.id);
    const int count = ++m_executionCount;
    m_cellOfCount.insert(count, cell.id);
    m_countOfQueued.insert(cell.id, count);
    m_cells->markQueued(row);
    qCDebug(lcUi) << "row" << row << "queued as" << count << ";" << m_pending.size() << "pending";
    m_session->run(count, cell.source.source);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return true;
}

int NotebookRunner::runFrom(int row)
{
    int queued = 0;
    for (int r = qMax(0, row); r < m_cells->rowCount(); ++r)
        queued += runCell(r) ? 1 : 0;
    return queued;
}

int NotebookRunner::rowOfExecutionCount(int count) const
{
    const auto it = m_cellOfCount.constFind(count);
    return it == m_cellOfCount.constEnd() ? -1 : m_cells->rowOfId(*it);
}

int NotebookRunner::runningRow() const
{
    return m_headRunning && !m_pending.isEmpty() ? m_cells->rowOfId(m_pending.head()) : -1;
}

void NotebookRunner::interrupt()
{
    if (!m_session)
        return;
    const bool wasBusy = isBusy();
    qCDebug(lcUi) << "Stop: running row" << runningRow() << "of" << m_pending.size() << "pending";
    dropQueued();
    m_session->interrupt();
    if (wasBusy && !isBusy())
        Q_EMIT busyChanged(false);
}

void NotebookRunner::dropQueued()
{
    if (m_session)
        m_session->cancelQueued();
    // Keep the head when it runs: its answer is still to come.
    const int keep = m_headRunning ? 1 : 0;
    QSet<int> dropped;
    while (m_pending.size() > keep) {
        const quint64 id = m_pending.takeLast();
        const int count = m_countOfQueued.take(id);
        dropped.insert(count);
        m_cellOfCount.remove(count);
        m_cells->markNotRun(m_cells->rowOfId(id));
    }
    // Runs that never started give their numbers back when they were the last ones given, so
    // the counts a user sees have no gaps (an approved run re-sent earlier keeps its own).
    while (m_executionCount > 0 && dropped.contains(m_executionCount))
        --m_executionCount;
}

void NotebookRunner::onRunStarted()
{
    if (m_pending.isEmpty())
        return;
    m_headRunning = true;
    m_runningSince = QDateTime::currentDateTimeUtc();
    const int row = m_cells->rowOfId(m_pending.head());
    m_cells->markRunning(row);
    Q_EMIT cellStarted(row);
}

void NotebookRunner::onRunFinished(const RunRecord &run, bool recorded, const QString &storeError)
{
    if (m_pending.isEmpty())
        return; // a run this notebook did not ask for
    const quint64 cellId = m_pending.dequeue();
    const int row = m_cells->rowOfId(cellId);
    qCDebug(lcUi) << "row" << row << "ended" << qPrintable(runStatusName(run.status));
    m_headRunning = false;
    m_countOfQueued.remove(cellId);
    m_cells->setExecutionCount(row, run.cellIndex);
    m_cells->finishRun(row, run);
    if (run.status == RunStatus::PendingReview && row >= 0)
        m_waiting.insert(run.id, m_cells->cell(row).id);
    if (run.status != RunStatus::Ok)
        dropQueued();
    Q_EMIT cellFinished(row, run, recorded, storeError);
    if (m_pending.isEmpty())
        Q_EMIT busyChanged(false);
}

void NotebookRunner::onReviewApproved(qint64 runId)
{
    // The session queues the approved cell right after this: queue it here in the same order.
    const quint64 cellId = m_waiting.take(runId);
    const int row = m_cells->rowOfId(cellId);
    if (row < 0 || m_pending.contains(cellId))
        return;
    const bool wasBusy = isBusy();
    m_pending.enqueue(cellId);
    // The session re-sends the held run with its number, which the cell shows since it waited.
    m_countOfQueued.insert(cellId, m_cells->cell(row).executionCount);
    m_cells->markQueued(row);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

} // namespace sandbench
