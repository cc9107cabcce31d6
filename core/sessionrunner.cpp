#include "sessionrunner.h"

#include "clusterstate.h"
#include "logging.h"
#include "paths.h"
#include "protocolnames.h"
#include "recordedfiles.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>
#include <utility>

namespace sandbench {
namespace {

QProcessEnvironment workerEnvironment()
{
    // A scrubbed environment: nothing of the user's (tokens, proxies, PYTHON* settings) reaches
    // code that nobody has read.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg"));
    const QString mplCache = paths::cacheDir() + QStringLiteral("/matplotlib");
    QDir().mkpath(mplCache);
    env.insert(QStringLiteral("MPLCONFIGDIR"), mplCache);
    // "~" must not mean the user's home inside a cell: it names no place the sandbox allows.
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    // malloc's large blocks in transparent huge pages (glibc 2.35+; older ones ignore it): a
    // session's state then costs each cell's fork, and a failed cell's rollback, per 2 MiB rather
    // than per 4 kB page. Python's own arenas get the same from the worker (hugearenas.h).
    env.insert(QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.hugetlb=1"));
    return env;
}

// Top-level entries of the output folder that are not the cell's outputs: the libraries' scratch
// folder (emptied after every cell). Figures are kept outside it (RecordedFiles).
const QStringList kNotOutputs = {QStringLiteral(".sandbench-tmp")};
// How often a waiting cell looks for a decision anyway, where the file system does not report
// the database's changes: the command line (as before: it has nothing else to do) and the window.
constexpr int kReviewPollInlineMs = 1000;
constexpr int kReviewPollThreadedMs = 10000;

QString hashKey(const InputFile &input)
{
    return QStringLiteral("%1|%2|%3").arg(input.path).arg(input.size).arg(input.mtimeNs);
}

QString newSessionFolder(qint64 sessionId)
{
    return paths::defaultOutputRoot() + QStringLiteral("/session-%1").arg(sessionId);
}

} // namespace

SessionRunner::SessionRunner(RunStore &store, SessionConfig config, QObject *parent)
    : QObject(parent), m_inlineStore(std::make_unique<StoreThread>(store)), m_store(*m_inlineStore),
      m_config(std::move(config))
{
    connect(&m_store, &StoreThread::changed, this, &SessionRunner::pollReviews);
}

SessionRunner::SessionRunner(StoreThread &store, SessionConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_config(std::move(config))
{
    connect(&m_store, &StoreThread::changed, this, &SessionRunner::pollReviews);
}

SessionRunner::~SessionRunner()
{
    if (m_worker)
        m_worker->disconnect(this);
}

bool SessionRunner::start(QString *error)
{
    if (m_config.profile.name.isEmpty()) {
        const auto profile = ProfileLoader::load(QStringLiteral("default"), error);
        if (!profile)
            return false;
        m_config.profile = *profile;
    }
    // Waited for: nothing of the session can go on without its id. Once per session, before the
    // window takes input.
    const auto created = m_store.wait([origin = m_config.origin](RunStore &store) {
        QString reason;
        const qint64 id = store.createSession(origin, QString(), &reason);
        return std::make_pair(id, reason);
    });
    m_sessionId = created.first;
    if (m_sessionId == 0) {
        if (error)
            *error = created.second;
        return false;
    }
    m_outputDir = m_config.outputDir.isEmpty() ? newSessionFolder(m_sessionId)
                                               : QFileInfo(m_config.outputDir).absoluteFilePath();
    if (!QDir().mkpath(m_outputDir)) {
        if (error)
            *error = tr("Cannot create the output folder %1; %2.")
                         .arg(m_outputDir, NextStep::chooseOutputFolder(m_config.context));
        return false;
    }
    // The app's copies of recorded figures live where no cell may write (RecordedFiles).
    m_figureDir = RecordedFiles::figureFolderFor(m_outputDir);
    if (!RecordedFiles::prepareFigureFolder(m_figureDir, {m_outputDir}, m_config.context, error))
        return false;
    // And of the output files runs record: the output folder is a later cell's to rewrite.
    if (!RecordedFiles::prepareCopyFolder(RecordedFiles::outputCopyFolderFor(m_outputDir),
                                          {m_outputDir}, m_config.context, error))
        return false;
    // The folder is known only now that the session has its id; record it with the session.
    for (DatasetSpec &dataset : m_config.datasets)
        dataset = decided(dataset);
    const QString recordError = m_store.wait(
        [id = m_sessionId, dir = m_outputDir, datasets = m_config.datasets](RunStore &store) {
            QString reason;
            if (!store.setSessionOutputDir(id, dir, &reason))
                return reason;
            for (const DatasetSpec &dataset : datasets) {
                if (!store.addSessionDataset(
                        id, {dataset.name, dataset.path, dataset.isoDates, dataset.lazy}, &reason))
                    return reason;
            }
            return QString();
        });
    if (!recordError.isEmpty()) {
        if (error)
            *error = recordError;
        return false;
    }
    startWorker();
    inputsHashed(); // hashing starts now, alongside the worker's start
    return true;
}

void SessionRunner::startWorker()
{
    WorkerLaunch launch;
    launch.program =
        m_config.workerProgram.isEmpty() ? paths::workerExecutable() : m_config.workerProgram;
    launch.workingDirectory = m_outputDir;
    launch.environment = workerEnvironment();
    launch.replyLimits = ReplyLimits::fromProfile(m_config.profile);
    if (!m_config.profile.layerEnabled(QStringLiteral("namespaces")))
        launch.arguments.append(QStringLiteral("--no-namespaces"));
    else if (!clusterstate::sessionCluster(m_config.profile.json).scheduler.isEmpty())
        launch.arguments.append(QStringLiteral("--host-network")); // Landlock: the scheduler only
    if (m_worker) {
        // This may run inside one of the old worker's signals: let it finish before it goes.
        m_worker->disconnect(this);
        failOpenQueries(tr("The worker was replaced before it answered; ask again."));
        // An undo the old worker did not answer has nothing to go back to in the new one.
        for (const QPointer<ActionReply> &reply : std::exchange(m_undos, {})) {
            if (reply)
                reply->finish(false, tr("The session restarted before the undo was done; "
                                        "the new session has no earlier state to return to."));
        }
        m_worker.release()->deleteLater();
    }
    m_configured = false;
    m_sandboxError.clear();
    m_stateRuns.clear(); // a fresh worker starts from no run's state
    m_worker = std::make_unique<WorkerClient>(launch);
    connect(m_worker.get(), &WorkerClient::cellFinished, this, &SessionRunner::onCellFinished);
    connect(m_worker.get(), &WorkerClient::outputArrived, this,
            [this](quint64 requestId, const QString &stream, const QString &text) {
                if (m_current && requestId == m_currentRequest)
                    Q_EMIT m_current->output(stream, text);
            });
    connect(m_worker.get(), &WorkerClient::datasetLoaded, this, &SessionRunner::onDatasetLoaded);
    connect(m_worker.get(), &WorkerClient::failed, this, &SessionRunner::onWorkerFailed);
    connect(m_worker.get(), &WorkerClient::stateChanged, this, &SessionRunner::workerStateChanged);
    connect(m_worker.get(), &WorkerClient::configured, this, &SessionRunner::onConfigured);
    connect(m_worker.get(), &WorkerClient::answered, this, &SessionRunner::answerQuery);
    connect(m_worker.get(), &WorkerClient::undone, this,
            [this](quint64 requestId, bool ok, const QString &message) {
                if (ok && !m_stateRuns.isEmpty())
                    m_stateRuns.removeLast();
                const QPointer<ActionReply> reply = m_undos.take(requestId);
                Q_EMIT undoFinished(ok, message);
                if (reply)
                    reply->finish(ok, message);
            });
    connect(m_worker.get(), &WorkerClient::resetDone, this,
            [this](quint64, bool ok, const QString &message) { onResetDone(ok, message); });
    m_worker->start();
    m_worker->configure(configureRequest());
    loadDatasets();
}

QJsonObject SessionRunner::configureRequest() const
{
    QJsonArray read;
    for (const DatasetSpec &dataset : m_config.datasets)
        read.append(dataset.path);
    for (const QString &path : m_config.readPaths)
        read.append(path);
    QJsonObject request{
        {QStringLiteral("profile"), m_config.profile.json},
        {QStringLiteral("context"), m_config.context},
        {QStringLiteral("zones"),
         QJsonObject{{QStringLiteral("read"), read},
                     {QStringLiteral("write"), QJsonArray{m_outputDir}},
                     {QStringLiteral("workdir"),
                      m_config.workdir.isEmpty() ? m_outputDir : m_config.workdir}}},
    };
    const ClusterInfo cluster = clusterstate::sessionCluster(m_config.profile.json);
    if (!cluster.scheduler.isEmpty()) {
        // The worker reads the client's certificates before it arms; they are in no zone after.
        request.insert(QStringLiteral("cluster"),
                       QJsonObject{{QStringLiteral("scheduler"), cluster.scheduler},
                                   {QStringLiteral("port"), cluster.port},
                                   {QStringLiteral("certs"), cluster.certsDir},
                                   {QStringLiteral("workers"), cluster.workers}});
    }
    return request;
}

void SessionRunner::onConfigured(bool ok, const QJsonObject &layers, const QString &message)
{
    m_layers = layers;
    if (ok) {
        m_configured = true;
        m_store.post([id = m_sessionId, json = QString::fromUtf8(QJsonDocument(layers).toJson(
                                            QJsonDocument::Compact))](RunStore &store) {
            QString error;
            if (!store.setSessionSandbox(id, json, &error))
                qCWarning(lcStore) << "session" << id << "sandbox not recorded:" << error;
        });
    } else {
        // Fail closed: a worker whose sandbox is not armed never runs a cell.
        m_sandboxError = message.isEmpty() ? tr("the worker did not say why") : message;
        m_worker->disconnect(this);
        m_worker->shutdown();
    }
    Q_EMIT sandboxReady(ok, layers, m_sandboxError);
    finishResets(ok, m_sandboxError);
    if (m_datasetRequests.isEmpty())
        Q_EMIT datasetsLoaded(m_datasetErrors);
    runNext();
}

void SessionRunner::loadDatasets()
{
    m_datasetErrors.clear();
    m_datasetRequests.clear();
    for (const DatasetSpec &dataset : std::as_const(m_config.datasets))
        m_datasetRequests.append(
            m_worker->loadDataset(dataset.name, dataset.path, dataset.isoDates, dataset.lazy));
    inputsHashed();
}

ActionReply *SessionRunner::undo()
{
    auto *reply = new ActionReply(ActionReply::Action::Undo, this);
    connect(reply, &ActionReply::finished, reply, &QObject::deleteLater);
    if (!m_worker) {
        // Answered from the event loop, like every other reply: the caller connects first.
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(false, tr("The session has no worker.")); },
            Qt::QueuedConnection);
        return reply;
    }
    m_undos.insert(m_worker->undo(), reply);
    return reply;
}

void SessionRunner::finishResets(bool ok, const QString &message)
{
    const QJsonObject layers = m_layers;
    for (const QPointer<ActionReply> &reply : std::exchange(m_resets, {})) {
        if (reply)
            reply->finish(ok, message, layers);
    }
}

QueryReply *SessionRunner::query(const QJsonObject &request)
{
    return sendQuery(request, false);
}

QueryReply *SessionRunner::queryIfIdle(const QJsonObject &request)
{
    return sendQuery(request, true);
}

QueryReply *SessionRunner::queryVariables()
{
    return query({{QStringLiteral("type"), wireName(protocol::kTypeVariables)}});
}

QueryReply *SessionRunner::queryTablePage(const QString &name, qint64 offset, int limit)
{
    return query({{QStringLiteral("type"), wireName(protocol::kTypeTable)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("offset"), offset},
                  {QStringLiteral("limit"), limit}});
}

QueryReply *SessionRunner::sendQuery(const QJsonObject &request, bool onlyIfIdle)
{
    if (onlyIfIdle &&
        (!m_worker || !m_configured || m_current ||
         m_worker->state() != WorkerClient::State::Ready || m_worker->pendingRequests() > 0))
        return nullptr;
    auto *reply = new QueryReply(request.value(QStringLiteral("type")).toString(), this);
    connect(reply, &QueryReply::finished, reply, &QObject::deleteLater);
    if (!m_worker) {
        // Answered from the event loop, like every other reply: the caller connects first.
        const QJsonObject error{{QStringLiteral("type"), wireName(protocol::kTypeError)},
                                {QStringLiteral("message"), tr("The session has no worker.")}};
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->finish(error, {}); }, Qt::QueuedConnection);
        return reply;
    }
    m_queries.insert(m_worker->query(request), reply);
    return reply;
}

