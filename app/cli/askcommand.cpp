#include "askcommand.h"

#include "llm/assistantsettings.h"
#include "llm/codeblocks.h"
#include "llm/exchangestore.h"
#include "queryreply.h"
#include "runjson.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbench::cli {
namespace {

const QString kCommand = QStringLiteral("sandbench ask");
constexpr int kSampleRows = 5;
constexpr int kMaxAgentSteps = 50;

// The one place `ask --run` hands a cell to the session, so that moving to another submission
// API (SessionRunner::submit) is a change here only.
void submitCell(SessionRunner &runner, const QString &code, const CodeSource &source)
{
    runner.submit({QString(), code, source, {}, 1});
}

} // namespace

AskCommand::AskCommand(QObject *parent) : QObject(parent), m_out(stdout), m_err(stderr) {}

AskCommand::~AskCommand() = default;

int AskCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Asks an OpenAI-compatible model (Ollama, llama.cpp's llama-server, vLLM, LM Studio or a "
        "hosted service) for a cell and prints the code it proposes. The model is told the "
        "question, the datasets' columns, dtypes and row counts, and the sandbox's rules; "
        "sample rows only for an endpoint on this machine unless --samples or --no-samples "
        "says otherwise. The exchange is kept in the database. With --run the code runs in the "
        "sandbox as a cell of origin llm: the profile's llm_first_run trigger sends new model "
        "code to review first.\n\nThe endpoint and model default to the window's Settings ▸ "
        "Assistant, then to SANDBENCH_LLM_ENDPOINT and SANDBENCH_LLM_MODEL; an API key is read "
        "from SANDBENCH_LLM_API_KEY only.\n\nExit status: as 'sandbench run' with --run; 0 an "
        "answer, 64 a usage error, 65 no code in the answer (with --run) or a dataset that "
        "cannot be loaded, 69 the model server failed, 73 the database cannot be written."));
    parser.addHelpOption();
    const SessionOptions sessionOptions;
    sessionOptions.addTo(parser);
    const QCommandLineOption endpointOption(
        QStringList{QStringLiteral("endpoint")},
        tr("The server's base URL, e.g. http://localhost:11434/v1 (Ollama)."), tr("URL"));
    const QCommandLineOption modelOption(QStringList{QStringLiteral("model")},
                                         tr("The model to ask, as the server names it."),
                                         tr("NAME"));
    const QCommandLineOption runOption(QStringList{QStringLiteral("run")},
                                       tr("Run the proposed code in the sandbox."));
    const QCommandLineOption jsonOption(
        QStringList{QStringLiteral("json")},
        tr("Print one JSON object: the answer, its code, the prompt's SHA-256, the messages "
           "sent and, with --run, the run."));
    const QCommandLineOption fixOption(
        QStringList{QStringLiteral("fix")},
        tr("Ask for a corrected version of recorded run ID (its code, error and refusals are "
           "sent)."),
        tr("ID"));
    const QCommandLineOption explainOption(QStringList{QStringLiteral("explain")},
                                           tr("Ask what recorded run ID does and why it ended "
                                              "as it did."),
                                           tr("ID"));
    const QCommandLineOption samplesOption(QStringList{QStringLiteral("samples")},
                                           tr("Send a few sample rows of each dataset."));
    const QCommandLineOption noSamplesOption(QStringList{QStringLiteral("no-samples")},
                                             tr("Send no data values, only names and types."));
    const QCommandLineOption contextOption(
        QStringList{QStringLiteral("context-size")},
        tr("The model's context in tokens; the request is trimmed to fit (default 8192)."),
        tr("TOKENS"));
    const QCommandLineOption stallOption(
        QStringList{QStringLiteral("stall-timeout")},
        tr("Give up when the server sends nothing for this many seconds (default 60)."), tr("S"));
    const QCommandLineOption agentOption(
        QStringList{QStringLiteral("agent")},
        tr("Agent mode: the model may run cells, list the variables, describe a table and read "
           "a page of one, step by step, until it answers. Each step is printed as it happens; "
           "every cell goes through the review gate (a held cell stops the agent)."));
    const QCommandLineOption maxStepsOption(
        QStringList{QStringLiteral("max-steps")},
        tr("With --agent: at most N tool calls (default 8, at most %1).").arg(kMaxAgentSteps),
        tr("N"));
    parser.addOptions({endpointOption, modelOption, runOption, jsonOption, fixOption, explainOption,
                       samplesOption, noSamplesOption, contextOption, stallOption, agentOption,
                       maxStepsOption});
    parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                 tr("What to ask, in words (optional with --fix or --explain)."));

    if (const auto done = parseCommand(parser, kCommand, arguments, m_out))
        return *done;
    m_json = parser.isSet(jsonOption);
    m_run = parser.isSet(runOption);
    m_agent = parser.isSet(agentOption);
    if (parser.isSet(maxStepsOption)) {
        bool ok = false;
        m_maxSteps = parser.value(maxStepsOption).toInt(&ok);
        if (!m_agent)
            return usageError(kCommand, tr("--max-steps goes with --agent"));
        if (!ok || m_maxSteps < 1 || m_maxSteps > kMaxAgentSteps)
            return usageError(kCommand, tr("--max-steps %1: give a whole number from 1 to %2")
                                            .arg(parser.value(maxStepsOption))
                                            .arg(kMaxAgentSteps));
    }
    if (m_agent && m_run)
        return usageError(kCommand, tr("give --agent or --run, not both: in agent mode the "
                                       "model runs its cells itself, through the review gate"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(kCommand, tr("give the question as one argument, in quotes"));
    m_context.question = positional.value(0);
    if (parser.isSet(fixOption) && parser.isSet(explainOption))
        return usageError(kCommand, tr("give --fix or --explain, not both"));
    if (parser.isSet(samplesOption) && parser.isSet(noSamplesOption))
        return usageError(kCommand, tr("give --samples or --no-samples, not both"));
    if (m_context.question.trimmed().isEmpty() && !parser.isSet(fixOption) &&
        !parser.isSet(explainOption))
        return usageError(kCommand, tr("give a QUESTION, e.g. sandbench ask \"total revenue per "
                                       "region\" --data sales=sales.csv"));

    llm::AssistantSettings settings = llm::AssistantSettings::load();
    if (parser.isSet(endpointOption))
        settings.baseUrl = QUrl(parser.value(endpointOption));
    if (parser.isSet(modelOption))
        settings.model = parser.value(modelOption);
    if (settings.baseUrl.isEmpty())
        return usageError(kCommand,
                          tr("no model endpoint: give --endpoint http://localhost:11434/v1 (a "
                             "local Ollama; start it with 'ollama serve') or set "
                             "SANDBENCH_LLM_ENDPOINT"));
    if (settings.model.isEmpty())
        return usageError(kCommand, tr("no model: give --model NAME (e.g. qwen2.5-coder:7b; "
                                       "'ollama list' names yours) or set SANDBENCH_LLM_MODEL"));
    if (parser.isSet(contextOption)) {
        bool ok = false;
        settings.contextTokens = parser.value(contextOption).toInt(&ok);
        if (!ok || settings.contextTokens < 512)
            return usageError(kCommand, tr("--context-size %1: give a whole number of tokens, "
                                           "512 or more")
                                            .arg(parser.value(contextOption)));
    }
    if (parser.isSet(stallOption)) {
        bool ok = false;
        const double seconds = parser.value(stallOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(kCommand, tr("--stall-timeout %1: give seconds between 0 and 3600")
                                            .arg(parser.value(stallOption)));
        settings.stallTimeoutMs = int(seconds * 1000);
    }
    m_model = settings.model;
    const llm::Endpoint endpoint{settings.baseUrl, qEnvironmentVariable("SANDBENCH_LLM_API_KEY")};
    m_client = std::make_unique<llm::ChatClient>();
    m_client->setEndpoint(endpoint);
    m_client->setStallTimeoutMs(settings.stallTimeoutMs);
    // The flags, else the window's Settings ▸ Assistant, else the endpoint's locality.
    m_context.includeSamples = parser.isSet(samplesOption) ? true
                               : parser.isSet(noSamplesOption)
                                   ? false
                                   : settings.sampleRows.value_or(endpoint.isLocal());
    m_context.contextTokens = settings.contextTokens;
    m_context.answerTokens = std::min(settings.answerTokens, settings.contextTokens / 4);

    SessionConfig config;
    QString databasePath;
    QString error;
    if (!sessionOptions.read(parser, config, databasePath, &error))
        return usageError(kCommand, error);
    m_context.rules = llm::rulesFromProfile(config.profile);

    m_store = RunStore::open(databasePath, &error);
    if (!m_store) {
        m_err << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    const QString fixOrExplain =
        parser.isSet(fixOption) ? parser.value(fixOption) : parser.value(explainOption);
    if (!fixOrExplain.isEmpty()) {
        bool ok = false;
        const qint64 runId = fixOrExplain.toLongLong(&ok);
        const auto run = ok ? m_store->run(runId) : std::nullopt;
        if (!run)
            return usageError(kCommand, tr("there is no run %1 in %2; 'sandbench history' lists "
                                           "them")
                                            .arg(fixOrExplain, m_store->path()));
        m_context.task = parser.isSet(fixOption) ? llm::Task::Fix : llm::Task::Explain;
        m_context.currentCell = run->code;
        m_context.traceback = run->stderrText;
        m_context.violations = run->violations;
    }

    // The worker is needed to describe the datasets, and to run the answer.
    if (config.datasets.isEmpty() && !m_run && !m_agent) {
        askModel();
        return -1;
    }
    config.origin = QStringLiteral("sandbench ask");
    m_runner = std::make_unique<SessionRunner>(*m_store, config);
    connect(m_runner.get(), &SessionRunner::datasetsLoaded, this, &AskCommand::onDatasetsLoaded);
    connect(m_runner.get(), &SessionRunner::runFinished, this, &AskCommand::onRunFinished);
    connect(m_runner.get(), &SessionRunner::sandboxReady, this,
            [this](bool ok, const QJsonObject &, const QString &message) {
                if (!ok)
                    fail(ExitCode::Software,
                         tr("the sandbox could not be set up: %1").arg(message));
            });
    if (!m_runner->start(&error)) {
        m_err << kCommand << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    return -1;
}

void AskCommand::onDatasetsLoaded(const QStringList &errors)
{
    if (m_asked || m_finished || m_describer)
        return;
    if (!errors.isEmpty()) {
        for (const QString &message : errors)
            m_err << kCommand << QStringLiteral(": ") << message << Qt::endl;
        finish(ExitCode::DataError);
        return;
    }
    // What the model needs of each dataset and variable, read from the session as loaded.
    m_describer = std::make_unique<llm::SessionContext>(*m_runner);
    connect(m_describer.get(), &llm::SessionContext::ready, this, [this] {
        m_context = m_describer->input();
        askModel();
    });
    m_describer->gather(m_context, kSampleRows);
}

void AskCommand::askModel()
{
    m_asked = true;
    m_built = llm::ContextBuilder::build(m_context);
    if (!m_built.fits) {
        fail(ExitCode::Usage,
             tr("the question and the sandbox's rules alone do not fit a context of %1 tokens; "
                "give a larger --context-size")
                 .arg(m_context.contextTokens));
        return;
    }
    if (!m_json && !m_built.omitted.isEmpty())
        m_err << kCommand << QStringLiteral(": ")
              << tr("to fit the model's context, left out: %1")
                     .arg(m_built.omitted.join(QStringLiteral("; ")))
              << Qt::endl;
    if (m_agent) {
        startAgent();
        return;
    }
    llm::ChatRequest request;
    request.model = m_model;
    request.messages = m_built.messages;
    request.temperature = llm::AssistantSettings::load().temperature;
    m_reply = m_client->complete(request);
    if (!m_json) {
        // The answer as it streams, on stderr: stdout keeps only the code, for a pipe.
        connect(m_reply, &llm::ChatReply::contentDelta, this, [this](const QString &text) {
            m_err << text;
            m_err.flush();
        });
    }
    connect(m_reply, &llm::ChatReply::finished, this, &AskCommand::onAnswered);
}

void AskCommand::onAnswered()
{
    const llm::ChatAnswer &answer = m_reply->answer();
    const llm::Failure &failure = m_reply->failure();
    if (!m_json && !answer.content.isEmpty() && !answer.content.endsWith(QLatin1Char('\n')))
        m_err << Qt::endl;

    llm::Exchange exchange;
    exchange.sessionId = m_runner ? m_runner->sessionId() : 0;
    exchange.promptSha256 = m_built.sha256;
    exchange.messages = m_built.messages;
    exchange.model = m_model;
    exchange.endpointHost = m_client->endpoint().host();
    exchange.answer = answer;
    exchange.failure = failure;
    QString storeError;
    if (!llm::ExchangeStore(*m_store).record(exchange, &storeError)) {
        fail(ExitCode::CantCreate, storeError);
        return;
    }
    m_exchangeId = exchange.id;

    if (failure.kind != llm::ErrorKind::None) {
        if (m_json)
            printResult(nullptr, false, QString());
        else
            m_err << kCommand << QStringLiteral(": ") << failure.message << Qt::endl;
        finish(ExitCode::Unavailable);
        return;
    }
    for (const llm::CodeBlock &block : llm::codeBlocks(answer.content)) {
        if (block.isPython()) {
            m_code = block.code;
            break;
        }
    }
    if (!m_run) {
        if (m_json)
            printResult(nullptr, false, QString());
        else
            m_out << m_code;
        if (!m_json && m_code.isEmpty() && m_context.task != llm::Task::Explain)
            m_err << kCommand << QStringLiteral(": ")
                  << tr("the answer has no Python code block; ask again in other words")
                  << Qt::endl;
        finish(ExitCode::Ok);
        return;
    }
    if (m_code.trimmed().isEmpty()) {
        if (m_json)
            printResult(nullptr, false, QString());
        fail(ExitCode::DataError, tr("the answer has no Python code block to run"));
        return;
    }
    CodeSource source;
    source.origin = CodeOrigin::Llm;
    // The model as asked for (the exchange keeps the name the server answered with too).
    source.llmModel = m_model;
    source.promptSha256 = m_built.sha256;
    source.endpointHost = exchange.endpointHost;
    if (!m_json)
        m_out << m_code << Qt::flush;
    submitCell(*m_runner, m_code, source);
}

void AskCommand::onRunFinished(const RunRecord &run, bool recorded, const QString &storeError)
{
    // The agent's cells report through the agent (onAgentFinished), not one by one here.
    if (m_agent)
        return;
    if (m_json) {
        printResult(&run, recorded, storeError);
    } else {
        m_out << tr("[cell %1] %2  %3 ms  (run %4, session %5, model %6, prompt sha256 %7)")
                     .arg(run.cellIndex)
                     .arg(runStatusName(run.status))
                     .arg(qRound64(run.durationMs))
                     .arg(run.id)
                     .arg(run.sessionId)
                     .arg(run.llmModel, run.llmPromptSha256)
              << Qt::endl;
        m_out << run.stdoutText;
        if (run.result)
            m_out << *run.result << Qt::endl;
        for (const Violation &v : run.violations)
            m_out << (v.layer == QLatin1String("review") ? tr("  needs review (line %1): %2 [%3]")
                                                         : tr("  refused at line %1: %2 [%3]"))
                         .arg(v.line)
                         .arg(v.message, v.rule)
                  << Qt::endl;
        m_err << run.stderrText;
        if (run.status == RunStatus::PendingReview && recorded)
            m_err << kCommand << QStringLiteral(": ")
                  << tr("the model's code waits for review: run %1. A reviewer approves with "
                        "'sandbench review approve %1 --note TEXT'; then ask again with --run "
                        "or run the code with 'sandbench run --origin llm'.")
                         .arg(run.id)
                  << Qt::endl;
    }
    if (!recorded) {
        m_err << kCommand << QStringLiteral(": ")
              << tr("the cell ran but was not recorded: %1").arg(storeError) << Qt::endl;
        finish(ExitCode::CantCreate);
        return;
    }
    finish(exitCodeFor({run.status}));
}

void AskCommand::printResult(const RunRecord *run, bool recorded, const QString &storeError)
{
    const llm::ChatAnswer &answer = m_reply->answer();
    const llm::Failure &failure = m_reply->failure();
    QJsonArray blocks;
    for (const llm::CodeBlock &block : llm::codeBlocks(answer.content))
        blocks.append(QJsonObject{{QStringLiteral("language"), block.language},
                                  {QStringLiteral("code"), block.code}});
    const auto msBetween = [](const QDateTime &a, const QDateTime &b) {
        return a.isValid() && b.isValid() ? QJsonValue(a.msecsTo(b)) : QJsonValue();
    };
    const auto tokens = [](int n) { return n >= 0 ? QJsonValue(n) : QJsonValue(); };
    QJsonObject object{
        {QStringLiteral("question"), m_context.question},
        {QStringLiteral("model"), m_model},
        {QStringLiteral("answered_model"), answer.model},
        {QStringLiteral("endpoint_host"), m_client->endpoint().host()},
        {QStringLiteral("prompt_sha256"), m_built.sha256},
        {QStringLiteral("exchange_id"), m_exchangeId},
        {QStringLiteral("messages"), m_built.messages},
        {QStringLiteral("omitted"), QJsonArray::fromStringList(m_built.omitted)},
        {QStringLiteral("estimated_prompt_tokens"), m_built.estimatedTokens},
        {QStringLiteral("samples_sent"), m_context.includeSamples},
        {QStringLiteral("answer"), answer.content},
        {QStringLiteral("finish_reason"), answer.finishReason},
        {QStringLiteral("streamed"), answer.streamed},
        {QStringLiteral("code"), m_code.isEmpty() ? QJsonValue() : QJsonValue(m_code)},
        {QStringLiteral("code_blocks"), blocks},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("prompt_tokens"), tokens(answer.usage.promptTokens)},
                     {QStringLiteral("completion_tokens"), tokens(answer.usage.completionTokens)}}},
        {QStringLiteral("first_token_ms"), msBetween(answer.startedAt, answer.firstTokenAt)},
        {QStringLiteral("duration_ms"), msBetween(answer.startedAt, answer.finishedAt)},
    };
    if (failure.kind != llm::ErrorKind::None)
        object.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("kind"), llm::errorKindName(failure.kind)},
                        {QStringLiteral("message"), failure.message},
                        {QStringLiteral("http_status"),
                         failure.httpStatus ? QJsonValue(failure.httpStatus) : QJsonValue()},
                        {QStringLiteral("server_message"), failure.serverMessage}});
    if (run) {
        QJsonObject runObject = runToJson(*run, recorded, storeError);
        runObject.insert(QStringLiteral("origin"), run->codeOrigin);
        runObject.insert(QStringLiteral("llm_model"), run->llmModel);
        runObject.insert(QStringLiteral("prompt_sha256"), run->llmPromptSha256);
        runObject.insert(QStringLiteral("endpoint_host"), run->llmEndpointHost);
        object.insert(QStringLiteral("run"), runObject);
    }
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

