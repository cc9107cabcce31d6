// Finding runs again: full-text search over code, output and review notes (SQLite FTS5), filtered
// by session and status, newest first.
#pragma once

#include "runstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sandbench {

struct HistoryQuery
{
    QString search;       // words that must all appear (in code, output or notes); empty: any
    qint64 sessionId = 0; // 0: every session
    QString status;       // a status name; empty: any
    int limit = 50;
    QDateTime since; // runs started at or after; invalid: no bound
    QDateTime until; // runs started before; invalid: no bound
};

struct HistoryEntry
{
    qint64 runId = 0;
    qint64 sessionId = 0;
    int cellIndex = 0;
    QString status;
    QDateTime startedAt;
    double durationMs = 0.0;
    QString code;
    QString profileName;
};

class RunHistory
{
    Q_DECLARE_TR_FUNCTIONS(RunHistory)

public:
    explicit RunHistory(RunStore &store) : m_store(store) {}

    QList<HistoryEntry> find(const HistoryQuery &query, QString *error = nullptr) const;

    // The user's words as an FTS5 query that cannot be a syntax error: each word a quoted
    // phrase (a trailing * keeps its prefix meaning), all of them required.
    static QString matchExpression(const QString &text);

private:
    RunStore &m_store;
};

} // namespace sandbench