void SessionRunner::answerQuery(quint64 requestId, const QJsonObject &reply,
                                const QByteArray &payload)
{
    // WorkerClient has checked the reply (ReplyDecoder::checkQuery) or replaced it by an error.
    if (const QPointer<QueryReply> open = m_queries.take(requestId))
        open->finish(reply, payload);
}

void SessionRunner::failOpenQueries(const QString &message)
{
    const auto open = std::exchange(m_queries, {});
    for (const QPointer<QueryReply> &reply : open) {
        if (reply)
            reply->finish({{QStringLiteral("type"), wireName(protocol::kTypeError)},
                           {QStringLiteral("message"), message}},
                          {});
    }
}

ActionReply *SessionRunner::reset()
{
    auto *reply = new ActionReply(ActionReply::Action::Reset, this);
    connect(reply, &ActionReply::finished, reply, &QObject::deleteLater);
    m_resets.append(reply);
    // A live worker hands out a fresh session from its template in the time of a fork; only a
    // worker that is gone or never armed its sandbox is replaced by a new process.
    if (m_worker && m_configured && m_worker->state() != WorkerClient::State::Failed &&
        m_worker->state() != WorkerClient::State::Stopped) {
        m_worker->reset();
        return reply;
    }
    restartWorker();
    return reply;
}

