#include "runsearchpanel.h"

#include "cellmodel.h"
#include "cellwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sandbench {
namespace {

constexpr int kLimit = 200;

} // namespace

RunSearchPanel::RunSearchPanel(QWidget *parent) : QWidget(parent)
{
    m_words = new QLineEdit(this);
    m_words->setPlaceholderText(tr("Search code, output and review notes of every session"));
    m_words->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), QString());
    for (int s = int(RunStatus::Ok); s <= int(RunStatus::Tampered); ++s) {
        const auto status = RunStatus(s);
        m_status->addItem(statusWord(status), runStatusName(status));
    }
    m_useDates = new QCheckBox(tr("From"), this);
    m_since = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_since->setCalendarPopup(true);
    m_until = new QDateEdit(QDate::currentDate(), this);
    m_until->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_until->setEnabled(false);
    m_count = new QLabel(this);
    auto *open = new QPushButton(tr("Open in New Cell"), this);
    open->setToolTip(tr("Put the selected run's code in a new cell at the end of the notebook"));

    m_results = new QTreeWidget(this);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Run"), tr("Session"), tr("Cell"), tr("Status"), tr("Started"),
                                tr("Duration"), tr("Code")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setUniformRowHeights(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_words, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_useDates);
    bar->addWidget(m_since);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_until);
    bar->addWidget(m_count);
    bar->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_results, 1);

    // Typing searches after a pause, not on every key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &RunSearchPanel::refresh);
    connect(m_words, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &RunSearchPanel::refresh);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        m_until->setEnabled(on);
        refresh();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &RunSearchPanel::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &RunSearchPanel::refresh);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT runSelected(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openInNewCell(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_results->currentItem())
            openInNewCell(item->data(0, Qt::UserRole).toLongLong());
    });
}

void RunSearchPanel::setStore(StoreThread *store)
{
    m_store = store;
    refresh();
}

void RunSearchPanel::search(const QString &words, const QString &status, const QDate &since,
                            const QDate &until)
{
    const QSignalBlocker blockWords(m_words), blockStatus(m_status), blockDates(m_useDates),
        blockSince(m_since), blockUntil(m_until);
    m_words->setText(words);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    const bool dates = since.isValid() || until.isValid();
    m_useDates->setChecked(dates);
    m_since->setEnabled(dates);
    m_until->setEnabled(dates);
    m_since->setDate(since.isValid() ? since : QDate(2000, 1, 1));
    m_until->setDate(until.isValid() ? until : QDate::currentDate());
    refresh();
}

HistoryQuery RunSearchPanel::query() const
{
    HistoryQuery query;
    query.search = m_words->text();
    query.status = m_status->currentData().toString();
    query.limit = kLimit;
    if (m_useDates->isChecked()) {
        // Whole local days, the last one included.
        query.since = m_since->date().startOfDay();
        query.until = m_until->date().addDays(1).startOfDay();
    }
    return query;
}

void RunSearchPanel::refresh()
{
    m_debounce.stop();
    const quint64 generation = ++m_generation;
    if (!m_store) {
        m_results->clear();
        return;
    }
    using Answer = std::pair<QList<HistoryEntry>, QString>;
    m_store->call(
        this,
        [query = query()](RunStore &store) {
            QString error;
            auto entries = RunHistory(store).find(query, &error);
            return Answer{entries, error};
        },
        [this, generation](const Answer &answer) {
            if (generation == m_generation)
                showResults(answer.first, answer.second);
        });
}

void RunSearchPanel::showResults(const QList<HistoryEntry> &entries, const QString &error)
{
    m_results->clear();
    if (!error.isEmpty()) {
        m_count->setText(tr("Search failed: %1").arg(error));
        Q_EMIT searched();
        return;
    }
    for (const HistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(
            m_results,
            {QString::number(entry.runId), QString::number(entry.sessionId),
             QStringLiteral("[%1]").arg(entry.cellIndex),
             runStatusFromName(entry.status) ? statusWord(*runStatusFromName(entry.status))
                                             : entry.status,
             entry.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             tr("%1 s").arg(entry.durationMs / 1000.0, 0, 'f', 2), firstCodeLine(entry.code)});
        item->setData(0, Qt::UserRole, entry.runId);
        item->setData(6, Qt::UserRole, entry.code);
        item->setToolTip(6, entry.code);
        setStatusForeground(item, 3, entry.status);
    }
    m_count->setText(entries.size() >= kLimit ? tr("first %1 runs").arg(kLimit)
                                              : tr("%n run(s)", nullptr, int(entries.size())));
    Q_EMIT searched();
}

QList<qint64> RunSearchPanel::foundRuns() const
{
    QList<qint64> runs;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        runs.append(m_results->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    return runs;
}

bool RunSearchPanel::openInNewCell(qint64 runId)
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == runId) {
            Q_EMIT openCodeRequested(item->data(6, Qt::UserRole).toString());
            return true;
        }
    }
    return false;
}

} // namespace sandbench
