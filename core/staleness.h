// Which notebook cells are stale: a cell whose last run read a session name that a later run of
// another cell rewrote shows output computed from a value the session no longer holds (issue 15,
// item 6). Derived from what actually ran: the names each run read and wrote, as the worker found
// them (RunRecord::names, sandbox/python/sandbench_worker/names.py), not from the cells' text.
// QtCore only: the notebook model (core/cellmodel.h) keeps one and asks it after every run.
#pragma once

#include "runrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace sandbench {

// Why a cell is stale: it used `name`, which the run numbered executionCount (of the cell with
// id writerCell) wrote after it.
struct StaleMark
{
    QString name;
    int executionCount = 0;
    quint64 writerCell = 0;

    bool operator==(const StaleMark &other) const
    {
        return name == other.name && executionCount == other.executionCount &&
               writerCell == other.writerCell;
    }
    bool operator!=(const StaleMark &other) const { return !(*this == other); }
};

class Staleness
{
public:
    // Forgets every run (a new notebook).
    void clear();

    // A run of cell (a stable cell id) has finished, in the order the session ran them. A run of
    // another session than the runs recorded so far starts afresh: its names live in another
    // namespace. What the run wrote counts only when the session kept its state (ok, or an error
    // kept on purpose, RunRecord::stateKeptOnError); what it read, only then too.
    void record(quint64 cell, const RunRecord &run);

    // Run > Undo Last Cell took the session back to before the cell's last run: what it wrote is
    // gone again, and its output no longer describes the session.
    void undo(quint64 cell);

    // The cell's mark when it is stale: the name it read that the most recent later run of
    // another cell wrote (the first such name in alphabetical order), and that run. Nothing when
    // the cell is fresh, never ran, or its last run kept nothing or reported no names.
    // rows, when given, is the notebook's order (cell id -> row): then only a writer above the
    // cell counts. A notebook is read top down, so a cell below that changes a name (cell 2's
    // `sales["revenue"] = ...` after cell 1 printed `sales`) is the analysis going on, not a
    // reason to run cell 1 again. A writer no longer in the notebook still counts.
    std::optional<StaleMark> staleness(quint64 cell,
                                       const QHash<quint64, int> *rows = nullptr) const;

    // How many runs are remembered (for tests).
    qsizetype runCount() const { return m_runs.size(); }

private:
    struct Run
    {
        quint64 cell = 0;
        int executionCount = 0;
        NamesUsed names;
        bool kept = false;
    };

    qint64 m_session = -1;
    QList<Run> m_runs;                // in the order they finished
    QHash<quint64, qsizetype> m_last; // cell -> its last run in m_runs
};

} // namespace sandbench
