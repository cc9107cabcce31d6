#include "chatclient.h"

#include "logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace sandbench::llm {
namespace {

// Bounds on what a server may make us hold: an error body, one unterminated line.
constexpr qsizetype kMaxErrorBody = 64 * 1024;
constexpr int kMaxServerMessage = 500;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > kMaxServerMessage)
        line = line.left(kMaxServerMessage) + QStringLiteral("…");
    return line;
}

// {"error": {"message", "type", "code"}} (OpenAI, vLLM, llama-server, Ollama's /v1) or
// {"error": "text"} or {"message": "text"} or a plain-text body.
struct ServerError
{
    QString message;
    QString type;
    QString code;
};

ServerError parseServerError(const QByteArray &body)
{
    ServerError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue e = o.value(QStringLiteral("error"));
        if (e.isObject()) {
            const QJsonObject eo = e.toObject();
            error.message = eo.value(QStringLiteral("message")).toString();
            error.type = eo.value(QStringLiteral("type")).toString();
            const QJsonValue code = eo.value(QStringLiteral("code"));
            error.code = code.isString() ? code.toString() : QString();
        } else if (e.isString()) {
            error.message = e.toString();
        } else {
            error.message = o.value(QStringLiteral("message")).toString();
        }
    }
    if (error.message.isEmpty() && !doc.isObject())
        error.message = QString::fromUtf8(body.left(kMaxServerMessage));
    error.message = oneLine(error.message);
    return error;
}

bool isContextLengthError(const ServerError &error)
{
    if (error.code == QLatin1String("context_length_exceeded") ||
        error.type.contains(QLatin1String("context"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression pattern(
        QStringLiteral("context (length|window|size)|maximum context|too many tokens|"
                       "exceeds? (the )?(available )?context|prompt is too long"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(error.message).hasMatch();
}

} // namespace

QString Endpoint::host() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QString();
    const int port = baseUrl.port();
    return port > 0 ? QStringLiteral("%1:%2").arg(baseUrl.host()).arg(port) : baseUrl.host();
}

bool Endpoint::isLocal() const
{
    const QString h = baseUrl.host().toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QJsonObject ChatRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), stream}};
    if (stream)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    if (temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    if (maxTokens > 0)
        body.insert(QStringLiteral("max_tokens"), maxTokens);
    if (!tools.isEmpty())
        body.insert(QStringLiteral("tools"), tools);
    return body;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::InvalidEndpoint:
        return QStringLiteral("invalid-endpoint");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::ModelNotFound:
        return QStringLiteral("model-not-found");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::ContextLength:
        return QStringLiteral("context-length");
    case ErrorKind::ServerError:
        return QStringLiteral("server-error");
    case ErrorKind::Malformed:
        return QStringLiteral("malformed");
    case ErrorKind::Stalled:
        return QStringLiteral("stalled");
    case ErrorKind::StreamCut:
        return QStringLiteral("stream-cut");
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::Aborted:
        return QStringLiteral("aborted");
    case ErrorKind::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("unknown");
}

Failure httpFailure(int status, const QByteArray &body, const QString &model)
{
    const ServerError server = parseServerError(body);
    Failure failure;
    failure.httpStatus = status;
    failure.serverMessage = server.message;
    const QString said = server.message.isEmpty() ? QString() : server.message;
    if (isContextLengthError(server) && status >= 400 && status < 500) {
        failure.kind = ErrorKind::ContextLength;
        failure.message = QCoreApplication::translate(
                              "sandbench::llm::ChatClient",
                              "The request does not fit the model's context (%1). Lower the "
                              "assistant's context size so the request is trimmed to fit, or "
                              "choose a model with a larger context.")
                              .arg(said);
    } else if (status == 401 || status == 403) {
        failure.kind = ErrorKind::Unauthorized;
        failure.message =
            QCoreApplication::translate(
                "sandbench::llm::ChatClient",
                "The server refused the request (HTTP %1: %2). Enter the API key "
                "this endpoint expects in the assistant's settings.")
                .arg(status)
                .arg(said.isEmpty() ? QCoreApplication::translate("sandbench::llm::ChatClient",
                                                                  "no key, or a wrong one")
                                    : said);
    } else if (status == 404) {
        const bool aboutModel =
            server.message.contains(QLatin1String("model"), Qt::CaseInsensitive) ||
            server.code == QLatin1String("model_not_found");
        failure.kind = aboutModel ? ErrorKind::ModelNotFound : ErrorKind::NotFound;
        failure.message =
            aboutModel ? QCoreApplication::translate(
                             "sandbench::llm::ChatClient",
                             "The server has no model \"%1\" (%2). Choose one of the models it "
                             "lists, or download it first (Ollama: ollama pull %1).")
                             .arg(model, said)
                       : QCoreApplication::translate(
                             "sandbench::llm::ChatClient",
                             "The server has no chat-completions endpoint there (HTTP 404). "
                             "The base URL of an OpenAI-compatible server usually ends in /v1.");
    } else if (status == 429) {
        failure.kind = ErrorKind::RateLimited;
        failure.message = QCoreApplication::translate(
                              "sandbench::llm::ChatClient",
                              "The server is limiting requests (HTTP 429%1). Wait a moment and "
                              "ask again.")
                              .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    } else {
        failure.kind = ErrorKind::ServerError;
        failure.message =
            status >= 500
                ? QCoreApplication::translate(
                      "sandbench::llm::ChatClient",
                      "The model server failed (HTTP %1: %2). Check the server's "
                      "log and ask again once it runs.")
                      .arg(status)
                      .arg(said.isEmpty() ? QCoreApplication::translate(
                                                "sandbench::llm::ChatClient", "no message")
                                          : said)
                : QCoreApplication::translate("sandbench::llm::ChatClient",
                                              "The server rejected the request (HTTP %1: %2).")
                      .arg(status)
                      .arg(said.isEmpty() ? QCoreApplication::translate(
                                                "sandbench::llm::ChatClient", "no message")
                                          : said);
    }
    return failure;
}

// ---------------------------------------------------------------------------------------------

ChatReply::ChatReply(QNetworkReply *reply, const ChatRequest &request, int stallTimeoutMs,
                     int firstByteTimeoutMs, qsizetype maxAnswerChars, QObject *parent)
    : QObject(parent), m_reply(reply), m_requestedModel(request.model),
      m_stallTimeoutMs(stallTimeoutMs), m_maxAnswerChars(maxAnswerChars)
{
    m_answer.startedAt = QDateTime::currentDateTimeUtc();
    m_answer.model = request.model;
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &ChatReply::onStall);
    m_pump.setSingleShot(true);
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &ChatReply::pump);
    if (!reply)
        return;
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &ChatReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ChatReply::onFinished);
    m_stall.start(firstByteTimeoutMs);
}

