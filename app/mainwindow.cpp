#include "mainwindow.h"

#include "codeeditor.h"
#include "figureview.h"
#include "outputview.h"
#include "percentformat.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace sandbench {

MainWindow::MainWindow(std::unique_ptr<RunStore> store, SessionConfig config, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store)), m_config(std::move(config))
{
    setWindowTitle(tr("Sandbench"));
    m_editor = new CodeEditor(this);
    m_output = new OutputView(this);
    m_figure = new FigureView(this);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_editor);
    left->addWidget(m_output);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(m_figure);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    setCentralWidget(main);

    m_workerStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_workerStatus);
    statusBar()->showMessage(tr("Database: %1").arg(m_store->path()));
    buildActions();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Script…"), this, &MainWindow::openScriptDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Allow &Reading a Folder…"), this, &MainWindow::allowReadingDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_runAction = run->addAction(tr("&Run Cell"), this, &MainWindow::runEditorCell);
    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setToolTip(tr("Run the editor's code as the next cell (Ctrl+Enter)"));
    m_interruptAction = run->addAction(tr("&Interrupt"), this, [this] {
        if (m_session)
            m_session->interrupt();
    });
    m_interruptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_interruptAction->setToolTip(
        tr("Stop the running cell (Ctrl+.); the session's variables stay as they were before it"));
    m_interruptAction->setEnabled(false);
    m_undoAction = run->addAction(tr("&Undo Last Cell"), this, [this] {
        if (m_session)
            m_session->undo();
    });
    m_undoAction->setToolTip(tr("Return the variables to the state before the last cell that "
                                "ended ok"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sandbench"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolbar"));
    toolbar->addAction(m_runAction);
    toolbar->addAction(m_interruptAction);
    toolbar->addAction(m_undoAction);
}

bool MainWindow::startSession(QString *error)
{
    m_session = std::make_unique<SessionRunner>(*m_store, m_config);
    connect(m_session.get(), &SessionRunner::runFinished, this, &MainWindow::onRunFinished);
    connect(m_session.get(), &SessionRunner::datasetsLoaded, this, &MainWindow::onDatasetsLoaded);
    connect(m_session.get(), &SessionRunner::workerStateChanged, this,
            &MainWindow::updateWorkerStatus);
    connect(m_session.get(), &SessionRunner::runStarted, this,
            [this] { m_interruptAction->setEnabled(true); });
    connect(m_session.get(), &SessionRunner::idle, this,
            [this] { m_interruptAction->setEnabled(false); });
    connect(m_session.get(), &SessionRunner::undoFinished, this,
            [this](bool ok, const QString &message) {
                m_output->appendNote(ok ? tr("Undone: the variables are as they were before the "
                                             "last cell that ended ok.")
                                        : tr("Nothing to undo: %1").arg(message));
            });
    if (!m_session->start(error)) {
        m_output->appendNote(tr("The session could not start: %1").arg(error ? *error : QString()));
        m_runAction->setEnabled(false);
        return false;
    }
    m_output->appendNote(tr("Session %1 · output folder %2")
                             .arg(m_session->sessionId())
                             .arg(m_session->outputDir()));
    updateWorkerStatus(m_session->workerState());
    return true;
}

bool MainWindow::openScript(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    setWindowTitle(tr("%1 – Sandbench").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::runEditorCell()
{
    if (!m_session)
        return;
    const QString code = m_editor->toPlainText();
    if (code.trimmed().isEmpty())
        return;
    const int cell = m_nextCell++;
    m_output->appendNote(tr("[%1] running…").arg(cell));
    m_session->run(cell, code);
}

void MainWindow::onRunFinished(const RunRecord &run, bool recorded, const QString &storeError)
{
    m_output->appendRun(run);
    if (!recorded)
        m_output->appendNote(tr("This run could not be recorded: %1").arg(storeError));
    if (!run.figures.isEmpty()) {
        const Figure &last = run.figures.last();
        QByteArray bytes = last.data;
        if (bytes.isEmpty()) {
            QFile file(last.path);
            if (file.open(QIODevice::ReadOnly))
                bytes = file.readAll();
        }
        m_figure->showImage(bytes, tr("Cell %1 · %2").arg(run.cellIndex).arg(last.path));
    }
    Q_EMIT runDisplayed(run);
}

void MainWindow::onDatasetsLoaded(const QStringList &errors)
{
    QStringList names;
    for (const DatasetSpec &dataset : m_session->datasets())
        names.append(dataset.name);
    for (const QString &message : errors)
        m_output->appendNote(tr("Dataset not loaded: %1").arg(message));
    if (!names.isEmpty() && errors.isEmpty())
        m_output->appendNote(tr("Datasets ready: %1").arg(names.join(QStringLiteral(", "))));
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
    m_workerStatus->setText(text);
}

void MainWindow::openScriptDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Script"), QString(),
                                                      tr("Python scripts (*.py);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openScript(path, &error))
        QMessageBox::warning(this, tr("Open Script"), error);
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
    m_session->allowReading(folder);
    m_output->appendNote(
        tr("The code may now read %1. The worker restarted: variables were reset.").arg(folder));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sandbench"),
                       tr("<b>Sandbench %1</b><p>Runs Python analyses in a sandboxed worker and "
                          "records every run.</p><p>Qt %2 · Python %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                m_session ? m_session->pythonVersion() : tr("unknown")));
}

} // namespace sandbench
