// Run > Run Stale Cells (issue 15, item 6): runs the stale cells (core/staleness.h) in notebook
// order, one after the other, and on the way every cell further down that becomes stale because
// of those runs: B reads what A makes, C what B makes; A ran again, so B is stale, and once B has
// run again so is C. It sweeps forward only, each cell at most once, as a notebook is read: two
// cells that feed each other cannot make it loop, and a cell above the last one it ran that
// became stale keeps its marker. It stops at the first run that does not end ok, like Run All.
// The notebook owns it; the window's menu action only follows canStart().
#pragma once

#include <QObject>

namespace sandbench {

class Notebook;
struct RunRecord;

class StaleRunner : public QObject
{
    Q_OBJECT

public:
    explicit StaleRunner(Notebook *notebook);

    // The words of the menu action that starts it (the window's, translated here so that they
    // keep their catalogue entries).
    static QString actionText();
    static QString actionToolTip();

    // Some cell is stale, nothing runs and no sweep is on.
    bool canStart() const;
    // Starts the sweep; returns false when no cell is stale or the notebook is busy.
    bool start();
    bool isActive() const { return m_current != 0; }

Q_SIGNALS:
    // canStart() changed.
    void canStartChanged(bool canStart);
    // Words for the status bar: how many cells the sweep ran, and why it stopped.
    void message(const QString &text);

private:
    void runNext();
    void onCellFinished(quint64 cellId, const sandbench::RunRecord &run);
    void update();

    Notebook *m_notebook;
    quint64 m_current = 0; // the id of the cell the sweep runs now; 0 when it is not running
    int m_lastRow = -1;    // the row the sweep ran last: it goes on below it
    int m_ran = 0;
    bool m_canStart = false;
};

} // namespace sandbench