void SessionRunner::restartWorker()
{
    if (m_current) {
        // The running cell answers first: a worker replaced under it would leave it unanswered.
        m_restartWhenIdle = true;
        return;
    }
    qCInfo(lcSession) << "replacing the worker";
    if (m_worker)
        m_worker->shutdown();
    startWorker();
}

void SessionRunner::onResetDone(bool ok, const QString &message)
{
    if (!ok) {
        // The template is gone: a whole new worker gives the same fresh start, only slower.
        Q_UNUSED(message)
        restartWorker();
        return;
    }
    m_stateRuns.clear(); // the fresh session starts from no run's state
    loadDatasets();
    Q_EMIT sandboxReady(true, m_layers, QString());
    finishResets(true, QString());
}

QList<CellRun *> SessionRunner::openRuns() const
{
    QList<CellRun *> runs;
    if (m_current)
        runs.append(m_current);
    runs.append(m_queue);
    for (const WaitingCell &waiting : m_waiting)
        runs.append(waiting.run);
    return runs;
}

void SessionRunner::allowReading(const QString &path)
{
    if (!m_config.readPaths.contains(path))
        m_config.readPaths.append(path);
    restartWorker(); // Landlock zones only narrow: a wider one needs a new process
}

void SessionRunner::interruptRun(CellRun *run)
{
    qCDebug(lcSession) << "interrupt asked for cell" << run->request().number << "in state"
                       << run->status() << "; request" << (run == m_current ? m_currentRequest : 0);
    if (run == m_current) {
        // Sent: the worker holds the interrupt until the cell's process has started
        // (WorkerClient::interrupt), so an early Stop is not lost. A run being held for review
        // has no request (0) and finishes within this call chain anyway.
        if (m_worker && m_currentRequest != 0)
            m_worker->interrupt(m_currentRequest);
        return;
    }
    if (m_queue.removeOne(run)) {
        const bool wasHead = run->status() == CellRun::Status::WaitingForInputs;
        cancelRun(run);
        if (wasHead)
            markHeadWaiting();
        return;
    }
    endReviewWait(run);
}

bool SessionRunner::endReviewWait(CellRun *run)
{
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).run != run)
            continue;
        // It stops waiting for a reviewer; its pending_review record stays what it was.
        m_waiting.removeAt(i);
        run->finish(run->heldRecord(), true, QString());
        return true;
    }
    return false;
}

bool SessionRunner::waitsForReview(const CellRun &run) const
{
    const std::optional<int> &wait = run.request().options.reviewWaitMs;
    return wait ? *wait > 0 : m_runWhenApproved;
}

void SessionRunner::cancelRun(CellRun *run)
{
    RunRecord record = draftRun(*run, InputsFrom::LastRun);
    record.status = RunStatus::Interrupted;
    record.stderrText +=
        tr("The cell was stopped before it started; it did not run.") + QLatin1Char('\n');
    record.startedAt = record.finishedAt = QDateTime::currentDateTimeUtc();
    run->m_cancelled = true;
    qCDebug(lcSession) << "cell" << run->request().number << "dropped before it ran";
    // Not recorded: nothing ran. Finished from the event loop, so that a caller stopping several
    // runs in a loop is not re-entered by their finished() slots.
    QMetaObject::invokeMethod(
        run, [run, record] { run->finish(record, false, QString()); }, Qt::QueuedConnection);
}

void SessionRunner::markHeadWaiting()
{
    if (!m_current && !m_queue.isEmpty())
        m_queue.head()->setStatus(CellRun::Status::WaitingForInputs);
}

DatasetSpec SessionRunner::decided(DatasetSpec dataset) const
{
    const qint64 aboveMb = m_config.profile.lazyAboveMb();
    if (!dataset.lazy && aboveMb > 0 && QFileInfo(dataset.path).size() > aboveMb * 1024 * 1024) {
        dataset.lazy = true;
        qCInfo(lcSession) << "dataset" << dataset.name << "is read in blocks: larger than"
                          << aboveMb << "MB (datasets.lazy_above_mb)";
    }
    return dataset;
}

