#include "mcpsession.h"

#include "cellmodel.h"
#include "logging.h"

#include <utility>

namespace sandbench::cli::mcp {

McpSession::McpSession(RunStore &store, SessionConfig config, QObject *parent)
    : QObject(parent), m_store(store),
      m_runner(std::make_unique<SessionRunner>(store, std::move(config)))
{
    // serve's policy: each call is answered on its own, whatever the ones before it did, and
    // every number is used once (a dropped call's too), so a run's cell index names one call.
    Notebook::Policy policy;
    policy.stopOnFailure = false;
    policy.skipBlankCells = false;
    policy.reuseDroppedNumbers = false;
    m_notebook.setPolicy(policy);
    m_notebook.setSession(m_runner.get());
    connect(m_runner.get(), &SessionRunner::runFinished, this,
            [this](const RunRecord &run, bool recorded) {
                if (recorded)
                    Q_EMIT runRecorded(run);
            });
    connect(m_runner.get(), &SessionRunner::sandboxReady, this,
            [this](bool ok, const QJsonObject &, const QString &message) {
                // The first arming only: a reset's is answered by its own reply.
                if (!ok && !std::exchange(m_started, true))
                    Q_EMIT sandboxFailed(message);
                m_started = true;
            });
}

McpSession::~McpSession() = default;

bool McpSession::start(QString *error)
{
    return m_runner->start(error);
}

quint64 McpSession::submit(const QString &code, int timeoutMs, const CodeSource &source,
                           CellDone done, Started started, HeldForReview held, Output output)
{
    if (m_closing)
        return 0;
    CellModel *cells = m_notebook.cells();
    const int row = cells->insertCell(cells->rowCount(), NotebookCell::Kind::Code, code);
    const quint64 cellId = cells->cell(row).id;
    RunOptions options;
    options.timeoutMs = timeoutMs;
    // Held for review: the call waits this long for a decision, then is answered with the held
    // run (0: at once).
    options.reviewWaitMs = m_reviewWaitMs;
    CellRun *run = m_notebook.run(cellId, options, source);
    if (!run) {
        // Not expected (the policy runs every cell while the session lives): answered, not lost.
        cells->removeCell(row);
        if (done) {
            RunRecord failed;
            failed.code = code;
            failed.status = RunStatus::Crashed;
            failed.stderrText = tr("The cell could not be queued: the session has ended.");
            done({failed, false, failed.stderrText, std::nullopt, 0});
        }
        return 0;
    }
    qCDebug(lcMcp) << "run_python queued as cell" << cellId << "number" << run->request().number;
    watch(cellId, run,
          std::make_shared<const Callbacks>(
              Callbacks{std::move(done), std::move(started), std::move(held), std::move(output)}));
    return cellId;
}

void McpSession::watch(quint64 cellId, CellRun *run, std::shared_ptr<const Callbacks> callbacks)
{
    // Everything about this call comes from its own run: no list of cells to look it up in.
    connect(run, &CellRun::statusChanged, this, [callbacks](CellRun::Status status) {
        if (status == CellRun::Status::Running && callbacks->started)
            callbacks->started();
    });
    connect(run, &CellRun::output, this, [callbacks](const QString &stream, const QString &text) {
        if (callbacks->output)
            callbacks->output(stream, text);
    });
    connect(run, &CellRun::heldForReview, this, [callbacks](qint64 runId) {
        if (callbacks->held)
            callbacks->held(runId);
    });
    connect(run, &CellRun::finished, this,
            [this, cellId, run, callbacks](const RunRecord &record, bool recorded,
                                           const QString &storeError) {
                onRunFinished(cellId, run, *callbacks, record, recorded, storeError);
            });
}

void McpSession::cancel(quint64 cell)
{
    // The run's own interrupt: dropped when queued, interrupted when running, the wait ended
    // when waiting for review.
    if (cell != 0)
        m_notebook.interruptCell(cell);
}

void McpSession::onRunFinished(quint64 cellId, CellRun *run, const Callbacks &callbacks,
                               const RunRecord &record, bool recorded, const QString &storeError)
{
    // Answered (or dropped): the cell has done its part; the store keeps the run.
    m_notebook.cells()->removeCell(m_notebook.cells()->rowOfId(cellId));
    // Dropped before it ran, or its wait for review stopped (cancelled, or the server is closing):
    // its caller asked for that and is not answered.
    const bool waitStopped = run->interruptRequested() && run->heldRunId() != 0 &&
                             record.status == RunStatus::PendingReview;
    qCDebug(lcMcp) << "cell" << cellId << "ended" << runStatusName(record.status)
                   << (run->wasCancelled() || waitStopped ? "(cancelled: not answered)" : "");
    if (!run->wasCancelled() && !waitStopped && callbacks.done) {
        const std::optional<ReviewDecision> &decision = run->reviewDecision();
        // Approved while it waited: the same run went on; the held run is named with the answer.
        const qint64 heldRunId = decision && decision->approved ? run->heldRunId() : 0;
        callbacks.done({record, recorded, storeError, decision, heldRunId});
    }
    finishIfShuttingDown();
}

void McpSession::query(const QJsonObject &request, QueryDone done)
{
    QueryReply *reply = m_runner->query(request);
    connect(reply, &QueryReply::finished, this,
            [reply, done = std::move(done)] { done(reply->json()); });
}

void McpSession::undo(Done done)
{
    // Each call keeps its own reply: two undos in a row get two answers, in order.
    ActionReply *reply = m_runner->undo();
    connect(reply, &ActionReply::finished, this,
            [reply, done = std::move(done)] { done(reply->isOk(), reply->errorMessage()); });
}

void McpSession::reset(Done done)
{
    if (m_notebook.isBusy()) {
        done(false, tr("a cell is running or queued: wait for it, or cancel it, then reset"));
        return;
    }
    ActionReply *reply = m_runner->reset();
    connect(reply, &ActionReply::finished, this,
            [reply, done = std::move(done)] { done(reply->isOk(), reply->errorMessage()); });
}

void McpSession::shutdown(std::function<void()> whenIdle)
{
    m_closing = true;
    // Every open run is stopped through its own interrupt: waits for review end, then the
    // queued runs are dropped and the running one interrupted (the last first, so that a queued
    // one does not start when the running one ends). whenIdle is set after: a wait ends at once.
    for (const quint64 cell : m_notebook.waitingCells())
        m_notebook.interruptCell(cell);
    m_notebook.interrupt();
    m_whenIdle = std::move(whenIdle);
    finishIfShuttingDown();
}

void McpSession::finishIfShuttingDown()
{
    if (!m_whenIdle || m_notebook.isBusy() || m_notebook.waitingForReview() > 0)
        return;
    const auto whenIdle = std::exchange(m_whenIdle, {});
    whenIdle();
}

} // namespace sandbench::cli::mcp
