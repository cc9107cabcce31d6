#include "mainwindow.h"

#include "assistantpanel.h"
#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "cli/exportcommand.h"
#include "cli/runjson.h"
#include "clusterpanel.h"
#include "codeeditor.h"
#include "dataframemodel.h"
#include "datapanel.h"
#include "datasetspanel.h"
#include "figurepanel.h"
#include "findreplacebar.h"
#include "historypanel.h"
#include "ipynb.h"
#include "livechecker.h"
#include "notebook.h"
#include "notebookdocument.h"
#include "paths.h"
#include "provenancepanel.h"
#include "reviewerwindow.h"
#include "reviewqueuepanel.h"
#include "richoutput.h"
#include "runsearchpanel.h"
#include "sessioneditorhelp.h"
#include "settingsdialog.h"
#include "stalerunner.h"
#include "variablespanel.h"
#include "workermessages.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sandbench {
namespace {

QString recoveryDir()
{
    return QFileInfo(paths::defaultDatabase()).absolutePath() + QStringLiteral("/recovery");
}

bool isFlagged(const Cell &cell)
{
    if (!cell.lastRun)
        return false;
    const RunStatus s = cell.lastRun->status;
    return s == RunStatus::Denied || s == RunStatus::Rejected || s == RunStatus::PendingReview ||
           !cell.lastRun->violations.isEmpty();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<RunStore> store, SessionConfig config, QWidget *parent)
    : QMainWindow(parent), m_store(std::make_unique<StoreThread>(std::move(store))),
      m_config(std::move(config))
{
    // Its worker's refusals name the window's actions, however the window was started.
    m_config.context = QLatin1String(WorkerContext::Window);
    setObjectName(QStringLiteral("workbench"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_settings = AppSettings::load(QSettings());
    if (m_config.profile.name.isEmpty()) {
        QString error;
        if (auto profile = ProfileLoader::load(m_settings.profileName, &error)) {
            m_settings.applyLimits(*profile);
            m_config.profile = *profile;
        }
    }

    m_clusterInfo = clusterstate::sessionCluster(m_config.profile.json);

    m_runner = new Notebook(this);
    m_cells = m_runner->cells();
    m_document = new NotebookDocument(m_cells, recoveryDir(), this);
    m_files = new FileJobs(FileJobs::Order::Parallel, this);
    m_cellView = new CellListView(m_cells, this);
    m_checker = new LiveChecker(*m_cellView, this);
    m_editorHelp = new SessionEditorHelp(this);
    m_findBar = new FindReplaceBar(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_cellView, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    connect(m_cellView, &CellListView::currentRowChanged, this,
            [this] { m_findBar->setEditor(editor()); });
    connect(m_cellView, &CellListView::runRequested, this,
            [this](int row) { m_runner->runCell(row); });
    // The notebook names cells by id; the window's views by the row a cell is at now.
    connect(m_runner, &Notebook::cellFinished, this,
            [this](quint64 id, const RunRecord &run, bool recorded, const QString &storeError) {
                onCellFinished(m_cells->rowOfId(id), run, recorded, storeError);
            });
    connect(m_runner, &Notebook::cellOutput, this,
            [this](quint64 id, const QString &stream, const QString &text) {
                if (CellWidget *cell = m_cellView->cellWidget(m_cells->rowOfId(id)))
                    cell->appendLiveOutput(stream, text);
            });
    connect(m_runner, &Notebook::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_document, &NotebookDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &NotebookDocument::pathChanged, this, &MainWindow::updateTitle);
    // Quit was asked while a save wrote: it is asked again now. A save that failed left the
    // notebook modified, so the question about unsaved changes comes instead of a silent loss.
    connect(m_document, &NotebookDocument::savesFinished, this, [this] {
        if (std::exchange(m_closeWhenSaved, false))
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    connect(m_document, &NotebookDocument::autosaveFailed, this,
            [this](const QString &error) { status(error); });

    buildDocks();
    buildActions();
    buildStatusBar();
    m_document->newNotebook();
    for (const DatasetSpec &dataset : std::as_const(m_config.datasets))
        m_datasets->addDataset(dataset);

    resize(1400, 900);
    m_defaultLayout = saveState();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    applySettings(m_settings);
    updateTitle();
}

MainWindow::~MainWindow() = default;

CodeEditor *MainWindow::editor() const
{
    if (m_cells->rowCount() == 0)
        m_cells->insertCell(0);
    CellWidget *widget = m_cellView->cellWidget(qMax(0, m_cellView->currentRow()));
    return widget ? widget->editor() : nullptr;
}

void MainWindow::buildDocks()
{
    const auto dock = [this](QWidget *content, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };
    m_datasets = new DatasetsPanel(this);
    m_variables = new VariablesPanel(this);
    m_figures = new FigurePanel(this);
    m_history = new HistoryPanel(this);
    m_data = new DataPanel(this);
    m_provenance = new ProvenancePanel(this);
    m_review = new ReviewQueuePanel(this);
    m_search = new RunSearchPanel(this);
    // Their layouts would ask for more room than a side dock has: they scroll and squeeze instead,
    // and the notebook keeps the middle.
    for (QWidget *panel : {static_cast<QWidget *>(m_data), static_cast<QWidget *>(m_provenance)})
        panel->setMinimumSize(240, 200);
    for (QWidget *panel : {static_cast<QWidget *>(m_review), static_cast<QWidget *>(m_search)})
        panel->setMinimumSize(300, 110);
    dock(m_datasets, tr("Datasets"), QStringLiteral("datasetsDock"), Qt::LeftDockWidgetArea);
    dock(m_variables, tr("Variables"), QStringLiteral("variablesDock"), Qt::LeftDockWidgetArea);
    QDockWidget *figures =
        dock(m_figures, tr("Figures"), QStringLiteral("figuresDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(figures,
                     dock(m_data, tr("Data"), QStringLiteral("dataDock"), Qt::RightDockWidgetArea));
    tabifyDockWidget(figures, dock(m_provenance, tr("Provenance"), QStringLiteral("provenanceDock"),
                                   Qt::RightDockWidgetArea));
    m_assistant = new AssistantPanel(this);
    m_assistant->setMinimumSize(240, 200);
    tabifyDockWidget(figures, dock(m_assistant, tr("Assistant"), QStringLiteral("assistantDock"),
                                   Qt::RightDockWidgetArea));
    connectAssistant();
    figures->raise();
    QDockWidget *history =
        dock(m_history, tr("Session Log"), QStringLiteral("historyDock"), Qt::BottomDockWidgetArea);
    QDockWidget *review =
        dock(m_review, tr("Review Queue"), QStringLiteral("reviewDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(history, review);
    tabifyDockWidget(history, dock(m_search, tr("History"), QStringLiteral("runSearchDock"),
                                   Qt::BottomDockWidgetArea));
    // The sandboxed Dask cluster (issue 18): its workers, memory and running tasks, and the
    // button that puts the session on it.
    m_cluster = new ClusterPanel(this);
    m_cluster->setMinimumSize(300, 110);
    tabifyDockWidget(history, dock(m_cluster, tr("Cluster"), QStringLiteral("clusterDock"),
                                   Qt::BottomDockWidgetArea));
    connect(m_cluster, &ClusterPanel::connectRequested, this, &MainWindow::useCluster);
    connect(m_cluster, &ClusterPanel::disconnectRequested, this,
            [this] { useCluster(ClusterInfo()); });
    history->raise();
    m_cellView->setCompletionModel(m_variables->completionModel());
    m_cellView->setCompletionProvider(m_editorHelp);

    connect(m_datasets, &DatasetsPanel::datasetRequested, this,
            [this](const DatasetSpec &requested) {
                if (!m_session)
                    return;
                // Larger than the profile's datasets.lazy_above_mb: read in blocks (issue 18).
                const DatasetSpec spec = m_session->decided(requested);
                m_session->addDataset(spec);
                m_datasets->addDataset(spec);
                m_history->addNote(
                    spec.lazy && !requested.lazy
                        ? tr("Dataset %1 registered: %2; it is read in blocks as a dask "
                             "DataFrame, being larger than the profile's %3 MB for loading whole")
                              .arg(spec.name, spec.path)
                              .arg(m_session->profile().lazyAboveMb())
                        : tr("Dataset %1 registered: %2").arg(spec.name, spec.path));
                refreshVariables();
            });
    connect(m_datasets, &DatasetsPanel::lazyChanged, this, [this](const QString &name, bool lazy) {
        if (!m_session)
            return;
        for (const DatasetSpec &dataset : m_session->datasets()) {
            if (dataset.name == name && dataset.lazy == lazy)
                return; // already so
        }
        if (!m_session->setLazy(name, lazy))
            return;
        m_history->addNote(
            lazy ? tr("Dataset %1 loads again in blocks, as a dask DataFrame.").arg(name)
                 : tr("Dataset %1 loads again whole, as a pandas DataFrame.").arg(name));
        refreshVariables();
    });
    connect(m_datasets, &DatasetsPanel::isoDatesChanged, this,
            [this](const QString &name, bool isoDates) {
                if (!m_session || !m_session->setIsoDates(name, isoDates))
                    return;
                m_history->addNote(
                    isoDates ? tr("Dataset %1 loads again with its ISO dates as dates.").arg(name)
                             : tr("Dataset %1 loads again with its dates as text.").arg(name));
            });
    connect(m_cellView, &CellListView::richTableShown, this, &MainWindow::showRichTable);
    connect(m_cellView, &CellListView::openInDataRequested, this, &MainWindow::openTable);
    connect(m_cellView, &CellListView::figureActivated, this, [this](qint64 runId, int index) {
        m_figures->showFigure(runId, index);
        m_figures->parentWidget()->show();
        m_figures->parentWidget()->raise();
    });
    // Runs name their cell by execution count: the cell that ran as [7], wherever it is now.
    const auto goToCell = [this](int executionCount) {
        const int row = m_runner->rowOfExecutionCount(executionCount);
        if (row >= 0)
            m_cellView->setCurrentRow(row);
        else
            status(tr("Cell [%1] ran in an earlier session or was deleted.").arg(executionCount));
    };
    connect(m_figures, &FigurePanel::cellRequested, this, goToCell);
    connect(m_history, &HistoryPanel::cellRequested, this, goToCell);
    connectDataPanels();
}

// The docks' default sizes, from the window's: at 1024×700 the notebook keeps more than half the
// width, at 1400×900 the side panels have room for their columns and tool bars. Only a shown
// window has the geometry resizeDocks works from, hence on the first show and on Reset Layout.
void MainWindow::applyDefaultDockSizes()
{
    const auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    layout()->activate(); // the docks' current sizes, which resizeDocks starts from
    const int w = width();
    const int h = height();
    resizeDocks({dock("datasetsDock"), dock("figuresDock")},
                {qBound(200, w * 20 / 100, 290), qBound(260, w * 27 / 100, 430)}, Qt::Horizontal);
    resizeDocks({dock("historyDock")}, {qBound(130, h / 5, 200)}, Qt::Vertical);
    // The two left docks share their column: the variables get the larger part.
    resizeDocks({dock("datasetsDock"), dock("variablesDock")}, {h * 2 / 10, h * 4 / 10},
                Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce && !m_layoutRestored)
        applyDefaultDockSizes();
    m_shownOnce = true;
}

void MainWindow::connectDataPanels()
{
    m_provenance->setJsonFormatter(&cli::runProvenanceToJson);
    m_provenance->setStore(m_store.get());
    m_review->setStore(m_store.get());
    // Reviewers may decide from another process: the store's change notification tells, with a
    // slow look behind it for file systems that do not.
    m_review->setAutoRefresh(10000);
    m_search->setStore(m_store.get());
    connect(m_variables, &VariablesPanel::tableRequested, this, &MainWindow::openTable);
    connect(m_data, &DataPanel::message, this, &MainWindow::status);
    connect(m_data, &DataPanel::codeRequested, this, [this](const QString &code) {
        // After the current cell, as a new cell the analyst runs (it is not run for them).
        const int current = m_cellView->currentRow();
        const int row = m_cells->insertCell(current >= 0 ? current + 1 : m_cells->rowCount(),
                                            NotebookCell::Kind::Code, code);
        m_cellView->setCurrentRow(row, true);
        status(tr("The Data panel's view is in a new cell; run it to get the same rows as a "
                  "variable."));
    });
    connect(m_data, &DataPanel::exported, this, [this](const QString &path, qint64 rows) {
        m_history->addNote(tr("Exported %1 rows to %2").arg(rows).arg(path));
    });
    connect(m_cellView, &CellListView::currentRowChanged, this, &MainWindow::showCellProvenance);
    connect(m_provenance, &ProvenancePanel::runSelected, this, &MainWindow::selectCellOfRun);
    connect(m_search, &RunSearchPanel::runSelected, m_provenance, &ProvenancePanel::showRun);
    connect(m_search, &RunSearchPanel::openCodeRequested, this, [this](const QString &code) {
        const int row = m_cells->insertCell(m_cells->rowCount(), NotebookCell::Kind::Code, code);
        m_cellView->setCurrentRow(row);
    });
    connect(m_review, &ReviewQueuePanel::runSelected, m_provenance, &ProvenancePanel::showRun);
    connect(m_review, &ReviewQueuePanel::pendingCountChanged, this, [this](int pending) {
        m_review->parentWidget()->setWindowTitle(pending > 0 ? tr("Review Queue (%1)").arg(pending)
                                                             : tr("Review Queue"));
    });
    connect(m_review, &ReviewQueuePanel::decided, this, [this](const ReviewDecision &decision) {
        // The waiting cell learns of it at once, not at the next file event or slow look.
        m_store->checkForChanges();
        m_history->addNote(decision.approved ? tr("Run %1 approved by %2; its cell runs now.")
                                                   .arg(decision.runId)
                                                   .arg(decision.reviewer)
                                             : tr("Run %1 rejected by %2: %3")
                                                   .arg(decision.runId)
                                                   .arg(decision.reviewer, decision.note));
    });
    connect(m_runner, &Notebook::cellRejected, this,
            [this](quint64 id, qint64 runId, const QString &reviewer, const QString &note) {
                const int row = m_cells->rowOfId(id);
                // Named by its execution count, as the log names runs: a row number would
                // name another cell once one is inserted above.
                const int count =
                    row >= 0 && row < m_cells->rowCount() ? m_cells->cell(row).executionCount : 0;
                const QString text =
                    count > 0 ? tr("Cell [%1] will not run: %2 rejected run %3 (%4)")
                                    .arg(count)
                                    .arg(reviewer)
                                    .arg(runId)
                                    .arg(note)
                              : tr("The cell of run %1 will not run: %2 rejected it (%3)")
                                    .arg(runId)
                                    .arg(reviewer, note);
                m_history->addNote(text);
                status(text);
                m_review->refresh();
            });
}

void MainWindow::raiseDock(QWidget *content)
{
    if (auto *dock = qobject_cast<QDockWidget *>(content->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::openTable(const QString &variable)
{
    if (!m_session)
        return;
    m_data->showVariable(m_session.get(), variable);
    raiseDock(m_data);
}

void MainWindow::showCellProvenance(int row)
{
    if (row < 0 || row >= m_cells->rowCount())
        return;
    const Cell &cell = m_cells->cell(row);
    if (cell.lastRun && cell.lastRun->id > 0 && cell.lastRun->id != m_provenance->currentRun())
        m_provenance->showRun(cell.lastRun->id);
}

void MainWindow::selectCellOfRun(qint64 runId)
{
    for (int row = 0; row < m_cells->rowCount(); ++row) {
        const Cell &cell = m_cells->cell(row);
        if (cell.lastRun && cell.lastRun->id == runId) {
            m_cellView->setCurrentRow(row, false);
            return;
        }
    }
}

void MainWindow::openReviewDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Review Queue of a Database"), QFileInfo(m_store->path()).absolutePath(),
        tr("Sandbench databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    // Opened off the window's thread: a large database's schema check, a migration, or another
    // process holding its lock takes as long as it takes without freezing the workbench.
    struct Opened
    {
        std::shared_ptr<std::unique_ptr<RunStore>> store; // copyable: the answer travels by value
        QString error;
    };
    status(tr("Opening the review queue of %1…").arg(path));
    m_files->call(
        "open review database", this,
        [path] {
            Opened opened;
            opened.store =
                std::make_shared<std::unique_ptr<RunStore>>(RunStore::open(path, &opened.error));
            return opened;
        },
        [this](const Opened &opened) {
            statusBar()->clearMessage();
            if (!*opened.store) {
                QMessageBox::warning(this, tr("Open Review Queue"), opened.error);
                return;
            }
            auto *window = new ReviewerWindow(std::move(*opened.store), this);
            window->setWindowFlag(Qt::Window);
            window->show();
        });
}

void MainWindow::buildActions()
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildRunMenu();
    buildReviewMenu();
    buildHelpMenu();

    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The Run button becomes Stop while cells run.
    const auto button = [toolbar](QAction *action) {
        auto *b = new QToolButton(toolbar);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return toolbar->addWidget(b); // the returned action shows and hides the button alone
    };
    m_toolbarRun = button(m_runAdvanceAction);
    m_toolbarStop = button(m_interruptAction);
    m_toolbarStop->setVisible(false);
    toolbar->addAction(m_runAllAction);
    toolbar->addAction(m_undoAction);
    toolbar->addSeparator();
    auto *profile = new QLabel(toolbar);
    profile->setObjectName(QStringLiteral("profileLabel"));
    profile->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(profile);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Notebook"), QKeySequence::New, this, &MainWindow::newNotebook);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { saveNotebook(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveNotebookAs(); });
    file->addAction(tr("&Import Notebook…"), this, &MainWindow::importNotebookDialog);
    file->addAction(tr("&Export Session…"), this, &MainWindow::exportSessionDialog);
    file->addSeparator();
    file->addAction(tr("Add &Dataset…"), m_datasets, &DatasetsPanel::addFilesDialog);
    file->addAction(tr("Add Dataset &Larger Than Memory…"), m_datasets,
                    &DatasetsPanel::addLazyFilesDialog)
        ->setStatusTip(tr("Read a file in blocks as a dask DataFrame: for data larger than the "
                          "session's memory"));
    m_allowReadingAction =
        file->addAction(tr("Allow &Reading a Folder…"), this, &MainWindow::allowReadingDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::editCells(const std::function<void(int row)> &edit)
{
    edit(qMax(0, m_cellView->currentRow()));
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo Typing"), QKeySequence::Undo, this, [this] { editor()->undo(); });
    edit->addAction(tr("&Redo Typing"), QKeySequence::Redo, this, [this] { editor()->redo(); });
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_findBar->setEditor(editor());
        m_findBar->start(false);
    });
    edit->addAction(tr("Find and Rep&lace…"), QKeySequence(Qt::CTRL | Qt::Key_H), this, [this] {
        m_findBar->setEditor(editor());
        m_findBar->start(true);
    });
    edit->addAction(tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this,
                    [this] { editor()->toggleComment(); });
    edit->addSeparator();
    edit->addAction(
        tr("Insert Cell &Above"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
            editCells([this](int row) { m_cellView->setCurrentRow(m_cells->insertCell(row)); });
        });
    edit->addAction(
        tr("Insert Cell &Below"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] {
            editCells([this](int row) { m_cellView->setCurrentRow(m_cells->insertCell(row + 1)); });
        });
    edit->addAction(
        tr("&Duplicate Cell"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this, [this] {
            editCells([this](int row) { m_cellView->setCurrentRow(m_cells->duplicateCell(row)); });
        });
    edit->addAction(tr("De&lete Cell"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), this,
                    [this] {
                        editCells([this](int row) {
                            if (m_cells->cell(row).state == Cell::State::Running ||
                                m_cells->cell(row).state == Cell::State::Queued) {
                                status(tr("The cell is running or queued; stop it first."));
                                return;
                            }
                            m_cells->removeCell(row);
                            if (m_cells->rowCount() == 0)
                                m_cellView->setCurrentRow(m_cells->insertCell(0));
                        });
                    });
    edit->addAction(tr("Move Cell &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), this,
                    [this] { editCells([this](int row) { m_cells->moveCell(row, row - 1); }); });
    edit->addAction(tr("Move Cell Do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), this,
                    [this] { editCells([this](int row) { m_cells->moveCell(row, row + 1); }); });
    edit->addAction(
        tr("Code ↔ &Markdown"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, [this] {
            editCells([this](int row) {
                m_cells->setKind(row, m_cells->cell(row).isCode() ? NotebookCell::Kind::Markdown
                                                                  : NotebookCell::Kind::Code);
            });
        });
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, [this] { openSettings(false); });
    settings->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settings->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    m_themeGroup = new QActionGroup(this);
    const auto themeAction = [this, view](const QString &text, EditorTheme::Kind kind) {
        QAction *a = view->addAction(text, this, [this, kind] {
            m_settings.theme = kind;
            QSettings settings;
            m_settings.save(settings);
            setThemeKind(kind);
        });
        a->setCheckable(true);
        a->setData(EditorTheme::nameOf(kind));
        m_themeGroup->addAction(a);
    };
    themeAction(tr("&Light Theme"), EditorTheme::Kind::Light);
    themeAction(tr("&Dark Theme"), EditorTheme::Kind::Dark);
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset Layout"), this, [this] {
        restoreState(m_defaultLayout);
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->show();
        applyDefaultDockSizes();
    });
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
}

void MainWindow::buildRunMenu()
{
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_runAction = run->addAction(tr("&Run Cell"), this, &MainWindow::runCurrentCell);
    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setToolTip(tr("Run the current cell and stay on it (Ctrl+Enter)"));
    m_runAdvanceAction = run->addAction(tr("Run and &Advance"), this, &MainWindow::runAndAdvance);
    m_runAdvanceAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)});
    m_runAdvanceAction->setIconText(tr("Run"));
    m_runAdvanceAction->setToolTip(
        tr("Run the current cell and go to the next, making one at the end (Shift+Enter)"));
    m_runAllAction = run->addAction(tr("Run A&ll"), this, &MainWindow::runAll);
    m_runAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_runAllAction->setToolTip(tr("Run every code cell from the top; stops at the first cell that "
                                  "does not end ok (Ctrl+Shift+Enter)"));
    StaleRunner *stale = m_runner->staleRunner(); // Run > Run Stale Cells
    m_runStaleAction = run->addAction(StaleRunner::actionText(), stale, &StaleRunner::start);
    m_runStaleAction->setObjectName(QStringLiteral("runStaleCells"));
    m_runStaleAction->setToolTip(StaleRunner::actionToolTip());
    m_runStaleAction->setEnabled(stale->canStart());
    connect(stale, &StaleRunner::canStartChanged, m_runStaleAction, &QAction::setEnabled);
    connect(stale, &StaleRunner::message, this, [this](const QString &t) { status(t); });
    run->addSeparator();
    m_interruptAction = run->addAction(tr("&Interrupt"), this, [this] { m_runner->interrupt(); });
    m_interruptAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::CTRL | Qt::Key_Pause)});
    m_interruptAction->setIconText(tr("Stop"));
    m_interruptAction->setToolTip(tr("Stop the running cell and the queued ones (Ctrl+.); the "
                                     "session's variables stay as they were before it"));
    m_interruptAction->setEnabled(false);
    m_undoAction = run->addAction(tr("&Undo Last Cell"), this, &MainWindow::undoLastCell);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_undoAction->setToolTip(tr("Return the variables to the state before the last cell that "
                                "ended ok"));
    run->addSeparator();
    m_restartAction = run->addAction(tr("Re&start Session"), this, &MainWindow::restartSession);
    m_restartAction->setToolTip(tr("A fresh worker with the datasets loaded again and the current "
                                   "settings' profile and limits; variables are reset"));
    // The window's --out: messages about the output folder name this entry.
    QAction *folder =
        run->addAction(tr("Choose Output &Folder…"), this, &MainWindow::chooseOutputFolder);
    folder->setToolTip(tr("The folder cells write into (and their working folder); the session "
                          "restarts in it, its variables are reset"));
}

void MainWindow::chooseOutputFolder()
{
    if (m_runner->isBusy()) {
        status(tr("Stop the running cells before choosing another output folder."));
        return;
    }
    const QString start = m_session ? m_session->outputDir() : m_config.outputDir;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose Output Folder"), start);
    if (folder.isEmpty())
        return;
    m_config.outputDir = folder;
    restartSession();
}

void MainWindow::buildReviewMenu()
{
    QMenu *review = menuBar()->addMenu(tr("Re&view"));
    QAction *next = review->addAction(tr("&Next Flagged Cell"), this, &MainWindow::nextFlaggedCell);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setToolTip(tr("Go to the next cell the sandbox refused, rejected or held for review"));
    review->addSeparator();
    QAction *queue = review->addAction(tr("Review &Queue"), this, [this] {
        m_review->refresh();
        raiseDock(m_review);
    });
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->addAction(tr("&Open Review Queue of a Database…"), this,
                      &MainWindow::openReviewDatabase);
    review->addAction(tr("&Provenance of the Current Cell"), this, [this] {
        showCellProvenance(m_cellView->currentRow());
        raiseDock(m_provenance);
    });
    review->addAction(tr("Search &History…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                      [this] {
                          raiseDock(m_search);
                          m_search->setFocus();
                      });
    review->addSeparator();
    review->addAction(tr("Sandbox &Policy…"), this, [this] { openSettings(true); });
    review->addAction(tr("&Reviewer Name…"), this, [this] { openSettings(false); });
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sandbench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_busyLabel = new QLabel(this);
    m_stopButton = new QToolButton(this);
    m_stopButton->setDefaultAction(m_interruptAction);
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stopButton->hide();
    m_workerStatus = new QLabel(this);
    m_layersStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_stopButton);
    statusBar()->addPermanentWidget(m_workerStatus);
    statusBar()->addPermanentWidget(m_layersStatus);
    statusBar()->showMessage(tr("Database: %1").arg(m_store->path()));
    m_busyTimer.setInterval(200);
    connect(&m_busyTimer, &QTimer::timeout, this, &MainWindow::updateBusy);
}

bool MainWindow::startSession(QString *error)
{
    m_session = std::make_unique<SessionRunner>(*m_store, m_config);
    m_okCells.clear(); // a new worker has nothing to undo
    // A cell held for review runs by itself once a reviewer approves it, here or elsewhere.
    m_session->setRunWhenApproved(true);
    m_session->setKeepStateOnError(m_settings.keepStateOnError);
    connectSession();
    if (!m_session->start(error)) {
        m_history->addNote(tr("The session could not start: %1").arg(error ? *error : QString()));
        status(tr("The session could not start: %1").arg(error ? *error : QString()));
        m_runAction->setEnabled(false);
        m_runAdvanceAction->setEnabled(false);
        m_runAllAction->setEnabled(false);
        return false;
    }
    m_history->addNote(tr("Session %1 · output folder %2")
                           .arg(m_session->sessionId())
                           .arg(m_session->outputDir()));
    m_provenance->showSession(m_session->sessionId());
    // The profile's datasets.lazy_above_mb may have chosen blocks for a large file (issue 18).
    for (const DatasetSpec &dataset : m_session->datasets())
        m_datasets->showLazy(dataset.name, dataset.lazy);
    if (auto *profile = findChild<QLabel *>(QStringLiteral("profileLabel")))
        profile->setText(tr("profile: %1").arg(m_session->profile().name));
    const ClusterInfo cluster = clusterstate::sessionCluster(m_session->profile().json);
    // A window started on a cluster (--cluster DIR) shows its workers from the start.
    if (!cluster.scheduler.isEmpty() && m_cluster->folder().isEmpty())
        m_cluster->parentWidget()->raise();
    m_cluster->setSessionCluster(cluster);
    if (!cluster.scheduler.isEmpty())
        m_history->addNote(
            tr("The session uses the cluster %1 (%2): cells have a ready "
               "'client'; the network is closed but for its scheduler.")
                .arg(cluster.scheduler, clusterstate::workersInWords(cluster.workers)));
    updateWorkerStatus(m_session->workerState());
    return true;
}

void MainWindow::connectSession()
{
    SessionRunner *session = m_session.get();
    m_runner->setSession(session);
    m_checker->setSession(session);
    m_assistant->setSession(session);
    m_editorHelp->setSession(session);
    connect(session, &SessionRunner::datasetsLoaded, this, &MainWindow::onDatasetsLoaded);
    connect(session, &SessionRunner::workerStateChanged, this, &MainWindow::updateWorkerStatus);
    connect(session, &SessionRunner::sandboxReady, this, &MainWindow::onSandboxReady);
    // A run was recorded: the panels that follow the database (the review queue) read it again
    // now, without waiting for the file event.
    connect(session, &SessionRunner::runFinished, m_store.get(), &StoreThread::checkForChanges);
}

void MainWindow::undoLastCell()
{
    if (!m_session)
        return;
    ActionReply *reply = m_session->undo();
    // The reply is the session's child: a session replaced meanwhile takes it along unanswered.
    connect(reply, &ActionReply::finished, this, [this, reply] {
        const bool ok = reply->isOk();
        const QString text =
            ok ? tr("Undone: the variables are as they were before the last cell that ended ok.")
               : tr("Nothing to undo: %1").arg(WorkerMessages::translate(reply->errorMessage()));
        if (ok && !m_okCells.isEmpty())
            m_cells->markUndone(m_cells->rowOfId(m_okCells.takeLast()));
        m_history->addNote(text);
        status(text);
        refreshVariables();
    });
}

void MainWindow::restartSession()
{
    if (m_runner->isBusy()) {
        status(tr("Stop the running cells before restarting the session."));
        return;
    }
    QString error;
    auto profile = ProfileLoader::load(m_settings.profileName, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Restart Session"), error);
        return;
    }
    if (!m_clusterInfo.scheduler.isEmpty()) {
        // A cluster needs a profile that allows one: the chosen profile if it does, else the
        // shipped 'cluster' profile (its rules: the scheduler's port and nothing else).
        if (!clusterstate::profileAllowsCluster(profile->json))
            profile = ProfileLoader::load(QStringLiteral("cluster"), &error);
        if (!profile) {
            QMessageBox::warning(this, tr("Restart Session"), error);
            return;
        }
        clusterstate::attachToProfile(profile->json, m_clusterInfo);
    }
    m_settings.applyLimits(*profile);
    m_config.profile = *profile;
    if (m_session)
        m_config.datasets = m_session->datasets();
    m_runner->setSession(nullptr);
    m_assistant->setSession(nullptr); // an agent at work ends with its session
    m_data->clear();
    m_session.reset();
    m_variables->showVariables({});
    if (startSession(&error))
        m_history->addNote(tr("Session restarted with the profile %1.").arg(profile->name));
}

void MainWindow::useCluster(const ClusterInfo &info)
{
    if (m_runner->isBusy()) {
        status(tr("Stop the running cells before connecting the session to a cluster."));
        return;
    }
    m_clusterInfo = info;
    if (info.scheduler.isEmpty())
        m_history->addNote(tr("The session leaves the cluster; it restarts without it."));
    else
        m_history->addNote(tr("The session restarts on the cluster %1; its variables are reset.")
                               .arg(info.scheduler));
    restartSession();
}

void MainWindow::openScript(const QString &path, std::function<void(const QString &error)> done)
{
    status(tr("Opening %1…").arg(path));
    m_document->open(path, this, [this, done = std::move(done)](const QString &error) {
        if (error.isEmpty()) {
            m_cellView->setCurrentRow(0);
            status(tr("Opened %1").arg(m_document->path()));
        } else {
            statusBar()->clearMessage();
        }
        if (done)
            done(error);
    });
}

void MainWindow::openFromMenu(const QString &path, bool forgetWhenMissing)
{
    maybeSave([this, path, forgetWhenMissing] {
        openScript(path, [this, path, forgetWhenMissing](const QString &error) {
            if (error.isEmpty())
                return;
            if (forgetWhenMissing)
                RecentFiles::remove(path);
            QMessageBox::warning(this, tr("Open Notebook"), error);
        });
    });
}

void MainWindow::runCurrentCell()
{
    const int row = m_cellView->currentRow();
    if (!m_runner->runCell(row) && m_session && row >= 0 && m_cells->cell(row).isCode() &&
        m_cells->cell(row).source.source.trimmed().isEmpty())
        status(tr("The cell is empty: nothing to run."));
}

void MainWindow::runAndAdvance()
{
    const int row = qMax(0, m_cellView->currentRow());
    m_runner->runCell(row);
    if (row + 1 >= m_cells->rowCount())
        m_cells->insertCell(row + 1);
    m_cellView->setCurrentRow(row + 1);
}

void MainWindow::runAll()
{
    const int queued = m_runner->runFrom(0);
    status(tr("%1 cells queued").arg(queued));
}

namespace {

// The variable a cell's code ends with when its last line is a bare name (`df`), else empty.
QString endingName(const QString &code)
{
    static const QRegularExpression bareName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QStringList lines = code.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString trimmed = it->trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (it->at(0).isSpace())
            return {};
        return bareName.match(trimmed).hasMatch() ? trimmed : QString();
    }
    return {};
}

} // namespace

void MainWindow::onCellFinished(int row, const RunRecord &run, bool recorded,
                                const QString &storeError)
{
    m_figures->addRun(run);
    m_history->addRun(run);
    m_provenance->addRun(run);
    if (row == m_cellView->currentRow())
        m_provenance->showRun(run.id);
    if (run.status == RunStatus::PendingReview)
        m_review->refresh();
    m_search->refresh();
    if (!recorded)
        m_history->addNote(tr("Run %1 could not be recorded: %2").arg(run.id).arg(storeError));
    if (run.status == RunStatus::Ok) {
        // The worker's undo goes back through the cells that ended ok, last first.
        if (row >= 0)
            m_okCells.append(m_cells->cell(row).id);
        // A cell that ends with a variable's name shows it as a table when it is one.
        // A worker that sent the result as a rich output shows it there (CellWidget) instead.
        const bool richResult = std::any_of(run.richOutputs.cbegin(), run.richOutputs.cend(),
                                            [](const RichOutput &o) { return o.isResult; });
        if (const QString name = endingName(run.code);
            row >= 0 && run.result && !name.isEmpty() && !richResult)
            m_tableResults.append({m_cells->cell(row).id, run.id, name});
        refreshVariables();
    }
    if (row >= 0 && run.status != RunStatus::Ok)
        m_cellView->setCurrentRow(row, false);
    status(tr("Cell [%1]: %2 in %3 s")
               .arg(run.cellIndex)
               .arg(statusWord(run.status))
               .arg(run.durationMs / 1000.0, 0, 'f', 2));
    Q_EMIT runDisplayed(run);
}

void MainWindow::onBusyChanged(bool busy)
{
    m_interruptAction->setEnabled(busy);
    m_toolbarRun->setVisible(!busy);
    m_toolbarStop->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_stopButton->setVisible(busy);
    m_restartAction->setEnabled(!busy);
    m_allowReadingAction->setEnabled(!busy);
    if (busy) {
        m_busyTimer.start();
    } else {
        m_busyTimer.stop();
        m_busyLabel->clear();
    }
    updateBusy();
}

void MainWindow::updateBusy()
{
    if (!m_runner->isBusy())
        return;
    const int row = m_runner->runningRow();
    const int queued = m_runner->queuedCount() - (row >= 0 ? 1 : 0);
    QString text;
    if (row >= 0) {
        const double seconds =
            double(m_runner->runningSince().msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
        text = tr("Running cell %1 · %2 s").arg(row + 1).arg(seconds, 0, 'f', 1);
    } else {
        text = tr("Waiting for the worker");
    }
    if (queued > 0)
        text += tr(" · %1 queued").arg(queued);
    m_busyLabel->setText(text);
}

void MainWindow::onDatasetsLoaded(const QStringList &errors)
{
    for (const DatasetSpec &dataset : m_session->datasets()) {
        QString failure;
        for (const QString &message : errors) {
            if (message.contains(dataset.name) || message.contains(dataset.path))
                failure = message;
        }
        m_datasets->setLoadState(dataset.name, failure.isEmpty(),
                                 WorkerMessages::translate(failure));
    }
    for (const QString &message : errors)
        m_history->addNote(tr("Dataset not loaded: %1").arg(WorkerMessages::translate(message)));
    refreshVariables();
}

void MainWindow::onSandboxReady(bool ok, const QJsonObject &layers, const QString &message)
{
    if (!ok) {
        m_layersStatus->setText(tr("sandbox: not armed"));
        m_layersStatus->setToolTip(WorkerMessages::translate(message));
        m_history->addNote(
            tr("The sandbox could not be set up: %1").arg(WorkerMessages::translate(message)));
        return;
    }
    QStringList parts;
    QStringList details;
    for (const QString &layer : {QStringLiteral("landlock"), QStringLiteral("seccomp")}) {
        const QString state = layers.value(layer).toString();
        const bool on = state.startsWith(QLatin1String("on"));
        parts.append(QStringLiteral("%1 %2").arg(layer == QLatin1String("landlock")
                                                     ? QStringLiteral("Landlock")
                                                     : QStringLiteral("seccomp"),
                                                 on ? QStringLiteral("✓") : QStringLiteral("✗")));
    }
    for (auto it = layers.begin(); it != layers.end(); ++it)
        details.append(QStringLiteral("%1: %2").arg(
            it.key(), WorkerMessages::translate(it.value().toVariant().toString())));
    m_layersStatus->setText(parts.join(QStringLiteral(" · ")));
    m_layersStatus->setToolTip(details.join(QLatin1Char('\n')));
}

void MainWindow::refreshVariables()
{
    m_data->reload(); // the frame on show may have changed too
    if (!m_session)
        return;
    // Only the newest answer is shown: an older one describes the variables before a later cell.
    if (m_variablesReply)
        m_variablesReply->disconnect(this);
    QueryReply *reply = m_session->queryVariables();
    m_variablesReply = reply;
    connect(reply, &QueryReply::finished, this, [this, reply] { onVariables(reply->variables()); });
}

void MainWindow::onVariables(const VariablesReply &reply)
{
    m_variables->showVariables(reply.variables);
    // DataFrame columns are worth completing: ask for each frame's header, no rows.
    const QStringList frames = m_variables->dataFrames();
    for (const QString &name : frames.mid(0, 8)) {
        QueryReply *header = m_session->queryTablePage(name, 0, 0);
        connect(header, &QueryReply::finished, this, [this, header, name] {
            const TablePageReply page = header->tablePage();
            if (page.ok)
                m_variables->addColumns(name, page.columns);
        });
    }
    showTableResults();
    Q_EMIT variablesShown();
}

void MainWindow::showTableResults()
{
    const QList<TableResult> results = std::exchange(m_tableResults, {});
    for (const TableResult &result : results) {
        CellWidget *cell = m_cellView->cellWidget(m_cells->rowOfId(result.cellId));
        if (!cell || !m_session || !VariablesPanel::isTable(m_variables->typeOf(result.variable)))
            continue;
        auto *table = new ResultTable(result.variable, result.runId);
        connect(table, &ResultTable::openInDataRequested, this, &MainWindow::openTable);
        cell->showResultTable(table);
        pageResultTable(table, [table = QPointer<ResultTable>(table)](const QString &message) {
            if (table)
                table->title()->setText(message);
        });
    }
}

void MainWindow::pageResultTable(ResultTable *table,
                                 const std::function<void(const QString &)> &failed)
{
    // The Data panel's model reads the first page; the table keeps a copy of it, and the
    // model goes (it belongs to the session: a restart takes it along).
    auto *model = new DataFrameModel(*m_session, table->variable(), m_session.get());
    const QPointer<ResultTable> shown(table);
    // The rows shown must have arrived: asking for one asks for its page.
    const auto arrived = [model] {
        const int rows = qMin(ResultTable::kRows, model->rowCount());
        return rows == 0 ||
               !model->data(model->index(rows - 1, 0), DataFrameModel::LoadingRole).toBool();
    };
    const auto snapshot = [model, shown] {
        model->disconnect();
        if (shown)
            shown->showSnapshot(*model, model->totalRows(), makeDataCellDelegate());
        model->deleteLater();
    };
    connect(model, &DataFrameModel::ready, this, [model, arrived, snapshot] {
        if (arrived())
            snapshot();
    });
    connect(model, &DataFrameModel::pageArrived, this, [model, arrived, snapshot] {
        if (model->isReady() && arrived())
            snapshot();
    });
    connect(model, &DataFrameModel::failed, this, [model, failed](const QString &message) {
        failed(message);
        model->deleteLater();
    });
}

void MainWindow::showRichTable(RichOutputView *view)
{
    const QPointer<RichOutputView> shown(view);
    if (!m_session) {
        view->showTableFallback(tr("The session that showed this table has ended: its first "
                                   "rows as recorded"));
        return;
    }
    // Pages are asked after the run's own reply: the hidden name exists once the run kept its
    // state; a rolled-back run's does not, and the recorded rows stand in.
    pageResultTable(view->table(), [this, shown](const QString &message) {
        if (shown)
            shown->showTableFallback(
                tr("%1 — the rows recorded with the run are shown").arg(message));
    });
}

void MainWindow::updateWorkerStatus(WorkerClient::State state)
{
    QString text;
    switch (state) {
    case WorkerClient::State::NotStarted:
    case WorkerClient::State::Starting:
        text = tr("worker: starting");
        break;
    case WorkerClient::State::Ready:
        text = tr("worker: ready");
        break;
    case WorkerClient::State::Busy:
        text = tr("worker: running");
        break;
    case WorkerClient::State::Stopped:
        text = tr("worker: stopped");
        break;
    case WorkerClient::State::Failed:
        text = tr("worker: stopped unexpectedly; the next cell starts a fresh one");
        break;
    }
    if (m_session)
        text += tr(" · session %1").arg(m_session->sessionId());
    m_workerStatus->setText(text);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] – Sandbench").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] { openFromMenu(path, true); })
            ->setToolTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent notebooks"))->setEnabled(false);
}

void MainWindow::maybeSave(std::function<void()> then)
{
    if (!m_document->isModified()) {
        then();
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        saveNotebook([then = std::move(then)](bool saved) {
            if (saved)
                then();
        });
        return;
    }
    if (answer == QMessageBox::Discard)
        then();
}

void MainWindow::newNotebook()
{
    maybeSave([this] { m_document->newNotebook(); });
}

void MainWindow::openDialog()
{
    maybeSave([this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Notebook"), QString(),
            tr("Percent-format notebooks and scripts (*.py);;All files (*)"));
        if (!path.isEmpty())
            openFromMenu(path, false);
    });
}

void MainWindow::importNotebookDialog()
{
    maybeSave([this] { importNotebookChosen(); });
}

void MainWindow::importNotebookChosen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Notebook"), QString(),
        tr("Jupyter notebooks (*.ipynb);;Percent-format scripts (*.py);;All files (*)"));
    if (path.isEmpty())
        return;
    struct Read
    {
        std::optional<QList<NotebookCell>> cells;
        QString error;
    };
    m_files->call(
        "import notebook", this,
        [path] {
            Read read;
            read.cells = readNotebookFile(path, &read.error);
            return read;
        },
        [this, path](const Read &read) {
            if (!read.cells) {
                QMessageBox::warning(this, tr("Import Notebook"), read.error);
                return;
            }
            showImported(path, *read.cells);
        });
}

void MainWindow::showImported(const QString &path, const QList<NotebookCell> &cells)
{
    m_document->newNotebook();
    if (!cells.isEmpty())
        m_cells->setNotebook(cells);
    m_document->setModified(true);
    m_cellView->setCurrentRow(0);
    restartSession(); // the imported cells start a session of their own
    status(tr("Imported %1 into a new notebook and session.").arg(path));
}

void MainWindow::exportSessionDialog()
{
    if (!m_session)
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Session"), QString(),
        tr("Re-runnable Python script (*.py);;Jupyter notebook (*.ipynb)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("ipynb")) ? QStringLiteral(".ipynb")
                                                        : QStringLiteral(".py");
    // Read and written on the store's thread: a long session's export does not hold the window.
    struct Exported
    {
        bool ok = false;
        QString error;
        int problems = 0;
        QString firstProblem;
    };
    const qint64 sessionId = m_session->sessionId();
    m_store->call(
        this,
        [sessionId, path](RunStore &store) {
            Exported exported;
            const auto session = SessionExport::load(store, sessionId, &exported.error);
            if (!session || !cli::ExportCommand::write(*session, path, &exported.error))
                return exported;
            exported.ok = true;
            const auto &problems = session->recordedFileProblems();
            exported.problems = int(problems.size());
            if (!problems.isEmpty())
                exported.firstProblem = RecordedFiles::describe(problems.first());
            return exported;
        },
        [this, sessionId, path](const Exported &exported) {
            if (!exported.ok) {
                QMessageBox::warning(this, tr("Export Session"), exported.error);
                return;
            }
            if (exported.problems > 0) {
                // The file's header lists them all; the status bar says that there are some.
                status(tr("Exported session %1 to %2, but %n recorded file(s) changed since "
                          "their run, first %3.",
                          "", exported.problems)
                           .arg(sessionId)
                           .arg(path, exported.firstProblem));
                return;
            }
            status(tr("Exported session %1 to %2.").arg(sessionId).arg(path));
        });
}

void MainWindow::saveNotebook(std::function<void(bool saved)> then)
{
    if (m_document->path().isEmpty()) {
        saveNotebookAs(std::move(then));
        return;
    }
    saveNotebookTo(m_document->path(), std::move(then));
}

void MainWindow::saveNotebookAs(std::function<void(bool saved)> then)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Notebook As"), m_document->path(),
                                                tr("Percent-format notebooks (*.py)"));
    if (path.isEmpty()) {
        if (then)
            then(false);
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".py");
    saveNotebookTo(path, std::move(then));
}