void AskCommand::startAgent()
{
    llm::AgentOptions options;
    options.model = m_model;
    options.endpointHost = m_client->endpoint().host();
    options.temperature = llm::AssistantSettings::load().temperature;
    options.maxSteps = m_maxSteps;
    m_agentLoop = std::make_unique<llm::AgentLoop>(*m_client, *m_runner, m_store.get(), options);
    if (!m_json) {
        // Each step as it happens: what the model asked for on stdout, its words on stderr.
        connect(m_agentLoop.get(), &llm::AgentLoop::contentDelta, this, [this](const QString &t) {
            m_err << t;
            m_err.flush();
        });
        connect(m_agentLoop.get(), &llm::AgentLoop::toolCallStarted, this,
                [this](const llm::AgentToolCall &call) {
                    m_out << tr("[step %1] %2").arg(call.step).arg(call.name);
                    if (call.fromText)
                        m_out << tr(" (read from the answer's text)");
                    const QJsonObject args =
                        QJsonDocument::fromJson(call.arguments.toUtf8()).object();
                    if (call.name == llm::AgentTool::RunCell) {
                        m_out << Qt::endl;
                        for (const QString &line :
                             args.value(QStringLiteral("code")).toString().split(u'\n'))
                            m_out << QStringLiteral("    ") << line << Qt::endl;
                    } else {
                        m_out << QStringLiteral(" ") << call.arguments << Qt::endl;
                    }
                    m_out.flush();
                });
        connect(m_agentLoop.get(), &llm::AgentLoop::toolCallFinished, this,
                [this](const llm::AgentToolCall &call) {
                    m_out << (call.ok ? QStringLiteral("  -> ") : QStringLiteral("  !> "));
                    QStringList lines = call.result.split(u'\n');
                    while (!lines.isEmpty() && lines.last().isEmpty())
                        lines.removeLast();
                    constexpr int kShownLines = 12;
                    const qsizetype shown = std::min<qsizetype>(lines.size(), kShownLines);
                    for (qsizetype i = 0; i < shown; ++i)
                        m_out << (i ? QStringLiteral("     ") : QString()) << lines.at(i)
                              << Qt::endl;
                    if (lines.size() > shown)
                        m_out << tr("     (%n more line(s) sent to the model)", nullptr,
                                    int(lines.size() - shown))
                              << Qt::endl;
                    m_out.flush();
                });
        connect(m_agentLoop.get(), &llm::AgentLoop::waitingForReview, this, [this](qint64 runId) {
            m_err << kCommand << QStringLiteral(": ") << tr("run %1 waits for review").arg(runId)
                  << Qt::endl;
        });
    }
    connect(m_agentLoop.get(), &llm::AgentLoop::finished, this, &AskCommand::onAgentFinished);
    m_agentLoop->start(m_built.messages);
}

