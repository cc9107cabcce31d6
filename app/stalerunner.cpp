#include "stalerunner.h"

#include "cellmodel.h"
#include "notebookrunner.h"

#include <QAction>

namespace sandbench {

StaleRunner::StaleRunner(CellModel *cells, NotebookRunner *runner, QObject *parent)
    : QObject(parent), m_cells(cells), m_runner(runner), m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("runStaleCells"));
    m_action->setText(tr("Run S&tale Cells"));
    m_action->setToolTip(tr("Run again, in notebook order, the cells whose output used a name a "
                            "later run redefined, and the cells below that become stale on the "
                            "way"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this] { start(); });
    connect(m_runner, &NotebookRunner::cellFinished, this,
            [this](int row, const RunRecord &run) { onCellFinished(row, run); });
    connect(m_runner, &NotebookRunner::busyChanged, this, &StaleRunner::updateAction);
    connect(m_cells, &QAbstractItemModel::dataChanged, this, &StaleRunner::updateAction);
    connect(m_cells, &QAbstractItemModel::rowsRemoved, this, &StaleRunner::updateAction);
    connect(m_cells, &QAbstractItemModel::modelReset, this, &StaleRunner::updateAction);
}

bool StaleRunner::start()
{
    if (isActive() || m_runner->isBusy() || m_cells->staleRows().isEmpty())
        return false;
    m_lastRow = -1;
    m_ran = 0;
    runNext();
    return m_ran > 0 || isActive();
}

void StaleRunner::runNext()
{
    m_current = 0;
    for (const int row : m_cells->staleRows()) {
        if (row <= m_lastRow)
            continue;
        const quint64 id = m_cells->cell(row).id;
        if (m_runner->runCell(row)) {
            m_current = id;
            ++m_ran;
            break;
        }
        m_lastRow = row; // nothing to run there (no session): go on below
    }
    if (m_current == 0 && m_ran > 0)
        Q_EMIT message(tr("Ran %n stale cell(s)", nullptr, m_ran));
    updateAction();
}

void StaleRunner::onCellFinished(int row, const RunRecord &run)
{
    if (m_current == 0 || row < 0 || m_cells->cell(row).id != m_current) {
        if (m_current != 0 && m_cells->rowOfId(m_current) < 0) // deleted while it ran
            runNext();
        return;
    }
    if (run.status != RunStatus::Ok) {
        m_current = 0;
        Q_EMIT message(tr("Run Stale Cells stopped at [%1]: %2")
                           .arg(run.cellIndex)
                           .arg(statusWord(run.status)));
        updateAction();
        return;
    }
    m_lastRow = row; // the cell's row now, should cells have moved meanwhile
    runNext();
}

void StaleRunner::updateAction()
{
    m_action->setEnabled(!isActive() && !m_runner->isBusy() && !m_cells->staleRows().isEmpty());
}

} // namespace sandbench
