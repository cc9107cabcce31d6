#include "staleness.h"

#include <algorithm>

namespace sandbench {
namespace {

// The first name in both sorted lists (NamesUsed keeps them sorted), or an empty string.
QString firstCommon(const QStringList &a, const QStringList &b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        const int order = i->compare(*j);
        if (order == 0)
            return *i;
        if (order < 0)
            ++i;
        else
            ++j;
    }
    return {};
}

} // namespace

void Staleness::clear()
{
    m_session = -1;
    m_runs.clear();
    m_last.clear();
}

void Staleness::record(quint64 cell, const RunRecord &run)
{
    if (run.sessionId != m_session) {
        clear();
        m_session = run.sessionId;
    }
    Run entry;
    entry.cell = cell;
    entry.executionCount = run.cellIndex;
    entry.names = run.names;
    // The lists arrive sorted from the decoder and the store; sorted again in case a caller
    // built a record itself (firstCommon needs it).
    entry.names.read.sort();
    entry.names.written.sort();
    entry.kept = run.status == RunStatus::Ok || run.stateKeptOnError;
    m_last.insert(cell, m_runs.size());
    m_runs.append(entry);
}

void Staleness::undo(quint64 cell)
{
    if (const auto it = m_last.constFind(cell); it != m_last.constEnd())
        m_runs[*it].kept = false;
}

std::optional<StaleMark> Staleness::staleness(quint64 cell, const QHash<quint64, int> *rows) const
{
    const auto it = m_last.constFind(cell);
    if (it == m_last.constEnd())
        return std::nullopt;
    const Run &reader = m_runs.at(*it);
    if (!reader.kept || !reader.names.known || reader.names.read.isEmpty())
        return std::nullopt;
    // The most recent writer first: it is the value the session holds now.
    for (qsizetype i = m_runs.size() - 1; i > *it; --i) {
        const Run &writer = m_runs.at(i);
        if (writer.cell == cell || !writer.kept || !writer.names.known)
            continue;
        if (rows && rows->contains(writer.cell) && rows->contains(cell) &&
            rows->value(writer.cell) > rows->value(cell))
            continue;
        const QString name = firstCommon(reader.names.read, writer.names.written);
        if (!name.isEmpty())
            return StaleMark{name, writer.executionCount, writer.cell};
    }
    return std::nullopt;
}

} // namespace sandbench
