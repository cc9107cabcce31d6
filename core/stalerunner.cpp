#include "stalerunner.h"

#include "cellmodel.h"
#include "notebook.h"

namespace sandbench {

StaleRunner::StaleRunner(Notebook *notebook) : QObject(notebook), m_notebook(notebook)
{
    CellModel *cells = m_notebook->cells();
    connect(m_notebook, &Notebook::cellFinished, this,
            [this](quint64 cellId, const RunRecord &run) { onCellFinished(cellId, run); });
    connect(m_notebook, &Notebook::cellDropped, this, [this](quint64 cellId) {
        if (cellId == m_current) { // stopped: the sweep ends with it
            m_current = 0;
            update();
        }
    });
    connect(m_notebook, &Notebook::busyChanged, this, &StaleRunner::update);
    connect(cells, &QAbstractItemModel::dataChanged, this, &StaleRunner::update);
    connect(cells, &QAbstractItemModel::rowsRemoved, this, &StaleRunner::update);
    connect(cells, &QAbstractItemModel::modelReset, this, [this] {
        m_current = 0;
        update();
    });
}

QString StaleRunner::actionText()
{
    return tr("Run S&tale Cells");
}

QString StaleRunner::actionToolTip()
{
    return tr("Run again, in notebook order, the cells whose output used a name a later run "
              "redefined, and the cells below that become stale on the way");
}

bool StaleRunner::canStart() const
{
    return !isActive() && !m_notebook->isBusy() && !m_notebook->cells()->staleRows().isEmpty();
}

bool StaleRunner::start()
{
    if (!canStart())
        return false;
    m_lastRow = -1;
    m_ran = 0;
    runNext();
    return m_ran > 0 || isActive();
}

void StaleRunner::runNext()
{
    const CellModel *cells = m_notebook->cells();
    m_current = 0;
    for (const int row : cells->staleRows()) {
        if (row <= m_lastRow)
            continue;
        const quint64 id = cells->cell(row).id;
        if (m_notebook->run(id)) {
            m_current = id;
            ++m_ran;
            break;
        }
        m_lastRow = row; // nothing to run there (no session): go on below
    }
    if (m_current == 0 && m_ran > 0)
        Q_EMIT message(tr("Ran %n stale cell(s)", nullptr, m_ran));
    update();
}

void StaleRunner::onCellFinished(quint64 cellId, const RunRecord &run)
{
    if (m_current == 0 || cellId != m_current)
        return;
    const int row = m_notebook->cells()->rowOfId(cellId);
    if (row < 0) {
        runNext(); // deleted while it ran: go on below the last row the sweep ran
        return;
    }
    if (run.status != RunStatus::Ok) {
        m_current = 0;
        Q_EMIT message(tr("Run Stale Cells stopped at [%1]: %2")
                           .arg(run.cellIndex)
                           .arg(statusWord(run.status)));
        update();
        return;
    }
    m_lastRow = row; // the cell's row now, should cells have moved meanwhile
    runNext();
}

void StaleRunner::update()
{
    const bool can = canStart();
    if (can != m_canStart) {
        m_canStart = can;
        Q_EMIT canStartChanged(can);
    }
}

} // namespace sandbench
