#include "servecommand.h"

#include "runjson.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <climits>
#include <fcntl.h>
#include <unistd.h>

namespace sandbench::cli {
namespace {

const QString kCommand = QStringLiteral("sandbench serve");
// A request line longer than this is refused (and skipped up to its newline), never buffered.
constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;

QJsonObject response(const QJsonValue &id, const QString &status)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
}

} // namespace

ServeCommand::ServeCommand(QObject *parent) : QObject(parent), m_out(stdout) {}

ServeCommand::~ServeCommand() = default;

int ServeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves one sandboxed session as a JSON-lines API on standard input and output: one "
           "request object per line, one response per request, each echoing the request's \"id\".\n"
           "Ops: execute (code, timeout), ask (question, endpoint, model, run, agent, "
           "max_steps), undo, interrupt, variables, table (name, offset, limit), reset, "
           "shutdown. See README.md."));
    parser.addHelpOption();
    const SessionOptions sessionOptions;
    sessionOptions.addTo(parser);
    const QCommandLineOption stdioOption(QStringList{QStringLiteral("stdio")},
                                         tr("Serve on standard input and output (required)."));
    parser.addOption(stdioOption);
    if (const auto done = parseCommand(parser, kCommand, arguments, m_out))
        return *done;
    if (!parser.isSet(stdioOption))
        return usageError(kCommand, tr("say how to serve: --stdio is the only transport"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(kCommand,
                          tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    SessionConfig config;
    QString databasePath;
    QString error;
    if (!sessionOptions.read(parser, config, databasePath, &error))
        return usageError(kCommand, error);
    config.origin = QStringLiteral("serve --stdio");
    config.context = QLatin1String(WorkerContext::Serve); // read folders are serve's start options
    m_store = RunStore::open(databasePath, &error);
    if (!m_store) {
        QTextStream(stderr) << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    m_runner = std::make_unique<SessionRunner>(*m_store, config);
    // Each execute is answered on its own, whatever the ones before it did; every number is
    // used once (a dropped execute's too), so a response's cell_index names one request.
    m_notebook = std::make_unique<Notebook>();
    Notebook::Policy policy;
    policy.stopOnFailure = false;
    policy.skipBlankCells = false;
    policy.reuseDroppedNumbers = false;
    m_notebook->setPolicy(policy);
    m_notebook->setSession(m_runner.get());
    connect(m_notebook.get(), &Notebook::cellOutput, this,
            [this](quint64 cellId, const QString &stream, const QString &text) {
                if (!m_progress.contains(cellId))
                    return;
                respond({{QStringLiteral("id"), m_executeIds.value(cellId)},
                         {QStringLiteral("progress"), QStringLiteral("output")},
                         {QStringLiteral("stream"), stream},
                         {QStringLiteral("text"), text}});
            });
    connect(m_notebook.get(), &Notebook::cellFinished, this, &ServeCommand::onExecuteDone);
    connect(m_notebook.get(), &Notebook::cellDropped, this,
            [this](quint64 cellId, const RunRecord &record) {
                onExecuteDone(cellId, record, false, QString());
            });
    connect(m_runner.get(), &SessionRunner::sandboxReady, this,
            [this](bool ok, const QJsonObject &, const QString &message) {
                // A reset's arming is answered by the reset's own reply; any other that fails
                // leaves nothing to serve.
                if (ok || m_openResets > 0)
                    return;
                QTextStream(stderr)
                    << kCommand << QStringLiteral(": ")
                    << tr("the sandbox could not be set up: %1").arg(message) << Qt::endl;
                Q_EMIT finished(ExitCode::Software);
            });
    if (!m_runner->start(&error)) {
        QTextStream(stderr) << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    ::fcntl(STDIN_FILENO, F_SETFL, ::fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
    m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_stdin.get(), &QSocketNotifier::activated, this, &ServeCommand::onReadable);
    return -1;
}

void ServeCommand::onReadable()
{
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n == 0) {
            // End of input: finish what was asked, then leave.
            m_stdin->setEnabled(false);
            m_inputClosed = true;
            finishWhenIdle();
            return;
        }
        if (n < 0)
            return; // EAGAIN: wait for more
        m_buffer.append(chunk, n);
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (m_discardingLongLine) {
                m_discardingLongLine = false;
                continue;
            }
            if (!line.trimmed().isEmpty())
                handleLine(line);
        }
        if (m_buffer.size() > kMaxLineBytes) {
            m_buffer.clear();
            if (!m_discardingLongLine)
                fail(QJsonValue(),
                     tr("request line longer than %1 bytes: refused").arg(kMaxLineBytes));
            m_discardingLongLine = true;
        }
    }
}

void ServeCommand::handleLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        fail(QJsonValue(), document.isNull() ? tr("not valid JSON: %1 at offset %2")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset)
                                             : tr("a request must be a JSON object"));
        return;
    }
    const QJsonObject request = document.object();
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QString op = request.value(QStringLiteral("op")).toString();
    const bool running = m_notebook->isBusy() || m_ask;
    static const QStringList ops = {QStringLiteral("execute"),   QStringLiteral("undo"),
                                    QStringLiteral("interrupt"), QStringLiteral("variables"),
                                    QStringLiteral("table"),     QStringLiteral("reset"),
                                    QStringLiteral("shutdown"),  QStringLiteral("complete"),
                                    QStringLiteral("help"),      QStringLiteral("ask")};
    if (!ops.contains(op)) {
        fail(id, op.isEmpty()
                     ? tr("the request has no \"op\"")
                     : tr("unknown op \"%1\"; known: %2").arg(op, ops.join(QStringLiteral(", "))));
        return;
    }
    if (m_shuttingDown) {
        fail(id, tr("the server is shutting down"));
        return;
    }

    if (op == QLatin1String("execute")) {
        const QJsonValue code = request.value(QStringLiteral("code"));
        if (!code.isString()) {
            fail(id, tr("execute needs \"code\" as a string"));
            return;
        }
        if (request.contains(QStringLiteral("memory_mb"))) {
            fail(id, tr("memory_mb can only be set when the server starts (--memory): a running "
                        "session's limit can be lowered by nobody, raised by nobody"));
            return;
        }
        int timeoutMs = 0;
        if (request.contains(QStringLiteral("timeout"))) {
            const double seconds = request.value(QStringLiteral("timeout")).toDouble(-1);
            // A limit too small to count in milliseconds used to mean "none" without a word.
            if (!(seconds >= kMinTimeoutSeconds && seconds <= kMaxTimeoutSeconds)) {
                fail(id, tr("\"timeout\" must be a number of seconds from %1 to %2 (a week)")
                             .arg(kMinTimeoutSeconds)
                             .arg(kMaxTimeoutSeconds));
                return;
            }
            timeoutMs = int(seconds * 1000);
        }
        CodeSource source;
        source.origin = request.value(QStringLiteral("origin")).toString(CodeOrigin::Typed);
        if (!CodeOrigin::isKnown(source.origin)) {
            fail(id, tr("\"origin\" must be typed, pasted, file, llm or import"));
            return;
        }
        source.llmModel = request.value(QStringLiteral("llm_model")).toString();
        source.promptSha256 = request.value(QStringLiteral("prompt_sha256")).toString();
        std::optional<bool> keepOnError;
        if (const QJsonValue onError = request.value(QStringLiteral("on_error"));
            !onError.isUndefined()) {
            if (onError != QJsonValue(QStringLiteral("keep")) &&
                onError != QJsonValue(QStringLiteral("rollback"))) {
                fail(id, tr("\"on_error\" must be \"keep\" (what a failing cell did before its "
                            "error stays) or \"rollback\" (the default)"));
                return;
            }
            keepOnError = onError == QJsonValue(QStringLiteral("keep"));
        }
        // "progress": true asks for the cell's output as it prints, in lines before the response.
        const QJsonValue progress = request.value(QStringLiteral("progress"));
        if (!progress.isUndefined() && !progress.isBool()) {
            fail(id, tr("\"progress\" must be true (the cell's output comes in progress lines "
                        "before the response) or false (the default)"));
            return;
        }
        RunOptions options;
        options.timeoutMs = timeoutMs;
        options.keepOnError = keepOnError;
        execute(id, code.toString(), options, source, progress.toBool(false));
    } else if (op == QLatin1String("interrupt")) {
        // The oldest open execute is the one running (or about to): its own run is stopped,
        // even when the worker has not said yet that it started.
        if (m_ask)
            m_ask->stop();
        else if (m_notebook->isBusy())
            m_notebook->interruptCell(m_notebook->openCells().constFirst());
        QJsonObject out = response(id, QStringLiteral("ok"));
        out.insert(QStringLiteral("interrupted"), running);
        respond(out);
    } else if (op == QLatin1String("shutdown")) {
        // Cells still queued, the running one included, are answered first (README: shutdown
        // waits for them; an agent that wants them stopped sends interrupt), then it exits.
        m_shuttingDown = true;
        m_shutdownId = id;
        finishWhenIdle();
    } else if (running || m_openActions > 0 || m_openQueries > 0) {
        fail(id,
             m_ask ? tr("an ask is in progress: wait for its response or send {\"op\": "
                        "\"interrupt\"}")
             : running
                 ? tr("a cell is running: wait for its response or send {\"op\": \"interrupt\"}")
                 : tr("busy with an earlier request: wait for its response"));
    } else if (op == QLatin1String("ask")) {
        startAsk(id, request);
    } else if (op == QLatin1String("undo")) {
        answerAction(id, m_runner->undo());
    } else if (op == QLatin1String("variables")) {
        answer(id, m_runner->queryVariables());
    } else if (op == QLatin1String("table")) {
        // Checked here, so that a wrong type is named as such, not as the worker's TypeError.
        if (!request.value(QStringLiteral("name")).isString()) {
            fail(id, tr("table needs \"name\" as a string: the variable to show"));
            return;
        }
        for (const QString &field : {QStringLiteral("offset"), QStringLiteral("limit")}) {
            const QJsonValue value = request.value(field);
            if (!value.isUndefined() &&
                (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > INT_MAX ||
                 value.toDouble() != double(qint64(value.toDouble())))) {
                fail(id, tr("\"%1\" must be a whole number from 0 to %2").arg(field).arg(INT_MAX));
                return;
            }
        }
        QJsonObject query{
            {QStringLiteral("type"), QStringLiteral("table")},
            {QStringLiteral("name"), request.value(QStringLiteral("name"))},
            {QStringLiteral("offset"), request.value(QStringLiteral("offset")).toInt(0)},
            {QStringLiteral("limit"), request.value(QStringLiteral("limit")).toInt(200)}};
        answer(id, m_runner->query(query));
    } else if (op == QLatin1String("complete") || op == QLatin1String("help")) {
        // The cell editor's requests (PROTOCOL.md, `complete`, `help`): code up to the cursor.
        if (!request.value(QStringLiteral("code")).isString()) {
            fail(id, tr("%1 needs \"code\" as a string: the code up to the cursor").arg(op));
            return;
        }
        answer(id,
               m_runner->query({{QStringLiteral("type"), op},
                                {QStringLiteral("code"), request.value(QStringLiteral("code"))}}));
    } else if (op == QLatin1String("reset")) {
        m_notebook->restartCounts();
        answerAction(id, m_runner->reset());
    }
}