ChatReply::~ChatReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ChatReply::abort()
{
    if (m_finished)
        return;
    fail(ErrorKind::Aborted, tr("Stopped. The answer so far is kept."));
}

bool ChatReply::isEventStream() const
{
    return m_reply && m_reply->header(QNetworkRequest::ContentTypeHeader)
                          .toString()
                          .startsWith(QLatin1String("text/event-stream"), Qt::CaseInsensitive);
}

void ChatReply::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    m_stall.start(m_stallTimeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_decided) {
        m_decided = true;
        m_streamMode = status < 300 && isEventStream();
        m_answer.streamed = m_streamMode;
    }
    if (m_streamMode) {
        if (!m_pump.isActive())
            pump();
        return;
    }
    const QByteArray bytes = m_reply->readAll();
    {
        // A body: an answer from a server that does not stream, or an error to explain.
        const qsizetype bound = status >= 300 ? kMaxErrorBody : m_maxAnswerChars * 4;
        if (m_body.size() + bytes.size() > bound) {
            if (status >= 300) {
                m_body += bytes.left(bound - m_body.size());
                return;
            }
            fail(ErrorKind::TooLarge,
                 tr("The answer is larger than the assistant accepts (%1 MB). Ask for less.")
                     .arg(m_maxAnswerChars / (1024 * 1024)));
            return;
        }
        m_body += bytes;
    }
}