void SessionRunner::recordDataset(const DatasetSpec &dataset)
{
    // Posted, not waited for: the session's list is the truth while it runs; the store keeps it
    // for history and replay.
    m_store.post([id = m_sessionId, dataset](RunStore &store) {
        QString error;
        if (!store.addSessionDataset(
                id, {dataset.name, dataset.path, dataset.isoDates, dataset.lazy}, &error))
            qCWarning(lcStore) << "dataset" << dataset.name << "not recorded:" << error;
    });
}

bool SessionRunner::setLazy(const QString &name, bool lazy)
{
    for (DatasetSpec &dataset : m_config.datasets) {
        if (dataset.name != name)
            continue;
        if (dataset.lazy == lazy)
            return true;
        dataset.lazy = lazy;
        recordDataset(dataset);
        if (m_worker)
            m_datasetRequests.append(
                m_worker->loadDataset(dataset.name, dataset.path, dataset.isoDates, lazy));
        return true;
    }
    return false;
}

void SessionRunner::addDataset(const DatasetSpec &requested)
{
    const DatasetSpec dataset = decided(requested);
    m_config.datasets.append(dataset);
    recordDataset(dataset);
    m_datasetRequests.append(
        m_worker->loadDataset(dataset.name, dataset.path, dataset.isoDates, dataset.lazy));
}

bool SessionRunner::setIsoDates(const QString &name, bool isoDates)
{
    for (DatasetSpec &dataset : m_config.datasets) {
        if (dataset.name != name)
            continue;
        if (dataset.isoDates == isoDates)
            return true;
        dataset.isoDates = isoDates;
        recordDataset(dataset);
        if (m_worker)
            m_datasetRequests.append(
                m_worker->loadDataset(dataset.name, dataset.path, isoDates, dataset.lazy));
        return true;
    }
    return false;
}

void SessionRunner::onDatasetLoaded(quint64 requestId, bool ok, const QString &message)
{
    if (!m_datasetRequests.removeOne(requestId))
        return;
    if (!ok)
        m_datasetErrors.append(message);
    if (m_datasetRequests.isEmpty() && (m_configured || !m_sandboxError.isEmpty()))
        Q_EMIT datasetsLoaded(m_datasetErrors);
}

CellRun *SessionRunner::submit(const CellRequest &request)
{
    auto *run = new CellRun(this, request);
    m_queue.enqueue(run);
    qCDebug(lcSession) << "cell" << request.number << "queued;" << m_queue.size() << "waiting";
    // From the event loop: the caller connects to the run before anything of it can happen (a
    // cell held for review, or refused, finishes within runNext()).
    if (!m_current && !std::exchange(m_runNextQueued, true)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_runNextQueued = false;
                runNext();
            },
            Qt::QueuedConnection);
    }
    return run;
}

void SessionRunner::runNext()
{
    if (m_current || m_recording || m_preparing)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    if (!m_sandboxError.isEmpty()) {
        CellRun *cell = m_queue.dequeue();
        CellResult refused;
        refused.status = RunStatus::Crashed;
        refused.stderrText =
            tr("The cell was not run: the sandbox could not be set up (%1).").arg(m_sandboxError);
        m_current = cell;
        m_currentStarted = QDateTime::currentDateTimeUtc();
        m_currentRequest = 0;
        m_draft = draftRun(*cell, InputsFrom::LastRun);
        m_decision.reset();
        onCellFinished(0, refused);
        return;
    }
    const WorkerClient::State state = m_worker->state();
    if (state == WorkerClient::State::Failed || state == WorkerClient::State::Stopped) {
        markHeadWaiting();
        startWorker();
        return; // runs again once the fresh worker's sandbox is armed
    }
    if (!m_configured) {
        markHeadWaiting();
        return; // onConfigured() calls again
    }
    if (!inputsHashed()) {
        markHeadWaiting();
        return; // onInputHashed() calls again
    }
    prepare(m_queue.head());
}

void SessionRunner::prepare(CellRun *cell)
{
    // The review gate costs no worker round trip: the approval is looked up in the store (on
    // its thread) and travels with the execute request; the worker decides the triggers that
    // need the syntax tree.
    m_preparing = true;
    RunRecord draft = draftRun(*cell, InputsFrom::Later);
    const bool llmCheck =
        effectiveProfile(*cell).reviewTriggerEnabled(QStringLiteral("llm_first_run")) &&
        cell->request().source.origin == CodeOrigin::Llm;
    QPointer<CellRun> guard(cell);
    // The inputs are looked at (and hashed again when they changed) and the output folder is
    // listed on the store's thread too: a large dataset or a slow disk holds up no window.
    m_store.call(
        this,
        [draft = std::move(draft), llmCheck, datasets = m_config.datasets, known = m_knownHashes,
         hashProblem = std::exchange(m_hashProblem, QString()),
         outputDir = m_outputDir](RunStore &store) mutable {
            Prepared prepared;
            draft.inputs =
                describeInputs(datasets, known, &prepared.learnedHashes, &draft.stderrText);
            // The run is still recorded with its inputs' hashes; the store's trouble is said,
            // not lost.
            if (!hashProblem.isEmpty())
                draft.stderrText += tr("Provenance: %1").arg(hashProblem) + QLatin1Char('\n');
            draft.inputsSha256 = FileHashCache::combinedSha256(draft.inputs);
            prepared.decision = ReviewQueue(store).decisionFor(ReviewBinding::of(draft));
            prepared.codeHasRun = llmCheck && store.codeHasRun(draft.codeSha256);
            prepared.outputsBefore = OutputSnapshot::take(outputDir, kNotOutputs);
            prepared.draft = std::move(draft);
            return prepared;
        },
        [this, guard](Prepared prepared) {
            m_preparing = false;
            // Stopped, or taken out of the queue, while the store answered: start over.
            if (!guard || m_queue.isEmpty() || m_queue.head() != guard || m_current) {
                runNext();
                return;
            }
            startPrepared(std::move(prepared));
        });
}