void MainWindow::saveNotebookTo(const QString &path, std::function<void(bool saved)> then)
{
    // Written off the window's thread: the window keeps working while a slow disk writes.
    status(tr("Saving %1…").arg(path));
    m_document->saveAs(path, this, [this, path, then = std::move(then)](const QString &error) {
        if (!error.isEmpty()) {
            // The notebook stays modified and open: nothing is lost, the message says what to do.
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Save Notebook"), error);
        } else {
            status(tr("Saved %1").arg(path));
        }
        if (then)
            then(error.isEmpty());
    });
}

void MainWindow::offerRecovery(std::function<void()> done)
{
    m_document->findRecoveries(
        this, [this, done = std::move(done)](QList<NotebookDocument::Recovery> recoveries) {
            offerRecoveries(std::move(recoveries));
            if (done)
                done();
        });
}

void MainWindow::offerRecoveries(QList<NotebookDocument::Recovery> recoveries)
{
    // Whatever the window was started with: a copy of the notebook it opened comes first, and
    // one of another notebook says that it takes the opened one's place.
    const QString opened = m_document->path();
    std::stable_partition(recoveries.begin(), recoveries.end(), [&](const auto &r) {
        return !opened.isEmpty() && r.originalPath == opened;
    });
    for (const NotebookDocument::Recovery &recovery : std::as_const(recoveries)) {
        const QString name = recovery.originalPath.isEmpty()
                                 ? tr("An untitled notebook")
                                 : QFileInfo(recovery.originalPath).fileName();
        const QString saved =
            QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat);
        const bool replaces = !opened.isEmpty() && recovery.originalPath != opened;
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Work"),
            replaces ? tr("%1 had unsaved changes when Sandbench last stopped (autosaved %2). "
                          "Recover them in place of %3?")
                           .arg(name, saved, m_document->displayName())
                     : tr("%1 had unsaved changes when Sandbench last stopped (autosaved %2). "
                          "Recover them?")
                           .arg(name, saved),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_document->recover(recovery, this, [this](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::warning(this, tr("Recover Unsaved Work"), error);
            });
            return; // one notebook per window
        }
        m_document->discardRecovery(recovery);
    }
}

