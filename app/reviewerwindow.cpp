#include "reviewerwindow.h"

#include "appsettings.h"
#include "cli/runjson.h"
#include "provenancepanel.h"
#include "reviewqueuepanel.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace sandbench {

ReviewerWindow::ReviewerWindow(std::unique_ptr<RunStore> store, QWidget *parent)
    : QMainWindow(parent), m_store(std::make_unique<StoreThread>(std::move(store)))
{
    setObjectName(QStringLiteral("reviewer"));
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr); // opened from the workbench's menu
    m_queue = new ReviewQueuePanel(this);
    m_provenance = new ProvenancePanel(this);
    m_provenance->setJsonFormatter(&cli::runProvenanceToJson);
    setCentralWidget(m_queue);
    auto *dock = new QDockWidget(tr("Provenance"), this);
    dock->setObjectName(QStringLiteral("reviewerProvenanceDock"));
    dock->setWidget(m_provenance);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu *review = menuBar()->addMenu(tr("Re&view"));
    review->addAction(tr("&Refresh"), QKeySequence::Refresh, m_queue, &ReviewQueuePanel::refresh);
    review->addAction(tr("&Reviewer Name…"), this, &ReviewerWindow::askReviewerName);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(dock->toggleViewAction());

    connect(m_queue, &ReviewQueuePanel::runSelected, this,
            [this](qint64 runId) { m_provenance->showRun(runId); });
    connect(m_provenance, &ProvenancePanel::runShown, this, [this](qint64 runId, bool found) {
        Q_UNUSED(runId)
        if (found)
            m_provenance->showSession(m_provenance->shownSession());
    });
    connect(m_queue, &ReviewQueuePanel::pendingCountChanged, this, &ReviewerWindow::updateTitle);
    connect(m_queue, &ReviewQueuePanel::decided, this, [this](const ReviewDecision &decision) {
        statusBar()->showMessage(
            decision.approved
                ? tr("Run %1 approved by %2").arg(decision.runId).arg(decision.reviewer)
                : tr("Run %1 rejected by %2").arg(decision.runId).arg(decision.reviewer),
            8000);
    });

    const AppSettings settings = AppSettings::load(QSettings());
    m_queue->setReviewer(settings.reviewerName.isEmpty() ? ReviewQueue::defaultReviewer()
                                                         : settings.reviewerName);
    m_provenance->setStore(m_store.get());
    m_queue->setStore(m_store.get());
    // Decisions and flagged runs from other processes show when the database changes.
    m_queue->setAutoRefresh(10000);
    statusBar()->showMessage(
        tr("Database: %1 · reviewer: %2").arg(m_store->path(), m_queue->reviewer()));
    updateTitle(m_queue->pendingCount());
    resize(1300, 800);
    resizeDocks({dock}, {460}, Qt::Horizontal);
}

ReviewerWindow::~ReviewerWindow() = default;

void ReviewerWindow::askReviewerName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Reviewer Name"), tr("Decisions are recorded under:"),
                              QLineEdit::Normal, m_queue->reviewer(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QSettings qsettings;
    AppSettings settings = AppSettings::load(qsettings);
    settings.reviewerName = name;
    settings.save(qsettings);
    m_queue->setReviewer(name);
}

void ReviewerWindow::updateTitle(int pending)
{
    setWindowTitle(
        tr("Review Queue (%1 pending) – %2 – Sandbench").arg(pending).arg(m_store->path()));
}

} // namespace sandbench
