// Every run of the session, newest first: when, which cell, how it ended, how long it took, and
// its first line of code. Activating a run selects its cell.
#pragma once

#include <QTreeWidget>

namespace sandbench {

struct RunRecord;

class HistoryPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void addRun(const RunRecord &run);
    void addNote(const QString &text);

Q_SIGNALS:
    void cellRequested(int cellIndex);
};

} // namespace sandbench
