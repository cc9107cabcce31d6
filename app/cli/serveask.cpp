#include "serveask.h"

#include "llm/assistantsettings.h"
#include "llm/codeblocks.h"
#include "llm/exchangestore.h"
#include "runjson.h"
#include "runstore.h"
#include "sessionrunner.h"

#include <QJsonArray>

namespace sandbench::cli {
namespace {

constexpr int kSampleRows = 5;
constexpr int kMaxAgentSteps = 50;

QString firstPythonBlock(const QString &text)
{
    for (const llm::CodeBlock &block : llm::codeBlocks(text)) {
        if (block.isPython())
            return block.code;
    }
    return QString();
}

QJsonObject failureToJson(const llm::Failure &failure)
{
    return QJsonObject{{QStringLiteral("kind"), llm::errorKindName(failure.kind)},
                       {QStringLiteral("message"), failure.message},
                       {QStringLiteral("http_status"),
                        failure.httpStatus ? QJsonValue(failure.httpStatus) : QJsonValue()},
                       {QStringLiteral("server_message"), failure.serverMessage}};
}

// A run as serve's execute reports it, with the provenance of its code.
QJsonObject runWithProvenance(const RunRecord &run, bool recorded, const QString &storeError)
{
    QJsonObject object = runToJson(run, recorded, storeError);
    object.insert(QStringLiteral("origin"), run.codeOrigin);
    object.insert(QStringLiteral("llm_model"), run.llmModel);
    object.insert(QStringLiteral("prompt_sha256"), run.llmPromptSha256);
    object.insert(QStringLiteral("endpoint_host"), run.llmEndpointHost);
    return object;
}

QJsonObject stepToJson(const llm::AgentToolCall &call)
{
    QJsonObject step{{QStringLiteral("step"), call.step},
                     {QStringLiteral("turn"), call.turn},
                     {QStringLiteral("tool"), call.name},
                     {QStringLiteral("arguments"), call.arguments},
                     {QStringLiteral("from_text"), call.fromText},
                     {QStringLiteral("prompt_sha256"), call.promptSha256}};
    if (call.done) {
        step.insert(QStringLiteral("ok"), call.ok);
        step.insert(QStringLiteral("result"), call.result);
        step.insert(QStringLiteral("truncated"), call.truncated);
        if (call.runId > 0) {
            step.insert(QStringLiteral("run_id"), call.runId);
            step.insert(QStringLiteral("run_status"), call.runStatus);
        }
    }
    return step;
}

} // namespace

ServeAsk::ServeAsk(RunStore &store, SessionRunner &session, QJsonValue id, QObject *parent)
    : QObject(parent), m_store(store), m_session(session), m_id(std::move(id))
{}

ServeAsk::~ServeAsk()
{
    if (m_reply)
        m_reply->disconnect(this);
}

bool ServeAsk::start(const QJsonObject &request, QString *error)
{
    const QJsonValue question = request.value(QStringLiteral("question"));
    if (!question.isString() || question.toString().trimmed().isEmpty()) {
        *error = tr("ask needs \"question\" as a non-empty string");
        return false;
    }
    for (const QString &key : {QStringLiteral("endpoint"), QStringLiteral("model")}) {
        const QJsonValue v = request.value(key);
        if (!v.isUndefined() && !v.isString()) {
            *error = tr("\"%1\" must be a string").arg(key);
            return false;
        }
    }
    for (const QString &key :
         {QStringLiteral("run"), QStringLiteral("agent"), QStringLiteral("samples")}) {
        const QJsonValue v = request.value(key);
        if (!v.isUndefined() && !v.isBool()) {
            *error = tr("\"%1\" must be true or false").arg(key);
            return false;
        }
    }
    m_run = request.value(QStringLiteral("run")).toBool(false);
    m_agent = request.value(QStringLiteral("agent")).toBool(false);
    if (m_run && m_agent) {
        *error = tr("give \"run\" or \"agent\", not both: in agent mode the model runs its "
                    "cells itself, through the review gate");
        return false;
    }
    if (const QJsonValue steps = request.value(QStringLiteral("max_steps")); !steps.isUndefined()) {
        if (!m_agent || !steps.isDouble() || steps.toDouble() != double(steps.toInt()) ||
            steps.toInt() < 1 || steps.toInt() > kMaxAgentSteps) {
            *error = tr("\"max_steps\" goes with \"agent\": a whole number from 1 to %1")
                         .arg(kMaxAgentSteps);
            return false;
        }
        m_maxSteps = steps.toInt();
    }

    llm::AssistantSettings settings = llm::AssistantSettings::load();
    if (request.contains(QStringLiteral("endpoint")))
        settings.baseUrl = QUrl(request.value(QStringLiteral("endpoint")).toString());
    if (request.contains(QStringLiteral("model")))
        settings.model = request.value(QStringLiteral("model")).toString();
    if (settings.baseUrl.isEmpty()) {
        *error = tr("no model endpoint: give \"endpoint\" (e.g. http://localhost:11434/v1, a "
                    "local Ollama) or set SANDBENCH_LLM_ENDPOINT before starting serve");
        return false;
    }
    if (settings.model.isEmpty()) {
        *error = tr("no model: give \"model\" (e.g. qwen2.5-coder:7b) or set "
                    "SANDBENCH_LLM_MODEL before starting serve");
        return false;
    }
    m_model = settings.model;
    m_temperature = settings.temperature;
    const llm::Endpoint endpoint{settings.baseUrl, qEnvironmentVariable("SANDBENCH_LLM_API_KEY")};
    m_client = std::make_unique<llm::ChatClient>();
    m_client->setEndpoint(endpoint);
    m_client->setStallTimeoutMs(settings.stallTimeoutMs);

    m_context.question = question.toString();
    m_context.includeSamples = request.value(QStringLiteral("samples")).toBool(endpoint.isLocal());
    m_context.contextTokens = settings.contextTokens;
    m_context.answerTokens = std::min(settings.answerTokens, settings.contextTokens / 4);
    m_context.rules = llm::rulesFromProfile(m_session.profile());

    m_describer = std::make_unique<llm::SessionContext>(m_session);
    connect(m_describer.get(), &llm::SessionContext::ready, this, [this] {
        m_context = m_describer->input();
        ask();
    });
    m_describer->gather(m_context, kSampleRows);
    return true;
}

void ServeAsk::stop()
{
    m_stopped = true;
    if (m_agentLoop) {
        m_agentLoop->stop();
        return;
    }
    if (m_reply)
        m_reply->abort();
    if (m_cell)
        m_cell->interrupt();
}

void ServeAsk::ask()
{
    m_built = llm::ContextBuilder::build(m_context);
    if (!m_built.fits) {
        QJsonObject out = baseResponse(QStringLiteral("error"));
        out.insert(QStringLiteral("error"),
                   tr("the question and the sandbox's rules alone do not fit a context of %1 "
                      "tokens; raise the assistant's context size")
                       .arg(m_context.contextTokens));
        done(out);
        return;
    }
    if (m_stopped) {
        QJsonObject out = baseResponse(QStringLiteral("error"));
        out.insert(QStringLiteral("error"), tr("interrupted before the model was asked"));
        done(out);
        return;
    }
    if (m_agent) {
        llm::AgentOptions options;
        options.model = m_model;
        options.endpointHost = m_client->endpoint().host();
        options.temperature = m_temperature;
        options.maxSteps = m_maxSteps;
        m_agentLoop = std::make_unique<llm::AgentLoop>(*m_client, m_session, &m_store, options);
        connect(m_agentLoop.get(), &llm::AgentLoop::contentDelta, this, [this](const QString &t) {
            Q_EMIT progress({{QStringLiteral("id"), m_id},
                             {QStringLiteral("progress"), QStringLiteral("token")},
                             {QStringLiteral("text"), t}});
        });
        connect(m_agentLoop.get(), &llm::AgentLoop::toolCallStarted, this,
                [this](const llm::AgentToolCall &call) {
                    QJsonObject line = stepToJson(call);
                    line.insert(QStringLiteral("id"), m_id);
                    line.insert(QStringLiteral("progress"), QStringLiteral("step"));
                    Q_EMIT progress(line);
                });
        connect(m_agentLoop.get(), &llm::AgentLoop::toolCallFinished, this,
                [this](const llm::AgentToolCall &call) {
                    QJsonObject line = stepToJson(call);
                    line.insert(QStringLiteral("id"), m_id);
                    line.insert(QStringLiteral("progress"), QStringLiteral("step_done"));
                    Q_EMIT progress(line);
                });
        connect(m_agentLoop.get(), &llm::AgentLoop::finished, this, &ServeAsk::onAgentFinished);
        m_agentLoop->start(m_built.messages);
        return;
    }
    llm::ChatRequest request;
    request.model = m_model;
    request.messages = m_built.messages;
    request.temperature = m_temperature;
    m_reply = m_client->complete(request);
    connect(m_reply, &llm::ChatReply::contentDelta, this, [this](const QString &text) {
        Q_EMIT progress({{QStringLiteral("id"), m_id},
                         {QStringLiteral("progress"), QStringLiteral("token")},
                         {QStringLiteral("text"), text}});
    });
    connect(m_reply, &llm::ChatReply::finished, this, &ServeAsk::onAnswered);
}

void ServeAsk::onAnswered()
{
    llm::ChatReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_answer = reply->answer();
    m_failure = reply->failure();

    llm::Exchange exchange;
    exchange.sessionId = m_session.sessionId();
    exchange.promptSha256 = m_built.sha256;
    exchange.messages = m_built.messages;
    exchange.model = m_model;
    exchange.endpointHost = m_client->endpoint().host();
    exchange.answer = m_answer;
    exchange.failure = m_failure;
    QString storeError;
    if (!llm::ExchangeStore(m_store).record(exchange, &storeError)) {
        QJsonObject out = baseResponse(QStringLiteral("error"));
        out.insert(QStringLiteral("error"), storeError);
        done(out);
        return;
    }
    m_exchangeId = exchange.id;
    m_code = firstPythonBlock(m_answer.content);
    if (m_failure.kind != llm::ErrorKind::None) {
        QJsonObject out = baseResponse(QStringLiteral("error"));
        out.insert(QStringLiteral("error"), m_failure.message);
        out.insert(QStringLiteral("llm_error"), failureToJson(m_failure));
        done(out);
        return;
    }
    if (!m_run || m_stopped) {
        done(baseResponse(QStringLiteral("ok")));
        return;
    }
    if (m_code.trimmed().isEmpty()) {
        QJsonObject out = baseResponse(QStringLiteral("error"));
        out.insert(QStringLiteral("error"), tr("the answer has no Python code block to run"));
        done(out);
        return;
    }
    CellRequest cell;
    cell.cellId = QStringLiteral("ask");
    cell.code = m_code;
    cell.source.origin = CodeOrigin::Llm;
    cell.source.llmModel = m_model;
    cell.source.promptSha256 = m_built.sha256;
    cell.source.endpointHost = exchange.endpointHost;
    cell.number = 1;
    m_cell = m_session.submit(cell);
    connect(m_cell, &CellRun::finished, this, &ServeAsk::onRunFinished);
}

void ServeAsk::onRunFinished(const RunRecord &run, bool recorded, const QString &storeError)
{
    QJsonObject out = baseResponse(recorded ? QStringLiteral("ok") : QStringLiteral("error"));
    out.insert(QStringLiteral("run"), runWithProvenance(run, recorded, storeError));
    if (!recorded)
        out.insert(QStringLiteral("error"),
                   tr("the cell ran but was not recorded: %1").arg(storeError));
    done(out);
}

void ServeAsk::onAgentFinished()
{
    const llm::AgentLoop &agent = *m_agentLoop;
    m_answer.content = agent.finalAnswer();
    m_failure = agent.failure();
    m_code = firstPythonBlock(agent.finalAnswer());
    const bool failed = agent.outcome() == llm::AgentOutcome::ModelFailed ||
                        agent.outcome() == llm::AgentOutcome::StoreFailed ||
                        agent.outcome() == llm::AgentOutcome::Refused;
    QJsonObject out = baseResponse(failed ? QStringLiteral("error") : QStringLiteral("ok"));
    if (failed)
        out.insert(QStringLiteral("error"), agent.message());
    if (m_failure.kind != llm::ErrorKind::None)
        out.insert(QStringLiteral("llm_error"), failureToJson(m_failure));
    QJsonArray steps;
    QJsonArray runs;
    for (const llm::AgentToolCall &call : agent.toolCalls()) {
        steps.append(stepToJson(call));
        if (call.runId > 0) {
            if (const auto run = m_store.run(call.runId))
                runs.append(runWithProvenance(*run, true, QString()));
        }
    }
    QJsonArray exchanges;
    for (const qint64 id : agent.exchangeIds())
        exchanges.append(id);
    out.insert(QStringLiteral("agent"), true);
    out.insert(QStringLiteral("outcome"), llm::agentOutcomeName(agent.outcome()));
    out.insert(QStringLiteral("message"), agent.message());
    out.insert(QStringLiteral("steps"), steps);
    out.insert(QStringLiteral("runs"), runs);
    out.insert(QStringLiteral("exchange_ids"), exchanges);
    out.insert(QStringLiteral("held_run_id"),
               agent.heldRunId() > 0 ? QJsonValue(agent.heldRunId()) : QJsonValue());
    done(out);
}

QJsonObject ServeAsk::baseResponse(const QString &status) const
{
    return QJsonObject{
        {QStringLiteral("id"), m_id},
        {QStringLiteral("status"), status},
        {QStringLiteral("model"), m_model},
        {QStringLiteral("endpoint_host"), m_client ? m_client->endpoint().host() : QString()},
        {QStringLiteral("prompt_sha256"), m_built.sha256},
        {QStringLiteral("exchange_id"), m_exchangeId > 0 ? QJsonValue(m_exchangeId) : QJsonValue()},
        {QStringLiteral("answer"), m_answer.content},
        {QStringLiteral("code"), m_code.isEmpty() ? QJsonValue() : QJsonValue(m_code)},
        {QStringLiteral("omitted"), QJsonArray::fromStringList(m_built.omitted)},
        {QStringLiteral("samples_sent"), m_context.includeSamples},
    };
}

void ServeAsk::done(QJsonObject response)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(response);
}

} // namespace sandbench::cli
