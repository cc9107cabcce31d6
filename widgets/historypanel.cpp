#include "historypanel.h"

#include "cellmodel.h"
#include "cellwidget.h"
#include "runrecord.h"

#include <QDateTime>
#include <QHeaderView>

namespace sandbench {

HistoryPanel::HistoryPanel(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setHeaderLabels({tr("Time"), tr("Cell"), tr("Status"), tr("Duration"), tr("Run"), tr("Code")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int cell = item->data(1, Qt::UserRole).toInt();
        if (cell > 0)
            Q_EMIT cellRequested(cell);
    });
}

void HistoryPanel::addRun(const RunRecord &run)
{
    const QString firstLine = firstCodeLine(run.code);
    auto *item = new QTreeWidgetItem(
        {run.finishedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
         QStringLiteral("[%1]").arg(run.cellIndex), statusWord(run.status),
         tr("%1 s").arg(run.durationMs / 1000.0, 0, 'f', 2), QString::number(run.id), firstLine});
    item->setData(1, Qt::UserRole, run.cellIndex);
    setStatusForeground(item, 2, runStatusName(run.status));
    item->setToolTip(5, run.code);
    insertTopLevelItem(0, item);
}

void HistoryPanel::addNote(const QString &text)
{
    auto *item =
        new QTreeWidgetItem({QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                             QString(), QString(), QString(), QString(), text});
    item->setToolTip(5, text);
    insertTopLevelItem(0, item);
}

} // namespace sandbench
