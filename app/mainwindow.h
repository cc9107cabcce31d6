// The first window: an editor, a Run action, the session's output and the last figure, all driven
// by a SessionRunner so the window and the command line share one path to the worker and store.
#pragma once

#include "runstore.h"
#include "sessionrunner.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;

namespace sandbench {

class CodeEditor;
class FigureView;
class OutputView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<RunStore> store, SessionConfig config, QWidget *parent = nullptr);
    ~MainWindow() override;

    // False with the reason when the session cannot start (the window then shows the reason).
    bool startSession(QString *error);
    bool openScript(const QString &path, QString *error);
    // Lets the code read everything under folder; the worker restarts, so variables are reset.
    void allowReadingFolder(const QString &folder);

    CodeEditor *editor() const { return m_editor; }
    OutputView *output() const { return m_output; }
    FigureView *figureView() const { return m_figure; }
    QAction *runAction() const { return m_runAction; }
    QAction *interruptAction() const { return m_interruptAction; }
    QAction *undoAction() const { return m_undoAction; }
    SessionRunner *session() const { return m_session.get(); }

public Q_SLOTS:
    void runEditorCell();

Q_SIGNALS:
    void runDisplayed(const sandbench::RunRecord &run);

private:
    void buildActions();
    void onRunFinished(const RunRecord &run, bool recorded, const QString &storeError);
    void onDatasetsLoaded(const QStringList &errors);
    void updateWorkerStatus(WorkerClient::State state);
    void openScriptDialog();
    void allowReadingDialog();
    void showAbout();

    std::unique_ptr<RunStore> m_store;
    SessionConfig m_config;
    std::unique_ptr<SessionRunner> m_session;
    CodeEditor *m_editor = nullptr;
    OutputView *m_output = nullptr;
    FigureView *m_figure = nullptr;
    QLabel *m_workerStatus = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_interruptAction = nullptr;
    QAction *m_undoAction = nullptr;
    int m_nextCell = 1;
};

} // namespace sandbench