void SessionRunner::startPrepared(Prepared prepared)
{
    m_current = m_queue.dequeue();
    m_currentStarted = QDateTime::currentDateTimeUtc();
    m_draft = std::move(prepared.draft);
    m_knownHashes.insert(prepared.learnedHashes);
    m_lastInputs = m_draft.inputs;
    const Profile effective = effectiveProfile(*m_current);
    m_decision = prepared.decision;
    const bool approved = m_decision && m_decision->approved;
    const QList<Violation> reasons = appReviewReasons(*m_current, effective, prepared.codeHasRun);
    if (!reasons.isEmpty() && !approved) {
        holdForReview(reasons);
        return;
    }
    m_outputsBefore = std::move(prepared.outputsBefore);
    const CellRequest &request = m_current->request();
    const int timeoutMs = request.options.timeoutMs > 0
                              ? request.options.timeoutMs
                              : m_config.profile.limit(QStringLiteral("timeout_s")) * 1000;
    m_currentKeepsOnError = request.options.keepOnError.value_or(m_keepStateOnError);
    m_currentRequest =
        m_worker->execute(request.number, request.code, timeoutMs, approved, m_currentKeepsOnError);
    qCDebug(lcSession) << "cell" << request.number << "sent as request" << m_currentRequest;
    m_current->setStatus(CellRun::Status::Running);
    // Stop pressed while the run waited: it reaches the worker now, which holds it until the
    // cell's process has started.
    if (m_current->interruptRequested())
        m_worker->interrupt(m_currentRequest);
}

Profile SessionRunner::effectiveProfile(const CellRun &cell) const
{
    Profile effective = m_config.profile;
    const int timeoutMs = cell.request().options.timeoutMs;
    if (timeoutMs > 0)
        effective.setLimit(QStringLiteral("timeout_s"), (timeoutMs + 999) / 1000);
    return effective;
}

bool SessionRunner::inputsHashed()
{
    bool ready = true;
    for (const DatasetSpec &dataset : std::as_const(m_config.datasets)) {
        auto input = FileHashCache::stat(dataset.name, dataset.path, nullptr);
        if (!input)
            continue; // unreadable files are reported by the run itself
        const QString key = hashKey(*input);
        if (m_knownHashes.contains(key) || m_hashFailed.contains(key))
            continue;
        if (m_hashing.contains(key)) {
            ready = false;
            continue;
        }
        m_hashing.insert(key);
        // The store's cache first (inline on the command line: answered before call() returns);
        // a file it does not know is hashed on a pool thread: a large file takes seconds, which
        // must not hold up the window's event loop nor the store's thread.
        m_store.call(
            this,
            [input = *input](RunStore &store) mutable {
                FileHashCache cache(store);
                const bool known = cache.lookup(input);
                return std::make_tuple(known, input, cache.takeProblem());
            },
            [this, key](std::tuple<bool, InputFile, QString> answer) {
                auto [known, input, problem] = std::move(answer);
                if (!problem.isEmpty())
                    m_hashProblem = problem;
                if (known) {
                    m_hashing.remove(key);
                    m_knownHashes.insert(key, input.sha256);
                    if (!m_current)
                        QMetaObject::invokeMethod(this, &SessionRunner::runNext,
                                                  Qt::QueuedConnection);
                    return;
                }
                QPointer<SessionRunner> self(this);
                QThreadPool::globalInstance()->start([self, key, input]() mutable {
                    QString reason;
                    const auto hash = sha256OfFile(input.path, &reason);
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, key, input, hash]() mutable {
                            if (self)
                                self->onInputHashed(key, input, hash);
                        },
                        Qt::QueuedConnection);
                });
            });
        if (m_hashing.contains(key))
            ready = false;
    }
    return ready;
}

void SessionRunner::onInputHashed(const QString &key, InputFile input,
                                  const std::optional<QString> &sha256)
{
    m_hashing.remove(key);
    if (sha256) {
        input.sha256 = *sha256;
        m_knownHashes.insert(key, input.sha256);
        // A cache that cannot be written costs another hash next time; the next run's
        // provenance says why (README, "The run store").
        m_store.call(
            this,
            [input](RunStore &store) {
                FileHashCache cache(store);
                cache.remember(input);
                return cache.takeProblem();
            },
            [this](const QString &problem) {
                if (!problem.isEmpty())
                    m_hashProblem = problem;
            });
    } else {
        m_hashFailed.insert(key); // the run hashes it again and says why it cannot
    }
    runNext();
}

RunRecord SessionRunner::draftRun(const CellRun &run_, InputsFrom inputsFrom)
{
    const CellRequest &cell = run_.request();
    RunRecord run;
    run.sessionId = m_sessionId;
    run.cellIndex = cell.number;
    run.code = cell.code;
    run.codeSha256 = sha256Hex(cell.code.toUtf8());
    run.codeOrigin = cell.source.origin;
    run.llmModel = cell.source.llmModel;
    run.llmPromptSha256 = cell.source.promptSha256;
    run.llmEndpointHost = cell.source.endpointHost;
    run.profileName = m_config.profile.name;
    run.profileSha256 = m_config.profile.sha256;
    run.limitsSha256 = effectiveProfile(run_).limitsSha256();
    if (inputsFrom == InputsFrom::LastRun) {
        // A run that never reaches the worker: described without touching the disk.
        run.inputs = m_lastInputs;
        run.inputsSha256 = FileHashCache::combinedSha256(run.inputs);
    }
    run.reviewBindsInputs = m_config.profile.reviewBindsInputs();
    run.parentRunId = m_stateRuns.isEmpty() ? 0 : m_stateRuns.last().runId;
    return run;
}

QList<InputFile> SessionRunner::describeInputs(const QList<DatasetSpec> &datasets,
                                               const QHash<QString, QString> &known,
                                               QHash<QString, QString> *learned, QString *problems)
{
    QList<InputFile> inputs;
    for (const DatasetSpec &dataset : datasets) {
        QString error;
        auto input = FileHashCache::stat(dataset.name, dataset.path, &error);
        if (input) {
            if (const auto hit = known.constFind(hashKey(*input)); hit != known.cend()) {
                input->sha256 = *hit;
            } else {
                // Not hashed in the background (it changed since, or could not be read then):
                // hashed now, so that the run's provenance is complete or says why not.
                QString reason;
                if (const auto hash = sha256OfFile(input->path, &reason)) {
                    input->sha256 = *hash;
                    learned->insert(hashKey(*input), *hash);
                } else {
                    error = tr("cannot read %1: %2").arg(input->path, reason);
                    input.reset();
                }
            }
        }
        if (input)
            inputs.append(*input);
        else
            *problems += tr("Provenance: the dataset %1 could not be hashed (%2).")
                             .arg(dataset.name, error) +
                         QLatin1Char('\n');
    }
    return inputs;
}

