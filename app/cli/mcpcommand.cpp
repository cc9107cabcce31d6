#include "mcpcommand.h"

#include "mcp/jsonrpcchannel.h"
#include "mcp/mcpprotocol.h"
#include "mcp/mcpresources.h"
#include "mcp/mcpsession.h"
#include "mcp/mcptools.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace sandbench::cli {
namespace {

const QString kCommand = QStringLiteral("sandbench mcp");
// The longest --wait-for-review: a day. A client's own request timeout is usually far shorter.
constexpr int kMaxReviewWaitSeconds = 24 * 60 * 60;

// SIGTERM and SIGINT end the server as the end of input does (the running cell is interrupted
// and recorded). A signal handler can only write to a pipe: its write end lives here because a
// handler has no object to reach.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The command line a client should start: every path absolute, since a client starts servers
// from a folder of its own.
QJsonObject clientConfig(const QCommandLineParser &parser, const SessionConfig &config,
                         const QString &databasePath, const QString &reviewWait)
{
    QJsonArray args{QStringLiteral("mcp")};
    args.append(QStringLiteral("--db"));
    args.append(absolute(databasePath));
    for (const DatasetSpec &dataset : config.datasets) {
        args.append(QStringLiteral("--data"));
        args.append(QString(dataset.name + QLatin1Char('=') + dataset.path));
    }
    for (const QString &path : config.readPaths) {
        args.append(QStringLiteral("--read"));
        args.append(path);
    }
    if (parser.isSet(QStringLiteral("force-read")))
        args.append(QStringLiteral("--force-read"));
    if (!config.outputDir.isEmpty()) {
        args.append(QStringLiteral("--out"));
        args.append(absolute(config.outputDir));
    }
    if (!config.workdir.isEmpty()) {
        args.append(QStringLiteral("--workdir"));
        args.append(config.workdir);
    }
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString profile = parser.value(QStringLiteral("profile"));
        args.append(QStringLiteral("--profile"));
        // A name stays a name (found in the profile folders); a file becomes absolute.
        args.append(QFileInfo::exists(profile) ? absolute(profile) : profile);
    }
    for (const char *option : {"timeout", "memory", "snapshots"}) {
        if (parser.isSet(QLatin1String(option))) {
            args.append(QString(QStringLiteral("--") + QLatin1String(option)));
            args.append(parser.value(QLatin1String(option)));
        }
    }
    if (!reviewWait.isEmpty()) {
        args.append(QStringLiteral("--wait-for-review"));
        args.append(reviewWait);
    }
    return QJsonObject{{QStringLiteral("mcpServers"),
                        QJsonObject{{QStringLiteral("sandbench"),
                                     QJsonObject{{QStringLiteral("command"),
                                                  QCoreApplication::applicationFilePath()},
                                                 {QStringLiteral("args"), args}}}}}};
}

} // namespace

McpCommand::McpCommand(QObject *parent) : QObject(parent), m_out(stdout) {}

McpCommand::~McpCommand()
{
    // The tools and resources refer to the protocol and the session: they go first.
    m_resources.reset();
    m_tools.reset();
    m_protocol.reset();
    m_channel.reset();
    m_session.reset();
}

int McpCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves one sandboxed session as a Model Context Protocol (MCP) server on standard "
           "input and output, for agents such as Claude Desktop, Claude Code or VS Code. Tools: "
           "run_python, check_code, list_variables, describe_table, read_table, list_datasets, "
           "undo, reset_session, show_run; resources: the datasets, each run's provenance and "
           "figures. Runs are recorded with origin llm and the client as the model. No tool "
           "approves a review. See README.md, \"MCP server\"."));
    parser.addHelpOption();
    const SessionOptions sessionOptions;
    sessionOptions.addTo(parser);
    const QCommandLineOption waitOption(
        QStringList{QStringLiteral("wait-for-review")},
        tr("A run held for review waits up to SECONDS for a reviewer's decision (in the window "
           "or with 'sandbench review'), then runs or returns the rejection. Default 0: the "
           "agent hears at once that the run waits."),
        tr("SECONDS"));
    const QCommandLineOption printConfigOption(
        QStringList{QStringLiteral("print-config")},
        tr("Print the configuration block an MCP client needs to start this server with these "
           "options (absolute paths), and exit."));
    parser.addOption(waitOption);
    parser.addOption(printConfigOption);
    if (const auto done = parseCommand(parser, kCommand, arguments, m_out))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(kCommand,
                          tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    int reviewWaitSeconds = 0;
    if (parser.isSet(waitOption)) {
        bool ok = false;
        reviewWaitSeconds = parser.value(waitOption).toInt(&ok);
        if (!ok || reviewWaitSeconds < 0 || reviewWaitSeconds > kMaxReviewWaitSeconds)
            return usageError(kCommand, tr("--wait-for-review %1: give whole seconds from 0 to %2")
                                            .arg(parser.value(waitOption))
                                            .arg(kMaxReviewWaitSeconds));
    }
    SessionConfig config;
    QString databasePath;
    QString error;
    if (!sessionOptions.read(parser, config, databasePath, &error))
        return usageError(kCommand, error);
    if (parser.isSet(printConfigOption)) {
        m_out << QJsonDocument(
                     clientConfig(parser, config, databasePath,
                                  parser.isSet(waitOption) ? parser.value(waitOption) : QString()))
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
        return ExitCode::Ok;
    }
    config.origin = QStringLiteral("mcp");
    // The same start options as serve: refusals name them (--read) the same way.
    config.context = QLatin1String(WorkerContext::Serve);
    m_store = RunStore::open(databasePath, &error);
    if (!m_store) {
        QTextStream(stderr) << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    m_session = std::make_unique<mcp::McpSession>(*m_store, config);
    m_session->setReviewWait(reviewWaitSeconds * 1000);
    connect(m_session.get(), &mcp::McpSession::sandboxFailed, this, [this](const QString &message) {
        QTextStream(stderr) << kCommand << QStringLiteral(": ")
                            << tr("the sandbox could not be set up: %1").arg(message) << Qt::endl;
        stop(ExitCode::Software);
    });
    if (!m_session->start(&error)) {
        QTextStream(stderr) << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }

    m_channel = std::make_unique<mcp::JsonRpcChannel>(STDIN_FILENO, STDOUT_FILENO);
    const QJsonObject capabilities{
        {QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), false}}},
        {QStringLiteral("resources"), QJsonObject{{QStringLiteral("listChanged"), true}}}};
    m_protocol = std::make_unique<mcp::McpProtocol>(
        *m_channel,
        mcp::McpProtocol::ServerInfo{
            QStringLiteral("sandbench"), QStringLiteral("Sandbench"),
            QCoreApplication::applicationVersion(),
            tr("Python runs here in a sandbox on the analyst's own datasets, one notebook "
               "session: variables persist between run_python calls, every run is recorded. "
               "Code the policy flags waits for a person's review; no tool can approve it. "
               "list_datasets names the loaded DataFrames.")},
        capabilities);
    m_tools = std::make_unique<mcp::McpTools>(*m_protocol, *m_session);
    m_resources = std::make_unique<mcp::McpResources>(*m_protocol, *m_session);
    connect(m_protocol.get(), &mcp::McpProtocol::inputClosed, this, [this] { stop(ExitCode::Ok); });

    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_signals = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        connect(m_signals.get(), &QSocketNotifier::activated, this, [this] {
            char drain[16];
            while (::read(g_signalPipe[0], drain, sizeof drain) > 0) {
            }
            stop(ExitCode::Ok);
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
    // A client that has gone must not kill the server mid-record with SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    m_channel->open();
    return -1;
}

void McpCommand::stop(int exitCode)
{
    if (std::exchange(m_stopping, true))
        return;
    m_channel->stopReading();
    // The running cell is interrupted and recorded (rolled back) before the process ends, so no
    // worker outlives the server and no run is lost.
    m_session->shutdown([this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace sandbench::cli
