#include "notebook.h"

#include "cellrun.h"
#include "logging.h"
#include "sessionrunner.h"
#include "stalerunner.h"

namespace sandbench {

Notebook::Notebook(QObject *parent)
    : QObject(parent), m_cells(new CellModel(this)), m_stale(new StaleRunner(this))
{}

Notebook::~Notebook()
{
    // The session may outlive the notebook: its runs must not call back into a dead one.
    for (const QList<OpenRun> *list : {&m_runs, &m_waiting}) {
        for (const OpenRun &open : *list) {
            if (open.run)
                open.run->disconnect(this);
        }
    }
}

void Notebook::setSession(SessionRunner *session)
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
    restartCounts();
    m_session = session;
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void Notebook::restartCounts()
{
    m_executionCount = 0;
    m_cellOfCount.clear();
    m_givenBack.clear();
}

CellRun *Notebook::run(quint64 cellId)
{
    return run(cellId, RunOptions(), std::nullopt);
}

CellRun *Notebook::run(quint64 cellId, const RunOptions &options,
                       const std::optional<CodeSource> &source)
{
    const int row = m_cells->rowOfId(cellId);
    if (!m_session || row < 0)
        return nullptr;
    const Cell &cell = m_cells->cell(row);
    if (!cell.isCode() || (m_policy.skipBlankCells && cell.source.source.trimmed().isEmpty()))
        return nullptr;
    for (const OpenRun &open : std::as_const(m_runs)) {
        if (open.cellId == cellId)
            return nullptr;
    }
    // Run again while it waits for review: the new run replaces the wait.
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).cellId != cellId)
            continue;
        const QPointer<CellRun> waiting = m_waiting.takeAt(i).run;
        if (waiting) {
            waiting->disconnect(this);
            waiting->interrupt();
        }
        break;
    }
    const bool wasBusy = isBusy();
    const int count = ++m_executionCount;
    m_givenBack.remove(count);
    m_cellOfCount.insert(count, cellId);
    m_cells->markQueued(row);
    CellRequest request;
    request.cellId = QString::number(cellId);
    request.code = cell.source.source;
    // Where the code came from: the caller's word for this run, else the cell's own (pasted, or
    // inserted from the assistant), else the notebook's (a script file for `run`).
    request.source = source                                        ? *source
                     : cell.codeSource.origin != CodeOrigin::Typed ? cell.codeSource
                                                                   : m_source;
    request.options = options;
    request.number = count;
    CellRun *run = m_session->submit(request);
    m_runs.append({cellId, run});
    qCDebug(lcSession) << "cell" << cellId << "queued as" << count << ";" << m_runs.size()
                       << "open";
    watch(cellId, run);
    Q_EMIT cellQueued(cellId);
    setBusy(wasBusy);
    return run;
}

bool Notebook::runCell(int row)
{
    return row >= 0 && row < m_cells->rowCount() && run(m_cells->cell(row).id) != nullptr;
}

void Notebook::watch(quint64 cellId, CellRun *run)
{
    connect(run, &CellRun::statusChanged, this,
            [this, cellId, run] { onStatusChanged(cellId, run); });
    connect(run, &CellRun::output, this,
            [this, cellId](const QString &stream, const QString &text) {
                Q_EMIT cellOutput(cellId, stream, text);
            });
    connect(run, &CellRun::heldForReview, this, [this, cellId, run] { onHeld(cellId, run); });
    connect(run, &CellRun::rejected, this, [this, cellId, run](const ReviewDecision &decision) {
        Q_EMIT cellRejected(cellId, run->heldRunId(), decision.reviewer, decision.note);
    });
    connect(run, &CellRun::finished, this,
            [this, cellId, run](const RunRecord &record, bool recorded, const QString &error) {
                onFinished(cellId, run, record, recorded, error);
            });
}

int Notebook::runFrom(quint64 cellId)
{
    // The ids are taken first: a run that ends at once (no worker) must not shift the walk.
    const int from = m_cells->rowOfId(cellId);
    if (from < 0)
        return 0;
    QList<quint64> ids;
    for (int r = from; r < m_cells->rowCount(); ++r)
        ids.append(m_cells->cell(r).id);
    int queued = 0;
    for (const quint64 id : std::as_const(ids))
        queued += run(id) != nullptr ? 1 : 0;
    return queued;
}

int Notebook::runFrom(int row)
{
    row = qMax(0, row);
    return row < m_cells->rowCount() ? runFrom(m_cells->cell(row).id) : 0;
}

int Notebook::runAll()
{
    return runFrom(0);
}