void MainWindow::allowReadingDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Allow Reading a Folder"),
                                                             QString(), QFileDialog::ShowDirsOnly);
    if (folder.isEmpty())
        return;
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical == QDir::rootPath() || canonical == QDir::homePath()) {
        QMessageBox::warning(this, tr("Allow Reading a Folder"),
                             tr("%1 would let the code read every file of yours. Choose the folder "
                                "that holds the data.")
                                 .arg(canonical));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Allow Reading a Folder"),
        tr("Let the code read everything under %1?\n\nThe sandbox's file zones are fixed when the "
           "worker starts, so it restarts: the session's variables are reset and the datasets "
           "load again. Runs recorded so far are kept.")
            .arg(canonical));
    if (answer == QMessageBox::Yes)
        allowReadingFolder(canonical);
}

void MainWindow::allowReadingFolder(const QString &folder)
{
    if (!m_session)
        return;
    m_data->clear(); // the variables it showed are gone with the worker
    m_okCells.clear();
    m_session->allowReading(folder);
    m_variables->showVariables({});
    m_history->addNote(
        tr("The code may now read %1. The worker restarted: variables were reset.").arg(folder));
}

// The assistant's answers become cells the analyst runs; the live check looks at each at once.
void MainWindow::connectAssistant()
{
    m_assistant->setStore(m_store.get());
    m_assistant->setCells(m_cells, [this] { return m_cellView->currentRow(); });
    m_assistant->setNotebook(m_runner);
    const auto showCell = [this](int row) {
        m_cellView->setCurrentRow(row, true);
        m_checker->checkNow();
    };
    connect(m_assistant, &AssistantPanel::cellInserted, this, showCell);
    connect(m_assistant, &AssistantPanel::cellReplaced, this, showCell);
    connect(m_assistant, &AssistantPanel::settingsRequested, this,
            [this] { openSettings(false, true); });
    connect(m_cellView, &CellListView::assistantRequested, this, [this](int row, bool fix) {
        raiseDock(m_assistant);
        if (fix)
            m_assistant->fixCell(row);
        else
            m_assistant->explainCell(row);
    });
}

