#include "sessioncontext.h"

#include "queryreply.h"
#include "sessionrunner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::llm {

SessionContext::SessionContext(SessionRunner &session, QObject *parent)
    : QObject(parent), m_session(session)
{}

QString SessionContext::cellText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("None");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void SessionContext::gather(const ContextInput &input, int sampleRows)
{
    m_input = input;
    m_input.datasets.clear();
    m_input.variables.clear();
    m_done = false;
    for (const DatasetSpec &dataset : m_session.datasets()) {
        DatasetSummary summary;
        summary.name = dataset.name;
        m_input.datasets.append(summary);
        // The rows stay here unless samples may be sent (ContextBuilder leaves them out).
        QueryReply *page = m_session.queryTablePage(dataset.name, 0, sampleRows);
        m_tables.insert(dataset.name);
        connect(page, &QueryReply::finished, this,
                [this, page, name = dataset.name] { onTable(name, page->json()); });
    }
    m_variablesPending = true;
    QueryReply *variables = m_session.queryVariables();
    connect(variables, &QueryReply::finished, this,
            [this, variables] { onVariables(variables->json()); });
}

void SessionContext::onVariables(const QJsonObject &reply)
{
    m_variablesPending = false;
    for (const QJsonValue &value : reply.value(QStringLiteral("variables")).toArray())
        m_input.variables.append(variableFrom(value.toObject()));
    readyWhenDone();
}

VariableSummary SessionContext::variableFrom(const QJsonObject &v)
{
    // The worker gives a shape as a list of sizes: [1977, 7] reads "1977×7".
    QStringList sizes;
    for (const QJsonValue &size : v.value(QStringLiteral("shape")).toArray())
        sizes.append(QString::number(size.toInteger()));
    return {v.value(QStringLiteral("name")).toString(), v.value(QStringLiteral("type")).toString(),
            sizes.join(QChar(0x00D7))};
}

void SessionContext::fillDataset(DatasetSummary &summary, const QJsonObject &page)
{
    const QJsonArray columns = page.value(QStringLiteral("columns")).toArray();
    const QJsonArray dtypes = page.value(QStringLiteral("dtypes")).toArray();
    for (qsizetype c = 0; c < columns.size(); ++c)
        summary.columns.append({cellText(columns.at(c)), dtypes.at(c).toString()});
    summary.rows = page.value(QStringLiteral("total_rows")).toInteger(-1);
    for (const QJsonValue &row : page.value(QStringLiteral("data")).toArray()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cellText(cell));
        summary.sampleRows.append(cells);
    }
}

void SessionContext::onTable(const QString &name, const QJsonObject &reply)
{
    m_tables.remove(name);
    for (DatasetSummary &summary : m_input.datasets) {
        if (summary.name == name)
            fillDataset(summary, reply);
    }
    readyWhenDone();
}

void SessionContext::readyWhenDone()
{
    if (m_done || !m_tables.isEmpty() || m_variablesPending)
        return;
    m_done = true;
    Q_EMIT ready();
}

} // namespace sandbench::llm
