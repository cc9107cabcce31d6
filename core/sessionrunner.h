// One analysis session: a worker, its datasets, an output folder, and every run recorded in the
// store. Runs cells in order; a worker that dies is recorded as a crashed run and replaced by a
// fresh one with the datasets loaded again, so the next cell still runs.
#pragma once

#include "datasetspec.h"
#include "filehashcache.h"
#include "outputsnapshot.h"
#include "profile.h"
#include "reviewqueue.h"
#include "runrecord.h"
#include "runstore.h"
#include "workerclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

namespace sandbench {

// Where the user is, told to the worker so that its refusals name the next step there
// (sandbox/PROTOCOL.md, "configure": "context"): the window's action, run's flag, serve's option.
namespace WorkerContext {
inline constexpr char Window[] = "window";
inline constexpr char Cli[] = "cli";
inline constexpr char Serve[] = "serve";
} // namespace WorkerContext

struct SessionConfig
{
    QString origin;    // the script or notebook, for the record; may be empty
    QString outputDir; // empty: a new folder below paths::defaultOutputRoot()
    QList<DatasetSpec> datasets;
    QStringList readPaths; // files or folders user code may read besides the datasets
    QString workdir;       // the cell's working folder; empty: the output folder
    Profile profile;       // the sandbox policy; an empty profile is loaded as "default"
    QString workerProgram; // empty: paths::workerExecutable()
    QString context = QLatin1String(WorkerContext::Cli); // a WorkerContext value
};

// Where a cell's code came from, for its provenance (and the "llm_first_run" review trigger).
struct CodeSource
{
    QString origin = CodeOrigin::Typed;
    QString llmModel;
    QString promptSha256;
    QString endpointHost; // the model server's host:port (llm only)
};

class SessionRunner : public QObject
{
    Q_OBJECT

public:
    SessionRunner(RunStore &store, SessionConfig config, QObject *parent = nullptr);
    ~SessionRunner() override;

    // Records the session, prepares the output folder and starts the worker; datasets load in the
    // background (datasetsLoaded tells when). False with a readable reason when it cannot.
    bool start(QString *error);

    // Queues a cell; cells run one after another in the order they were queued. A cell the
    // profile's review triggers flag is recorded as pending_review and does not run until a
    // reviewer approves exactly this code (then it runs the next time it is submitted).
    // keepOnError: this cell's own choice (serve's "on_error"); empty: the session's setting.
    void run(int cellIndex, const QString &code, int timeoutMs = 0,
             const CodeSource &source = CodeSource(),
             std::optional<bool> keepOnError = std::nullopt);
    // When on, a cell that waits for review runs by itself as soon as a reviewer (in this
    // process or another) approves it; a rejection ends its wait (reviewRejected). Off by
    // default: a script or an agent resubmits instead.
    void setRunWhenApproved(bool on);
    // Off by default: a cell that fails rolls back. On: what a cell did before an ordinary
    // exception (status error) is kept, as Jupyter does, and undo can still go back before it.
    // Refusals, limits, interruptions and tampering always roll back. Applies to cells started
    // from now on.
    void setKeepStateOnError(bool on) { m_keepStateOnError = on; }
    bool keepsStateOnError() const { return m_keepStateOnError; }
    int waitingForReview() const { return int(m_waiting.size()); }
    // Returns the session's variables to before the last cell that ended ok.
    void undo();
    // Stops the running cell; it ends "interrupted" and its changes are rolled back.
    void interrupt();
    // Drops the cells that have not started; returns how many.
    int cancelQueued();
    // A read-only request to the worker (variables, table); answered by queryAnswered().
    quint64 query(const QJsonObject &request);
    // A query that must not wait behind a cell (the editor's `complete` and `help`): sent only
    // when the worker is armed and has nothing open; else 0 and nothing is sent.
    quint64 queryIfIdle(const QJsonObject &request);
    // Starts over: no variables, the datasets loaded again. A live worker forks the fresh session
    // from its template (milliseconds); otherwise a new worker starts.
    void reset();
    // Lets user code read the file or folder from now on. Landlock zones only ever narrow, so this
    // starts a fresh worker: the variables are gone (the datasets load again).
    void allowReading(const QString &path);
    // Registers another dataset mid-session and loads it in the current worker.
    void addDataset(const DatasetSpec &dataset);

