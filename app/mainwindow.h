// The workbench window: the notebook in the middle, datasets, variables, figures and history in
// docks around it, run control in the toolbar and status bar. It wires the parts together; each
// part is its own class (CellListView, Notebook, FigurePanel, DatasetsPanel, ...).
#pragma once

#include "appsettings.h"
#include "clusterstate.h"
#include "notebookdocument.h"
#include "runstore.h"
#include "sessionrunner.h"
#include "storethread.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace sandbench {

class AssistantPanel;
class ClusterPanel;
class CellListView;
class LiveChecker;
class SessionEditorHelp;
class CellModel;
class CodeEditor;
class DataPanel;
class DatasetsPanel;
class FigurePanel;
class FindReplaceBar;
class HistoryPanel;
class Notebook;
class ProvenancePanel;
class ResultTable;
class RichOutputView;
class ReviewQueuePanel;
class RunSearchPanel;
class VariablesPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<RunStore> store, SessionConfig config, QWidget *parent = nullptr);
    ~MainWindow() override;

    // False with the reason when the session cannot start (the window then shows the reason).
    bool startSession(QString *error);
    // Opens a percent-format notebook (a plain script is one cell). The file is read off the
    // window's thread; done gets an empty error once the notebook is shown, else why not (the
    // notebook shown stays as it was).
    void openScript(const QString &path, std::function<void(const QString &error)> done = {});
    // Lets the code read everything under folder; the worker restarts, so variables are reset.
    void allowReadingFolder(const QString &folder);
    // Offers to restore notebooks autosaved by a session that did not end cleanly (the recovery
    // folder is read off the window's thread); done runs once the user has answered.
    void offerRecovery(std::function<void()> done = {});
    void offerRecoveries(QList<NotebookDocument::Recovery> recoveries);
    void applySettings(const AppSettings &settings);
    void setThemeKind(EditorTheme::Kind kind);

    // Shows a table variable of the session in the data panel and brings the panel forward.
    void openTable(const QString &variable);

public Q_SLOTS:
    void runCurrentCell();
    void runAndAdvance();
    void runAll();

Q_SIGNALS:
    void runDisplayed(const sandbench::RunRecord &run);
    void variablesShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Tests reach the window's parts through it (mainwindowtestaccess.h), not through accessors
    // the application could come to use.
    friend class MainWindowTestAccess;
    // The current cell's editor; the notebook always has at least one cell.
    CodeEditor *editor() const;
    void buildDocks();
    void applyDefaultDockSizes();
    void buildActions();
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildRunMenu();
    void buildReviewMenu();
    void buildHelpMenu();
    void connectDataPanels();
    void showCellProvenance(int row);
    void selectCellOfRun(qint64 runId);
    void openReviewDatabase();
    void raiseDock(QWidget *content);
    void buildStatusBar();
    void connectSession();
    void restartSession();
    void chooseOutputFolder();
    // Run ▸ Undo Last Cell: asks the session and tells what its reply says.
    void undoLastCell();
    // Restarts the session on info's cluster (empty scheduler: on none).
    void useCluster(const ClusterInfo &info);
    void onCellFinished(int row, const RunRecord &run, bool recorded, const QString &storeError);
    void onBusyChanged(bool busy);
    void onDatasetsLoaded(const QStringList &errors);
    void onSandboxReady(bool ok, const QJsonObject &layers, const QString &message);
    void onVariables(const VariablesReply &reply);
    void refreshVariables();
    void updateWorkerStatus(WorkerClient::State state);
    void updateTitle();
    void updateBusy();
    void populateRecentMenu();
    // Asks about unsaved changes; then runs once they are saved or discarded (not when the user
    // cancels or the save fails: the failure is shown).
    void maybeSave(std::function<void()> then);
    void newNotebook();
    void openDialog();
    void importNotebookDialog();
    void importNotebookChosen();
    void showImported(const QString &path, const QList<NotebookCell> &cells);
    void exportSessionDialog();
    // Saves (asks for a file when there is none); then(true) once the file is written.
    void saveNotebook(std::function<void(bool saved)> then = {});
    void saveNotebookAs(std::function<void(bool saved)> then = {});
    void saveNotebookTo(const QString &path, std::function<void(bool saved)> then);
    void openFromMenu(const QString &path, bool forgetWhenMissing);
    void allowReadingDialog();
    void openSettings(bool policyPage, bool assistantPage = false);
    void connectAssistant();
    void nextFlaggedCell();
    void editCells(const std::function<void(int row)> &edit);
    void showAbout();
    void status(const QString &message);

    // Declared (so built) before and destroyed after the session, which records through it. The
    // panels, the runner and the models hold QPointers to both: they may outlive them (Qt deletes
    // child widgets after these members) and let go by themselves, with no detaching by hand.
    std::unique_ptr<StoreThread> m_store;
    SessionConfig m_config;
    AppSettings m_settings;
    std::unique_ptr<SessionRunner> m_session;
    CellModel *m_cells = nullptr;
    CellListView *m_cellView = nullptr;
    NotebookDocument *m_document = nullptr;
    FileJobs *m_files = nullptr;   // the window's own file reads (imports, review databases)
    bool m_closeWhenSaved = false; // quit asked while a save was writing: closes once it is done
    bool m_closeConfirmed = false; // the unsaved changes were saved or discarded for this close
    Notebook *m_runner = nullptr; // owns m_cells
    LiveChecker *m_checker = nullptr;
    SessionEditorHelp *m_editorHelp = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    FigurePanel *m_figures = nullptr;
    DatasetsPanel *m_datasets = nullptr;
    VariablesPanel *m_variables = nullptr;
    HistoryPanel *m_history = nullptr;
    DataPanel *m_data = nullptr;
    ProvenancePanel *m_provenance = nullptr;
    ReviewQueuePanel *m_review = nullptr;
    RunSearchPanel *m_search = nullptr;
    AssistantPanel *m_assistant = nullptr;
    ClusterPanel *m_cluster = nullptr;
    // The cluster the session runs on (--cluster DIR, or the Cluster panel's Connect Session):
    // kept across restarts, attached to whichever profile the session restarts with.
    ClusterInfo m_clusterInfo;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultLayout;
    bool m_layoutRestored = false; // the user's own layout from the last session
    bool m_shownOnce = false;

    QLabel *m_workerStatus = nullptr;
    QLabel *m_layersStatus = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QToolButton *m_stopButton = nullptr;
    QTimer m_busyTimer;

    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_runAdvanceAction = nullptr;
    QAction *m_runAllAction = nullptr;
    QAction *m_runStaleAction = nullptr;
    QAction *m_interruptAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_allowReadingAction = nullptr;
    QAction *m_toolbarRun = nullptr;
    QAction *m_toolbarStop = nullptr;
    QPointer<QueryReply> m_variablesReply; // the newest variables request
    QList<quint64> m_okCells; // ids of the cells whose runs ended ok, in order: what undo undoes
    // Runs that ended with a bare variable name: once the variables say it is a table, the cell
    // shows it as one.
    struct TableResult
    {
        quint64 cellId = 0;
        qint64 runId = 0;
        QString variable;
    };
    QList<TableResult> m_tableResults;
    void showTableResults();
    // Pages a table result's first rows from the session into it; failed says why it cannot.
    void pageResultTable(ResultTable *table, const std::function<void(const QString &)> &failed);
    void showRichTable(RichOutputView *view);
};

} // namespace sandbench
