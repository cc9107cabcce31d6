// An OpenAI-compatible chat-completions client on Qt Network: POST {base}/chat/completions
// (streamed as server-sent events, or one JSON body from a server that does not stream) and
// GET {base}/models. Asynchronous: nothing here blocks the thread it lives on.
#pragma once

#include "chattypes.h"
#include "ssedecoder.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace sandbench::llm {

// One chat completion in flight. Emits deltas as they arrive, then finished() exactly once
// (answer() holds what arrived, failure() why it stopped, if it did not end normally).
class ChatReply : public QObject
{
    Q_OBJECT

public:
    ~ChatReply() override;

    const ChatAnswer &answer() const { return m_answer; }
    const Failure &failure() const { return m_failure; }
    bool isFinished() const { return m_finished; }
    // Stop: ends the request now; finished() follows with ErrorKind::Aborted and the partial
    // answer kept.
    void abort();

Q_SIGNALS:
    void contentDelta(const QString &text);
    // A tool call's fragment arrived; answer().toolCalls holds it as assembled so far.
    void toolCallDelta(int index);
    void finished();

private:
    friend class ChatClient;
    ChatReply(QNetworkReply *reply, const ChatRequest &request, int stallTimeoutMs,
              int firstByteTimeoutMs, qsizetype maxAnswerChars, QObject *parent);
    void onReadyRead();
    // Reads and handles what arrived, a slice at a time: a fast server's burst (thousands of
    // events in one read) would otherwise hold the GUI thread for as long as they take.
    void pump();
    void onFinished();
    void onStall();
    void handleEvent(const QByteArray &data);
    void handleChunk(const QJsonObject &chunk);
    void handleBody(const QByteArray &body);
    void fail(ErrorKind kind, const QString &message, const QString &serverMessage = {},
              int status = 0);
    void complete();
    bool isEventStream() const;

    QPointer<QNetworkReply> m_reply;
    QString m_requestedModel;
    SseDecoder m_sse;
    QList<QByteArray> m_events; // decoded, not handled yet
    qsizetype m_nextEvent = 0;
    QTimer m_pump;             // the next slice, after the events waiting
    bool m_endPending = false; // the reply ended while events still wait
    QByteArray m_body;         // a non-streamed body, or an error's body
    QTimer m_stall;
    int m_stallTimeoutMs = 0;
    qsizetype m_maxAnswerChars = 0;
    bool m_sawDone = false;
    bool m_decided = false; // the response's kind (stream, body, error) is known
    bool m_streamMode = false;
    bool m_finished = false;
    ChatAnswer m_answer;
    Failure m_failure;
    QMap<int, int> m_toolSlots; // the stream's tool-call index -> position in toolCalls
};

class ChatClient : public QObject
{
    Q_OBJECT

public:
    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    const Endpoint &endpoint() const { return m_endpoint; }
    // Nothing arriving for this long ends the request as Stalled (keep-alive comments count).
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    // Until the first byte: a local server may be loading the model into memory first.
    void setFirstByteTimeoutMs(int ms) { m_firstByteTimeoutMs = ms; }
    // An answer longer than this ends as TooLarge (what arrived is kept).
    void setMaxAnswerChars(qsizetype chars) { m_maxAnswerChars = chars; }

    // Starts a completion; the reply is a child of this client (delete it when done, or it goes
    // with the client). An invalid endpoint gives a reply that finishes at once, with the error.
    ChatReply *complete(const ChatRequest &request);

    // GET {base}/models: modelsListed() answers with the ids, or with a failure.
    void listModels();

Q_SIGNALS:
    void modelsListed(const QStringList &models, const sandbench::llm::Failure &failure);

private:
    QNetworkReply *send(const QString &path, const QByteArray *body);
    QString invalidEndpointReason() const;

    QNetworkAccessManager *m_network = nullptr;
    Endpoint m_endpoint;
    int m_stallTimeoutMs = 30000;
    int m_firstByteTimeoutMs = 300000;
    qsizetype m_maxAnswerChars = 8 * 1024 * 1024;
};

// Turns an HTTP error (status and body) into a Failure that says what to do.
Failure httpFailure(int status, const QByteArray &body, const QString &model);

} // namespace sandbench::llm