QList<quint64> Notebook::openCells() const
{
    QList<quint64> ids;
    ids.reserve(m_runs.size());
    for (const OpenRun &open : m_runs)
        ids.append(open.cellId);
    return ids;
}

CellRun *Notebook::openRun(quint64 cellId) const
{
    for (const QList<OpenRun> *list : {&m_runs, &m_waiting}) {
        for (const OpenRun &open : *list) {
            if (open.cellId == cellId)
                return open.run;
        }
    }
    return nullptr;
}

quint64 Notebook::cellOfExecutionCount(int count) const
{
    const quint64 id = m_cellOfCount.value(count);
    return m_cells->rowOfId(id) >= 0 ? id : 0;
}

int Notebook::rowOfExecutionCount(int count) const
{
    const auto it = m_cellOfCount.constFind(count);
    return it == m_cellOfCount.constEnd() ? -1 : m_cells->rowOfId(*it);
}

quint64 Notebook::runningCell() const
{
    for (const OpenRun &open : m_runs) {
        if (open.run && open.run->status() == CellRun::Status::Running)
            return open.cellId;
    }
    return 0;
}

int Notebook::runningRow() const
{
    const quint64 id = runningCell();
    return id == 0 ? -1 : m_cells->rowOfId(id);
}

void Notebook::interrupt()
{
    qCDebug(lcSession) << "Stop: running cell" << runningCell() << "of" << m_runs.size() << "open";
    // Every open run is stopped through its own CellRun: the queued ones are dropped, the running
    // one is interrupted in the worker (even before the worker said it started).
    const QList<OpenRun> open = m_runs;
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (it->run)
            it->run->interrupt();
    }
}

bool Notebook::interruptCell(quint64 cellId)
{
    for (const QList<OpenRun> *list : {&m_runs, &m_waiting}) {
        for (const OpenRun &open : *list) {
            if (open.cellId == cellId && open.run) {
                const QPointer<CellRun> run = open.run;
                run->interrupt();
                return true;
            }
        }
    }
    return false;
}

QList<quint64> Notebook::waitingCells() const
{
    QList<quint64> ids;
    ids.reserve(m_waiting.size());
    for (const OpenRun &open : m_waiting)
        ids.append(open.cellId);
    return ids;
}

void Notebook::dropQueued()
{
    const QList<OpenRun> open = m_runs;
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (it->run && it->run->status() != CellRun::Status::Running)
            it->run->interrupt();
    }
}

void Notebook::onStatusChanged(quint64 cellId, CellRun *run)
{
    const int row = m_cells->rowOfId(cellId);
    switch (run->status()) {
    case CellRun::Status::Running:
        m_runningSince = QDateTime::currentDateTimeUtc();
        m_cells->markRunning(row);
        Q_EMIT cellStarted(cellId);
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

void Notebook::onHeld(quint64 cellId, CellRun *run)
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
    if (m_policy.stopOnFailure)
        dropQueued();
    Q_EMIT cellFinished(cellId, held, true, QString());
    setBusy(wasBusy);
}

void Notebook::forget(CellRun *run)
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

void Notebook::onFinished(quint64 cellId, CellRun *run, const RunRecord &record, bool recorded,
                          const QString &storeError)
{
    const bool wasBusy = isBusy();
    const bool waited = run->heldRunId() != 0 && record.status == RunStatus::PendingReview;
    forget(run);
    const int row = m_cells->rowOfId(cellId);
    const int number = run->request().number;
    if (run->wasCancelled()) {
        // Never ran: the cell is as before; the number may go back (Policy).
        qCDebug(lcSession) << "cell" << cellId << "dropped before it ran";
        m_cells->markNotRun(row);
        m_cellOfCount.remove(number);
        if (m_policy.reuseDroppedNumbers) {
            m_givenBack.insert(number);
            while (m_executionCount > 0 && m_givenBack.remove(m_executionCount))
                --m_executionCount;
        }
        Q_EMIT cellDropped(cellId, record);
        setBusy(wasBusy);
        return;
    }
    if (waited) {
        // It ended its wait (rejected, or run again): the cell shows that record already.
        setBusy(wasBusy);
        return;
    }
    qCDebug(lcSession) << "cell" << cellId << "ended" << qPrintable(runStatusName(record.status));
    m_cells->setExecutionCount(row, record.cellIndex);
    m_cells->finishRun(row, record);
    if (record.status != RunStatus::Ok && m_policy.stopOnFailure)
        dropQueued();
    Q_EMIT cellFinished(cellId, record, recorded, storeError);
    setBusy(wasBusy);
}

void Notebook::setBusy(bool wasBusy)
{
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace sandbench