void ChatReply::pump()
{
    // A slice is at most this many bytes read and this long handling events (well under a
    // frame); what is left waits for the events queued meanwhile (input, painting).
    constexpr qint64 kSliceBytes = 64 * 1024;
    constexpr qint64 kSliceNs = 4'000'000;
    QElapsedTimer clock;
    clock.start();
    while (!m_finished && m_reply) {
        if (m_nextEvent >= m_events.size()) {
            m_events.clear();
            m_nextEvent = 0;
            const QByteArray bytes = m_reply->read(kSliceBytes);
            if (bytes.isEmpty())
                break;
            m_events = m_sse.feed(bytes);
            if (m_sse.pendingBytes() > m_maxAnswerChars * 4) {
                fail(ErrorKind::TooLarge, tr("The server sent an event larger than the assistant "
                                             "accepts. Is this an OpenAI-compatible endpoint?"));
                return;
            }
        }
        while (m_nextEvent < m_events.size() && !m_finished) {
            handleEvent(m_events.at(m_nextEvent++));
            if (clock.nsecsElapsed() >= kSliceNs)
                break;
        }
        if (clock.nsecsElapsed() >= kSliceNs)
            break;
    }
    if (m_finished || !m_reply)
        return;
    if (m_nextEvent < m_events.size() || m_reply->bytesAvailable() > 0) {
        // Data arrived and waits here: no stall while it does.
        m_stall.start(m_stallTimeoutMs);
        m_pump.start();
        return;
    }
    if (m_endPending)
        onFinished();
}

void ChatReply::handleEvent(const QByteArray &data)
{
    if (m_sawDone)
        return;
    if (data.trimmed() == "[DONE]") {
        m_sawDone = true;
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        fail(ErrorKind::Malformed,
             tr("The server sent an event that is not chat-completions JSON (%1). Is the base "
                "URL an OpenAI-compatible endpoint?")
                 .arg(oneLine(QString::fromUtf8(data.left(200)))),
             oneLine(QString::fromUtf8(data.left(kMaxServerMessage))));
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(QStringLiteral("error"))) {
        // An error in the middle of a stream (vLLM, llama-server): the HTTP status was 200.
        const QJsonValue code =
            chunk.value(QStringLiteral("error")).toObject().value(QStringLiteral("code"));
        const int status = code.isDouble() && code.toInt() >= 400 ? code.toInt() : 500;
        const Failure f = httpFailure(status, data, m_requestedModel);
        fail(f.kind, f.message, f.serverMessage, status);
        return;
    }
    handleChunk(chunk);
}

void ChatReply::handleChunk(const QJsonObject &chunk)
{
    const QString model = chunk.value(QStringLiteral("model")).toString();
    if (!model.isEmpty())
        m_answer.model = model;
    const QJsonValue usage = chunk.value(QStringLiteral("usage"));
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        m_answer.usage.promptTokens = u.value(QStringLiteral("prompt_tokens")).toInt(-1);
        m_answer.usage.completionTokens = u.value(QStringLiteral("completion_tokens")).toInt(-1);
        m_answer.usage.totalTokens = u.value(QStringLiteral("total_tokens")).toInt(-1);
    }
    // Only the first choice is ours (we never ask for n > 1).
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return; // the usage chunk
    const QJsonObject choice = choices.first().toObject();
    // A streamed chunk has "delta"; a non-streamed body has "message".
    const QJsonObject delta = choice.contains(QStringLiteral("delta"))
                                  ? choice.value(QStringLiteral("delta")).toObject()
                                  : choice.value(QStringLiteral("message")).toObject();
    const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
    if (!finish.isEmpty())
        m_answer.finishReason = finish;

    const QString text = delta.value(QStringLiteral("content")).toString();
    if (!text.isEmpty()) {
        if (m_answer.content.size() + text.size() > m_maxAnswerChars) {
            fail(ErrorKind::TooLarge,
                 tr("The answer is larger than the assistant accepts (%1 MB); what arrived "
                    "is kept. Ask for less.")
                     .arg(m_maxAnswerChars / (1024 * 1024)));
            return;
        }
        if (!m_answer.firstTokenAt.isValid())
            m_answer.firstTokenAt = QDateTime::currentDateTimeUtc();
        m_answer.content += text;
        Q_EMIT contentDelta(text);
    }
    const QJsonArray calls = delta.value(QStringLiteral("tool_calls")).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        // Streams number their calls with "index"; a whole message may omit it.
        const int index = call.value(QStringLiteral("index")).toInt(int(i));
        auto slot = m_toolSlots.find(index);
        if (slot == m_toolSlots.end()) {
            ToolCall fresh;
            fresh.index = index;
            m_answer.toolCalls.append(fresh);
            slot = m_toolSlots.insert(index, int(m_answer.toolCalls.size() - 1));
        }
        ToolCall &target = m_answer.toolCalls[*slot];
        const QString id = call.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            target.id = id;
        const QJsonObject function = call.value(QStringLiteral("function")).toObject();
        const QString name = function.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            target.name = name;
        const QJsonValue arguments = function.value(QStringLiteral("arguments"));
        // Fragments are strings; a few servers send the whole arguments as an object.
        if (arguments.isString())
            target.arguments += arguments.toString();
        else if (arguments.isObject())
            target.arguments = QString::fromUtf8(
                QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
        if (!m_answer.firstTokenAt.isValid())
            m_answer.firstTokenAt = QDateTime::currentDateTimeUtc();
        Q_EMIT toolCallDelta(index);
    }
}

