#include "reviewqueuepanel.h"

#include "cellwidget.h"
#include "workermessages.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sandbench {
namespace {

QString shortHash(const QString &sha256)
{
    return sha256.isEmpty() ? QStringLiteral("–") : sha256.left(12);
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString stateWord(const QString &state)
{
    if (state == QLatin1String("approved"))
        return ReviewQueuePanel::tr("approved");
    if (state == QLatin1String("rejected"))
        return ReviewQueuePanel::tr("rejected");
    return ReviewQueuePanel::tr("pending");
}

} // namespace

ReviewQueuePanel::ReviewQueuePanel(QWidget *parent) : QWidget(parent)
{
    m_showDecided = new QCheckBox(tr("Show decided runs"), this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Run"), tr("State"), tr("Flagged"), tr("Who"), tr("Why")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code = new QPlainTextEdit(this);
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reasons = new QTreeWidget(this);
    m_reasons->setRootIsDecorated(false);
    m_reasons->setHeaderLabels({tr("Line"), tr("Reason")});
    m_reasons->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reasons->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->setWordWrap(true); // a reason reads whole, beside the code
    m_binding = new QLabel(this);
    m_binding->setWordWrap(true);
    m_binding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note for the analyst (required to reject)"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setToolTip(tr("Let exactly this code run under this profile and limits"));
    m_reject = new QPushButton(tr("Re&ject"), this);
    m_reject->setToolTip(tr("Refuse it; the note tells the analyst why"));
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_decisions = new QTreeWidget(this);
    m_decisions->setRootIsDecorated(false);
    m_decisions->setHeaderLabels({tr("Decided"), tr("Reviewer"), tr("Decision"), tr("Note")});
    m_decisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_decisions->header()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_showDecided);

    auto *codeAndReasons = new QSplitter(Qt::Horizontal, this);
    codeAndReasons->addWidget(m_code);
    codeAndReasons->addWidget(m_reasons);
    codeAndReasons->setStretchFactor(0, 1);
    codeAndReasons->setStretchFactor(1, 1);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_note, 1);
    decide->addWidget(m_approve);
    decide->addWidget(m_reject);
    // The code, the reasons, the binding, the note and the buttons each keep the height they
    // need and the side scrolls when the dock is lower than that: squeezed, they overlapped.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 4, 0);
    const int line = m_code->fontMetrics().lineSpacing();
    codeAndReasons->setMinimumHeight(5 * line + 12);
    m_decisions->setMinimumHeight(3 * line + 12);
    // What an approval binds to and the decision first, under the run's header, so a low dock
    // shows them without scrolling; the code and the reasons follow.
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_binding);
    rightLayout->addLayout(decide);
    rightLayout->addWidget(m_feedback);
    rightLayout->addWidget(codeAndReasons, 3);
    rightLayout->addWidget(new QLabel(tr("Decisions about this code:"), this));
    rightLayout->addWidget(m_decisions, 1);

    auto *rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(rightScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({420, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_showDecided, &QCheckBox::toggled, this, [this] {
        m_stale = true;
        refresh();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const qint64 runId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
        showItem(runId);
        if (runId > 0)
            Q_EMIT runSelected(runId);
    });
    connect(m_reasons, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { goToLine(item->data(0, Qt::UserRole).toInt()); });
    connect(m_approve, &QPushButton::clicked, this, [this] { approve(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { reject(); });
    showItem(0);
}

void ReviewQueuePanel::setStore(StoreThread *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_stale = true;
    refresh();
}

void ReviewQueuePanel::setReviewer(const QString &name)
{
    m_reviewer = name.trimmed();
    updateButtons();
}

void ReviewQueuePanel::setAutoRefresh(int slowPollMs)
{
    if (!m_store)
        return;
    m_store->disconnect(this);
    if (slowPollMs <= 0)
        return;
    connect(m_store, &StoreThread::changed, this, &ReviewQueuePanel::refresh);
    m_store->watchForChanges(slowPollMs);
}

QString ReviewQueuePanel::whoOf(const RunRecord &run) const
{
    // The store knows the session and the notebook it came from, not a person's name.
    const QString origin = m_origins.value(run.sessionId);
    if (!origin.isEmpty())
        return tr("session %1 · %2").arg(run.sessionId).arg(QFileInfo(origin).fileName());
    return tr("session %1").arg(run.sessionId);
}

void ReviewQueuePanel::refresh()
{
    if (!m_store) {
        m_list->clear();
        m_stale = true;
        return;
    }
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    using Answer = std::tuple<QList<ReviewItem>, QHash<qint64, QString>, QString>;
    m_store->call(
        this,
        [pendingOnly = !m_showDecided->isChecked()](RunStore &store) {
            QString error;
            const QList<ReviewItem> items = ReviewQueue(store).items(pendingOnly, &error);
            QHash<qint64, QString> origins;
            for (const ReviewItem &item : items) {
                if (origins.contains(item.run.sessionId))
                    continue;
                const auto session = store.session(item.run.sessionId);
                origins.insert(item.run.sessionId, session ? session->origin : QString());
            }
            return Answer{items, origins, error};
        },
        [this](const Answer &answer) {
            m_refreshing = false;
            showQueue(std::get<0>(answer), std::get<1>(answer), std::get<2>(answer));
            if (std::exchange(m_refreshAgain, false))
                refresh();
        });
}

void ReviewQueuePanel::showQueue(const QList<ReviewItem> &items,
                                 const QHash<qint64, QString> &origins, const QString &error)
{
    if (!error.isEmpty()) {
        m_feedback->setText(tr("The queue could not be read: %1").arg(error));
        return;
    }
    QList<QPair<qint64, QString>> shown;
    int pending = 0;
    for (const ReviewItem &item : items) {
        shown.append({item.run.id, item.state()});
        pending += item.decision ? 0 : 1;
    }
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        Q_EMIT pendingCountChanged(pending);
    }
    m_origins = origins;
    if (!m_stale && shown == m_shown) {
        Q_EMIT refreshed();
        return; // nothing changed: leave the reviewer's selection and scrolling alone
    }
    m_shown = shown;
    m_stale = false;
    const qint64 selected = currentRunId();
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ReviewItem &item : items) {
        QStringList reasons;
        for (const Violation &v : item.run.violations)
            reasons.append(WorkerMessages::translate(v.message));
        auto *row =
            new QTreeWidgetItem(m_list, {QString::number(item.run.id), stateWord(item.state()),
                                         when(item.run.startedAt), whoOf(item.run),
                                         reasons.join(QStringLiteral("; "))});
        row->setData(0, Qt::UserRole, item.run.id);
        row->setToolTip(4, reasons.join(QLatin1Char('\n')));
        setStatusForeground(row, 1,
                            item.decision ? (item.decision->approved ? QStringLiteral("ok")
                                                                     : QStringLiteral("rejected"))
                                          : QStringLiteral("pending_review"));
    }
    blocker.unblock(); // the selection below shows the run
    if (!selectRun(selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else if (m_list->topLevelItemCount() == 0)
        showItem(0);
    Q_EMIT refreshed();
}

bool ReviewQueuePanel::selectRun(qint64 runId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == runId) {
            if (m_list->currentItem() == item)
                showItem(runId);
            else
                m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

qint64 ReviewQueuePanel::currentRunId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QList<qint64> ReviewQueuePanel::listedRuns() const
{
    QList<qint64> runs;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        runs.append(m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    return runs;
}

void ReviewQueuePanel::showItem(qint64 runId)
{
    m_feedback->clear();
    const quint64 generation = ++m_itemGeneration;
    if (!m_store || runId <= 0) {
        showLoadedItem(std::nullopt, {}, QString());
        return;
    }
    using Answer = std::tuple<std::optional<ReviewItem>, QList<ReviewDecision>, QString>;
    m_store->call(
        this,
        [runId](RunStore &store) {
            ReviewQueue queue(store);
            auto item = queue.item(runId);
            QList<ReviewDecision> history;
            QString origin;
            if (item) {
                history = queue.history(ReviewBinding::of(item->run));
                if (const auto session = store.session(item->run.sessionId))
                    origin = session->origin;
            }
            return Answer{item, history, origin};
        },
        [this, generation](const Answer &answer) {
            if (generation != m_itemGeneration)
                return; // another run was selected meanwhile
            showLoadedItem(std::get<0>(answer), std::get<1>(answer), std::get<2>(answer));
        });
}

void ReviewQueuePanel::showLoadedItem(const std::optional<ReviewItem> &item,
                                      const QList<ReviewDecision> &history, const QString &origin)
{
    if (item && !origin.isEmpty())
        m_origins.insert(item->run.sessionId, origin);
    if (!item) {
        m_header->setText(m_store ? tr("No run waits for review.") : QString());
        m_code->clear();
        m_reasons->clear();
        m_binding->clear();
        m_decisions->clear();
        m_flaggedLines.clear();
        updateButtons();
        return;
    }
    const RunRecord &run = item->run;
    m_header->setText(tr("<b>Run %1</b> · cell [%2] · %3 · flagged %4 · profile %5 · %6")
                          .arg(run.id)
                          .arg(run.cellIndex)
                          .arg(whoOf(run).toHtmlEscaped(), when(run.startedAt),
                               run.profileName.toHtmlEscaped(), stateWord(item->state())));
    showCode(run);
    showBinding(run);
    showDecisions(history);
    updateButtons();
}

void ReviewQueuePanel::showCode(const RunRecord &run)
{
    m_code->setPlainText(run.code);
    m_reasons->clear();
    m_flaggedLines.clear();
    QList<QTextEdit::ExtraSelection> marks;
    QColor mark = statusColor(QStringLiteral("pending_review"));
    mark.setAlpha(60);
    for (const Violation &v : run.violations) {
        const QString message = WorkerMessages::translate(v.message);
        auto *reason = new QTreeWidgetItem(
            m_reasons, {v.line > 0 ? QString::number(v.line) : QStringLiteral("–"),
                        QStringLiteral("%1\n[%2, %3]").arg(message, v.rule, v.layer)});
        reason->setData(0, Qt::UserRole, v.line);
        reason->setToolTip(1, message);
        if (v.line <= 0 || m_flaggedLines.contains(v.line))
            continue;
        m_flaggedLines.append(v.line);
        const QTextBlock block = m_code->document()->findBlockByNumber(v.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(mark);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.format.setToolTip(message);
        marks.append(selection);
    }
    m_code->setExtraSelections(marks);
}

void ReviewQueuePanel::showBinding(const RunRecord &run)
{
    QString inputs;
    if (run.reviewBindsInputs) {
        QStringList files;
        for (const InputFile &input : run.inputs)
            files.append(
                QStringLiteral("%1 %2").arg(input.name.toHtmlEscaped(), shortHash(input.sha256)));
        inputs = files.isEmpty() ? tr("no data") : files.join(QStringLiteral(", "));
    } else {
        inputs = tr("any data (the profile does not bind approvals to data)");
    }
    m_binding->setText(tr("An approval binds to: code <tt>%1</tt> · profile %2 <tt>%3</tt> · "
                          "limits <tt>%4</tt> · data: %5")
                           .arg(shortHash(run.codeSha256), run.profileName.toHtmlEscaped(),
                                shortHash(run.profileSha256), shortHash(run.limitsSha256), inputs));
}

void ReviewQueuePanel::showDecisions(const QList<ReviewDecision> &decisions)
{
    m_decisions->clear();
    for (const ReviewDecision &d : decisions) {
        auto *row = new QTreeWidgetItem(
            m_decisions,
            {when(d.decidedAt), d.reviewer, d.approved ? tr("approved") : tr("rejected"), d.note});
        row->setToolTip(3, d.note);
        setStatusForeground(row, 2, d.approved ? QStringLiteral("ok") : QStringLiteral("rejected"));
    }
}

void ReviewQueuePanel::goToLine(int line)
{
    if (line <= 0)
        return;
    const QTextBlock block = m_code->document()->findBlockByNumber(line - 1);
    if (block.isValid()) {
        m_code->setTextCursor(QTextCursor(block));
        m_code->centerCursor();
    }
}

void ReviewQueuePanel::updateButtons()
{
    const bool canDecide = m_store && currentRunId() > 0;
    m_approve->setEnabled(canDecide);
    m_reject->setEnabled(canDecide);
    m_note->setEnabled(canDecide);
    if (canDecide && m_reviewer.isEmpty())
        m_feedback->setText(tr("Set your reviewer name (Review > Reviewer Name…) to decide."));
}

void ReviewQueuePanel::setNote(const QString &note)
{
    m_note->setText(note);
}

bool ReviewQueuePanel::approve(QString *error)
{
    return decide(true, error);
}

bool ReviewQueuePanel::reject(QString *error)
{
    return decide(false, error);
}

bool ReviewQueuePanel::decide(bool approve, QString *error)
{
    QString reason;
    const qint64 runId = currentRunId();
    const QString note = m_note->text().trimmed();
    if (!m_store || runId <= 0)
        reason = tr("Select a run in the queue first.");
    else if (m_reviewer.isEmpty())
        reason = tr("Set your reviewer name (Review > Reviewer Name…) first: decisions record "
                    "who made them.");
    else if (!approve && note.isEmpty())
        reason = tr("Write in the note why the run is rejected: the analyst reads it.");
    if (!reason.isEmpty()) {
        m_feedback->setText(reason);
        if (error)
            *error = reason;
        return false;
    }
    using Answer = std::pair<std::optional<ReviewDecision>, QString>;
    m_store->call(
        this,
        [runId, approve, reviewer = m_reviewer, note](RunStore &store) {
            QString why;
            auto decision = ReviewQueue(store, QLatin1String(WorkerContext::Window))
                                .decide(runId, approve, reviewer, note, &why);
            return Answer{decision, why};
        },
        [this, runId, approve](const Answer &answer) {
            const auto &[decision, why] = answer;
            if (!decision) {
                m_feedback->setText(why);
                Q_EMIT decisionFailed(why);
                return;
            }
            m_note->clear();
            m_stale = true; // the run's state changed: list it again
            refresh();
            m_feedback->setText(
                approve ? tr("Run %1 approved: it runs when its session is ready.").arg(runId)
                        : tr("Run %1 rejected.").arg(runId));
            Q_EMIT decided(*decision);
        });
    return true;
}

} // namespace sandbench