void ServeCommand::execute(const QJsonValue &id, const QString &code, const RunOptions &options,
                           const CodeSource &source, bool progress)
{
    CellModel *cells = m_notebook->cells();
    const int row = cells->insertCell(cells->rowCount(), NotebookCell::Kind::Code, code);
    const quint64 cellId = cells->cell(row).id;
    m_executeIds.insert(cellId, id);
    // "progress": true asks for the cell's output as it prints, in lines before the response.
    if (progress)
        m_progress.insert(cellId);
    m_notebook->run(cellId, options, source);
}

void ServeCommand::onExecuteDone(quint64 cellId, const RunRecord &record, bool recorded,
                                 const QString &storeError)
{
    QJsonObject out = runToJson(record, recorded, storeError);
    out.insert(QStringLiteral("id"), m_executeIds.take(cellId));
    m_progress.remove(cellId);
    // Answered: the cell has done its part (serve keeps no notebook, the store keeps the run).
    m_notebook->cells()->removeCell(m_notebook->cells()->rowOfId(cellId));
    respond(out);
    finishWhenIdle();
}

void ServeCommand::startAsk(const QJsonValue &id, const QJsonObject &request)
{
    auto ask = std::make_unique<ServeAsk>(*m_store, *m_runner, id);
    QString error;
    if (!ask->start(request, &error)) {
        fail(id, error);
        return;
    }
    // Progress lines (tokens, agent steps) go out as they come, before the response.
    connect(ask.get(), &ServeAsk::progress, this, &ServeCommand::respond);
    connect(ask.get(), &ServeAsk::finished, this, [this](const QJsonObject &out) {
        respond(out);
        // Not deleted inside its own signal.
        m_ask.release()->deleteLater();
        finishWhenIdle();
    });
    m_ask = std::move(ask);
}

