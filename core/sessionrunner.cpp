#include "sessionrunner.h"

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
    return env;
}

// Top-level entries of the output folder that are not the cell's outputs: the libraries' scratch
// folder (emptied after every cell). Figures are kept outside it (RecordedFiles).
const QStringList kNotOutputs = {QStringLiteral(".sandbench-tmp")};
constexpr int kReviewPollMs = 1000;

QString newSessionFolder(qint64 sessionId)
{
    return paths::defaultOutputRoot() + QStringLiteral("/session-%1").arg(sessionId);
}

} // namespace

SessionRunner::SessionRunner(RunStore &store, SessionConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_config(std::move(config)), m_hashes(store),
      m_reviews(store)
{
    m_reviewPoll.setInterval(kReviewPollMs);
    connect(&m_reviewPoll, &QTimer::timeout, this, &SessionRunner::pollReviews);
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
    m_sessionId = m_store.createSession(m_config.origin, QString(), error);
    if (m_sessionId == 0)
        return false;
    m_outputDir = m_config.outputDir.isEmpty() ? newSessionFolder(m_sessionId)
                                               : QFileInfo(m_config.outputDir).absoluteFilePath();
    if (!QDir().mkpath(m_outputDir)) {
        if (error)
            *error = tr("Cannot create the output folder %1; choose another with --out.")
                         .arg(m_outputDir);
        return false;
    }
    // The app's copies of recorded figures live where no cell may write (RecordedFiles).
    m_figureDir = RecordedFiles::figureFolderFor(m_outputDir);
    if (!RecordedFiles::prepareFigureFolder(m_figureDir, {m_outputDir}, error))
        return false;
    // And of the output files runs record: the output folder is a later cell's to rewrite.
    if (!RecordedFiles::prepareCopyFolder(RecordedFiles::outputCopyFolderFor(m_outputDir),
                                          {m_outputDir}, error))
        return false;
    // The folder is known only now that the session has its id; record it with the session.
    if (!m_store.setSessionOutputDir(m_sessionId, m_outputDir, error))
        return false;
    for (const DatasetSpec &dataset : std::as_const(m_config.datasets)) {
        if (!m_store.addSessionDataset(m_sessionId, {dataset.name, dataset.path, dataset.isoDates},
                                       error))
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
    if (m_worker) {
        // This may run inside one of the old worker's signals: let it finish before it goes.
        m_worker->disconnect(this);
        failOpenQueries(tr("The worker was replaced before it answered; ask again."));
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
            [this](quint64, bool ok, const QString &message) {
                if (ok && !m_stateRuns.isEmpty())
                    m_stateRuns.removeLast();
                Q_EMIT undoFinished(ok, message);
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
    return QJsonObject{
        {QStringLiteral("profile"), m_config.profile.json},
        {QStringLiteral("context"), m_config.context},
        {QStringLiteral("zones"),
         QJsonObject{{QStringLiteral("read"), read},
                     {QStringLiteral("write"), QJsonArray{m_outputDir}},
                     {QStringLiteral("workdir"),
                      m_config.workdir.isEmpty() ? m_outputDir : m_config.workdir}}},
    };
}

void SessionRunner::onConfigured(bool ok, const QJsonObject &layers, const QString &message)
{
    m_layers = layers;
    if (ok) {
        m_configured = true;
        QString error;
        m_store.setSessionSandbox(
            m_sessionId, QString::fromUtf8(QJsonDocument(layers).toJson(QJsonDocument::Compact)),
            &error);
    } else {
        // Fail closed: a worker whose sandbox is not armed never runs a cell.
        m_sandboxError = message.isEmpty() ? tr("the worker did not say why") : message;
        m_worker->disconnect(this);
        m_worker->shutdown();
    }
    Q_EMIT sandboxReady(ok, layers, m_sandboxError);
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
            m_worker->loadDataset(dataset.name, dataset.path, dataset.isoDates));
    inputsHashed();
}

void SessionRunner::undo()
{
    if (m_worker)
        m_worker->undo();
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

void SessionRunner::reset()
{
    // A live worker hands out a fresh session from its template in the time of a fork; only a
    // worker that is gone or never armed its sandbox is replaced by a new process.
    if (m_worker && m_configured && m_worker->state() != WorkerClient::State::Failed &&
        m_worker->state() != WorkerClient::State::Stopped) {
        m_worker->reset();
        return;
    }
    restartWorker();
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
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).run != run)
            continue;
        // It stops waiting for a reviewer; its pending_review record stays what it was.
        m_waiting.removeAt(i);
        if (m_waiting.isEmpty())
            m_reviewPoll.stop();
        run->finish(run->heldRecord(), true, QString());
        return;
    }
}

void SessionRunner::cancelRun(CellRun *run)
{
    RunRecord record = draftRun(*run);
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

void SessionRunner::addDataset(const DatasetSpec &dataset)
{
    m_config.datasets.append(dataset);
    QString error;
    m_store.addSessionDataset(m_sessionId, {dataset.name, dataset.path, dataset.isoDates}, &error);
    m_datasetRequests.append(m_worker->loadDataset(dataset.name, dataset.path, dataset.isoDates));
}

bool SessionRunner::setIsoDates(const QString &name, bool isoDates)
{
    for (DatasetSpec &dataset : m_config.datasets) {
        if (dataset.name != name)
            continue;
        if (dataset.isoDates == isoDates)
            return true;
        dataset.isoDates = isoDates;
        QString error;
        if (!m_store.addSessionDataset(m_sessionId, {dataset.name, dataset.path, isoDates}, &error))
            qCWarning(lcSession) << "dataset" << name << "not recorded:" << error;
        if (m_worker)
            m_datasetRequests.append(m_worker->loadDataset(dataset.name, dataset.path, isoDates));
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
    if (m_current)
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
        m_draft = draftRun(*cell);
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
    m_current = m_queue.dequeue();
    m_currentStarted = QDateTime::currentDateTimeUtc();
    // The review gate costs no worker round trip: the approval is looked up here and travels
    // with the execute request; the worker decides the triggers that need the syntax tree.
    m_draft = draftRun(*m_current);
    const Profile effective = effectiveProfile(*m_current);
    m_decision = m_reviews.decisionFor(ReviewBinding::of(m_draft));
    const bool approved = m_decision && m_decision->approved;
    const QList<Violation> reasons = appReviewReasons(*m_current, effective, m_draft);
    if (!reasons.isEmpty() && !approved) {
        holdForReview(reasons);
        return;
    }
    m_outputsBefore = OutputSnapshot::take(m_outputDir, kNotOutputs);
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
        auto input = m_hashes.stat(dataset.name, dataset.path, nullptr);
        if (!input || m_hashes.lookup(*input))
            continue; // unreadable files are reported by the run itself
        const QString key =
            QStringLiteral("%1|%2|%3").arg(input->path).arg(input->size).arg(input->mtimeNs);
        if (m_hashFailed.contains(key))
            continue;
        ready = false;
        if (m_hashing.contains(key))
            continue;
        // A large file takes seconds to hash: that must not hold up the window's event loop.
        m_hashing.insert(key);
        QPointer<SessionRunner> self(this);
        QThreadPool::globalInstance()->start([self, key, input = *input]() mutable {
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
    }
    return ready;
}

void SessionRunner::onInputHashed(const QString &key, InputFile input,
                                  const std::optional<QString> &sha256)
{
    m_hashing.remove(key);
    if (sha256) {
        input.sha256 = *sha256;
        m_hashes.remember(input);
    } else {
        m_hashFailed.insert(key); // the run hashes it again and says why it cannot
    }
    runNext();
}

RunRecord SessionRunner::draftRun(const CellRun &run_)
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
    for (const DatasetSpec &dataset : std::as_const(m_config.datasets)) {
        QString error;
        if (const auto input = m_hashes.describe(dataset.name, dataset.path, &error))
            run.inputs.append(*input);
        else
            run.stderrText += tr("Provenance: the dataset %1 could not be hashed (%2).")
                                  .arg(dataset.name, error) +
                              QLatin1Char('\n');
    }
    // The run is still recorded with its inputs' hashes; the store's trouble is said, not lost.
    if (const QString problem = m_hashes.takeProblem(); !problem.isEmpty())
        run.stderrText += tr("Provenance: %1").arg(problem) + QLatin1Char('\n');
    run.inputsSha256 = FileHashCache::combinedSha256(run.inputs);
    run.reviewBindsInputs = m_config.profile.reviewBindsInputs();
    run.parentRunId = m_stateRuns.isEmpty() ? 0 : m_stateRuns.last().runId;
    return run;
}

QList<Violation> SessionRunner::appReviewReasons(const CellRun &run, const Profile &effective,
                                                 const RunRecord &draft)
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
    if (const auto reason = llmFirstRunReason(effective, draft.codeSha256, cell.source))
        reasons.append(*reason);
    return reasons;
}

std::optional<Violation> SessionRunner::llmFirstRunReason(const Profile &effective,
                                                          const QString &codeSha256,
                                                          const CodeSource &source) const
{
    if (!effective.reviewTriggerEnabled(QStringLiteral("llm_first_run")) ||
        source.origin != CodeOrigin::Llm || m_store.codeHasRun(codeSha256))
        return std::nullopt;
    const QString model = source.llmModel.isEmpty() ? tr("a language model") : source.llmModel;
    return Violation{QStringLiteral("llm-first-run"),
                     tr("the code was suggested by %1 and has never run: the '%2' profile "
                        "has a reviewer approve such code before its first run")
                         .arg(model, effective.name),
                     0, 0, QStringLiteral("review")};
}

std::optional<Violation> SessionRunner::llmFirstRunReason(const QString &code,
                                                          const CodeSource &source) const
{
    return llmFirstRunReason(m_config.profile, sha256Hex(code.toUtf8()), source);
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
    return environment;
}

QString SessionRunner::workerSha256()
{
    // The worker's build id: its executable's hash, computed once per session.
    if (m_workerSha256.isEmpty()) {
        const QString program =
            m_config.workerProgram.isEmpty() ? paths::workerExecutable() : m_config.workerProgram;
        m_workerSha256 = sha256OfFile(program).value_or(QString());
    }
    return m_workerSha256;
}

void SessionRunner::setRunWhenApproved(bool on)
{
    m_runWhenApproved = on;
    if (!on)
        m_reviewPoll.stop();
    else if (!m_waiting.isEmpty())
        m_reviewPoll.start();
}

void SessionRunner::pollReviews()
{
    // Reviewers may decide in another process (the command line): the store is the mailbox.
    for (qsizetype i = 0; i < m_waiting.size();) {
        const WaitingCell waiting = m_waiting.at(i);
        const auto decision = m_reviews.decisionFor(waiting.binding);
        if (!decision || decision->id <= waiting.seenDecision) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        qCInfo(lcReview) << "run" << waiting.runId << (decision->approved ? "approved" : "rejected")
                         << "by decision" << decision->id;
        if (decision->approved) {
            // The same run goes on, with the number it waited with: queued behind what is.
            waiting.run->setStatus(CellRun::Status::Queued);
            m_queue.enqueue(waiting.run);
            if (!m_current)
                runNext();
        } else {
            Q_EMIT waiting.run->rejected(*decision);
            waiting.run->finish(waiting.run->heldRecord(), true, QString());
        }
    }
    if (m_waiting.isEmpty())
        m_reviewPoll.stop();
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
    if (requestId != 0)
        run.outputs = OutputSnapshot::take(m_outputDir, kNotOutputs).changedSince(m_outputsBefore);
    workerSha256();
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

    QString storeError;
    const auto writer = [this](RunRecord &r, QString *e) { return saveFigures(r, e); };
    bool recorded = m_store.recordRun(run, writer, &storeError);
    if (!recorded && !run.figures.isEmpty()) {
        // Keep the run even when its figures cannot be saved (a full disk): say so in its output.
        const QString figureError = storeError;
        run.figures.clear();
        run.stderrText += QLatin1Char('\n') +
                          tr("The figures of this cell could not be saved: %1").arg(figureError);
        recorded = m_store.recordRun(run, {}, &storeError);
    }
    qCDebug(lcSession) << "cell" << cell->request().number << "ended"
                       << qPrintable(runStatusName(run.status)) << "as run" << run.id
                       << (recorded ? "recorded" : "NOT recorded");
    if (recorded && !run.outputs.isEmpty()) {
        // Before the next cell can touch them; what cannot be copied, check() reports.
        RecordedFiles::copyOutputs(run.outputs, m_outputDir, run.id);
    }
    if (recorded && (run.status == RunStatus::Ok || run.stateKeptOnError))
        m_stateRuns.append({run.id, requestId});
    if (run.status == RunStatus::Crashed && requestId != 0 && result.restoredTo) {
        // A snapshot took over from a killed keeper (issue 19): the runs after the one whose state
        // it holds are no longer in the session's state, so no later run names them as parent.
        while (!m_stateRuns.isEmpty() && m_stateRuns.last().requestId > *result.restoredTo)
            m_stateRuns.removeLast();
    }
    Q_EMIT runFinished(run, recorded, storeError);
    if (recorded && run.status == RunStatus::PendingReview && m_runWhenApproved &&
        !cell->interruptRequested()) {
        m_waiting.append({cell, run.id, ReviewBinding::of(run), m_decision ? m_decision->id : 0});
        m_reviewPoll.start();
        cell->m_record = run;
        cell->m_heldRunId = run.id;
        cell->setStatus(CellRun::Status::WaitingForReview);
        Q_EMIT cell->heldForReview(run.id, run.violations);
    } else {
        cell->finish(run, recorded, storeError);
    }
    if (std::exchange(m_restartWhenIdle, false))
        restartWorker();
    runNext();
}

bool SessionRunner::saveFigures(RunRecord &run, QString *error) const
{
    return RecordedFiles::saveFigures(run.figures, m_figureDir, run.id, error);
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
