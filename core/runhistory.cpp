#include "runhistory.h"

#include <QRegularExpression>

namespace sandbench {

QString RunHistory::matchExpression(const QString &text)
{
    QStringList phrases;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        const bool prefix = word.size() > 1 && word.endsWith(QLatin1Char('*'));
        if (prefix)
            word.chop(1);
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"') +
                       (prefix ? QStringLiteral("*") : QString()));
    }
    return phrases.join(QLatin1Char(' '));
}

QList<HistoryEntry> RunHistory::find(const HistoryQuery &query, QString *error) const
{
    // With words to find, the full-text index leads: it yields matches newest first and the
    // limit stops it early, however many runs match. Within one session the session's few runs
    // lead instead, each probed in the index.
    const bool searching = !query.search.trimmed().isEmpty() && query.sessionId <= 0;
    QStringList conditions;
    if (searching)
        conditions.append(QStringLiteral("run_search MATCH ?1"));
    else if (!query.search.trimmed().isEmpty())
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM run_search s WHERE run_search "
                                         "MATCH ?1 AND s.rowid = r.id)"));
    if (query.sessionId > 0)
        conditions.append(QStringLiteral("r.session_id = ?2"));
    if (!query.status.isEmpty())
        conditions.append(QStringLiteral("r.status = ?3"));
    // Times are stored as UTC ISO text of one width, so text order is time order.
    if (query.since.isValid())
        conditions.append(QStringLiteral("r.started_at >= ?5"));
    if (query.until.isValid())
        conditions.append(QStringLiteral("r.started_at < ?6"));
    QString sql = QStringLiteral("SELECT r.id, r.session_id, r.cell_index, r.status, "
                                 "r.started_at, r.duration_ms, r.code, r.profile FROM ") +
                  (searching ? QStringLiteral("run_search s JOIN runs r ON r.id = s.rowid")
                             : QStringLiteral("runs r"));
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += searching ? QStringLiteral(" ORDER BY s.rowid DESC LIMIT ?4")
                     : QStringLiteral(" ORDER BY r.id DESC LIMIT ?4");

    QList<HistoryEntry> entries;
    QString reason;
    SqliteStatement statement = m_store.connection().prepare(sql, &reason);
    if (!statement.isValid()) {
        if (error)
            *error = m_store.describeFailure(tr("Cannot read the run history"), reason);
        return entries;
    }
    statement.bind(1, matchExpression(query.search));
    statement.bind(2, query.sessionId);
    statement.bind(3, query.status);
    statement.bind(4, query.limit > 0 ? query.limit : -1);
    if (query.since.isValid())
        statement.bind(5, query.since.toUTC().toString(Qt::ISODateWithMs));
    if (query.until.isValid())
        statement.bind(6, query.until.toUTC().toString(Qt::ISODateWithMs));
    SqliteStatement::Step step;
    while ((step = statement.step()) == SqliteStatement::Step::Row) {
        HistoryEntry entry;
        entry.runId = statement.int64(0);
        entry.sessionId = statement.int64(1);
        entry.cellIndex = int(statement.int64(2));
        entry.status = statement.text(3);
        entry.startedAt = QDateTime::fromString(statement.text(4), Qt::ISODateWithMs);
        entry.durationMs = statement.real(5);
        entry.code = statement.text(6);
        entry.profileName = statement.text(7);
        entries.append(entry);
    }
    if (step == SqliteStatement::Step::Error && error)
        *error = m_store.describeFailure(tr("Cannot read the run history"), statement.error());
    return entries;
}

} // namespace sandbench