void MainWindow::openSettings(bool policyPage, bool assistantPage)
{
    SettingsDialog dialog(m_settings, this);
    if (policyPage)
        dialog.showPolicyPage();
    if (assistantPage)
        dialog.showAssistantPage();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const bool sandboxChanged =
        chosen.profileName != m_settings.profileName || chosen.memoryMb != m_settings.memoryMb ||
        chosen.timeoutS != m_settings.timeoutS || chosen.outputChars != m_settings.outputChars;
    QSettings settings;
    chosen.save(settings);
    applySettings(chosen);
    if (sandboxChanged)
        status(tr("The new profile and limits apply from the next session (Run > Restart "
                  "Session)."));
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    if (m_session)
        m_session->setKeepStateOnError(settings.keepStateOnError); // from the next cell on
    m_cellView->setEditorFont(settings.editorFont);
    m_review->setReviewer(settings.reviewerName.isEmpty() ? ReviewQueue::defaultReviewer()
                                                          : settings.reviewerName);
    setThemeKind(settings.theme);
    m_assistant->setSettings(settings.assistant);
}

void MainWindow::setThemeKind(EditorTheme::Kind kind)
{
    const EditorTheme theme = EditorTheme::forKind(kind);
    // Fusion honours a palette fully on every platform, so light and dark look as designed.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(theme.windowPalette());
    m_cellView->setTheme(theme);
    m_assistant->setThemeKind(kind == EditorTheme::Kind::Dark);
    recolourStatusItems(this, theme.windowPalette());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == EditorTheme::nameOf(kind));
}