namespace {

// A cell that names the session's client or dask's distributed machinery sends work to the
// cluster; plain pandas code does not. Words, not substrings: "clients" is a column name.
bool usesCluster(const QString &code)
{
    static const QRegularExpression words(QStringLiteral("\\b(client|dask|distributed)\\b"));
    return words.match(code).hasMatch();
}

} // namespace

QList<Violation> SessionRunner::appReviewReasons(const CellRun &run, const Profile &effective,
                                                 bool codeHasRun)
{
    const CellRequest &cell = run.request();
    QList<Violation> reasons;
    const QString review = QStringLiteral("review");
    if (effective.reviewTriggerEnabled(QStringLiteral("raised_limits"))) {
        for (const QString &key : effective.raisedLimits()) {
            reasons.append({QStringLiteral("raised-limit"),
                            tr("the limit %1 is %2 for this cell, above the '%3' profile's %4: "
                               "the profile has a reviewer approve raised limits")
                                .arg(key)
                                .arg(effective.limit(key))
                                .arg(effective.name)
                                .arg(effective.fileLimits.value(key).toInt()),
                            0, 0, review});
        }
    }
    const ClusterInfo cluster = clusterstate::sessionCluster(m_config.profile.json);
    if (effective.reviewTriggerEnabled(QStringLiteral("cluster")) && !cluster.scheduler.isEmpty() &&
        usesCluster(cell.code)) {
        reasons.append({QStringLiteral("cluster"),
                        tr("the cell sends work to the cluster %1 (%2): the '%3' profile has a "
                           "reviewer approve code that runs on a cluster")
                            .arg(cluster.scheduler, clusterstate::workersInWords(cluster.workers),
                                 effective.name),
                        0, 0, review});
    }
    if (const auto reason = llmFirstRunReason(effective, codeHasRun, cell.source))
        reasons.append(*reason);
    return reasons;
}

std::optional<Violation> SessionRunner::llmFirstRunReason(const Profile &effective, bool codeHasRun,
                                                          const CodeSource &source) const
{
    if (!effective.reviewTriggerEnabled(QStringLiteral("llm_first_run")) ||
        source.origin != CodeOrigin::Llm || codeHasRun)
        return std::nullopt;
    const QString model = source.llmModel.isEmpty() ? tr("a language model") : source.llmModel;
    return Violation{QStringLiteral("llm-first-run"),
                     tr("the code was suggested by %1 and has never run: the '%2' profile "
                        "has a reviewer approve such code before its first run")
                         .arg(model, effective.name),
                     0, 0, QStringLiteral("review")};
}

void SessionRunner::llmFirstRunReason(const QString &code, const CodeSource &source,
                                      QObject *receiver,
                                      std::function<void(std::optional<Violation>)> done)
{
    if (source.origin != CodeOrigin::Llm) {
        done(std::nullopt);
        return;
    }
    m_store.call(
        receiver,
        [sha = sha256Hex(code.toUtf8())](RunStore &store) { return store.codeHasRun(sha); },
        [this, source, done = std::move(done)](bool codeHasRun) {
            done(llmFirstRunReason(m_config.profile, codeHasRun, source));
        });
}

void SessionRunner::holdForReview(const QList<Violation> &reasons)
{
    CellResult held;
    held.status = RunStatus::PendingReview;
    held.violations = reasons;
    // The next step where the user is: the window has its Review Queue panel.
    held.stderrText =
        (m_config.context == QLatin1String(WorkerContext::Window)
             ? tr("The cell was not run: it waits for a reviewer's approval (see the Review "
                  "Queue).")
             : tr("The cell was not run: it waits for a reviewer's approval "
                  "('sandbench review list').")) +
        QLatin1Char('\n');
    for (const Violation &v : reasons)
        held.stderrText += QStringLiteral("  %1 [%2]\n").arg(v.message, v.rule);
    m_currentRequest = 0;
    qCInfo(lcReview) << "cell" << m_current->request().number
                     << "held for review:" << reasons.size() << "reason(s)";
    onCellFinished(0, held);
}

QJsonObject SessionRunner::environment(const CellResult &result, const Profile &effective) const
{
    QJsonObject environment{
        {QStringLiteral("python"), pythonVersion()},
        {QStringLiteral("packages"), result.packages},
        {QStringLiteral("worker_version"), m_worker ? m_worker->workerVersion() : QString()},
        {QStringLiteral("worker_sha256"), m_workerSha256},
        {QStringLiteral("profile_path"), effective.path},
        {QStringLiteral("limits"), effective.json.value(QStringLiteral("limits"))},
    };
    // The blocks of larger-than-memory datasets the run computed (issue 18).
    if (!result.lazyReads.isEmpty())
        environment.insert(wireName(protocol::kLazyReadsField), result.lazyReads);
    const ClusterInfo cluster = clusterstate::sessionCluster(m_config.profile.json);
    if (!cluster.scheduler.isEmpty()) {
        // What the app itself knows of the cluster (its state folder, and each member's layers as
        // the cluster's supervisor recorded them when the session started), apart from what the
        // session's worker reported: the library versions it armed with, kept under
        // "reported_by_worker", never as a verdict.
        QJsonArray members;
        for (const QJsonValue &value : cluster.members) {
            const QJsonObject member = value.toObject();
            members.append(
                QJsonObject{{QStringLiteral("name"), member.value(QStringLiteral("name"))},
                            {QStringLiteral("role"), member.value(QStringLiteral("role"))},
                            {QStringLiteral("layers"), member.value(QStringLiteral("layers"))}});
        }
        const QJsonObject reported = m_layers.value(QStringLiteral("cluster")).toObject();
        QJsonObject byWorker{
            {QStringLiteral("versions"),
             QJsonObject{
                 {QStringLiteral("dask"), reported.value(QStringLiteral("dask"))},
                 {QStringLiteral("distributed"), reported.value(QStringLiteral("distributed"))}}}};
        // The task graphs the cell sent and the files they read in blocks, as the cell's
        // process counted them (cluster.GraphLog): its own account, so it stays in here.
        if (!result.clusterGraph.isEmpty())
            byWorker.insert(QStringLiteral("graph"), result.clusterGraph);
        environment.insert(QStringLiteral("cluster"),
                           QJsonObject{{QStringLiteral("scheduler"), cluster.scheduler},
                                       {QStringLiteral("workers"), cluster.workers},
                                       {QStringLiteral("worker_memory_mb"), cluster.memoryMb},
                                       {QStringLiteral("state"), cluster.stateDir},
                                       {QStringLiteral("members"), members},
                                       {QStringLiteral("reported_by_worker"), byWorker}});
    }
    return environment;
}

