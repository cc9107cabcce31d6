// One analysis session: a worker, its datasets, an output folder, and every run recorded in the
// store. Runs cells in order; a worker that dies is recorded as a crashed run and replaced by a
// fresh one with the datasets loaded again, so the next cell still runs.
#pragma once

#include "cellrun.h"
#include "datasetspec.h"
#include "filehashcache.h"
#include "nextsteps.h"
#include "outputsnapshot.h"
#include "profile.h"
#include "queryreply.h"
#include "reviewqueue.h"
#include "runrecord.h"
#include "runstore.h"
#include "storethread.h"
#include "workerclient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace sandbench {

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

class SessionRunner : public QObject
{
    Q_OBJECT

public:
    // The command line: the store is used inline, on this thread.
    SessionRunner(RunStore &store, SessionConfig config, QObject *parent = nullptr);
    // The window: every store call runs on the store's thread and answers by value; the session
    // goes on when the answer arrives. The store must outlive the session.
    SessionRunner(StoreThread &store, SessionConfig config, QObject *parent = nullptr);
    ~SessionRunner() override;

    // Records the session, prepares the output folder and starts the worker; datasets load in the
    // background (datasetsLoaded tells when). False with a readable reason when it cannot.
    bool start(QString *error);

    // Queues a cell; cells run one after another in the order they were submitted. The returned
    // run is the caller's handle on this one cell (status, live output, record, interrupt); the
    // session owns it until it has finished (cellrun.h). A cell the profile's review triggers
    // flag is recorded as pending_review and does not run until a reviewer approves exactly this
    // code (setRunWhenApproved; else it runs the next time it is submitted).
    CellRun *submit(const CellRequest &request);
    // When on, a cell that waits for review stays WaitingForReview and runs by itself as soon as
    // a reviewer (in this process or another) approves it; a rejection ends its wait
    // (CellRun::rejected). Off by default: the run finishes held, a script or an agent
    // resubmits instead. A run's own RunOptions::reviewWaitMs overrides this.
    void setRunWhenApproved(bool on);
    // Off by default: a cell that fails rolls back. On: what a cell did before an ordinary
    // exception (status error) is kept, as Jupyter does, and undo can still go back before it.
    // Refusals, limits, interruptions and tampering always roll back. Applies to cells started
    // from now on.
    void setKeepStateOnError(bool on) { m_keepStateOnError = on; }
    bool keepsStateOnError() const { return m_keepStateOnError; }
    int waitingForReview() const { return int(m_waiting.size()); }
    // Returns the session's variables to before the last cell that ended ok. The answer comes by
    // the returned reply's finished() (never null; the session owns it, queryreply.h); every undo
    // is also told to observers by undoFinished().
    ActionReply *undo();
    // The runs submitted and not finished, in the order they were submitted.
    QList<CellRun *> openRuns() const;
    // A read-only request to the worker (variables, table, summary, export_view, check,
    // view_code); its answer comes by the returned reply's finished() (queryreply.h: the session
    // owns the reply and deletes it after finished()). Never null: a session without a worker
    // answers with an error.
    QueryReply *query(const QJsonObject &request);
    // A query that must not wait behind a cell (the editor's `complete` and `help`): sent only
    // when the worker is armed and has nothing open; else nullptr and nothing is sent.
    QueryReply *queryIfIdle(const QJsonObject &request);
    // Typed requests, so that callers build no protocol JSON of their own.
    QueryReply *queryVariables();
    // A page of a frame's rows; limit 0 asks for the header (columns) only.
    QueryReply *queryTablePage(const QString &name, qint64 offset, int limit);
    // Starts over: no variables, the datasets loaded again. A live worker forks the fresh session
    // from its template (milliseconds); otherwise a new worker starts. The returned reply
    // finishes once the fresh session is armed (or could not be); never null.
    ActionReply *reset();
    // Lets user code read the file or folder from now on. Landlock zones only ever narrow, so this
    // starts a fresh worker: the variables are gone (the datasets load again).
    void allowReading(const QString &path);
    // The dataset as this session registers it: larger than memory when the profile's
    // datasets.lazy_above_mb is set and the file is larger (issue 18); else unchanged.
    DatasetSpec decided(DatasetSpec dataset) const;
    void recordDataset(const DatasetSpec &dataset);
    // Loads the dataset NAME again, whole (pandas) or in blocks (dask); recorded with the session.
    bool setLazy(const QString &name, bool lazy);
    // Registers another dataset mid-session and loads it in the current worker.
    void addDataset(const DatasetSpec &dataset);
    // Loads the dataset NAME again, with its ISO date columns as dates or as text; the choice is
    // recorded with the session (the exported script reads the file the same way).
    bool setIsoDates(const QString &name, bool isoDates);

