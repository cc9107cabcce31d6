// The assistant panel's description of a running session for the model: each dataset's columns,
// dtypes, row count and first rows, and the session's variables (name, type, shape), read from the
// worker with read-only queries. Asynchronous; while the worker is busy with a cell the last
// description is used, so asking never waits behind a long run.
#pragma once

#include "contextbuilder.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace sandbench {
class SessionRunner;
}

namespace sandbench::llm {

class SessionDescriber : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSampleRows = 5;

    explicit SessionDescriber(QObject *parent = nullptr);

    void setSession(SessionRunner *session);
    // Fills input's datasets and variables, then emits described() with it (at once when there
    // is no session). A newer describe() replaces one still in progress.
    void describe(const ContextInput &input);

Q_SIGNALS:
    // stale: the session was busy, the description is the last one taken (or names only).
    void described(const sandbench::llm::ContextInput &input, bool stale);

private:
    void finishWhenDone();

    QPointer<SessionRunner> m_session;
    ContextInput m_input;
    QSet<QString> m_pendingTables;
    bool m_pendingVariables = false;
    bool m_active = false;
    quint64 m_generation = 0;
    QList<DatasetSummary> m_lastDatasets;
    QList<VariableSummary> m_lastVariables;
};

} // namespace sandbench::llm