void ServeCommand::answer(const QJsonValue &id, QueryReply *reply)
{
    ++m_openQueries;
    connect(reply, &QueryReply::finished, this, [this, id, reply] {
        --m_openQueries;
        QJsonObject out = reply->json();
        const bool failed = !reply->isOk();
        out.insert(QStringLiteral("id"), id);
        out.insert(QStringLiteral("status"),
                   failed ? QStringLiteral("error") : QStringLiteral("ok"));
        if (failed) {
            // One key for every request's error, as README's serve section documents.
            out.insert(QStringLiteral("error"), reply->errorMessage());
            out.remove(QStringLiteral("message"));
        }
        out.remove(QStringLiteral("type"));
        respond(out);
        finishWhenIdle();
    });
}

void ServeCommand::answerAction(const QJsonValue &id, ActionReply *reply)
{
    const bool isReset = reply->action() == ActionReply::Action::Reset;
    ++m_openActions;
    m_openResets += isReset ? 1 : 0;
    connect(reply, &ActionReply::finished, this, [this, id, reply, isReset] {
        --m_openActions;
        m_openResets -= isReset ? 1 : 0;
        QJsonObject out =
            response(id, reply->isOk() ? QStringLiteral("ok") : QStringLiteral("error"));
        if (isReset)
            out.insert(QStringLiteral("layers"), reply->layers());
        if (!reply->isOk())
            out.insert(QStringLiteral("error"), reply->errorMessage());
        respond(out);
        finishWhenIdle();
    });
}

void ServeCommand::finishWhenIdle()
{
    // Every request before the end is answered first: each of them is answered in bounded time,
    // a dead worker's requests at once (WorkerClient), so this never waits for good.
    if (m_finished || !(m_inputClosed || m_shuttingDown) || m_notebook->isBusy() ||
        m_openQueries > 0 || m_openActions > 0 || m_ask)
        return;
    m_finished = true;
    if (m_shuttingDown)
        respond(response(m_shutdownId, QStringLiteral("ok")));
    Q_EMIT finished(ExitCode::Ok);
}

void ServeCommand::respond(QJsonObject response)
{
    m_out << QJsonDocument(response).toJson(QJsonDocument::Compact) << Qt::endl;
}

void ServeCommand::fail(const QJsonValue &id, const QString &message)
{
    QJsonObject out = response(id.isUndefined() ? QJsonValue() : id, QStringLiteral("error"));
    out.insert(QStringLiteral("error"), message);
    respond(out);
}

} // namespace sandbench::cli
