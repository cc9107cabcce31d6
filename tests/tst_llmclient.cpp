// The assistant's chat-completions client (core/llm) against an OpenAI-compatible server the
// suite starts itself (tests/helpers/fake_openai.py): streaming and not, tool-call fragments,
// every error the analyst must understand, a cut stream, a stall, a huge answer. Each test checks
// what the server received as well as what the client made of the answer.

// Test code compares with many literals: implicit QString from ASCII is allowed here only.
#undef QT_NO_CAST_FROM_ASCII

#include "helpers/fakeopenai.h"
#include "llm/chatclient.h"
#include "llm/ssedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace sandbench;
using namespace sandbench::llm;

namespace {

const QString kCodeAnswer = QStringLiteral(
    "Totals per region:\n\n```python\ntotals = sales.groupby(\"region\").revenue.sum()\n"
    "totals\n```\n\nThe last line shows them.");

QJsonArray someMessages()
{
    return QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                  {QStringLiteral("content"), QStringLiteral("Write Python.")}},
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                  {QStringLiteral("content"), QStringLiteral("Totals?")}}};
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    test::FakeOpenAi m_server;

    std::unique_ptr<ChatClient> client(const QString &key = QStringLiteral("sk-test"))
    {
        auto c = std::make_unique<ChatClient>();
        c->setEndpoint({m_server.baseUrl(), key});
        return c;
    }

    // Runs one completion to its end; the reply stays owned by the client.
    ChatReply *ask(ChatClient &c, const QString &model, bool stream = true,
                   QString *streamed = nullptr)
    {
        ChatRequest request;
        request.model = model;
        request.messages = someMessages();
        request.temperature = 0.2;
        request.stream = stream;
        ChatReply *reply = c.complete(request);
        if (streamed)
            connect(reply, &ChatReply::contentDelta, this,
                    [streamed](const QString &t) { *streamed += t; });
        QSignalSpy finished(reply, &ChatReply::finished);
        // A backstop only: every scenario ends by itself (stall ones by the client's timer).
        if (!reply->isFinished() || finished.isEmpty())
            finished.wait(120000);
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString script = QFINDTESTDATA("helpers/fake_openai.py");
        QVERIFY2(!script.isEmpty(), "tests/helpers/fake_openai.py not found");
        QVERIFY2(m_server.start(script), qPrintable(m_server.error()));
    }

    // --- server-sent events, byte by byte --------------------------------------------------

    void sseEventsSurviveAnyPacketSplit()
    {
        const QByteArray stream = ": keep-alive\r\n\r\ndata: {\"a\":\r\ndata: 1}\r\n\r\n"
                                  "event: x\ndata: second\n\n: c\ndata:third\rdata: 3\r\r"
                                  "data: [DONE]\n\n";
        const QList<QByteArray> expected{"{\"a\":\n1}", "second", "third\n3", "[DONE]"};
        // Every split point, and one byte at a time.
        for (int cut = 0; cut <= stream.size(); ++cut) {
            SseDecoder decoder;
            QList<QByteArray> events = decoder.feed(stream.left(cut));
            events += decoder.feed(stream.mid(cut));
            events += decoder.finish();
            QCOMPARE(events, expected);
            QCOMPARE(decoder.comments(), 2);
        }
        SseDecoder bytewise;
        QList<QByteArray> events;
        for (char c : stream)
            events += bytewise.feed(QByteArray(1, c));
        events += bytewise.finish();
        QCOMPARE(events, expected);
    }

    void sseLastEventWithoutBlankLineCounts()
    {
        SseDecoder decoder;
        QVERIFY(decoder.feed("data: tail").isEmpty());
        QCOMPARE(decoder.finish(), QList<QByteArray>{"tail"});
    }

    // --- a streamed answer -----------------------------------------------------------------

    void streamedAnswerArrivesTokenByToken()
    {
        auto c = client();
        QString streamed;
        int deltas = 0;
        ChatRequest request;
        request.model = QStringLiteral("qwen2.5-coder:7b");
        request.messages = someMessages();
        request.temperature = 0.2;
        ChatReply *reply = c->complete(request);
        connect(reply, &ChatReply::contentDelta, this, [&](const QString &t) {
            streamed += t;
            ++deltas;
        });
        QSignalSpy finished(reply, &ChatReply::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QCOMPARE(reply->answer().content, kCodeAnswer);
        QCOMPARE(streamed, kCodeAnswer);
        QVERIFY2(deltas > 10, "the answer must arrive in pieces, as the server sent it");
        QVERIFY(reply->answer().streamed);
        QCOMPARE(reply->answer().finishReason, QStringLiteral("stop"));
        QCOMPARE(reply->answer().usage.promptTokens, 321);
        QCOMPARE(reply->answer().usage.completionTokens, 45);
        QCOMPARE(reply->answer().model, QStringLiteral("qwen2.5-coder:7b"));
        QVERIFY(reply->answer().firstTokenAt.isValid());
        QVERIFY(reply->answer().finishedAt >= reply->answer().firstTokenAt);
        QCOMPARE(finished.size(), 1);

        // What the server received: the protocol's request, exactly the messages given.
        const QJsonObject sent = m_server.lastRequest();
        QCOMPARE(sent.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(sent.value("path").toString(), QStringLiteral("/v1/chat/completions"));
        const QJsonObject headers = sent.value("headers").toObject();
        QCOMPARE(headers.value("authorization").toString(), QStringLiteral("Bearer sk-test"));
        QVERIFY(headers.value("content-type").toString().startsWith("application/json"));
        QVERIFY(headers.value("accept").toString().contains("text/event-stream"));
        const QJsonObject body = sent.value("body").toObject();
        QCOMPARE(body.value("model").toString(), QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(body.value("messages").toArray(), someMessages());
        QCOMPARE(body.value("stream").toBool(), true);
        QCOMPARE(body.value("stream_options").toObject().value("include_usage").toBool(), true);
        QCOMPARE(body.value("temperature").toDouble(), 0.2);
        QVERIFY(!body.contains("tools"));
    }

    void crlfLineEndingsStreamToo()
    {
        auto c = client();
        ChatReply *reply = ask(*c, QStringLiteral("crlf"));
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QCOMPARE(reply->answer().content, kCodeAnswer);
        QCOMPARE(reply->answer().usage.totalTokens, 366);
    }

    void noKeyMeansNoAuthorizationHeader()
    {
        auto c = client(QString());
        ChatReply *reply = ask(*c, QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QVERIFY(!m_server.lastRequest().value("headers").toObject().contains("authorization"));
    }

    // --- a server that does not stream -----------------------------------------------------

    void nonStreamingRequest()
    {
        auto c = client();
        ChatReply *reply = ask(*c, QStringLiteral("qwen2.5-coder:7b"), false);
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QCOMPARE(reply->answer().content, kCodeAnswer);
        QVERIFY(!reply->answer().streamed);
        QCOMPARE(reply->answer().usage.promptTokens, 321);
        const QJsonObject body = m_server.lastRequest().value("body").toObject();
        QCOMPARE(body.value("stream").toBool(), false);
        QVERIFY(!body.contains("stream_options"));
    }

    void serverThatIgnoresStreamIsHandled()
    {
        auto c = client();
        QString streamed;
        ChatReply *reply = ask(*c, QStringLiteral("plain"), true, &streamed);
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QCOMPARE(reply->answer().content, kCodeAnswer);
        QCOMPARE(streamed, kCodeAnswer); // shown at once, as one delta
        QVERIFY(!reply->answer().streamed);
        QCOMPARE(reply->answer().finishReason, QStringLiteral("stop"));
    }

    // --- tool calls ------------------------------------------------------------------------

    void toolCallsAreAssembledFromFragments()
    {
        auto c = client();
        ChatRequest request;
        request.model = QStringLiteral("tools");
        request.messages = someMessages();
        request.tools = QJsonArray{QJsonObject{
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("run_cell")},
                         {QStringLiteral("parameters"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}};
        ChatReply *reply = c->complete(request);
        QSignalSpy deltas(reply, &ChatReply::toolCallDelta);
        QSignalSpy finished(reply, &ChatReply::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QCOMPARE(reply->answer().finishReason, QStringLiteral("tool_calls"));
        const QList<ToolCall> calls = reply->answer().toolCalls;
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].id, QStringLiteral("call_a"));
        QCOMPARE(calls[0].name, QStringLiteral("run_cell"));
        QCOMPARE(calls[0].arguments, QStringLiteral("{\"code\": \"print(1 + 1)\"}"));
        QCOMPARE(
            QJsonDocument::fromJson(calls[0].arguments.toUtf8()).object().value("code").toString(),
            QStringLiteral("print(1 + 1)"));
        QCOMPARE(calls[1].id, QStringLiteral("call_b"));
        QCOMPARE(calls[1].name, QStringLiteral("list_variables"));
        QCOMPARE(calls[1].arguments, QStringLiteral("{}"));
        QCOMPARE(deltas.size(), 6);
        QVERIFY(reply->answer().content.isEmpty());
        const QJsonObject body = m_server.lastRequest().value("body").toObject();
        QCOMPARE(body.value("tools").toArray(), request.tools);
    }

    // --- errors that say what to do --------------------------------------------------------

    void httpErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");   // the server's message, passed on
        QTest::addColumn<QString>("advice"); // what to do
        QTest::newRow("401") << "err-401" << ErrorKind::Unauthorized << 401 << "Incorrect API key"
                             << "API key";
        QTest::newRow("404 model")
            << "err-404-model:7b" << ErrorKind::ModelNotFound << 404 << "not found"
            << "ollama pull err-404-model:7b";
        QTest::newRow("429") << "err-429" << ErrorKind::RateLimited << 429 << "Rate limit reached"
                             << "Wait";
        QTest::newRow("500") << "err-500" << ErrorKind::ServerError << 500
                             << "CUDA error: out of memory"
                             << "server's log";
        QTest::newRow("502 text") << "err-502-text" << ErrorKind::ServerError << 502
                                  << "upstream llama-server is down"
                                  << "server's log";
        QTest::newRow("context") << "err-context" << ErrorKind::ContextLength << 400
                                 << "maximum context length is 4096"
                                 << "context size";
    }

    void httpErrorsAreExplained()
    {
        QFETCH(QString, model);
        QFETCH(ErrorKind, kind);
        QFETCH(int, status);
        QFETCH(QString, says);
        QFETCH(QString, advice);
        auto c = client();
        ChatReply *reply = ask(*c, model);
        QCOMPARE(reply->failure().kind, kind);
        QCOMPARE(reply->failure().httpStatus, status);
        QVERIFY2(reply->failure().message.contains(says), qPrintable(reply->failure().message));
        QVERIFY2(reply->failure().message.contains(advice), qPrintable(reply->failure().message));
        QVERIFY(reply->answer().content.isEmpty());
        QCOMPARE(m_server.lastRequest().value("body").toObject().value("model").toString(), model);
    }

    void wrongKeyIsUnauthorized()
    {
        auto c = client(QStringLiteral("wrong-key"));
        ChatReply *reply = ask(*c, QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(reply->failure().kind, ErrorKind::Unauthorized);
        QVERIFY(!reply->failure().message.contains("wrong-key")); // never echo the key
    }

    void wrongBasePathIsExplained()
    {
        ChatClient c;
        QUrl base = m_server.baseUrl();
        base.setPath(QStringLiteral("/")); // forgot the /v1
        c.setEndpoint({base, {}});
        ChatReply *reply = ask(c, QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(reply->failure().kind, ErrorKind::NotFound);
        QVERIFY(reply->failure().message.contains("/v1"));
        QCOMPARE(m_server.lastRequest().value("path").toString(),
                 QStringLiteral("/chat/completions"));
    }

    void connectionRefusedIsExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ChatClient c;
        c.setEndpoint({QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), {}});
        ChatReply *reply = ask(c, QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(reply->failure().kind, ErrorKind::ConnectionRefused);
        QVERIFY(reply->failure().message.contains("ollama serve"));
        QVERIFY(reply->failure().message.contains(QString::number(port)));
    }

    void invalidEndpointFailsAtOnce()
    {
        ChatClient c;
        c.setEndpoint({QUrl(QStringLiteral("ftp://example.org/v1")), {}});
        ChatReply *reply = ask(c, QStringLiteral("x"));
        QCOMPARE(reply->failure().kind, ErrorKind::InvalidEndpoint);
        QVERIFY(reply->failure().message.contains("http://localhost:11434/v1"));
        ChatClient unset;
        QCOMPARE(ask(unset, QStringLiteral("x"))->failure().kind, ErrorKind::InvalidEndpoint);
    }

    void malformedEventIsAnError()
    {
        auto c = client();
        ChatReply *reply = ask(*c, QStringLiteral("malformed"));
        QCOMPARE(reply->failure().kind, ErrorKind::Malformed);
        QVERIFY(reply->failure().message.contains("{this is not json"));
        QCOMPARE(reply->answer().content, QStringLiteral("ok so far"));
    }

    void errorInsideTheStreamIsAnError()
    {
        auto c = client();
        ChatReply *reply = ask(*c, QStringLiteral("midstream-error"));
        QCOMPARE(reply->failure().kind, ErrorKind::ServerError);
        QVERIFY(reply->failure().message.contains("out of memory"));
        QCOMPARE(reply->answer().content, QStringLiteral("Start"));
    }

    void cutStreamKeepsWhatArrived()
    {
        auto c = client();
        ChatReply *reply = ask(*c, QStringLiteral("cut"));
        QCOMPARE(reply->failure().kind, ErrorKind::StreamCut);
        QCOMPARE(reply->answer().content,
                 QStringLiteral("import pandas as pd\ntotals = sales.gro"));
        QVERIFY(reply->answer().finishReason.isEmpty());
        QVERIFY(reply->failure().message.contains("kept"));
    }

    void stalledStreamTimesOut()
    {
        auto c = client();
        c->setStallTimeoutMs(400);
        ChatReply *reply = ask(*c, QStringLiteral("stall"));
        QCOMPARE(reply->failure().kind, ErrorKind::Stalled);
        QCOMPARE(reply->answer().content, QStringLiteral("Thinking"));
        QVERIFY(reply->failure().message.contains("0.4 s"));
    }

    void silentServerTimesOut()
    {
        auto c = client();
        c->setFirstByteTimeoutMs(400);
        ChatReply *reply = ask(*c, QStringLiteral("silent"));
        QCOMPARE(reply->failure().kind, ErrorKind::Stalled);
        QVERIFY(reply->failure().message.contains("loading the model"));
    }

    void stopEndsTheRequest()
    {
        auto c = client();
        ChatRequest request;
        request.model = QStringLiteral("stall");
        request.messages = someMessages();
        ChatReply *reply = c->complete(request);
        connect(reply, &ChatReply::contentDelta, reply, &ChatReply::abort);
        QSignalSpy finished(reply, &ChatReply::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(reply->failure().kind, ErrorKind::Aborted);
        QCOMPARE(reply->answer().content, QStringLiteral("Thinking"));
        reply->abort(); // a second Stop changes nothing
        QVERIFY(!finished.wait(200));
        QCOMPARE(finished.size(), 1);
    }

    void hugeAnswerArrivesWhole()
    {
        auto c = client();
        qint64 deltas = 0;
        ChatRequest request;
        request.model = QStringLiteral("huge");
        request.messages = someMessages();
        ChatReply *reply = c->complete(request);
        connect(reply, &ChatReply::contentDelta, this, [&](const QString &) { ++deltas; });
        QSignalSpy finished(reply, &ChatReply::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(reply->failure().kind, ErrorKind::None);
        QCOMPARE(reply->answer().content.size(), 3000 * 1000);
        QCOMPARE(deltas, 3000);
    }

    void answerBeyondTheBoundStops()
    {
        auto c = client();
        c->setMaxAnswerChars(1024 * 1024);
        ChatReply *reply = ask(*c, QStringLiteral("huge"));
        QCOMPARE(reply->failure().kind, ErrorKind::TooLarge);
        QVERIFY(reply->answer().content.size() <= 1024 * 1024);
        QVERIFY(reply->answer().content.size() > 1000 * 1000);
    }

    // --- the model list --------------------------------------------------------------------

    void modelsAreListed()
    {
        auto c = client();
        QSignalSpy listed(c.get(), &ChatClient::modelsListed);
        c->listModels();
        QVERIFY(listed.wait(60000));
        QCOMPARE(listed.first().at(0).toStringList(),
                 (QStringList{"llama3.1:8b", "qwen2.5-coder:7b"}));
        QCOMPARE(listed.first().at(1).value<Failure>().kind, ErrorKind::None);
        const QJsonObject sent = m_server.lastRequest();
        QCOMPARE(sent.value("method").toString(), QStringLiteral("GET"));
        QCOMPARE(sent.value("path").toString(), QStringLiteral("/v1/models"));
        QCOMPARE(sent.value("headers").toObject().value("authorization").toString(),
                 QStringLiteral("Bearer sk-test"));
    }

    void modelListFailureIsExplained()
    {
        ChatClient c;
        QUrl base = m_server.baseUrl();
        base.setPath(QStringLiteral("/nothing"));
        c.setEndpoint({base, {}});
        QSignalSpy listed(&c, &ChatClient::modelsListed);
        c.listModels();
        QVERIFY(listed.wait(60000));
        QCOMPARE(listed.first().at(1).value<Failure>().kind, ErrorKind::NotFound);
    }

    // --- the endpoint as provenance names it -----------------------------------------------

    void endpointHostAndLocality()
    {
        const Endpoint ollama{QUrl(QStringLiteral("http://localhost:11434/v1")), {}};
        QCOMPARE(ollama.host(), QStringLiteral("localhost:11434"));
        QVERIFY(ollama.isLocal());
        QVERIFY((Endpoint{QUrl(QStringLiteral("http://127.0.0.1:8080/v1")), {}}).isLocal());
        QVERIFY((Endpoint{QUrl(QStringLiteral("http://[::1]:8000/v1")), {}}).isLocal());
        const Endpoint hosted{QUrl(QStringLiteral("https://user:pw@api.example.com/v1")), {}};
        QCOMPARE(hosted.host(), QStringLiteral("api.example.com"));
        QVERIFY(!hosted.isLocal());
        QVERIFY(!(Endpoint{QUrl(QStringLiteral("http://10.0.0.5:11434/v1")), {}}).isLocal());
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
