#include "mcpsession.h"

#include <QDateTime>

namespace sandbench::cli::mcp {
namespace {
// How often a run waiting for review looks for a decision made in another process (the window,
// `sandbench review`): the store is the only channel between them.
constexpr int kReviewPollMs = 250;
} // namespace

McpSession::McpSession(RunStore &store, SessionConfig config, QObject *parent)
    : QObject(parent), m_store(store),
      m_runner(std::make_unique<SessionRunner>(store, std::move(config))), m_reviews(store)
{
    connect(m_runner.get(), &SessionRunner::runStarted, this, [this](int cellIndex) {
        if (m_running && m_running->index == cellIndex && m_running->started)
            m_running->started();
    });
    connect(m_runner.get(), &SessionRunner::runFinished, this, &McpSession::onRunFinished);
    connect(m_runner.get(), &SessionRunner::queryAnswered, this,
            [this](quint64 request, const QJsonObject &reply, const QByteArray &) {
                if (const QueryDone done = m_queries.take(request))
                    done(reply);
            });
    connect(m_runner.get(), &SessionRunner::undoFinished, this,
            [this](bool ok, const QString &message) {
                if (const Done done = std::exchange(m_undoDone, {}))
                    done(ok, message);
            });
    connect(m_runner.get(), &SessionRunner::sandboxReady, this,
            [this](bool ok, const QJsonObject &, const QString &message) {
                if (const Done done = std::exchange(m_resetDone, {})) {
                    done(ok, message);
                    return;
                }
                if (!ok && !std::exchange(m_started, true))
                    Q_EMIT sandboxFailed(message);
                m_started = true;
            });
    m_reviewPoll.setInterval(kReviewPollMs);
    connect(&m_reviewPoll, &QTimer::timeout, this, &McpSession::pollReviews);
}

McpSession::~McpSession() = default;

bool McpSession::start(QString *error)
{
    return m_runner->start(error);
}

int McpSession::submit(const QString &code, int timeoutMs, const CodeSource &source, CellDone done,
                       Started started, HeldForReview held)
{
    const int index = m_nextCell++;
    m_queue.enqueue({index,
                     code,
                     timeoutMs,
                     source,
                     std::move(done),
                     std::move(started),
                     std::move(held),
                     0,
                     {}});
    runNext();
    return index;
}

void McpSession::runNext()
{
    if (m_running || m_queue.isEmpty() || m_closing)
        return;
    m_running = m_queue.dequeue();
    m_runner->run(m_running->index, m_running->code, m_running->timeoutMs, m_running->source);
}

void McpSession::cancel(int cell)
{
    if (m_running && m_running->index == cell) {
        m_runner->interrupt();
        return;
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).index == cell) {
            m_queue.removeAt(i);
            return;
        }
    }
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        if (m_held.at(i).cell.index == cell) {
            m_held.removeAt(i);
            return;
        }
    }
}

void McpSession::onRunFinished(const RunRecord &run, bool recorded, const QString &storeError)
{
    if (recorded)
        Q_EMIT runRecorded(run);
    if (!m_running || m_running->index != run.cellIndex) {
        // Not a cell of ours (none other is submitted): nothing waits for it.
        runNext();
        return;
    }
    Cell cell = std::move(*m_running);
    m_running.reset();
    if (run.status == RunStatus::PendingReview && recorded && m_reviewWaitMs > 0 && !m_closing) {
        if (cell.held)
            cell.held(run.id);
        m_held.append({std::move(cell), run, recorded, storeError,
                       QDateTime::currentMSecsSinceEpoch() + m_reviewWaitMs});
        m_reviewPoll.start();
    } else if (cell.done) {
        cell.done({run, recorded, storeError, cell.decision, cell.heldRunId});
    }
    finishIfShuttingDown();
    runNext();
}

void McpSession::pollReviews()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < m_held.size();) {
        Held &held = m_held[i];
        const std::optional<ReviewItem> item = m_reviews.item(held.run.id);
        const std::optional<ReviewDecision> decision = item ? item->decision : std::nullopt;
        if (decision && decision->approved) {
            // The approval binds this code, profile and inputs: submitted again, it runs.
            Cell cell = std::move(held.cell);
            cell.heldRunId = held.run.id;
            cell.decision = decision;
            m_held.removeAt(i);
            m_queue.prepend(std::move(cell));
            continue;
        }
        if (decision || now >= held.waitUntil) {
            Held done = std::move(held);
            m_held.removeAt(i);
            if (done.cell.done)
                done.cell.done({done.run, done.recorded, done.storeError, decision, 0});
            continue;
        }
        ++i;
    }
    if (m_held.isEmpty())
        m_reviewPoll.stop();
    runNext();
}

void McpSession::query(const QJsonObject &request, QueryDone done)
{
    m_queries.insert(m_runner->query(request), std::move(done));
}

void McpSession::undo(Done done)
{
    if (m_undoDone) {
        done(false, tr("an undo is in progress already: wait for its answer"));
        return;
    }
    m_undoDone = std::move(done);
    m_runner->undo();
}

void McpSession::reset(Done done)
{
    if (m_resetDone) {
        done(false, tr("a reset is in progress already: wait for its answer"));
        return;
    }
    if (m_running || !m_queue.isEmpty()) {
        done(false, tr("a cell is running or queued: wait for it, or cancel it, then reset"));
        return;
    }
    m_resetDone = std::move(done);
    m_runner->reset();
}

void McpSession::shutdown(std::function<void()> whenIdle)
{
    m_closing = true;
    m_whenIdle = std::move(whenIdle);
    m_queue.clear();
    m_held.clear();
    m_reviewPoll.stop();
    if (m_running)
        m_runner->interrupt();
    finishIfShuttingDown();
}

void McpSession::finishIfShuttingDown()
{
    if (!m_whenIdle || m_running)
        return;
    const auto whenIdle = std::exchange(m_whenIdle, {});
    whenIdle();
}

} // namespace sandbench::cli::mcp
