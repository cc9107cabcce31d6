// What the model is told about a running session, read from the session itself: each dataset's
// columns, dtypes, row count and first rows (ContextBuilder sends the rows only when samples are
// allowed), and the session's variables. `sandbench ask`, serve's "ask" and the assistant panel
// all describe a session this one way.
#pragma once

#include "contextbuilder.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace sandbench {
class SessionRunner;
}

namespace sandbench::llm {

class SessionContext : public QObject
{
    Q_OBJECT

public:
    explicit SessionContext(SessionRunner &session, QObject *parent = nullptr);

    // Asks the worker; ready() follows once every answer is back (at once for no datasets
    // and a session whose worker answers with an error: what it could not read is left out).
    // input's datasets and variables are replaced; the rest is kept.
    void gather(const ContextInput &input, int sampleRows = 5);
    const ContextInput &input() const { return m_input; }

    // A worker's JSON cell value as text for the prompt ("None", "True", 3.5, "text").
    static QString cellText(const QJsonValue &value);
    // A variables reply's entry as the model reads it (a shape [1977, 7] reads "1977×7").
    static VariableSummary variableFrom(const QJsonObject &variable);
    // A table page reply's columns, dtypes, row count and rows into summary.
    static void fillDataset(DatasetSummary &summary, const QJsonObject &page);

Q_SIGNALS:
    void ready();

private:
    void onVariables(const QJsonObject &reply);
    void onTable(const QString &name, const QJsonObject &reply);
    void readyWhenDone();

    SessionRunner &m_session;
    ContextInput m_input;
    QSet<QString> m_tables; // datasets whose page has not come back yet
    bool m_variablesPending = false;
    bool m_done = false;
};

} // namespace sandbench::llm