void ChatReply::handleBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("choices")).isArray()) {
        fail(ErrorKind::Malformed,
             tr("The server's answer is not chat-completions JSON (%1). Is the base URL an "
                "OpenAI-compatible endpoint?")
                 .arg(oneLine(QString::fromUtf8(body.left(200)))));
        return;
    }
    handleChunk(doc.object());
}

void ChatReply::onFinished()
{
    if (m_finished || !m_reply)
        return;
    if (m_streamMode &&
        (m_pump.isActive() || m_nextEvent < m_events.size() || m_reply->bytesAvailable() > 0)) {
        m_endPending = true; // once what arrived before the end is handled
        if (!m_pump.isActive())
            m_pump.start();
        return;
    }
    m_stall.stop();
    const QNetworkReply::NetworkError error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcAssistant) << "model server answered" << m_reply->url().toDisplayString() << "HTTP"
                         << status << "network error" << error << "after"
                         << m_answer.startedAt.msecsTo(QDateTime::currentDateTimeUtc()) << "ms";
    if (!m_decided) {
        m_decided = true;
        m_streamMode = status > 0 && status < 300 && isEventStream();
        m_answer.streamed = m_streamMode;
    }
    const QByteArray rest = m_reply->readAll();
    if (status >= 300) {
        m_body += rest.left(kMaxErrorBody - m_body.size());
        const Failure f = httpFailure(status, m_body, m_requestedModel);
        fail(f.kind, f.message, f.serverMessage, status);
        return;
    }
    const QString where = m_reply->url().toDisplayString(QUrl::RemoveUserInfo);
    if (status == 0 || (error != QNetworkReply::NoError && !m_streamMode)) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            fail(ErrorKind::ConnectionRefused,
                 tr("Nothing answers at %1. Start the model server (Ollama: ollama serve; "
                    "llama.cpp: llama-server) or correct the assistant's base URL.")
                     .arg(where));
            return;
        case QNetworkReply::HostNotFoundError:
            fail(ErrorKind::HostNotFound,
                 tr("The host of %1 is unknown. Correct the assistant's base URL.").arg(where));
            return;
        case QNetworkReply::RemoteHostClosedError:
            if (status == 0) {
                fail(ErrorKind::StreamCut, tr("The server closed the connection before "
                                              "answering. Check the server's log and ask "
                                              "again."));
                return;
            }
            break;
        default:
            if (error != QNetworkReply::NoError) {
                fail(ErrorKind::Network,
                     tr("The request to %1 failed: %2.").arg(where, m_reply->errorString()));
                return;
            }
        }
    }
    if (!m_streamMode) {
        m_body += rest;
        handleBody(m_body);
        if (!m_finished)
            complete();
        return;
    }
    for (const QByteArray &event : m_sse.feed(rest) + m_sse.finish()) {
        handleEvent(event);
        if (m_finished)
            return;
    }
    // An answer is whole with [DONE] or a finish reason; anything else was cut on the way.
    if (!m_sawDone && m_answer.finishReason.isEmpty()) {
        fail(ErrorKind::StreamCut,
             tr("The connection closed before the answer was complete; what arrived is kept. "
                "Ask again."),
             error != QNetworkReply::NoError ? m_reply->errorString() : QString());
        return;
    }
    complete();
}

