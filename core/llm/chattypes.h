// What an OpenAI-compatible chat-completions exchange carries, independent of the transport:
// the request, the answer as it accumulates, and a failure that says what to do about it.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

namespace sandbench::llm {

// Where the model is: "http://localhost:11434/v1" (Ollama), ":8080/v1" (llama-server), a hosted
// service. The key is handed in by whoever holds it (the keyring); it is never stored here.
struct Endpoint
{
    QUrl baseUrl;
    QString apiKey;

    // The host as provenance records it ("localhost:11434"): no scheme, path, user or key.
    QString host() const;
    // True for an endpoint on this machine (loopback names and addresses): sample rows may go
    // there by default.
    bool isLocal() const;
};

struct ChatRequest
{
    QString model;
    QJsonArray messages; // [{"role", "content"}], exactly as sent
    std::optional<double> temperature;
    int maxTokens = 0;  // 0: the server's default
    bool stream = true; // a server that answers with one JSON body instead is handled too
    QJsonArray tools;   // OpenAI "tools" for agent mode; empty: none

    // The request body as sent (stream_options asks for the final usage chunk).
    QJsonObject toJson() const;
};

// One tool call, assembled from the streamed fragments of its arguments.
struct ToolCall
{
    int index = 0;
    QString id;
    QString name;
    QString arguments; // JSON text as the model wrote it; parse when the call is complete
};

struct Usage
{
    int promptTokens = -1; // -1: the server did not say
    int completionTokens = -1;
    int totalTokens = -1;
};

struct ChatAnswer
{
    QString content;
    QList<ToolCall> toolCalls;
    QString finishReason; // "stop", "length", "tool_calls"; empty when the stream was cut
    QString model;        // as the server named it; may differ from the one asked for
    Usage usage;
    bool streamed = false; // false: the server answered with one body
    QDateTime startedAt;
    QDateTime firstTokenAt; // invalid until the first content or tool-call fragment
    QDateTime finishedAt;
};

enum class ErrorKind
{
    None,
    InvalidEndpoint,   // not an http(s) URL
    ConnectionRefused, // nothing listens there
    HostNotFound,
    Unauthorized,  // 401/403: the API key
    ModelNotFound, // 404 naming the model
    NotFound,      // 404 otherwise: the base URL's path
    RateLimited,   // 429
    ContextLength, // the prompt does not fit the model's context
    ServerError,   // 5xx, or another 4xx
    Malformed,     // an event or body that is not what the protocol says
    Stalled,       // nothing arrived for the stall timeout
    StreamCut,     // the connection ended before the answer did
    TooLarge,      // the answer passed the client's size bound
    Aborted,       // Stop
    Network,       // any other transport failure (TLS, proxy...)
};

struct Failure
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString serverMessage; // what the server said, verbatim (bounded), for experts
    QString message;       // one or two sentences: what happened and what to do
};

// "connection-refused", "model-not-found"...: stable names for JSON output and tests.
QString errorKindName(ErrorKind kind);

} // namespace sandbench::llm

Q_DECLARE_METATYPE(sandbench::llm::Failure)
Q_DECLARE_METATYPE(sandbench::llm::ErrorKind)