QString SessionRunner::workerProgram() const
{
    return m_config.workerProgram.isEmpty() ? paths::workerExecutable() : m_config.workerProgram;
}

void SessionRunner::setRunWhenApproved(bool on)
{
    m_runWhenApproved = on;
}

void SessionRunner::pollReviews()
{
    // Reviewers may decide in another process (the command line, the reviewer window): the store
    // is the mailbox, and its change notification (StoreThread::changed) the doorbell.
    if (m_waiting.isEmpty() || m_pollingReviews)
        return;
    m_pollingReviews = true;
    QList<WaitingCell> asked = m_waiting;
    m_store.call(
        this,
        [asked](RunStore &store) {
            ReviewQueue reviews(store);
            QList<std::optional<ReviewDecision>> decisions;
            for (const WaitingCell &waiting : asked)
                decisions.append(reviews.decisionFor(waiting.binding));
            return decisions;
        },
        [this, asked](const QList<std::optional<ReviewDecision>> &decisions) {
            m_pollingReviews = false;
            for (qsizetype k = 0; k < asked.size(); ++k) {
                const auto &decision = decisions.at(k);
                if (!decision || decision->id <= asked.at(k).seenDecision)
                    continue;
                // The cell may have stopped waiting (Stop) while the store answered.
                for (qsizetype i = 0; i < m_waiting.size(); ++i) {
                    if (m_waiting.at(i).runId != asked.at(k).runId)
                        continue;
                    const WaitingCell waiting = m_waiting.takeAt(i);
                    resolveWaiting(waiting, *decision);
                    break;
                }
            }
        });
}

void SessionRunner::resolveWaiting(const WaitingCell &waiting, const ReviewDecision &decision)
{
    qCInfo(lcReview) << "run" << waiting.runId << (decision.approved ? "approved" : "rejected")
                     << "by decision" << decision.id;
    waiting.run->m_reviewDecision = decision;
    if (decision.approved) {
        // The same run goes on, with the number it waited with: queued behind what is.
        waiting.run->setStatus(CellRun::Status::Queued);
        m_queue.enqueue(waiting.run);
        runNext();
    } else {
        Q_EMIT waiting.run->rejected(decision);
        waiting.run->finish(waiting.run->heldRecord(), true, QString());
    }
}

void SessionRunner::onCellFinished(quint64 requestId, const CellResult &result)
{
    if (!m_current || requestId != m_currentRequest)
        return;
    CellRun *cell = m_current;
    const Profile effective = effectiveProfile(*cell);
    RunRecord run = m_draft;
    run.status = result.status;
    run.stdoutText = result.stdoutText;
    run.stderrText = m_draft.stderrText + result.stderrText;
    run.result = result.result;
    run.figures = result.figures;
    run.violations = result.violations;
    run.stateChanges = result.stateChanges;
    run.names = result.names;
    run.richOutputs = result.richOutputs;
    // Both sides must agree: this session asked, and the worker's trusted verdict kept it.
    run.stateKeptOnError = requestId != 0 && m_currentKeepsOnError &&
                           result.status == RunStatus::Error && result.stateKept;
    run.cpuMs = result.cpuMs;
    run.peakRssKb = result.peakRssKb;
    run.environment = environment(result, effective);
    const bool approved = m_decision && m_decision->approved;
    if (approved && run.status != RunStatus::PendingReview)
        run.approvalId = m_decision->id;
    if (run.status == RunStatus::PendingReview && m_decision && !m_decision->approved) {
        run.stderrText += tr("%1 rejected this code on %2: %3")
                              .arg(m_decision->reviewer,
                                   m_decision->decidedAt.toString(Qt::ISODate), m_decision->note) +
                          QLatin1Char('\n');
    }
    run.startedAt = m_currentStarted;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.durationMs = result.durationMs > 0 ? result.durationMs
                                           : double(m_currentStarted.msecsTo(run.finishedAt));
    // Only a worker that died loses the variables: a cell's own process that died (the keeper
    // answers for it) leaves the session as it was, and its message already says so.
    if (result.status == RunStatus::Crashed && requestId != 0 && m_worker &&
        m_worker->state() == WorkerClient::State::Failed) {
        run.stderrText += QLatin1Char('\n') +
                          tr("The worker died while this cell ran. Variables from earlier cells "
                             "are gone; the next cell runs in a fresh worker with the datasets "
                             "loaded again.");
    }
    if (result.status == RunStatus::Tampered && requestId != 0) {
        // The cell's code wrote the worker's reply, so the worker's interpreter is the cell's
        // now: a fresh one keeps the session's state and its record in agreement.
        run.stderrText += QLatin1Char('\n') +
                          tr("The worker was replaced: variables from earlier cells are gone; "
                             "the next cell runs in a fresh worker with the datasets loaded "
                             "again.");
        m_restartWhenIdle = true;
    }
    m_current = nullptr;
    m_recording = true; // the next cell's parent is this run: it waits for the run's id

    std::optional<quint64> restoredTo;
    if (run.status == RunStatus::Crashed && requestId != 0)
        restoredTo = result.restoredTo;
    QPointer<CellRun> guard(cell);
    // The worker's executable (tens of MB) is hashed once per session, with the first run's
    // record, off the window's thread: hashing it there stalled the window for 100-300 ms.
    const QString hashProgram = m_workerSha256.isEmpty() ? workerProgram() : QString();
    m_store.call(
        this,
        [run = std::move(run), figureDir = m_figureDir, outputDir = m_outputDir, hashProgram,
         outputsBefore = requestId != 0 ? std::optional(std::exchange(m_outputsBefore, {}))
                                        : std::nullopt](RunStore &store) mutable {
            if (!hashProgram.isEmpty())
                run.environment.insert(QStringLiteral("worker_sha256"),
                                       sha256OfFile(hashProgram).value_or(QString()));
            // What the cell wrote, listed and hashed here, off the window's thread: nothing
            // else writes to the folder before the run is recorded (the next cell waits).
            if (outputsBefore)
                run.outputs =
                    OutputSnapshot::take(outputDir, kNotOutputs).changedSince(*outputsBefore);
            QString storeError;
            const bool recorded = recordWithFigures(store, run, figureDir, outputDir, &storeError);
            return std::make_tuple(std::move(run), recorded, storeError);
        },
        [this, guard, requestId, restoredTo](std::tuple<RunRecord, bool, QString> answer) {
            auto [run, recorded, storeError] = std::move(answer);
            if (m_workerSha256.isEmpty())
                m_workerSha256 = run.environment.value(QStringLiteral("worker_sha256")).toString();
            m_recording = false;
            onRecorded(guard, std::move(run), recorded, storeError, requestId, restoredTo);
        });
}

