// `sandbench export` (a session as a re-runnable .py or a Jupyter .ipynb), `sandbench import`
// (a notebook as a percent-format script) and `sandbench replay` (a session re-run in a fresh
// sandbox, compared with its record).
#pragma once

#include "runstore.h"
#include "sessionexport.h"
#include "sessionrunner.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace sandbench::cli {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();
    int run(const QStringList &arguments); // what follows "export"

    // Writes the session to path: a notebook when it ends in .ipynb, else the Python script.
    static bool write(const SessionExport &session, const QString &path, QString *error);

private:
    QTextStream m_out;
};

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();
    int run(const QStringList &arguments); // what follows "import"

private:
    QTextStream m_out;
};

class ReplayCommand : public QObject
{
    Q_OBJECT

public:
    explicit ReplayCommand(QObject *parent = nullptr);
    ~ReplayCommand() override;

    // As RunCommand::start: an exit status when done at once, -1 while the event loop must run.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onDatasetsLoaded(const QStringList &errors);
    void onRunFinished(int index, const sandbench::RunRecord &run);
    QStringList differences(const RunRecord &recorded, const RunRecord &now) const;
    void report();

    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<RunStore> m_store;
    std::optional<SessionExport> m_session;
    std::unique_ptr<SessionRunner> m_runner;
    QList<RunRecord> m_replayed; // by the index of the kept run each one repeats
    qsizetype m_replayedCount = 0;
    bool m_started = false;
};

} // namespace sandbench::cli
