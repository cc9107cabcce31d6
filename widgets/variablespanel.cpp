#include "variablespanel.h"

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
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (isTable(item->text(1)))
            Q_EMIT tableRequested(item->text(0));
    });
}

bool VariablesPanel::isTable(const QString &type)
{
    return type == QLatin1String("DataFrame") || type == QLatin1String("Series") ||
           type == QLatin1String("ndarray");
}

void VariablesPanel::showVariables(const QJsonArray &variables)
{
    clear();
    m_names.clear();
    m_columns.clear();
    for (const QJsonValue &value : variables) {
        const QJsonObject v = value.toObject();
        QStringList shape;
        for (const QJsonValue &n : v.value(QStringLiteral("shape")).toArray())
            shape.append(QString::number(n.toInteger()));
        const QString name = v.value(QStringLiteral("name")).toString();
        const QString type = v.value(QStringLiteral("type")).toString();
        const QString memory =
            v.contains(QStringLiteral("bytes"))
                ? QLocale().formattedDataSize(v.value(QStringLiteral("bytes")).toInteger())
                : QString();
        auto *item =
            new QTreeWidgetItem(this, {name, type, shape.join(QStringLiteral(" × ")), memory,
                                       v.value(QStringLiteral("repr")).toString()});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(4, v.value(QStringLiteral("repr")).toString());
        if (isTable(type))
            item->setToolTip(0, tr("Double-click to open %1 in the data panel").arg(name));
        m_names.append(name);
    }
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

QStringList VariablesPanel::dataFrames() const
{
    QStringList frames;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(1) == QLatin1String("DataFrame"))
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