bool SessionRunner::recordWithFigures(RunStore &store, RunRecord &run, const QString &figureDir,
                                      const QString &outputDir, QString *storeError)
{
    // The figures' bytes are written before the transaction (staged under names no row uses) and
    // only renamed to their final names inside it, just before COMMIT. So a row that is committed
    // always finds its files: a crash before the rename leaves staged files and no row (the run
    // was not recorded either way), a crash after it leaves files no row names, and nothing the
    // database records is ever missing. The write lock is held for renames, not for writes:
    // another process (`sandbench run` on the same database) waits microseconds, not a disk's
    // flush of a dozen figures.
    QStringList staged;
    QString stageError;
    bool recorded = false;
    if (RecordedFiles::stageFigures(run.figures, figureDir, &staged, &stageError)) {
        const auto publish = [&staged, &figureDir](RunRecord &r, QString *e) {
            return RecordedFiles::publishFigures(r.figures, staged, figureDir, r.id, e);
        };
        recorded = store.recordRun(run, publish, storeError);
        if (!recorded)
            RecordedFiles::discardStaged(run.figures, staged, figureDir);
    } else {
        *storeError = stageError;
    }
    if (!recorded && !run.figures.isEmpty()) {
        // Keep the run even when its figures cannot be saved (a full disk): say so in its output.
        const QString figureError = *storeError;
        run.figures.clear();
        run.stderrText += QLatin1Char('\n') +
                          tr("The figures of this cell could not be saved: %1").arg(figureError);
        recorded = store.recordRun(run, {}, storeError);
    }
    if (recorded && !run.outputs.isEmpty()) {
        // Before the next cell can touch them (it waits for this answer); what cannot be copied,
        // check() reports.
        RecordedFiles::copyOutputs(run.outputs, outputDir, run.id);
    }
    return recorded;
}

void SessionRunner::onRecorded(CellRun *cell, RunRecord run, bool recorded,
                               const QString &storeError, quint64 requestId,
                               std::optional<quint64> restoredTo)
{
    qCDebug(lcSession) << "cell" << (cell ? cell->request().number : -1) << "ended"
                       << qPrintable(runStatusName(run.status)) << "as run" << run.id
                       << (recorded ? "recorded" : "NOT recorded");
    if (recorded && (run.status == RunStatus::Ok || run.stateKeptOnError))
        m_stateRuns.append({run.id, requestId});
    if (restoredTo) {
        // A snapshot took over from a killed keeper (issue 19): the runs after the one whose state
        // it holds are no longer in the session's state, so no later run names them as parent.
        while (!m_stateRuns.isEmpty() && m_stateRuns.last().requestId > *restoredTo)
            m_stateRuns.removeLast();
    }
    Q_EMIT runFinished(run, recorded, storeError);
    if (!cell) {
        // Its caller let go of it: nothing to tell.
    } else if (recorded && run.status == RunStatus::PendingReview && waitsForReview(*cell) &&
               !cell->interruptRequested()) {
        m_waiting.append({cell, run.id, ReviewBinding::of(run), m_decision ? m_decision->id : 0});
        // The doorbell for decisions made elsewhere; the slow poll covers file systems that do
        // not ring it.
        m_store.watchForChanges(m_store.isThreaded() ? kReviewPollThreadedMs : kReviewPollInlineMs);
        cell->m_record = run;
        cell->m_heldRunId = run.id;
        cell->setStatus(CellRun::Status::WaitingForReview);
        if (const int wait = cell->request().options.reviewWaitMs.value_or(0); wait > 0) {
            // A bounded wait ends with the held record; an approval before then runs the same
            // run, and the timer dies with it.
            QTimer::singleShot(wait, cell, [this, run = QPointer<CellRun>(cell)] {
                if (run && run->status() == CellRun::Status::WaitingForReview)
                    endReviewWait(run);
            });
        }
        Q_EMIT cell->heldForReview(run.id, run.violations);
    } else {
        cell->finish(run, recorded, storeError);
    }
    if (std::exchange(m_restartWhenIdle, false))
        restartWorker();
    runNext();
}

void SessionRunner::onWorkerFailed(const QString &message)
{
    // The open cell got the message as its crash report already. The worker is replaced lazily,
    // by the next cell: a window that is closing does not need a new one.
    Q_UNUSED(message)
}

WorkerClient::State SessionRunner::workerState() const
{
    return m_worker ? m_worker->state() : WorkerClient::State::NotStarted;
}

qint64 SessionRunner::workerProcessId() const
{
    return m_worker ? m_worker->processId() : 0;
}

QString SessionRunner::pythonVersion() const
{
    return m_worker ? m_worker->pythonVersion() : QString();
}

} // namespace sandbench
