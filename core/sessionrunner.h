// One analysis session: a worker, its datasets, an output folder, and every run recorded in the
// store. Runs cells in order; a worker that dies is recorded as a crashed run and replaced by a
// fresh one with the datasets loaded again, so the next cell still runs.
#pragma once

#include "datasetspec.h"
#include "runrecord.h"
#include "runstore.h"
#include "workerclient.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <memory>

namespace sandbench {

struct SessionConfig
{
    QString origin;    // the script or notebook, for the record; may be empty
    QString outputDir; // empty: a new folder below paths::defaultOutputRoot()
    QList<DatasetSpec> datasets;
    QString workerProgram; // empty: paths::workerExecutable()
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

    // Queues a cell; cells run one after another in the order they were queued.
    void run(int cellIndex, const QString &code);
    // Registers another dataset mid-session and loads it in the current worker.
    void addDataset(const DatasetSpec &dataset);

    bool isIdle() const { return !m_current && m_queue.isEmpty(); }
    qint64 sessionId() const { return m_sessionId; }
    const QString &outputDir() const { return m_outputDir; }
    const QList<DatasetSpec> &datasets() const { return m_config.datasets; }
    WorkerClient::State workerState() const;
    qint64 workerProcessId() const;
    QString pythonVersion() const;

Q_SIGNALS:
    // Once per worker start, after every dataset answered; errors name each file that failed.
    void datasetsLoaded(const QStringList &errors);
    void runStarted(int cellIndex);
    // recorded is false when the store could not keep the run (the reason is in storeError).
    void runFinished(const sandbench::RunRecord &run, bool recorded, const QString &storeError);
    void idle();
    void workerStateChanged(sandbench::WorkerClient::State state);

private:
    struct PendingCell
    {
        int cellIndex = 0;
        QString code;
    };

    void startWorker();
    void loadDatasets();
    void runNext();
    void onCellFinished(quint64 requestId, const CellResult &result);
    void onDatasetLoaded(quint64 requestId, bool ok, const QString &message);
    void onWorkerFailed(const QString &message);
    bool saveFigures(RunRecord &run, QString *error) const;

    RunStore &m_store;
    SessionConfig m_config;
    QString m_outputDir;
    qint64 m_sessionId = 0;
    std::unique_ptr<WorkerClient> m_worker;
    QQueue<PendingCell> m_queue;
    std::optional<PendingCell> m_current;
    quint64 m_currentRequest = 0;
    QDateTime m_currentStarted;
    QList<quint64> m_datasetRequests;
    QStringList m_datasetErrors;
};

} // namespace sandbench
