// Agent mode (issue 16): the model calls tools — run a cell, list variables, describe a table,
// read a page — against the OpenAI-compatible server the suite starts (helpers/fake_openai.py),
// through a real session and its worker. Checks what the server received (the tools, the
// assembled calls echoed back, the tool results and their budget) and what the app did: runs in
// the store with origin llm and the prompt's hash, a held cell stopping (or pausing) the agent,
// the step limit, Stop, a stream cut inside a call's arguments, calls written as text.

#include "helpers/fakeopenai.h"
#include "llm/agentloop.h"
#include "llm/contextbuilder.h"
#include "llm/exchangestore.h"
#include "profile.h"
#include "reviewqueue.h"
#include "runstore.h"
#include "sessionrunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;
using namespace sandbench::llm;

namespace {

constexpr int kWaitMs = 180000; // a backstop for a hang: every wait ends on a signal

QJsonArray context(const QString &question)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                    {QStringLiteral("content"), QStringLiteral("You write Python cells.")}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"), question}}};
}

QJsonArray messagesOf(const QJsonObject &request)
{
    return request.value(QStringLiteral("body"))
        .toObject()
        .value(QStringLiteral("messages"))
        .toArray();
}

QList<QJsonObject> withRole(const QJsonArray &messages, const QString &role)
{
    QList<QJsonObject> found;
    for (const QJsonValue &m : messages) {
        if (m.toObject().value(QStringLiteral("role")).toString() == role)
            found.append(m.toObject());
    }
    return found;
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT

private:
    test::FakeOpenAi m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_session;
    std::unique_ptr<ChatClient> m_client;
    int m_sessions = 0;
    qsizetype m_requestsBefore = 0;

    // A session with the sample sales data; reviewLlm: the default profile (llm_first_run on),
    // else the same rules without that trigger, so the agent's cells run at once.
    bool startSession(bool reviewLlm)
    {
        m_session.reset();
        QString error;
        // A store of its own: llm_first_run asks whether the code ever ran before.
        m_store = RunStore::open(m_dir.filePath(QStringLiteral("runs-%1.db").arg(m_sessions + 1)),
                                 &error);
        if (!m_store) {
            qWarning() << error;
            return false;
        }
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out-%1").arg(++m_sessions));
        config.datasets.append({QStringLiteral("sales"), test::sampleSalesCsv()});
        auto profile = ProfileLoader::load(QStringLiteral("default"), &error);
        if (!profile) {
            qWarning() << error;
            return false;
        }
        if (!reviewLlm) {
            QJsonObject json = profile->json;
            QJsonObject review = json.value(QStringLiteral("review")).toObject();
            review.insert(QStringLiteral("triggers"), QJsonArray());
            json.insert(QStringLiteral("review"), review);
            json.insert(QStringLiteral("name"), QStringLiteral("agent-test"));
            const QString path = m_dir.filePath(QStringLiteral("agent-test.json"));
            if (!test::writeFile(path, QJsonDocument(json).toJson()))
                return false;
            profile = ProfileLoader::load(path, &error);
            if (!profile) {
                qWarning() << error;
                return false;
            }
        }
        config.profile = *profile;
        m_session = std::make_unique<SessionRunner>(*m_store, config);
        QSignalSpy loaded(m_session.get(), &SessionRunner::datasetsLoaded);
        if (!m_session->start(&error)) {
            qWarning() << error;
            return false;
        }
        m_requestsBefore = m_server.requests().size();
        return loaded.wait(kWaitMs);
    }

    AgentOptions options(const QString &model, int maxSteps = 8) const
    {
        AgentOptions o;
        o.model = model;
        o.endpointHost = m_client->endpoint().host();
        o.maxSteps = maxSteps;
        return o;
    }

    // The requests the server received since the session started.
    QList<QJsonObject> received() const { return m_server.requests().mid(m_requestsBefore); }

    static bool waitFinished(AgentLoop &agent)
    {
        QSignalSpy finished(&agent, &AgentLoop::finished);
        return agent.outcome() != AgentOutcome::Running || finished.wait(kWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString script = QFINDTESTDATA("helpers/fake_openai.py");
        QVERIFY(!script.isEmpty());
        QVERIFY2(m_server.start(script), qPrintable(m_server.error()));
        m_client = std::make_unique<ChatClient>();
        m_client->setEndpoint({m_server.baseUrl(), {}});
    }

    void toolCallFromTextReadsOneCallOnly()
    {
        bool ambiguous = true;
        auto call = AgentLoop::toolCallFromText(
            QStringLiteral(
                "```json\n{\"name\": \"run_cell\", \"arguments\": {\"code\": \"1\"}}\n```"),
            &ambiguous);
        QVERIFY(call);
        QCOMPARE(call->name, QStringLiteral("run_cell"));
        QCOMPARE(QJsonDocument::fromJson(call->arguments.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("code"), QStringLiteral("1")}}));
        call = AgentLoop::toolCallFromText(
            QStringLiteral("[{\"tool\": \"list_variables\", \"parameters\": {}}]"), &ambiguous);
        QVERIFY(call);
        QCOMPARE(call->name, QStringLiteral("list_variables"));
        // Prose around it, two calls, an unknown tool: never a guess.
        QVERIFY(!AgentLoop::toolCallFromText(
            QStringLiteral("Let me run {\"name\": \"run_cell\", \"arguments\": {\"code\": \"1\"}}"),
            &ambiguous));
        QVERIFY(ambiguous);
        QVERIFY(!AgentLoop::toolCallFromText(
            QStringLiteral("[{\"name\": \"run_cell\", \"arguments\": {}}, {\"name\": "
                           "\"list_variables\"}]"),
            &ambiguous));
        QVERIFY(ambiguous);
        QVERIFY(!AgentLoop::toolCallFromText(QStringLiteral("{\"name\": \"rm_rf\"}"), &ambiguous));
        QVERIFY(!ambiguous);
        // An ordinary answer is an answer.
        QVERIFY(!AgentLoop::toolCallFromText(QStringLiteral("```python\ntotals = sales.sum()\n```"),
                                             &ambiguous));
        QVERIFY(!ambiguous);
        bool cut = false;
        QCOMPARE(AgentLoop::truncated(QStringLiteral("abcdef"), 3, &cut),
                 QStringLiteral("abc\n… [3 more characters left out]"));
        QVERIFY(cut);
    }

    void theAgentLooksRunsReadsAndAnswers()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(), options(QStringLiteral("agent")));
        QStringList started;
        QList<AgentToolCall> done;
        connect(&agent, &AgentLoop::toolCallStarted, this,
                [&](const AgentToolCall &call) { started.append(call.name); });
        connect(&agent, &AgentLoop::toolCallFinished, this,
                [&](const AgentToolCall &call) { done.append(call); });
        agent.start(context(QStringLiteral("Total revenue?")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("answered"));
        QCOMPARE(started, (QStringList{AgentTool::DescribeTable, AgentTool::ListVariables,
                                       AgentTool::RunCell, AgentTool::ReadTablePage}));
        QCOMPARE(done.size(), 4);
        QVERIFY(agent.finalAnswer().contains(QStringLiteral("```python")));

        // The server: four requests, each offering the four tools; the streamed fragments came
        // back assembled, each result answered its call's id.
        const QList<QJsonObject> requests = received();
        QCOMPARE(requests.size(), 4);
        for (const QJsonObject &request : requests) {
            QStringList tools;
            for (const QJsonValue &t : request.value(QStringLiteral("body"))
                                           .toObject()
                                           .value(QStringLiteral("tools"))
                                           .toArray())
                tools.append(t.toObject()
                                 .value(QStringLiteral("function"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString());
            QCOMPARE(tools.size(), 4);
            QVERIFY(tools.contains(QStringLiteral("run_cell")));
        }
        const QJsonArray second = messagesOf(requests.at(1));
        const QList<QJsonObject> assistants = withRole(second, QStringLiteral("assistant"));
        QCOMPARE(assistants.size(), 1);
        const QJsonArray calls = assistants.first().value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("call_1_0"));
        QCOMPARE(QJsonDocument::fromJson(calls.at(0)
                                             .toObject()
                                             .value(QStringLiteral("function"))
                                             .toObject()
                                             .value(QStringLiteral("arguments"))
                                             .toString()
                                             .toUtf8())
                     .object(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("sales")}}));
        const QList<QJsonObject> results = withRole(second, QStringLiteral("tool"));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).value(QStringLiteral("tool_call_id")).toString(),
                 QStringLiteral("call_1_0"));
        const QString described = results.at(0).value(QStringLiteral("content")).toString();
        QVERIFY2(described.contains(QStringLiteral("\"revenue\" float64")), qPrintable(described));
        QVERIFY2(results.at(1)
                     .value(QStringLiteral("content"))
                     .toString()
                     .contains(QStringLiteral("sales: DataFrame")),
                 qPrintable(results.at(1).value(QStringLiteral("content")).toString()));
        // The agent's instructions went along, after the context's system message.
        QCOMPARE(second.at(1).toObject().value(QStringLiteral("content")).toString(),
                 AgentLoop::agentInstructions());

        // The cell ran in the sandbox, recorded with origin llm and the hash of exactly the
        // messages of the request that asked for it.
        const AgentToolCall &cell = done.at(2);
        QCOMPARE(cell.runStatus, QStringLiteral("ok"));
        QVERIFY(cell.result.contains(QStringLiteral("total:")));
        const auto run = m_store->run(cell.runId);
        QVERIFY(run);
        QCOMPARE(run->codeOrigin, CodeOrigin::Llm);
        QCOMPARE(run->llmModel, QStringLiteral("agent"));
        QCOMPARE(run->llmEndpointHost, QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        QCOMPARE(run->llmPromptSha256, ContextBuilder::messagesSha256(messagesOf(requests.at(1))));
        QCOMPARE(run->sessionId, m_session->sessionId());
        // ... and that request is kept whole as an exchange, found by the run's hash.
        const auto exchange = ExchangeStore(*m_store).byPrompt(run->llmPromptSha256);
        QVERIFY(exchange);
        QCOMPARE(exchange->messages, messagesOf(requests.at(1)));
        QCOMPARE(agent.exchangeIds().size(), 4);

        // The page read is bounded and starts where asked.
        const QString page = withRole(messagesOf(requests.at(3)), QStringLiteral("tool"))
                                 .last()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY2(page.startsWith(QStringLiteral("rows 1 to 2 of ")), qPrintable(page));
    }

    void aHeldCellStopsTheAgentAtReview()
    {
        QVERIFY(startSession(true)); // llm_first_run applies
        AgentLoop agent(*m_client, *m_session, m_store.get(), options(QStringLiteral("agent")));
        agent.start(context(QStringLiteral("Total revenue?")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("held-for-review"));
        QVERIFY(agent.heldRunId() > 0);
        QVERIFY(agent.message().contains(QString::number(agent.heldRunId())));
        const auto held = m_store->run(agent.heldRunId());
        QVERIFY(held);
        QCOMPARE(held->status, RunStatus::PendingReview);
        QCOMPARE(held->codeOrigin, CodeOrigin::Llm);
        QVERIFY(held->stdoutText.isEmpty()); // it never ran
        QCOMPARE(m_store->runsOfSession(m_session->sessionId()).size(), 1);
        // Nothing was asked after the held cell: the model never saw a result past the gate.
        QCOMPARE(received().size(), 2);
    }

    void aHeldCellPausesTheAgentUntilApproved()
    {
        QVERIFY(startSession(true));
        m_session->setRunWhenApproved(true); // the window's way: approved cells run by themselves
        AgentLoop agent(*m_client, *m_session, m_store.get(), options(QStringLiteral("agent")));
        QSignalSpy waiting(&agent, &AgentLoop::waitingForReview);
        agent.start(context(QStringLiteral("Total revenue, again?")));
        QVERIFY(waiting.wait(kWaitMs));
        const qint64 held = waiting.first().first().toLongLong();
        QCOMPARE(agent.outcome(), AgentOutcome::Running);
        QCOMPARE(received().size(), 2);
        QString error;
        QVERIFY2(ReviewQueue(*m_store).decide(held, true, QStringLiteral("rita"),
                                              QStringLiteral("sums a column"), &error),
                 qPrintable(error));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("answered"));
        const AgentToolCall cell = agent.toolCalls().at(2);
        QCOMPARE(cell.runStatus, QStringLiteral("ok"));
        QVERIFY(m_store->run(cell.runId)->approvalId > 0);
    }

    void theStepLimitStopsIt()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(),
                        options(QStringLiteral("agent-loop"), 3));
        agent.start(context(QStringLiteral("Keep going")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("step-limit"));
        QCOMPARE(agent.toolCalls().size(), 3);
        for (const AgentToolCall &call : agent.toolCalls())
            QCOMPARE(call.runStatus, QStringLiteral("ok"));
        // The fourth call was asked for and never run.
        QCOMPARE(received().size(), 4);
        QVERIFY(agent.message().contains(QStringLiteral("step limit")));
    }

    void stopInterruptsTheRunningCell()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(),
                        options(QStringLiteral("agent-slow")));
        agent.start(context(QStringLiteral("Wait")));
        // Stop once the cell is really running in the worker.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<CellRun *> open = m_session->openRuns();
                return !open.isEmpty() && open.first()->status() == CellRun::Status::Running;
            },
            kWaitMs));
        agent.stop();
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("stopped"));
        QCOMPARE(agent.toolCalls().size(), 1);
        QCOMPARE(agent.toolCalls().first().runStatus, QStringLiteral("interrupted"));
        QCOMPARE(received().size(), 1);
    }

    void stopAbortsTheStreamingAnswer()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(), options(QStringLiteral("stall")));
        QSignalSpy tokens(&agent, &AgentLoop::contentDelta);
        agent.start(context(QStringLiteral("Think")));
        QVERIFY(tokens.wait(kWaitMs));
        agent.stop();
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("stopped"));
        QCOMPARE(agent.failure().kind, ErrorKind::Aborted);
        // The partial exchange is kept.
        QCOMPARE(agent.exchangeIds().size(), 1);
    }

    void aStreamCutInsideACallRunsNothing()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(), options(QStringLiteral("agent-cut")));
        agent.start(context(QStringLiteral("Run")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("model-failed"));
        QCOMPARE(agent.failure().kind, ErrorKind::StreamCut);
        QVERIFY(agent.toolCalls().isEmpty());
        QVERIFY(m_store->runsOfSession(m_session->sessionId()).isEmpty());
    }

    void aHugeResultIsCutToTheBudget()
    {
        QVERIFY(startSession(false));
        AgentOptions o = options(QStringLiteral("agent-huge"));
        o.toolResultChars = 1000;
        AgentLoop agent(*m_client, *m_session, m_store.get(), o);
        agent.start(context(QStringLiteral("Print")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("answered"));
        QVERIFY(agent.toolCalls().first().truncated);
        const QString sent = withRole(messagesOf(received().at(1)), QStringLiteral("tool"))
                                 .first()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY2(sent.size() < 1100, qPrintable(QString::number(sent.size())));
        QVERIFY(sent.contains(QStringLiteral("more characters left out")));
        // The record keeps the whole output: only the model's copy is cut.
        QVERIFY(m_store->run(agent.toolCalls().first().runId)->stdoutText.size() >= 200000);
    }

    void aCallWrittenAsJsonTextIsReadWhenUnambiguous()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(),
                        options(QStringLiteral("agent-text")));
        agent.start(context(QStringLiteral("Six times seven")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("answered"));
        QCOMPARE(agent.toolCalls().size(), 1);
        QVERIFY(agent.toolCalls().first().fromText);
        QVERIFY(agent.toolCalls().first().result.contains(QStringLiteral("42")));
        // Sent back as a proper call and its result.
        const QJsonArray second = messagesOf(received().at(1));
        QCOMPARE(withRole(second, QStringLiteral("assistant"))
                     .first()
                     .value(QStringLiteral("tool_calls"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(withRole(second, QStringLiteral("tool")).size(), 1);
    }

    void anAmbiguousCallInTextIsRefused()
    {
        QVERIFY(startSession(false));
        AgentLoop agent(*m_client, *m_session, m_store.get(),
                        options(QStringLiteral("agent-text-ambiguous")));
        agent.start(context(QStringLiteral("Check")));
        QVERIFY(waitFinished(agent));
        QCOMPARE(agentOutcomeName(agent.outcome()), QStringLiteral("refused"));
        QVERIFY(agent.message().contains(QStringLiteral("tool call as text")));
        QVERIFY(agent.toolCalls().isEmpty());
        QVERIFY(m_store->runsOfSession(m_session->sessionId()).isEmpty());
        QCOMPARE(received().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
