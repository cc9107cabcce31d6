// The window's parts, for tests and benchmarks only: MainWindow's public interface is what the
// application uses (open, run, settings); what a test needs to reach inside goes through here,
// a friend of the window, so that no part of the app comes to depend on the window's insides.
#pragma once

#include "mainwindow.h"

#include <QTest>
#include <optional>

namespace sandbench {

class MainWindowTestAccess
{
public:
    explicit MainWindowTestAccess(const MainWindow *window) : m_w(*window) {}
    explicit MainWindowTestAccess(const MainWindow &window) : m_w(window) {}

    CellModel *cells() const { return m_w.m_cells; }
    CellListView *cellView() const { return m_w.m_cellView; }
    // The current cell's editor; the notebook always has at least one cell.
    CodeEditor *editor() const { return m_w.editor(); }
    FigurePanel *figurePanel() const { return m_w.m_figures; }
    DatasetsPanel *datasetsPanel() const { return m_w.m_datasets; }
    VariablesPanel *variablesPanel() const { return m_w.m_variables; }
    HistoryPanel *historyPanel() const { return m_w.m_history; }
    DataPanel *dataPanel() const { return m_w.m_data; }
    ProvenancePanel *provenancePanel() const { return m_w.m_provenance; }
    ReviewQueuePanel *reviewPanel() const { return m_w.m_review; }
    RunSearchPanel *runSearchPanel() const { return m_w.m_search; }
    AssistantPanel *assistantPanel() const { return m_w.m_assistant; }
    ClusterPanel *clusterPanel() const { return m_w.m_cluster; }
    NotebookDocument *document() const { return m_w.m_document; }
    Notebook *runner() const { return m_w.m_runner; }
    LiveChecker *liveChecker() const { return m_w.m_checker; }
    FindReplaceBar *findBar() const { return m_w.m_findBar; }
    QAction *runAction() const { return m_w.m_runAction; }
    QAction *runAdvanceAction() const { return m_w.m_runAdvanceAction; }
    QAction *runAllAction() const { return m_w.m_runAllAction; }
    QAction *runStaleAction() const { return m_w.m_runStaleAction; }
    QAction *interruptAction() const { return m_w.m_interruptAction; }
    QAction *undoAction() const { return m_w.m_undoAction; }
    SessionRunner *session() const { return m_w.m_session.get(); }
    StoreThread *store() const { return m_w.m_store.get(); }
    QLabel *busyLabel() const { return m_w.m_busyLabel; }

private:
    const MainWindow &m_w;
};

// testAccess(window).cells(): the short form tests use.
inline MainWindowTestAccess testAccess(const MainWindow *window)
{
    return MainWindowTestAccess(window);
}
inline MainWindowTestAccess testAccess(const MainWindow &window)
{
    return MainWindowTestAccess(window);
}
// ... and through the smart pointers tests keep the window in.
template <typename Pointer> MainWindowTestAccess testAccess(const Pointer &window)
{
    return MainWindowTestAccess(&*window);
}

// Opens a notebook in the window and waits for it to be shown (the file is read off the
// window's thread); false with the reason when it could not be opened.
inline bool openScriptAndWait(MainWindow &window, const QString &path, QString *error)
{
    std::optional<QString> answer;
    QObject receiver;
    QPointer<QObject> alive(&receiver);
    window.openScript(path, [&answer, alive](const QString &why) {
        if (alive)
            answer = why;
    });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000)) {
        *error = QStringLiteral("the notebook was not opened in time");
        return false;
    }
    *error = *answer;
    return answer->isEmpty();
}
template <typename Pointer>
bool openScriptAndWait(const Pointer &window, const QString &path, QString *error)
{
    return openScriptAndWait(*window, path, error);
}

} // namespace sandbench