    bool isIdle() const { return !m_current && !m_recording && m_queue.isEmpty(); }
    // A dataset's hash for the runs' provenance is being computed in the background; cells wait.
    bool isHashingInputs() const { return !m_hashing.isEmpty(); }
    qint64 sessionId() const { return m_sessionId; }
    const QString &outputDir() const { return m_outputDir; }
    // Where the user is (a WorkerContext value): the next steps its messages name.
    const QString &context() const { return m_config.context; }
    const QList<DatasetSpec> &datasets() const { return m_config.datasets; }
    const Profile &profile() const { return m_config.profile; }
    // The llm_first_run review this code would meet if it ran now as a cell from source: model
    // code that has never run, under a profile with the trigger on (the live check shows it).
    // The answer comes to done on receiver's thread: whether the code has run is the store's to
    // say, asked on the store's thread.
    void llmFirstRunReason(const QString &code, const CodeSource &source, QObject *receiver,
                           std::function<void(std::optional<Violation>)> done);
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
    // Every run this session recorded (or failed to record), for observers of the whole session
    // (the history); whoever submitted a cell listens to its CellRun instead. recorded is false
    // when the store could not keep the run (the reason is in storeError).
    void runFinished(const sandbench::RunRecord &run, bool recorded, const QString &storeError);
    void idle();
    void undoFinished(bool ok, const QString &message);
    void workerStateChanged(sandbench::WorkerClient::State state);

private:
    friend class CellRun;
    // CellRun::interrupt(): drops a queued or waiting run, interrupts a running one.
    void interruptRun(CellRun *run);
    // Finishes a run that never reached the worker (interrupted while queued).
    void cancelRun(CellRun *run);
    // A run waiting for review stops waiting and finishes with its pending_review record; false
    // when it was not waiting.
    bool endReviewWait(CellRun *run);
    // Whether a run held for review waits for a decision (RunOptions::reviewWaitMs, else
    // setRunWhenApproved) or finishes held.
    bool waitsForReview(const CellRun &run) const;
    void answerQuery(quint64 requestId, const QJsonObject &reply, const QByteArray &payload);
    // Answers every open query with an error: their worker is gone and will not answer.
    void failOpenQueries(const QString &message);
    // Answers the resets waiting for the session to be armed.
    void finishResets(bool ok, const QString &message);
    QueryReply *sendQuery(const QJsonObject &request, bool onlyIfIdle);