void MainWindow::nextFlaggedCell()
{
    const int count = m_cells->rowCount();
    const int start = m_cellView->currentRow();
    for (int step = 1; step <= count; ++step) {
        const int row = (start + step) % count;
        if (isFlagged(m_cells->cell(row))) {
            m_cellView->setCurrentRow(row);
            return;
        }
    }
    status(tr("No cell was refused, rejected or held for review."));
}

void MainWindow::showAbout()
{
    QStringList layers;
    if (m_session) {
        const QJsonObject reported = m_session->sandboxLayers();
        for (auto it = reported.begin(); it != reported.end(); ++it)
            layers.append(QStringLiteral("%1: %2").arg(
                it.key().toHtmlEscaped(), it.value().toVariant().toString().toHtmlEscaped()));
    }
    QMessageBox::about(
        this, tr("About Sandbench"),
        tr("<b>Sandbench %1</b><p>Runs Python analyses in a sandboxed worker and records every "
           "run.</p><p>Qt %2 · Python %3</p><p>Sandbox layers of this session:<br>%4</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 m_session && !m_session->pythonVersion().isEmpty() ? m_session->pythonVersion()
                                                                    : tr("unknown"),
                 layers.isEmpty() ? tr("not armed yet") : layers.join(QStringLiteral("<br>"))));
}

void MainWindow::status(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->isSaving()) {
        // A save is writing: the window closes when it has (or stays, saying why it failed).
        event->ignore();
        m_closeWhenSaved = true;
        status(tr("Closing once %1 is saved…").arg(m_document->displayName()));
        return;
    }
    if (m_document->isModified() && !std::exchange(m_closeConfirmed, false)) {
        event->ignore();
        maybeSave([this] {
            // Saved, or discarded (the recovery copy stays, as before): close from the event
            // loop, not inside this close event.
            m_closeConfirmed = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList data;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".py"))) {
            openFromMenu(path, false);
        } else if (!path.isEmpty()) {
            data.append(path);
        }
    }
    if (!data.isEmpty())
        m_datasets->requestFiles(data);
    event->acceptProposedAction();
}

} // namespace sandbench