    bool isIdle() const { return !m_current && m_queue.isEmpty(); }
    // A dataset's hash for the runs' provenance is being computed in the background; cells wait.
    bool isHashingInputs() const { return !m_hashing.isEmpty(); }
    qint64 sessionId() const { return m_sessionId; }
    const QString &outputDir() const { return m_outputDir; }
    const QList<DatasetSpec> &datasets() const { return m_config.datasets; }
    const Profile &profile() const { return m_config.profile; }
    // What each sandbox layer reported when the current worker was armed.
    const QJsonObject &sandboxLayers() const { return m_layers; }
    WorkerClient::State workerState() const;
    qint64 workerProcessId() const;
    QString pythonVersion() const;

Q_SIGNALS:
    // Once per worker start, after every dataset answered; errors name each file that failed.
    void datasetsLoaded(const QStringList &errors);
    // Once per worker start and per reset: the sandbox is armed and the session is fresh (ok), or
    // it could not be armed (the worker is unusable).
    void sandboxReady(bool ok, const QJsonObject &layers, const QString &message);
    void runStarted(int cellIndex);
    // Live output of the running cell (WorkerClient::outputArrived): display only, the run's
    // record is runFinished's.
    void cellOutput(int cellIndex, const QString &stream, const QString &text);
    // recorded is false when the store could not keep the run (the reason is in storeError).
    void runFinished(const sandbench::RunRecord &run, bool recorded, const QString &storeError);
    void idle();
    void undoFinished(bool ok, const QString &message);
    void queryAnswered(quint64 requestId, const QJsonObject &reply, const QByteArray &payload);
    void workerStateChanged(sandbench::WorkerClient::State state);
    // A cell waiting for review (setRunWhenApproved) was approved: it is queued now, right after
    // this signal, so a listener can queue its own record of the cell in the same order.
    void reviewApproved(qint64 runId, const sandbench::ReviewDecision &decision);
    // A cell waiting for review (setRunWhenApproved) was rejected; it will not run.
    void reviewRejected(qint64 runId, const sandbench::ReviewDecision &decision);

private:
    struct PendingCell
    {
        int cellIndex = 0;
        QString code;
        int timeoutMs = 0; // 0: the profile's limit
        CodeSource source;
        std::optional<bool> keepOnError; // empty: the session's setting when the cell starts
    };
    struct WaitingCell
    {
        PendingCell cell;
        qint64 runId = 0;
        ReviewBinding binding;
        qint64 seenDecision = 0; // decisions up to this id were made before the cell waited
    };

    void startWorker();
    // A new worker process; while a cell runs, once it has answered.
    void restartWorker();
    void onResetDone(bool ok, const QString &message);
    void loadDatasets();
    void runNext();
    void onCellFinished(quint64 requestId, const CellResult &result);
    void onDatasetLoaded(quint64 requestId, bool ok, const QString &message);
    void onWorkerFailed(const QString &message);
    void onConfigured(bool ok, const QJsonObject &layers, const QString &message);
    QJsonObject configureRequest() const;
    bool saveFigures(RunRecord &run, QString *error) const;
    // The provenance known before the cell runs: code hash and origin, inputs, limits.
    RunRecord draftRun(const PendingCell &cell);
    // True when every dataset's hash is in the cache; else starts hashing the missing ones on
    // a background thread (onInputHashed() then runs the queue again).
    bool inputsHashed();
    void onInputHashed(const QString &key, InputFile input, const std::optional<QString> &sha256);
    QList<Violation> appReviewReasons(const PendingCell &cell, const Profile &effective,
                                      const RunRecord &draft);
    Profile effectiveProfile(const PendingCell &cell) const;
    void holdForReview(const QList<Violation> &reasons);
    QJsonObject environment(const CellResult &result, const Profile &effective) const;
    void pollReviews();
    QString workerSha256();

    RunStore &m_store;
    SessionConfig m_config;
    QString m_outputDir;
    QString m_figureDir; // outside every zone of the worker: no cell can change a figure
    qint64 m_sessionId = 0;
    std::unique_ptr<WorkerClient> m_worker;
    QQueue<PendingCell> m_queue;
    std::optional<PendingCell> m_current;
    quint64 m_currentRequest = 0;
    QDateTime m_currentStarted;
    QList<quint64> m_datasetRequests;
    QStringList m_datasetErrors;
    QJsonObject m_layers;
    bool m_configured = false;      // the current worker's sandbox is armed: cells may run
    QString m_sandboxError;         // why it could not be armed; cells then fail closed
    bool m_restartWhenIdle = false; // allowReading() came while a cell ran

    FileHashCache m_hashes;
    QSet<QString> m_hashing;    // "path|size|mtime" of files being hashed in the background
    QSet<QString> m_hashFailed; // ... and of those that could not be read
    ReviewQueue m_reviews;
    RunRecord m_draft;                        // provenance of the running cell so far
    std::optional<ReviewDecision> m_decision; // the decision covering the running cell
    OutputSnapshot m_outputsBefore;
    struct StateRun
    {
        qint64 runId = 0;
        quint64 requestId = 0; // the execute request that ran it (PROTOCOL.md "restored_to")
    };
    QList<StateRun> m_stateRuns; // runs the worker's state derives from, oldest first
    bool m_keepStateOnError = false;
    bool m_currentKeepsOnError = false; // what the running cell's request asked
    QList<WaitingCell> m_waiting;
    QTimer m_reviewPoll;
    bool m_runWhenApproved = false;
    QString m_workerSha256;
};

} // namespace sandbench
