#include "mcpsession.h"

#include <QDateTime>
#include <algorithm>

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
    connect(m_runner.get(), &SessionRunner::runFinished, this,
            [this](const RunRecord &run, bool recorded) {
                if (recorded)
                    Q_EMIT runRecorded(run);
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
                       Started started, HeldForReview held, Output output)
{
    const int index = m_nextCell++;
    Cell cell;
    cell.index = index;
    cell.request.cellId = QString::number(index);
    cell.request.code = code;
    cell.request.source = source;
    cell.request.options.timeoutMs = timeoutMs;
    cell.request.number = index;
    cell.done = std::move(done);
    cell.started = std::move(started);
    cell.held = std::move(held);
    cell.output = std::move(output);
    if (!m_closing)
        send(std::move(cell));
    return index;
}

void McpSession::send(Cell cell)
{
    const int index = cell.index;
    CellRun *run = m_runner->submit(cell.request);
    cell.run = run;
    connect(run, &CellRun::statusChanged, this, [this, index](CellRun::Status status) {
        const auto it = m_cells.constFind(index);
        if (status == CellRun::Status::Running && it != m_cells.constEnd() && it->started)
            it->started();
    });
    connect(run, &CellRun::output, this, [this, index](const QString &stream, const QString &text) {
        const auto it = m_cells.constFind(index);
        if (it != m_cells.constEnd() && it->output)
            it->output(stream, text);
    });
    connect(run, &CellRun::finished, this,
            [this, index, run](const RunRecord &record, bool recorded, const QString &storeError) {
                onRunFinished(index, run, record, recorded, storeError);
            });
    m_cells.insert(index, std::move(cell));
}

void McpSession::cancel(int cell)
{
    const auto it = m_cells.constFind(cell);
    if (it != m_cells.constEnd()) {
        // The run's own interrupt: dropped when queued, interrupted when running.
        if (it->run)
            it->run->interrupt();
        return;
    }
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        if (m_held.at(i).cell.index == cell) {
            m_held.removeAt(i);
            return;
        }
    }
}

void McpSession::onRunFinished(int index, CellRun *run, const RunRecord &record, bool recorded,
                               const QString &storeError)
{
    Cell cell = m_cells.take(index);
    if (run->wasCancelled()) {
        // Dropped before it ran (cancelled): its caller asked for that and is not answered.
        finishIfShuttingDown();
        return;
    }
    if (record.status == RunStatus::PendingReview && recorded && m_reviewWaitMs > 0 && !m_closing) {
        if (cell.held)
            cell.held(record.id);
        cell.run = nullptr;
        m_held.append({std::move(cell), record, recorded, storeError,
                       QDateTime::currentMSecsSinceEpoch() + m_reviewWaitMs});
        m_reviewPoll.start();
    } else if (cell.done) {
        cell.done({record, recorded, storeError, cell.decision, cell.heldRunId});
    }
    finishIfShuttingDown();
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
            send(std::move(cell));
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
}

void McpSession::query(const QJsonObject &request, QueryDone done)
{
    QueryReply *reply = m_runner->query(request);
    connect(reply, &QueryReply::finished, this,
            [reply, done = std::move(done)] { done(reply->json()); });
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
    if (!m_cells.isEmpty()) {
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
    m_held.clear();
    m_reviewPoll.stop();
    // Every open run is stopped through its own interrupt, the last first, so that a queued one
    // does not start when the running one ends.
    QList<int> open = m_cells.keys();
    std::sort(open.begin(), open.end(), std::greater<int>());
    for (int index : std::as_const(open)) {
        if (const QPointer<CellRun> run = m_cells.value(index).run)
            run->interrupt();
    }
    finishIfShuttingDown();
}

void McpSession::finishIfShuttingDown()
{
    if (!m_whenIdle || !m_cells.isEmpty())
        return;
    const auto whenIdle = std::exchange(m_whenIdle, {});
    whenIdle();
}

} // namespace sandbench::cli::mcp