void AskCommand::onAgentFinished()
{
    const llm::AgentLoop &agent = *m_agentLoop;
    for (const llm::CodeBlock &block : llm::codeBlocks(agent.finalAnswer())) {
        if (block.isPython()) {
            m_code = block.code;
            break;
        }
    }
    int code = ExitCode::Ok;
    switch (agent.outcome()) {
    case llm::AgentOutcome::Answered:
    case llm::AgentOutcome::Running:
        break;
    case llm::AgentOutcome::HeldForReview:
        code = ExitCode::PendingReview;
        break;
    case llm::AgentOutcome::StepLimit:
        code = ExitCode::LimitHit;
        break;
    case llm::AgentOutcome::Refused:
        code = ExitCode::DataError;
        break;
    case llm::AgentOutcome::ModelFailed:
    case llm::AgentOutcome::Stopped:
        code = ExitCode::Unavailable;
        break;
    case llm::AgentOutcome::StoreFailed:
        code = ExitCode::CantCreate;
        break;
    }
    if (m_json) {
        printAgentResult();
    } else {
        if (!agent.finalAnswer().isEmpty() && !agent.finalAnswer().endsWith(u'\n'))
            m_err << Qt::endl;
        m_out << tr("[agent] %1 after %n tool call(s)", nullptr, int(agent.toolCalls().size()))
                     .arg(llm::agentOutcomeName(agent.outcome()))
              << Qt::endl;
        if (!agent.message().isEmpty())
            m_err << kCommand << QStringLiteral(": ") << agent.message() << Qt::endl;
    }
    finish(code);
}

