#include "variablespanel.h"

#include "columnfit.h"

#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>

namespace sandbench {

VariablesPanel::VariablesPanel(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setHeaderLabels({tr("Name"), tr("Type"), tr("Shape"), tr("Memory"), tr("Value")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAlternatingRowColors(true);
    // In the side dock: the value goes first, then the memory, then the shape; the name's
    // tooltip has them all.
    new ColumnFitter(this, {4, 3, 2});
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (isTable(item->text(1)))
            Q_EMIT tableRequested(item->text(0));
    });
}

bool VariablesPanel::isTable(const QString &type)
{
    return type == QLatin1String("DataFrame") || type == QLatin1String("Series") ||
           type == QLatin1String("ndarray") || type == lazyFrameType();
}

QString VariablesPanel::lazyFrameType()
{
    return QStringLiteral("dask DataFrame"); // the library's class name, as the code calls it
}

void VariablesPanel::showVariables(const QJsonArray &variables)
{
    // Updated in place, row by row, in the worker's order: the selection and the scrolling stay
    // on the names that stay, and every column of every row is rewritten, so no name is left
    // standing beside another variable's type (issue 15: stale names until clicked).
    QHash<QString, QTreeWidgetItem *> existing;
    for (int i = 0; i < topLevelItemCount(); ++i)
        existing.insert(topLevelItem(i)->text(0), topLevelItem(i));
    m_names.clear();
    m_columns.clear();
    QList<QTreeWidgetItem *> rows;
    for (const QJsonValue &value : variables) {
        const QJsonObject v = value.toObject();
        QStringList shape;
        for (const QJsonValue &n : v.value(QStringLiteral("shape")).toArray())
            shape.append(n.isNull() ? tr("?") : QString::number(n.toInteger())); // not counted
        const QString name = v.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || m_names.contains(name))
            continue;
        // A dask frame (issue 18): never loaded here; its partitions and estimated size.
        const bool lazy = v.value(QStringLiteral("lazy")).toBool();
        QString type = v.value(QStringLiteral("type")).toString();
        QString memory =
            v.contains(QStringLiteral("bytes"))
                ? QLocale().formattedDataSize(v.value(QStringLiteral("bytes")).toInteger())
                : QString();
        if (lazy) {
            if (type == QLatin1String("DataFrame"))
                type = lazyFrameType();
            const int partitions = v.value(QStringLiteral("partitions")).toInt();
            shape = QStringList{shape.join(QStringLiteral(" × ")) +
                                tr(" in %n partition(s)", nullptr, partitions)};
            if (v.contains(QStringLiteral("estimated_bytes")))
                memory = tr("≈ %1 (estimated)")
                             .arg(QLocale().formattedDataSize(
                                 v.value(QStringLiteral("estimated_bytes")).toInteger()));
        }
        const QString repr = v.value(QStringLiteral("repr")).toString();
        QTreeWidgetItem *item = existing.take(name);
        if (!item)
            item = new QTreeWidgetItem;
        const QStringList texts = {name, type, shape.join(QStringLiteral(" × ")), memory, repr};
        for (int column = 0; column < texts.size(); ++column)
            item->setText(column, texts.at(column));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(4, repr);
        const QString about = tr("%1 · %2 %3 · %4\n%5").arg(name, type, texts.at(2), memory, repr);
        item->setToolTip(0, isTable(type)
                                ? about + QLatin1Char('\n') +
                                      tr("Double-click to open %1 in the data panel").arg(name)
                                : about);
        rows.append(item);
        m_names.append(name);
    }
    qDeleteAll(existing); // names the session no longer has
    const QString current = currentItem() ? currentItem()->text(0) : QString();
    // Take every row out and put them back in the new order; items are kept, not recreated.
    while (topLevelItemCount() > 0)
        takeTopLevelItem(0);
    addTopLevelItems(rows);
    for (QTreeWidgetItem *item : std::as_const(rows)) {
        if (item->text(0) == current)
            setCurrentItem(item);
    }
    viewport()->update();
    updateCompletions();
}

void VariablesPanel::addColumns(const QString &variable, const QJsonArray &columns)
{
    Q_UNUSED(variable)
    for (const QJsonValue &column : columns) {
        const QString name = column.toString();
        if (!name.isEmpty() && !m_columns.contains(name))
            m_columns.append(name);
    }
    updateCompletions();
}

QString VariablesPanel::typeOf(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == name)
            return topLevelItem(i)->text(1);
    }
    return {};
}

QStringList VariablesPanel::dataFrames() const
{
    QStringList frames;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(1) == QLatin1String("DataFrame") ||
            topLevelItem(i)->text(1) == lazyFrameType())
            frames.append(topLevelItem(i)->text(0));
    }
    return frames;
}

void VariablesPanel::updateCompletions()
{
    QStringList words = m_names;
    for (const QString &column : std::as_const(m_columns)) {
        if (!words.contains(column))
            words.append(column);
    }
    words.sort(Qt::CaseInsensitive);
    m_completions.setStringList(words);
}

} // namespace sandbench