    struct WaitingCell
    {
        CellRun *run = nullptr;
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
    // The queue's head waits for the sandbox or the inputs' hashes.
    void markHeadWaiting();
    void onCellFinished(quint64 requestId, const CellResult &result);
    void onDatasetLoaded(quint64 requestId, bool ok, const QString &message);
    void onWorkerFailed(const QString &message);
    void onConfigured(bool ok, const QJsonObject &layers, const QString &message);
    QJsonObject configureRequest() const;
    // What the store answers before a cell may run: its inputs' hashes, the decision covering
    // it, whether its code ever ran.
    struct Prepared
    {
        RunRecord draft;                       // with its inputs described
        QHash<QString, QString> learnedHashes; // inputs hashed while preparing ("path|size|mtime")
        OutputSnapshot outputsBefore;
        std::optional<ReviewDecision> decision;
        bool codeHasRun = false;
    };
    void prepare(CellRun *cell);
    void startPrepared(Prepared prepared);
    // The rest of onCellFinished once the store has answered.
    void onRecorded(CellRun *cell, RunRecord run, bool recorded, const QString &storeError,
                    quint64 requestId, std::optional<quint64> restoredTo);
    // Runs on the store's thread: stages the figures, records the run, copies its outputs.
    static bool recordWithFigures(RunStore &store, RunRecord &run, const QString &figureDir,
                                  const QString &outputDir, QString *storeError);
    // Inputs described from the hashes known in memory (filled through the store's cache); a
    // file that changed since is hashed now (learned). Touches the disk: runs on the store's
    // thread (inline on the command line), never on the window's.
    static QList<InputFile> describeInputs(const QList<DatasetSpec> &datasets,
                                           const QHash<QString, QString> &known,
                                           QHash<QString, QString> *learned, QString *problems);
    // Where a draft's inputs come from: described later, off this thread (prepare()), or the
    // last prepared run's (a run that never reaches the worker: no disk access for it).
    enum class InputsFrom
    {
        Later,
        LastRun
    };
    // The provenance known before the cell runs: code hash and origin, limits (and inputs).
    RunRecord draftRun(const CellRun &cell, InputsFrom inputsFrom);
    // True when every dataset's hash is in the cache; else starts hashing the missing ones on
    // a background thread (onInputHashed() then runs the queue again).
    bool inputsHashed();
    void onInputHashed(const QString &key, InputFile input, const std::optional<QString> &sha256);
    QList<Violation> appReviewReasons(const CellRun &cell, const Profile &effective,
                                      bool codeHasRun);
    std::optional<Violation> llmFirstRunReason(const Profile &effective, bool codeHasRun,
                                               const CodeSource &source) const;
    Profile effectiveProfile(const CellRun &cell) const;
    void holdForReview(const QList<Violation> &reasons);
    QJsonObject environment(const CellResult &result, const Profile &effective) const;
    void pollReviews();
    void resolveWaiting(const WaitingCell &waiting, const ReviewDecision &decision);
    QString workerProgram() const;

    std::unique_ptr<StoreThread> m_inlineStore; // the command line's store, used inline
    StoreThread &m_store;
    SessionConfig m_config;
    QString m_outputDir;
    QString m_figureDir; // outside every zone of the worker: no cell can change a figure
    qint64 m_sessionId = 0;
    std::unique_ptr<WorkerClient> m_worker;
    QQueue<CellRun *> m_queue;    // submitted, not started; children of this session
    CellRun *m_current = nullptr; // sent to the worker (or being held), until it is recorded
    QHash<quint64, QPointer<QueryReply>> m_queries; // open queries by request id
    QHash<quint64, QPointer<ActionReply>> m_undos;  // open undos by request id
    QList<QPointer<ActionReply>> m_resets;          // resets waiting for a fresh, armed session
    bool m_runNextQueued = false;
    quint64 m_currentRequest = 0;
    QDateTime m_currentStarted;
    QList<quint64> m_datasetRequests;
    QStringList m_datasetErrors;
    QJsonObject m_layers;
    bool m_configured = false;      // the current worker's sandbox is armed: cells may run
    QString m_sandboxError;         // why it could not be armed; cells then fail closed
    bool m_restartWhenIdle = false; // allowReading() came while a cell ran

    QHash<QString, QString> m_knownHashes; // "path|size|mtime" -> sha256, from the store's cache
    QString m_hashProblem;      // the hash cache's trouble, told in the next run's provenance
    QSet<QString> m_hashing;    // "path|size|mtime" of files being hashed in the background
    QSet<QString> m_hashFailed; // ... and of those that could not be read
    RunRecord m_draft;          // provenance of the running cell so far
    std::optional<ReviewDecision> m_decision; // the decision covering the running cell
    OutputSnapshot m_outputsBefore;
    QList<InputFile> m_lastInputs; // the inputs the last prepared run was described with
    struct StateRun
    {
        qint64 runId = 0;
        quint64 requestId = 0; // the execute request that ran it (PROTOCOL.md "restored_to")
    };
    QList<StateRun> m_stateRuns; // runs the worker's state derives from, oldest first
    bool m_keepStateOnError = false;
    bool m_currentKeepsOnError = false; // what the running cell's request asked
    QList<WaitingCell> m_waiting;
    bool m_preparing = false; // the store is answering for the queue's head
    bool m_recording = false; // the store is recording the last run: the next one waits for it
    bool m_pollingReviews = false;
    bool m_runWhenApproved = false;
    QString m_workerSha256; // the worker executable's hash (its build id), once known
};

} // namespace sandbench
