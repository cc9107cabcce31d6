#include "variablespanel.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>

namespace sandbench {

VariablesPanel::VariablesPanel(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setHeaderLabels({tr("Name"), tr("Type"), tr("Shape"), tr("Value")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAlternatingRowColors(true);
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
        auto *item = new QTreeWidgetItem(this, {name, v.value(QStringLiteral("type")).toString(),
                                                shape.join(QStringLiteral(" × ")),
                                                v.value(QStringLiteral("repr")).toString()});
        if (v.contains(QStringLiteral("bytes")))
            item->setToolTip(
                1, QLocale().formattedDataSize(v.value(QStringLiteral("bytes")).toInteger()));
        item->setToolTip(3, v.value(QStringLiteral("repr")).toString());
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
