// Shows what the sandbox would refuse while the analyst types: after a pause in typing, the
// current cell's code goes to the worker's `check` (static check and review triggers, nothing
// runs) and the answer is underlined in the editor, before the cell is ever run.
#pragma once

#include "codeeditor.h"
#include "sessionrunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QJsonObject;

namespace sandbench {

class CellListView;

class LiveChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 400;

    LiveChecker(CellListView &cells, QObject *parent = nullptr);

    // The session whose worker checks; null while there is none (checks then wait).
    void setSession(SessionRunner *session);
    // Checks the current cell now, without waiting for typing: a cell the assistant wrote shows
    // what the sandbox would refuse, and that it would go to review, before it runs.
    void checkNow();
    // The editor being checked now (the current cell's), for tests.
    CodeEditor *editor() const { return m_editor; }

Q_SIGNALS:
    // A check's answer was shown in the editor.
    void checked(int violations);

private:
    void follow(int row);
    void send();
    int rowOfEditor() const;
    void onAnswered(const CheckReply &reply);
    void show(const QList<Violation> &found);

    CellListView &m_cells;
    QPointer<SessionRunner> m_session;
    QPointer<CodeEditor> m_editor;
    QMetaObject::Connection m_typing;
    QTimer m_pause;
    QPointer<QueryReply> m_request; // the check on its way: one at a time
    QString m_sentCode;
};

} // namespace sandbench
