// The notebook: an ordered list of cells, each with its code, where it stands (not run, queued,
// running, done) and what its last run produced. The window's views and the file on disk are both
// made from it; it holds no widgets.
#pragma once

#include "cellrun.h"
#include "percentformat.h"
#include "runrecord.h"
#include "staleness.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <optional>

namespace sandbench {

struct Cell
{
    enum class State
    {
        NotRun,
        Queued,
        Running,
        Done
    };

    quint64 id = 0;      // stable while the cell lives, whatever its position
    NotebookCell source; // kind, title and code, plus what the file needs to be written back
    State state = State::NotRun;
    QDateTime runningSince;
    std::optional<RunRecord> lastRun;
    bool editedSinceRun = false;
    // Run > Undo Last Cell took the session back to before this cell's ok run: its output stays
    // for reading, but its variables are gone.
    bool undone = false;
    // Jupyter's execution count: the number the session gave this cell's last run ([7]), 0
    // before any. Runs are named by it in the Session Log and figure captions, so inserting a
    // cell above does not rename them.
    int executionCount = 0;
    // A later run of another cell rewrote a name this cell's last run read (core/staleness.h):
    // its output describes values the session no longer holds.
    std::optional<StaleMark> stale;
    // Where the code came from, recorded with each run: typed by default, pasted once text was
    // pasted in, llm (with the model, endpoint host and prompt hash) when the assistant wrote it.
    // Editing model code keeps its origin: the llm_first_run review still applies to it.
    CodeSource codeSource;

    bool isCode() const { return source.kind == NotebookCell::Kind::Code; }
};

class CellModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        KindRole,   // "code" or "markdown"
        StateRole,  // Cell::State as int
        StatusRole, // the last run's status name ("ok", "pending_review"...) or "undone", empty
                    // before a run
        DurationRole,
        CellIdRole,
        ExecutionCountRole, // int, 0 before the cell's first run
        StaleRole,          // the name a stale cell read that a later run rewrote, else empty
    };

    explicit CellModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Cell &cell(int row) const { return m_cells.at(row); }
    int rowOfId(quint64 id) const;

    void setNotebook(const QList<NotebookCell> &cells);
    QList<NotebookCell> notebook() const;

    // Returns the new cell's row.
    int insertCell(int row, NotebookCell::Kind kind = NotebookCell::Kind::Code,
                   const QString &code = QString());
    bool removeCell(int row);
    bool moveCell(int from, int to);
    int duplicateCell(int row);
    void setCode(int row, const QString &code);
    void setKind(int row, NotebookCell::Kind kind);
    void setCodeSource(int row, const CodeSource &source);
    // Text was pasted into the cell: a typed cell becomes pasted (an llm cell stays llm).
    void markPasted(int row);

    void markQueued(int row);
    void markRunning(int row);
    // A queued cell that will not run after all (the run before it failed, or the user stopped).
    void markNotRun(int row);
    void finishRun(int row, const RunRecord &run);
    void markUndone(int row);
    void setExecutionCount(int row, int count);

    // The rows of the stale cells, in notebook order (Run > Run Stale Cells).
    QList<int> staleRows() const;
    // The tooltip of a stale cell's marker: "uses `df`, redefined by [7]"; empty when fresh.
    QString staleText(int row) const;

Q_SIGNALS:
    // The text of the notebook changed (code, order, cells added or removed): not a run's outcome.
    void notebookEdited();

private:
    Cell makeCell(const NotebookCell &source);
    void changed(int row, const QList<int> &roles = {});
    // Asks m_staleness about every cell again; tells the views about the ones that changed.
    void updateStaleness();

    QList<Cell> m_cells;
    quint64 m_nextId = 1;
    Staleness m_staleness; // the runs of the session, by cell id
};

// Why a cell is stale, in the words its marker's tooltip uses: "uses `df`, redefined by [7]".
QString staleDescription(const StaleMark &mark);
// The word a status is shown with, the same as the command line's (translated).
QString statusWord(RunStatus status);
// The first line of code that does something (a heading comment says less), for lists of runs.
QString firstCodeLine(const QString &code);

} // namespace sandbench
