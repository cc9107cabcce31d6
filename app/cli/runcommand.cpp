#include "runcommand.h"

#include "ipynb.h"
#include "runjson.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace sandbench::cli {
namespace {

const QString kCommand = QStringLiteral("sandbench run");

// The write end of the self-pipe the SIGINT handler signals through: a signal handler can reach
// nothing but static storage, and there is one terminal per process.
int g_interruptPipe = -1; // NOLINT

void onSigint(int)
{
    const char byte = 'i';
    [[maybe_unused]] const ssize_t n = ::write(g_interruptPipe, &byte, 1);
}

} // namespace

// Turns Ctrl+C into a Qt signal on the event loop (the self-pipe trick).
class InterruptWatcher : public QObject
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_read = fds[0];
        g_interruptPipe = fds[1];
        m_notifier = std::make_unique<QSocketNotifier>(m_read, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, [this, onInterrupt] {
            char buffer[16];
            while (::read(m_read, buffer, sizeof buffer) > 0) {
            }
            onInterrupt();
        });
        struct sigaction action
        {
        };
        action.sa_handler = onSigint;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
    }
    ~InterruptWatcher() override
    {
        std::signal(SIGINT, SIG_DFL);
        if (m_read >= 0)
            ::close(m_read);
        if (g_interruptPipe >= 0)
            ::close(g_interruptPipe);
        g_interruptPipe = -1;
    }

private:
    int m_read = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

RunCommand::RunCommand(QObject *parent) : QObject(parent), m_out(stdout), m_err(stderr) {}

RunCommand::~RunCommand() = default;

int RunCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Runs the cells of a Python script (split on '# %%' lines) in one sandboxed session and "
        "records every run.\n\nExit status: 0 all cells ok, 1 a runtime error or crash, 2 a cell "
        "rejected or denied by policy, 3 a limit hit, 4 a cell waiting for review, 64 a usage "
        "error, 65 a dataset that cannot be loaded, 70 the worker cannot start, 73 the database "
        "or output folder cannot be written."));
    parser.addHelpOption();
    const SessionOptions sessionOptions;
    sessionOptions.addTo(parser);
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        tr("Print one JSON object per cell (JSON lines)."));
    parser.addOption(jsonOption);
    const QCommandLineOption originOption(
        QStringList{QStringLiteral("origin")},
        tr("Where the script's code came from, for its provenance: file (default), typed, "
           "pasted, llm or import."),
        tr("KIND"), CodeOrigin::File);
    const QCommandLineOption modelOption(QStringList{QStringLiteral("llm-model")},
                                         tr("With --origin llm: the model that suggested it."),
                                         tr("NAME"));
    const QCommandLineOption promptOption(
        QStringList{QStringLiteral("llm-prompt-sha256")},
        tr("With --origin llm: the SHA-256 of the prompt it answered."), tr("HEX"));
    const QCommandLineOption onErrorOption(
        QStringList{QStringLiteral("on-error")},
        tr("What a cell that raises an error leaves behind: rollback (default: the variables are "
           "as they were before it) or keep (what it did before the error stays, as in "
           "Jupyter). Refused cells and limits always roll back."),
        tr("rollback|keep"), QStringLiteral("rollback"));
    parser.addOptions({originOption, modelOption, promptOption, onErrorOption});
    parser.addPositionalArgument(
        QStringLiteral("SCRIPT.py"),
        tr("The script to run (a percent-format .py, or a Jupyter .ipynb)."));

    if (const auto done = parseCommand(parser, kCommand, arguments, m_out))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(kCommand,
                          tr("expected exactly one SCRIPT.py, got %1").arg(positional.size()));
    m_json = parser.isSet(jsonOption);
    m_source.origin = parser.value(originOption);
    if (!CodeOrigin::isKnown(m_source.origin))
        return usageError(
            kCommand,
            tr("--origin %1: use file, typed, pasted, llm or import").arg(m_source.origin));
    const QString onError = parser.value(onErrorOption);
    if (onError != QLatin1String("keep") && onError != QLatin1String("rollback"))
        return usageError(kCommand, tr("--on-error %1: use keep or rollback").arg(onError));
    m_source.llmModel = parser.value(modelOption);
    m_source.promptSha256 = parser.value(promptOption);

    SessionConfig config;
    QString databasePath;
    QString error;
    if (!sessionOptions.read(parser, config, databasePath, &error))
        return usageError(kCommand, error);

    const QString scriptPath = positional.first();
    const auto cells = readNotebookFile(scriptPath, &error);
    if (!cells)
        return usageError(kCommand, error);
    // A script's cells all run and are all reported, whatever one of them did, numbered
    // [cell 1], [cell 2]... in the script's order (blank ones too).
    m_notebook = std::make_unique<Notebook>();
    Notebook::Policy policy;
    policy.stopOnFailure = false;
    policy.skipBlankCells = false;
    policy.reuseDroppedNumbers = false;
    m_notebook->setPolicy(policy);
    m_notebook->setCodeSource(m_source);
    m_notebook->cells()->setNotebook(*cells);
    config.origin = QFileInfo(scriptPath).absoluteFilePath();

    m_store = RunStore::open(databasePath, &error);
    if (!m_store) {
        m_err << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    m_runner = std::make_unique<SessionRunner>(*m_store, config);
    m_runner->setKeepStateOnError(onError == QLatin1String("keep"));
    connect(m_runner.get(), &SessionRunner::datasetsLoaded, this, &RunCommand::onDatasetsLoaded);
    connect(m_runner.get(), &SessionRunner::sandboxReady, this,
            [this](bool ok, const QJsonObject &, const QString &message) {
                if (!ok) {
                    m_err << kCommand << QStringLiteral(": ")
                          << tr("the sandbox could not be set up: %1").arg(message) << Qt::endl;
                    finish(ExitCode::Software);
                }
            });
    if (!m_runner->start(&error)) {
        m_err << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    return -1;
}

void RunCommand::onDatasetsLoaded(const QStringList &errors)
{
    if (m_cellsQueued)
        return; // a fresh worker after a crash loaded them again; failures show in its cells
    if (!errors.isEmpty()) {
        for (const QString &message : errors)
            m_err << kCommand << QStringLiteral(": ") << message << Qt::endl;
        finish(ExitCode::DataError);
        return;
    }
    m_cellsQueued = true;
    m_notebook->setSession(m_runner.get());
    if (!m_json) {
        // --json keeps one object per run; text shows the output as the cell prints it.
        connect(m_notebook.get(), &Notebook::cellOutput, this,
                [this](quint64, const QString &stream, const QString &text) {
                    const bool isStderr = stream == QLatin1String("stderr");
                    QTextStream &to = isStderr ? m_err : m_out;
                    (isStderr ? m_streamedStderr : m_streamedStdout) += text;
                    to << text;
                    to.flush();
                });
    }
    connect(m_notebook.get(), &Notebook::cellFinished, this,
            [this](quint64, const RunRecord &record, bool recorded, const QString &storeError) {
                onRunFinished(record, recorded, storeError);
            });
    connect(m_notebook.get(), &Notebook::busyChanged, this, [this](bool busy) {
        if (!busy)
            onNotebookIdle();
    });
    if (m_notebook->runAll() == 0) {
        m_err << kCommand << QStringLiteral(": ") << tr("the script has no code cells") << Qt::endl;
        finish(ExitCode::Ok);
        return;
    }
    m_interruptWatcher = std::make_unique<InterruptWatcher>([this] { onInterrupt(); });
}

void RunCommand::onInterrupt()
{
    if (m_interrupted) {
        // A second Ctrl+C: the user wants out now. The worker dies with this process.
        m_err << kCommand << QStringLiteral(": ") << tr("stopped") << Qt::endl;
        finish(130);
        return;
    }
    m_interrupted = true;
    // Each cell's own run is stopped: the later ones are dropped, the running one interrupted
    // (also when the worker has not said yet that it started).
    const int cancelled = m_notebook->queuedCount() - (m_notebook->runningCell() != 0 ? 1 : 0);
    m_err << kCommand << QStringLiteral(": ")
          << tr("interrupting the running cell; %n later cell(s) will not run (Ctrl+C again to "
                "stop at once)",
                "", cancelled)
          << Qt::endl;
    m_notebook->interrupt();
}

void RunCommand::onRunFinished(const RunRecord &run, bool recorded, const QString &storeError)
{
    // A cell Ctrl+C dropped before it ran has nothing to report (the notebook says nothing of it
    // here: it was not recorded).
    m_statuses.append(run.status);
    if (run.status == RunStatus::PendingReview && recorded)
        m_pendingRuns.append(run.id);
    if (!recorded) {
        m_storeFailed = true;
        m_err << kCommand << QStringLiteral(": ")
              << tr("cell %1 ran but was not recorded: %2").arg(run.cellIndex).arg(storeError)
              << Qt::endl;
    }
    if (m_json)
        printJson(run, recorded, storeError);
    else
        printText(run);
}

void RunCommand::onNotebookIdle()
{
    // Stopped before any cell ran: the run was interrupted all the same.
    const int code =
        exitCodeFor(m_statuses.isEmpty() && m_interrupted ? QList<RunStatus>{RunStatus::Interrupted}
                                                          : m_statuses);
    if (!m_pendingRuns.isEmpty()) {
        QStringList ids;
        for (qint64 id : std::as_const(m_pendingRuns))
            ids.append(QString::number(id));
        m_err << kCommand << QStringLiteral(": ")
              << tr("%n cell(s) wait for review: run %1. A reviewer approves with 'sandbench "
                    "review approve ID --note TEXT'; then run the script again.",
                    "", int(ids.size()))
                     .arg(ids.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    // README: the highest code that applies; a run that was not recorded is a store
    // failure (73) whatever the cells did.
    finish(m_storeFailed ? std::max(code, ExitCode::CantCreate) : code);
}

void RunCommand::printText(const RunRecord &run)
{
    m_out << tr("[cell %1] %2  %3 ms  (run %4, session %5)")
                 .arg(run.cellIndex)
                 .arg(runStatusName(run.status))
                 .arg(qRound64(run.durationMs))
                 .arg(run.id)
                 .arg(run.sessionId)
          << Qt::endl;
    // What streamed while the cell ran is not printed again: only the rest of the record (its
    // cut marker), or all of it when the record is not what streamed (a tampered reply's reason).
    const auto unstreamed = [](const QString &recorded, QString &streamed) {
        const QString rest =
            recorded.startsWith(streamed) ? recorded.mid(streamed.size()) : recorded;
        streamed.clear();
        return rest;
    };
    const QString stdoutRest = unstreamed(run.stdoutText, m_streamedStdout);
    const QString stderrRest = unstreamed(run.stderrText, m_streamedStderr);
    m_out << stdoutRest;
    if (!run.stdoutText.isEmpty() && !run.stdoutText.endsWith(QLatin1Char('\n')))
        m_out << Qt::endl;
    // Rich outputs as text (the window renders them): what display() showed, then the result.
    for (const RichOutput &output : run.richOutputs) {
        if (!output.isResult && !output.plain.isEmpty())
            m_out << output.plain << Qt::endl;
    }
    if (run.result)
        m_out << *run.result << Qt::endl;
    for (const Figure &figure : run.figures)
        m_out << tr("figure: %1").arg(figure.path) << Qt::endl;
    for (const Violation &v : run.violations)
        m_out << (v.layer == QLatin1String("review")
                      ? tr("  needs review (line %1, column %2, %3): %4 [%5]")
                      : tr("  refused at line %1, column %2 by the %3 layer: %4 [%5]"))
                     .arg(v.line)
                     .arg(v.col)
                     .arg(v.layer, v.message, v.rule)
              << Qt::endl;
    if (run.stateKeptOnError)
        m_out << tr("  (--on-error keep: what the cell did before the error was kept)") << Qt::endl;
    m_out.flush();
    if (!run.stderrText.isEmpty()) {
        m_err << stderrRest;
        if (!run.stderrText.endsWith(QLatin1Char('\n')))
            m_err << Qt::endl;
        m_err.flush();
    }
}

void RunCommand::printJson(const RunRecord &run, bool recorded, const QString &storeError)
{
    m_out << QJsonDocument(runToJson(run, recorded, storeError)).toJson(QJsonDocument::Compact)
          << Qt::endl;
}

void RunCommand::finish(int code)
{
    // The first reason to stop is the one the exit status reports.
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(code);
}

} // namespace sandbench::cli
