// `sandbench run`: runs a percent-format script's cells in one session, headless.
#pragma once

#include "notebook.h"
#include "runstore.h"
#include "sessionrunner.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace sandbench::cli {

class RunCommand : public QObject
{
    Q_OBJECT

public:
    explicit RunCommand(QObject *parent = nullptr);
    ~RunCommand() override;

    // Parses arguments (after "run") and starts; returns an exit status when it is done at once
    // (help, an error), or -1 when the event loop must run until finished() says so.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onDatasetsLoaded(const QStringList &errors);
    void onRunFinished(const sandbench::RunRecord &run, bool recorded, const QString &storeError);
    void onNotebookIdle();
    void printText(const RunRecord &run);
    void printJson(const RunRecord &run, bool recorded, const QString &storeError);
    void finish(int code);
    void onInterrupt();

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    // Text mode: what the running cell printed so far, as it came (live output); the run's
    // record then adds only what did not stream.
    QString m_streamedStdout;
    QString m_streamedStderr;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_runner;
    // The script's cells, run in order through the session; after m_runner, so that it goes
    // first.
    std::unique_ptr<Notebook> m_notebook;
    QList<RunStatus> m_statuses;
    QList<qint64> m_pendingRuns; // runs that wait for review, reported at the end
    CodeSource m_source;
    bool m_cellsQueued = false;
    bool m_storeFailed = false;
    bool m_finished = false;
    bool m_interrupted = false;
    std::unique_ptr<class InterruptWatcher> m_interruptWatcher;
};

} // namespace sandbench::cli