void ChatReply::onStall()
{
    if (m_finished)
        return;
    const bool started = m_decided;
    fail(ErrorKind::Stalled,
         started ? tr("The server sent nothing for %1 s, so the request was stopped; what "
                      "arrived is kept. Ask again, or check the server's load.")
                       .arg(m_stallTimeoutMs / 1000.0)
                 : tr("The server accepted the request but has not answered; it was stopped. "
                      "A local server may still be loading the model: ask again in a moment."));
}

void ChatReply::fail(ErrorKind kind, const QString &message, const QString &serverMessage,
                     int status)
{
    if (m_finished)
        return;
    qCInfo(lcAssistant) << "request to the model server failed:" << message << serverMessage
                        << "HTTP" << status;
    m_failure.kind = kind;
    m_failure.message = message;
    m_failure.serverMessage = serverMessage;
    m_failure.httpStatus = status;
    complete();
}

void ChatReply::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    m_answer.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // Always asynchronous, so that a caller connects before the signal even when it is at once.
    QMetaObject::invokeMethod(this, &ChatReply::finished, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------

ChatClient::ChatClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Model servers are on this machine or named explicitly: no system proxy in between.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ChatClient::~ChatClient() = default;

QString ChatClient::invalidEndpointReason() const
{
    const QUrl &url = m_endpoint.baseUrl;
    if (url.isEmpty())
        return tr("No assistant endpoint is set. Start a local model server (Ollama: ollama "
                  "serve, then ollama pull qwen2.5-coder) and enter its base URL, "
                  "http://localhost:11434/v1.");
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return tr("%1 is not an http(s) URL. Enter the server's base URL, e.g. "
                  "http://localhost:11434/v1.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return QString();
}

QNetworkReply *ChatClient::send(const QString &path, const QByteArray *body)
{
    QUrl url = m_endpoint.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept",
                         body ? "text/event-stream, application/json" : "application/json");
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    if (!body)
        return m_network->get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return m_network->post(request, *body);
}

ChatReply *ChatClient::complete(const ChatRequest &request)
{
    const QString invalid = invalidEndpointReason();
    if (!invalid.isEmpty()) {
        auto *reply = new ChatReply(nullptr, request, m_stallTimeoutMs, m_firstByteTimeoutMs,
                                    m_maxAnswerChars, this);
        reply->fail(ErrorKind::InvalidEndpoint, invalid);
        return reply;
    }
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return new ChatReply(send(QStringLiteral("/chat/completions"), &body), request,
                         m_stallTimeoutMs, m_firstByteTimeoutMs, m_maxAnswerChars, this);
}

void ChatClient::listModels()
{
    const QString invalid = invalidEndpointReason();
    if (!invalid.isEmpty()) {
        Failure failure;
        failure.kind = ErrorKind::InvalidEndpoint;
        failure.message = invalid;
        QMetaObject::invokeMethod(
            this, [this, failure] { Q_EMIT modelsListed({}, failure); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = send(QStringLiteral("/models"), nullptr);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer->start(m_stallTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(kMaxErrorBody * 16);
        Failure failure;
        if (status >= 300) {
            failure = httpFailure(status, body, QString());
        } else if (reply->error() != QNetworkReply::NoError) {
            failure.kind = reply->error() == QNetworkReply::ConnectionRefusedError
                               ? ErrorKind::ConnectionRefused
                           : reply->error() == QNetworkReply::OperationCanceledError
                               ? ErrorKind::Stalled
                               : ErrorKind::Network;
            failure.message =
                failure.kind == ErrorKind::ConnectionRefused
                    ? tr("Nothing answers at %1. Start the model server or correct the "
                         "assistant's base URL.")
                          .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo))
                    : tr("Listing the models failed: %1.").arg(reply->errorString());
        }
        QStringList models;
        if (failure.kind == ErrorKind::None) {
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            const QJsonValue data = doc.object().value(QStringLiteral("data"));
            if (!data.isArray()) {
                failure.kind = ErrorKind::Malformed;
                failure.message = tr("The server's model list is not OpenAI-compatible JSON. Is "
                                     "the base URL right (it usually ends in /v1)?");
            }
            for (const QJsonValue &model : data.toArray()) {
                const QString id = model.toObject().value(QStringLiteral("id")).toString();
                if (!id.isEmpty())
                    models.append(id);
            }
            models.sort(Qt::CaseInsensitive);
        }
        Q_EMIT modelsListed(models, failure);
    });
}

} // namespace sandbench::llm