void AskCommand::printAgentResult()
{
    const llm::AgentLoop &agent = *m_agentLoop;
    QJsonArray steps;
    for (const llm::AgentToolCall &call : agent.toolCalls()) {
        QJsonObject step{{QStringLiteral("step"), call.step},
                         {QStringLiteral("turn"), call.turn},
                         {QStringLiteral("tool"), call.name},
                         {QStringLiteral("call_id"), call.id},
                         {QStringLiteral("arguments"), call.arguments},
                         {QStringLiteral("from_text"), call.fromText},
                         {QStringLiteral("prompt_sha256"), call.promptSha256},
                         {QStringLiteral("ok"), call.ok},
                         {QStringLiteral("result"), call.result},
                         {QStringLiteral("truncated"), call.truncated}};
        if (call.runId > 0) {
            step.insert(QStringLiteral("run_id"), call.runId);
            step.insert(QStringLiteral("run_status"), call.runStatus);
        }
        steps.append(step);
    }
    QJsonArray exchanges;
    for (const qint64 id : agent.exchangeIds())
        exchanges.append(id);
    QJsonObject object{
        {QStringLiteral("question"), m_context.question},
        {QStringLiteral("agent"), true},
        {QStringLiteral("model"), m_model},
        {QStringLiteral("endpoint_host"), m_client->endpoint().host()},
        {QStringLiteral("outcome"), llm::agentOutcomeName(agent.outcome())},
        {QStringLiteral("message"), agent.message()},
        {QStringLiteral("max_steps"), m_maxSteps},
        {QStringLiteral("turns"), agent.turns()},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("answer"), agent.finalAnswer()},
        {QStringLiteral("code"), m_code.isEmpty() ? QJsonValue() : QJsonValue(m_code)},
        {QStringLiteral("held_run_id"),
         agent.heldRunId() > 0 ? QJsonValue(agent.heldRunId()) : QJsonValue()},
        {QStringLiteral("exchange_ids"), exchanges},
        {QStringLiteral("prompt_sha256"), m_built.sha256},
        {QStringLiteral("messages"), agent.messages()},
        {QStringLiteral("omitted"), QJsonArray::fromStringList(m_built.omitted)},
        {QStringLiteral("samples_sent"), m_context.includeSamples},
    };
    const llm::Failure &failure = agent.failure();
    if (failure.kind != llm::ErrorKind::None)
        object.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("kind"), llm::errorKindName(failure.kind)},
                        {QStringLiteral("message"), failure.message},
                        {QStringLiteral("http_status"),
                         failure.httpStatus ? QJsonValue(failure.httpStatus) : QJsonValue()},
                        {QStringLiteral("server_message"), failure.serverMessage}});
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

void AskCommand::fail(int code, const QString &message)
{
    m_err << kCommand << QStringLiteral(": ") << message << Qt::endl;
    finish(code);
}

void AskCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(code);
}

} // namespace sandbench::cli
