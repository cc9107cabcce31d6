// `sandbench ask` end to end: the real binary against the OpenAI-compatible server the suite
// starts (helpers/fake_openai.py). Checks what the model was sent (the datasets' columns, the
// sandbox's rules), what was printed, that the exchange is in the store, and that --run goes
// through the same review gate as every cell with the model, endpoint and prompt hash recorded.

#include "helpers/fakeopenai.h"
#include "llm/contextbuilder.h"
#include "llm/exchangestore.h"
#include "runstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const QString kExpectedCode =
    QStringLiteral("totals = sales.groupby(\"region\").revenue.sum()\ntotals\n");

} // namespace

class TestAsk : public QObject
{
    Q_OBJECT

private:
    test::FakeOpenAi m_server;
    QTemporaryDir m_home;

    QString db() const { return m_home.filePath(QStringLiteral("runs.db")); }

    Result sandbench(const QStringList &arguments, const QMap<QString, QString> &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No settings of the user's, no endpoint from the caller's environment.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("SANDBENCH_LLM_ENDPOINT"));
        environment.remove(QStringLiteral("SANDBENCH_LLM_MODEL"));
        environment.remove(QStringLiteral("SANDBENCH_LLM_API_KEY"));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                      arguments);
        Result result;
        if (!process.waitForFinished(240000)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QStringList endpointArgs(const QString &model = QStringLiteral("qwen2.5-coder:7b")) const
    {
        return {QStringLiteral("--endpoint"), m_server.baseUrl().toString(),
                QStringLiteral("--model"),    model,
                QStringLiteral("--db"),       db()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString script = QFINDTESTDATA("helpers/fake_openai.py");
        QVERIFY(!script.isEmpty());
        QVERIFY2(m_server.start(script), qPrintable(m_server.error()));
    }

    void askPrintsTheProposedCode()
    {
        const Result r = sandbench(
            QStringList{QStringLiteral("ask"), QStringLiteral("Total revenue per region")} +
            endpointArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), kExpectedCode); // stdout: the code only
        QVERIFY(r.err.contains("Totals per region"));      // the answer streamed on stderr
        const QJsonObject body = m_server.lastRequest().value(QStringLiteral("body")).toObject();
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QString system =
            messages.at(0).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(system.contains(QStringLiteral("Only these modules may be imported: pandas")));
        QVERIFY(system.contains(QStringLiteral("output folder")));
        QVERIFY(messages.at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("Question: Total revenue per region")));
    }

    void askJsonKeepsTheExchange()
    {
        const Result r = sandbench(
            QStringList{QStringLiteral("ask"), QStringLiteral("Totals"), QStringLiteral("--json")} +
            endpointArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("code")).toString(), kExpectedCode);
        QCOMPARE(o.value(QStringLiteral("endpoint_host")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        // The hash is of exactly what the server received.
        const QJsonArray received = m_server.lastRequest()
                                        .value(QStringLiteral("body"))
                                        .toObject()
                                        .value(QStringLiteral("messages"))
                                        .toArray();
        const QString sha = o.value(QStringLiteral("prompt_sha256")).toString();
        QCOMPARE(sha, llm::ContextBuilder::messagesSha256(received));
        QCOMPARE(o.value(QStringLiteral("messages")).toArray(), received);
        QCOMPARE(o.value(QStringLiteral("usage"))
                     .toObject()
                     .value(QStringLiteral("prompt_tokens"))
                     .toInt(),
                 321);

        QString error;
        auto store = RunStore::open(db(), &error);
        QVERIFY2(store, qPrintable(error));
        const auto exchange = llm::ExchangeStore(*store).byPrompt(sha);
        QVERIFY(exchange);
        QCOMPARE(exchange->id, o.value(QStringLiteral("exchange_id")).toInteger());
        QCOMPARE(exchange->messages, received);
        QCOMPARE(exchange->model, QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(exchange->endpointHost, QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        QVERIFY(exchange->answer.content.contains(kExpectedCode));
        QCOMPARE(exchange->answer.usage.completionTokens, 45);
        QVERIFY(exchange->answer.finishedAt.isValid());
    }

    void runGoesThroughReviewThenRuns()
    {
        const QString sales = test::sampleSalesCsv();
        QVERIFY(QFileInfo::exists(sales));
        const QStringList ask =
            QStringList{QStringLiteral("ask"),    QStringLiteral("Total revenue per region"),
                        QStringLiteral("--data"), QStringLiteral("sales=") + sales,
                        QStringLiteral("--run"),  QStringLiteral("--json")} +
            endpointArgs();
        const Result first = sandbench(ask);
        QVERIFY2(first.exitCode == 4,
                 QByteArray(first.err + first.out).constData()); // pending review
        const QJsonObject run = first.json().value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
        QCOMPARE(run.value(QStringLiteral("origin")).toString(), QStringLiteral("llm"));

        // The model was told the dataset as loaded: columns, dtypes, rows, and (a local
        // endpoint) a few rows quoted as data.
        const QString user = m_server.lastRequest()
                                 .value(QStringLiteral("body"))
                                 .toObject()
                                 .value(QStringLiteral("messages"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY2(user.contains(QStringLiteral("- \"sales\": ")), qPrintable(user));
        QVERIFY2(user.contains(QStringLiteral("\"revenue\" float64")), qPrintable(user));
        QVERIFY2(user.contains(QStringLiteral("\"region\" object")), qPrintable(user));
        QVERIFY2(user.contains(QStringLiteral("sample rows:")), qPrintable(user));
        QVERIFY(first.json().value(QStringLiteral("samples_sent")).toBool());

        // show --json carries the provenance.
        const qint64 runId = run.value(QStringLiteral("run_id")).toInteger();
        const Result show = sandbench({QStringLiteral("show"), QString::number(runId),
                                       QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject code = show.json().value(QStringLiteral("code")).toObject();
        QCOMPARE(code.value(QStringLiteral("origin")).toString(), QStringLiteral("llm"));
        QCOMPARE(code.value(QStringLiteral("llm_model")).toString(),
                 QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(code.value(QStringLiteral("prompt_sha256")).toString(),
                 first.json().value(QStringLiteral("prompt_sha256")).toString());
        QCOMPARE(code.value(QStringLiteral("endpoint_host")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        QCOMPARE(code.value(QStringLiteral("text")).toString(), kExpectedCode);

        // A reviewer approves exactly this code; asked again, it runs.
        const Result approve =
            sandbench({QStringLiteral("review"), QStringLiteral("approve"), QString::number(runId),
                       QStringLiteral("--note"), QStringLiteral("read-only groupby"),
                       QStringLiteral("--db"), db()});
        QVERIFY2(approve.exitCode == 0, approve.err.constData());
        const Result second = sandbench(ask);
        QVERIFY2(second.exitCode == 0, QByteArray(second.err + second.out).constData());
        const QJsonObject ran = second.json().value(QStringLiteral("run")).toObject();
        QCOMPARE(ran.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY2(ran.value(QStringLiteral("result")).toString().contains(QStringLiteral("North")),
                 qPrintable(ran.value(QStringLiteral("result")).toString()));
    }

    void serverErrorsExitUnavailable()
    {
        const Result unauthorized =
            sandbench(QStringList{QStringLiteral("ask"), QStringLiteral("x")} +
                      endpointArgs(QStringLiteral("err-401")));
        QCOMPARE(unauthorized.exitCode, 69);
        QVERIFY2(unauthorized.err.contains("API key"), unauthorized.err.constData());
        const Result json = sandbench(
            QStringList{QStringLiteral("ask"), QStringLiteral("x"), QStringLiteral("--json")} +
            endpointArgs(QStringLiteral("err-context")));
        QCOMPARE(json.exitCode, 69);
        QCOMPARE(json.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("context-length"));
    }

    void agentPrintsEachStepAndStopsAtReview()
    {
        const QString sales = test::sampleSalesCsv();
        const QStringList ask =
            QStringList{QStringLiteral("ask"), QStringLiteral("Total revenue?"),
                        QStringLiteral("--data"), QStringLiteral("sales=") + sales,
                        QStringLiteral("--agent")} +
            endpointArgs(QStringLiteral("agent"));
        const Result text = sandbench(ask);
        // The default profile holds the model's first cell for review: the agent stops there.
        QVERIFY2(text.exitCode == 4, QByteArray(text.err + text.out).constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("[step 1] describe_table {\"name\": \"sales\"}")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[step 2] list_variables")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[step 3] run_cell\n    total = sales.revenue.sum()")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"revenue\" float64")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[agent] held-for-review")), qPrintable(out));
        QVERIFY2(text.err.contains("waits for review: run"), text.err.constData());

        const Result json = sandbench(ask + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 4, QByteArray(json.err + json.out).constData());
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("held-for-review"));
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        const QJsonObject cell = steps.at(2).toObject();
        QCOMPARE(cell.value(QStringLiteral("tool")).toString(), QStringLiteral("run_cell"));
        QCOMPARE(cell.value(QStringLiteral("run_status")).toString(),
                 QStringLiteral("pending_review"));
        const qint64 runId = cell.value(QStringLiteral("run_id")).toInteger();
        QCOMPARE(o.value(QStringLiteral("held_run_id")).toInteger(), runId);
        // show --json: the held run names its origin, the model and the hash of the request
        // that asked for the cell (the second one, after the first tool results).
        const Result show = sandbench({QStringLiteral("show"), QString::number(runId),
                                       QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject code = show.json().value(QStringLiteral("code")).toObject();
        QCOMPARE(code.value(QStringLiteral("origin")).toString(), QStringLiteral("llm"));
        QCOMPARE(code.value(QStringLiteral("llm_model")).toString(), QStringLiteral("agent"));
        QCOMPARE(code.value(QStringLiteral("prompt_sha256")).toString(),
                 cell.value(QStringLiteral("prompt_sha256")).toString());
        const QList<QJsonObject> requests = m_server.requests();
        QCOMPARE(code.value(QStringLiteral("prompt_sha256")).toString(),
                 llm::ContextBuilder::messagesSha256(requests.last()
                                                         .value(QStringLiteral("body"))
                                                         .toObject()
                                                         .value(QStringLiteral("messages"))
                                                         .toArray()));
    }

    void agentStepLimitAndUsage()
    {
        const QString sales = test::sampleSalesCsv();
        const Result limited =
            sandbench(QStringList{QStringLiteral("ask"), QStringLiteral("Total revenue?"),
                                  QStringLiteral("--data"), QStringLiteral("sales=") + sales,
                                  QStringLiteral("--agent"), QStringLiteral("--max-steps"),
                                  QStringLiteral("1"), QStringLiteral("--json")} +
                      endpointArgs(QStringLiteral("agent")));
        QVERIFY2(limited.exitCode == 3, QByteArray(limited.err + limited.out).constData());
        QCOMPARE(limited.json().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("step-limit"));
        QCOMPARE(limited.json().value(QStringLiteral("steps")).toArray().size(), 1);
        const Result both =
            sandbench(QStringList{QStringLiteral("ask"), QStringLiteral("x"),
                                  QStringLiteral("--agent"), QStringLiteral("--run")} +
                      endpointArgs());
        QCOMPARE(both.exitCode, 64);
        const Result steps =
            sandbench(QStringList{QStringLiteral("ask"), QStringLiteral("x"),
                                  QStringLiteral("--max-steps"), QStringLiteral("3")} +
                      endpointArgs());
        QCOMPARE(steps.exitCode, 64);
        QVERIFY(steps.err.contains("--agent"));
    }

    void serveAnswersAskWithProgressAndProvenance()
    {
        QProcess serve;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("SANDBENCH_LLM_ENDPOINT"));
        environment.remove(QStringLiteral("SANDBENCH_LLM_MODEL"));
        serve.setProcessEnvironment(environment);
        serve.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"),
                    {QStringLiteral("serve"), QStringLiteral("--stdio"), QStringLiteral("--data"),
                     QStringLiteral("sales=") + test::sampleSalesCsv(), QStringLiteral("--db"),
                     // A store of its own: no earlier approval covers the model's code.
                     m_home.filePath(QStringLiteral("serve.db"))});
        QVERIFY(serve.waitForStarted(60000));
        QByteArray buffer;
        // Every line up to (and with) the response to id.
        const auto until = [&](int id) {
            QList<QJsonObject> lines;
            for (;;) {
                qsizetype newline;
                while ((newline = buffer.indexOf('\n')) >= 0) {
                    const QJsonObject line = QJsonDocument::fromJson(buffer.left(newline)).object();
                    buffer.remove(0, newline + 1);
                    lines.append(line);
                    if (line.value(QStringLiteral("id")).toInt() == id &&
                        !line.contains(QStringLiteral("progress")))
                        return lines;
                }
                if (!serve.waitForReadyRead(240000))
                    return lines;
                buffer += serve.readAllStandardOutput();
            }
        };
        const auto send = [&](const QJsonObject &request) {
            serve.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        };

        send({{QStringLiteral("id"), 1},
              {QStringLiteral("op"), QStringLiteral("ask")},
              {QStringLiteral("question"), QStringLiteral("Total revenue per region")},
              {QStringLiteral("endpoint"), m_server.baseUrl().toString()},
              {QStringLiteral("model"), QStringLiteral("qwen2.5-coder:7b")},
              {QStringLiteral("run"), true}});
        QList<QJsonObject> lines = until(1);
        QVERIFY(lines.size() > 2);
        QString streamed;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QCOMPARE(lines.at(i).value(QStringLiteral("progress")).toString(),
                     QStringLiteral("token"));
            streamed += lines.at(i).value(QStringLiteral("text")).toString();
        }
        QVERIFY(streamed.contains(kExpectedCode));
        const QJsonObject answer = lines.last();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), kExpectedCode);
        const QJsonArray sent = m_server.lastRequest()
                                    .value(QStringLiteral("body"))
                                    .toObject()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
        // The served session's dataset went along.
        QVERIFY(sent.at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("\"revenue\" float64")));
        const QJsonObject run = answer.value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
        QCOMPARE(run.value(QStringLiteral("origin")).toString(), QStringLiteral("llm"));
        QCOMPARE(run.value(QStringLiteral("llm_model")).toString(),
                 QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(run.value(QStringLiteral("prompt_sha256")).toString(),
                 llm::ContextBuilder::messagesSha256(sent));
        QCOMPARE(run.value(QStringLiteral("endpoint_host")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        QVERIFY(answer.value(QStringLiteral("exchange_id")).toInteger() > 0);

        // Agent mode: each step as a progress line, then the transcript.
        send({{QStringLiteral("id"), 2},
              {QStringLiteral("op"), QStringLiteral("ask")},
              {QStringLiteral("question"), QStringLiteral("Total revenue?")},
              {QStringLiteral("endpoint"), m_server.baseUrl().toString()},
              {QStringLiteral("model"), QStringLiteral("agent")},
              {QStringLiteral("agent"), true},
              {QStringLiteral("max_steps"), 2}});
        lines = until(2);
        QStringList progress;
        for (const QJsonObject &line : lines)
            progress.append(line.value(QStringLiteral("progress")).toString() +
                            line.value(QStringLiteral("tool")).toString());
        QCOMPARE(progress, (QStringList{QStringLiteral("stepdescribe_table"),
                                        QStringLiteral("step_donedescribe_table"),
                                        QStringLiteral("steplist_variables"),
                                        QStringLiteral("step_donelist_variables"), QString()}));
        QCOMPARE(lines.last().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("step-limit"));
        QCOMPARE(lines.last().value(QStringLiteral("steps")).toArray().size(), 2);

        // A bad request is refused with a reason, and the session goes on.
        send({{QStringLiteral("id"), 3}, {QStringLiteral("op"), QStringLiteral("ask")}});
        lines = until(3);
        QCOMPARE(lines.last().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(lines.last()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("question")));
        send({{QStringLiteral("id"), 4}, {QStringLiteral("op"), QStringLiteral("shutdown")}});
        lines = until(4);
        QCOMPARE(lines.last().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(serve.waitForFinished(60000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void endpointAndModelFromTheEnvironment()
    {
        const Result missing =
            sandbench({QStringLiteral("ask"), QStringLiteral("x"), QStringLiteral("--db"), db()});
        QCOMPARE(missing.exitCode, 64);
        QVERIFY(missing.err.contains("SANDBENCH_LLM_ENDPOINT"));
        QVERIFY(missing.err.contains("ollama serve"));
        const Result fromEnv =
            sandbench({QStringLiteral("ask"), QStringLiteral("x"), QStringLiteral("--db"), db()},
                      {{QStringLiteral("SANDBENCH_LLM_ENDPOINT"), m_server.baseUrl().toString()},
                       {QStringLiteral("SANDBENCH_LLM_MODEL"), QStringLiteral("llama3.1:8b")},
                       {QStringLiteral("SANDBENCH_LLM_API_KEY"), QStringLiteral("sk-from-env")}});
        QVERIFY2(fromEnv.exitCode == 0, fromEnv.err.constData());
        const QJsonObject sent = m_server.lastRequest();
        QCOMPARE(
            sent.value(QStringLiteral("body")).toObject().value(QStringLiteral("model")).toString(),
            QStringLiteral("llama3.1:8b"));
        QCOMPARE(sent.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("authorization"))
                     .toString(),
                 QStringLiteral("Bearer sk-from-env"));
        // The key is never kept.
        QVERIFY(!test::readFile(db()).contains("sk-from-env"));
    }
};

QTEST_GUILESS_MAIN(TestAsk)
#include "tst_ask.moc"
