#include "sessiondescriber.h"

#include "queryreply.h"
#include "sessioncontext.h"
#include "sessionrunner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::llm {

SessionDescriber::SessionDescriber(QObject *parent) : QObject(parent) {}

void SessionDescriber::setSession(SessionRunner *session)
{
    m_session = session;
    m_lastDatasets.clear();
    m_lastVariables.clear();
}

void SessionDescriber::describe(const ContextInput &input)
{
    const quint64 generation = ++m_generation;
    m_input = input;
    m_pendingTables.clear();
    m_pendingVariables = false;
    m_active = true;
    if (!m_session) {
        finishWhenDone();
        return;
    }
    // While a cell runs or waits to, nothing is asked: the question would wait behind the cell.
    if (!m_session->isIdle()) {
        m_active = false;
        ContextInput stale = m_input;
        stale.datasets = m_lastDatasets;
        if (stale.datasets.isEmpty()) {
            for (const DatasetSpec &dataset : m_session->datasets())
                stale.datasets.append({dataset.name, -1, {}, {}});
        }
        stale.variables = m_lastVariables;
        Q_EMIT described(stale, true);
        return;
    }
    QueryReply *variables = m_session->queryVariables();
    m_pendingVariables = true;
    connect(variables, &QueryReply::finished, this, [this, variables, generation] {
        if (generation != m_generation)
            return;
        m_pendingVariables = false;
        for (const QJsonValue &value :
             variables->json().value(QStringLiteral("variables")).toArray())
            m_input.variables.append(SessionContext::variableFrom(value.toObject()));
        finishWhenDone();
    });
    for (const DatasetSpec &dataset : m_session->datasets()) {
        m_input.datasets.append({dataset.name, -1, {}, {}});
        QueryReply *page = m_session->query(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("table")},
            {QStringLiteral("name"), dataset.name},
            {QStringLiteral("offset"), 0},
            // The rows stay in the app unless samples may be sent (ContextBuilder leaves them).
            {QStringLiteral("limit"), kSampleRows}});
        m_pendingTables.insert(dataset.name);
        connect(page, &QueryReply::finished, this, [this, page, generation, name = dataset.name] {
            if (generation != m_generation)
                return;
            m_pendingTables.remove(name);
            const QJsonObject reply = page->json();
            for (DatasetSummary &summary : m_input.datasets) {
                if (summary.name == name)
                    SessionContext::fillDataset(summary, reply);
            }
            finishWhenDone();
        });
    }
}

void SessionDescriber::finishWhenDone()
{
    if (!m_active || m_pendingVariables || !m_pendingTables.isEmpty())
        return;
    m_active = false;
    if (m_session) {
        m_lastDatasets = m_input.datasets;
        m_lastVariables = m_input.variables;
    }
    Q_EMIT described(m_input, false);
}

} // namespace sandbench::llm
