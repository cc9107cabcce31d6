#include "notebookrunner.h"

#include "cellmodel.h"
#include "cellrun.h"
#include "sessionrunner.h"
#include "uilogging.h"

namespace sandbench {

NotebookRunner::NotebookRunner(CellModel *cells, QObject *parent) : QObject(parent), m_cells(cells)
{}

void NotebookRunner::setSession(SessionRunner *session)
{
    // Runs of the old session will not be answered by the new one (the old one takes them along).
    const bool wasBusy = isBusy();
    for (const OpenRun &open : std::as_const(m_runs)) {
        if (open.run)
            open.run->disconnect(this);
        m_cells->markNotRun(m_cells->rowOfId(open.cellId));
    }
    for (const OpenRun &open : std::as_const(m_waiting)) {
        if (open.run)
            open.run->disconnect(this);
    }
    m_runs.clear();
    m_waiting.clear(); // a new session does not know the old one's waiting cells
    // A new session counts from 1 again, as a restarted Jupyter kernel does.
    m_executionCount = 0;
    m_cellOfCount.clear();
    m_givenBack.clear();
    m_session = session;
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

bool NotebookRunner::runCell(int row)
{
    if (!m_session || row < 0 || row >= m_cells->rowCount())
        return false;
    const Cell &cell = m_cells->cell(row);
    if (!cell.isCode() || cell.source.source.trimmed().isEmpty())
        return false;
    for (const OpenRun &open : std::as_const(m_runs)) {
        if (open.cellId == cell.id)
            return false;
    }
    // Run again while it waits for review: the new run replaces the wait.
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).cellId != cell.id)
            continue;
        const QPointer<CellRun> waiting = m_waiting.takeAt(i).run;
        if (waiting) {
            waiting->disconnect(this);
            waiting->interrupt();
        }
        break;
    }
    const quint64 cellId = cell.id;
    const bool wasBusy = isBusy();
    const int count = ++m_executionCount;
    m_givenBack.remove(count);
    m_cellOfCount.insert(count, cellId);
    m_cells->markQueued(row);
    CellRequest request;
    request.cellId = QString::number(cellId);
    request.code = cell.source.source;
    request.source = cell.codeSource;
    request.number = count;
    CellRun *run = m_session->submit(request);
    m_runs.append({cellId, run});
    qCDebug(lcUi) << "row" << row << "queued as" << count << ";" << m_runs.size() << "open";
    watch(cellId, run);
    setBusy(wasBusy);
    return true;
}

void NotebookRunner::watch(quint64 cellId, CellRun *run)
{
    connect(run, &CellRun::statusChanged, this,
            [this, cellId, run] { onStatusChanged(cellId, run); });
    connect(run, &CellRun::output, this,
            [this, cellId](const QString &stream, const QString &text) {
                Q_EMIT cellOutput(m_cells->rowOfId(cellId), stream, text);
            });
    connect(run, &CellRun::heldForReview, this, [this, cellId, run] { onHeld(cellId, run); });
    connect(run, &CellRun::rejected, this, [this, cellId, run](const ReviewDecision &decision) {
        Q_EMIT cellRejected(m_cells->rowOfId(cellId), run->heldRunId(), decision.reviewer,
                            decision.note);
    });
    connect(run, &CellRun::finished, this,
            [this, cellId, run](const RunRecord &record, bool recorded, const QString &error) {
                onFinished(cellId, run, record, recorded, error);
            });
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
    for (const OpenRun &open : m_runs) {
        if (open.run && open.run->status() == CellRun::Status::Running)
            return m_cells->rowOfId(open.cellId);
    }
    return -1;
}

void NotebookRunner::interrupt()
{
    qCDebug(lcUi) << "Stop: running row" << runningRow() << "of" << m_runs.size() << "open";
    // Every open run is stopped through its own CellRun: the queued ones are dropped, the running
    // one is interrupted in the worker (even before the worker said it started).
    const QList<OpenRun> open = m_runs;
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (it->run)
            it->run->interrupt();
    }
}

void NotebookRunner::dropQueued()
{
    const QList<OpenRun> open = m_runs;
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (it->run && it->run->status() != CellRun::Status::Running)
            it->run->interrupt();
    }
}

void NotebookRunner::onStatusChanged(quint64 cellId, CellRun *run)
{
    const int row = m_cells->rowOfId(cellId);
    switch (run->status()) {
    case CellRun::Status::Running:
        m_runningSince = QDateTime::currentDateTimeUtc();
        m_cells->markRunning(row);
        Q_EMIT cellStarted(row);
        break;
    case CellRun::Status::Queued:
        // Approved after a review: the same run, with the number it waited with, goes on.
        for (qsizetype i = 0; i < m_waiting.size(); ++i) {
            if (m_waiting.at(i).run != run)
                continue;
            const bool wasBusy = isBusy();
            m_runs.append(m_waiting.takeAt(i));
            m_cells->markQueued(row);
            setBusy(wasBusy);
            break;
        }
        break;
    default:
        break;
    }
}

void NotebookRunner::onHeld(quint64 cellId, CellRun *run)
{
    // The cell shows its pending_review record while it waits; it is not busy meanwhile.
    const bool wasBusy = isBusy();
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).run == run) {
            m_waiting.append(m_runs.takeAt(i));
            break;
        }
    }
    const int row = m_cells->rowOfId(cellId);
    const RunRecord &held = run->heldRecord();
    m_cells->setExecutionCount(row, held.cellIndex);
    m_cells->finishRun(row, held);
    dropQueued();
    Q_EMIT cellFinished(row, held, true, QString());
    setBusy(wasBusy);
}

void NotebookRunner::forget(CellRun *run)
{
    for (QList<OpenRun> *list : {&m_runs, &m_waiting}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).run == run) {
                list->removeAt(i);
                return;
            }
        }
    }
}

void NotebookRunner::onFinished(quint64 cellId, CellRun *run, const RunRecord &record,
                                bool recorded, const QString &storeError)
{
    const bool wasBusy = isBusy();
    const bool waited = run->heldRunId() != 0 && record.status == RunStatus::PendingReview;
    forget(run);
    const int row = m_cells->rowOfId(cellId);
    const int number = run->request().number;
    if (run->wasCancelled()) {
        // Never ran: the cell is as before, and the number goes back when it was the last one
        // given, so the counts a user sees have no gaps (an approved run keeps its own).
        qCDebug(lcUi) << "row" << row << "dropped before it ran";
        m_cells->markNotRun(row);
        m_cellOfCount.remove(number);
        m_givenBack.insert(number);
        while (m_executionCount > 0 && m_givenBack.remove(m_executionCount))
            --m_executionCount;
        setBusy(wasBusy);
        return;
    }
    if (waited) {
        // It ended its wait (rejected, or run again): the cell shows that record already.
        setBusy(wasBusy);
        return;
    }
    qCDebug(lcUi) << "row" << row << "ended" << qPrintable(runStatusName(record.status));
    m_cells->setExecutionCount(row, record.cellIndex);
    m_cells->finishRun(row, record);
    if (record.status != RunStatus::Ok)
        dropQueued();
    Q_EMIT cellFinished(row, record, recorded, storeError);
    setBusy(wasBusy);
}

void NotebookRunner::setBusy(bool wasBusy)
{
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace sandbench
