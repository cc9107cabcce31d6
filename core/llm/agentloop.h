// Agent mode: the model may call tools (OpenAI "tools" / "tool_calls") — run a cell, list the
// session's variables, describe a table, read a page of one — and sees their results as "tool"
// messages, until it answers in words. Every call is announced as it starts and as it ends, and
// run_cell goes through SessionRunner::submit like any cell, with origin llm, the model, the
// endpoint's host and the SHA-256 of the exact messages of the request that asked for it: the
// profile's review triggers (llm_first_run) apply, and a held cell stops the agent (or, in a
// session that runs approved cells by itself, makes it wait). A step limit and stop() bound it.
#pragma once

#include "chatclient.h"
#include "exchangestore.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <optional>

namespace sandbench {
class CellRun;
struct CellRequest;
class QueryReply;
class RunStore;
class SessionRunner;
} // namespace sandbench

namespace sandbench::llm {

namespace AgentTool {
inline const QString RunCell = QStringLiteral("run_cell");
inline const QString ListVariables = QStringLiteral("list_variables");
inline const QString DescribeTable = QStringLiteral("describe_table");
inline const QString ReadTablePage = QStringLiteral("read_table_page");
} // namespace AgentTool

// One tool call, as the model asked for it and, once it ran, what came of it.
struct AgentToolCall
{
    int step = 0;          // 1-based: the how-manieth tool call of this agent run
    int turn = 0;          // 1-based: the model request that asked for it
    QString id;            // the model's call id (made up for a call parsed from text)
    QString name;          // an AgentTool name, or whatever the model wrote
    QString arguments;     // the JSON text as the model wrote it
    bool fromText = false; // written as JSON in the answer's text, not as a tool call
    QString promptSha256;  // of the messages of the request that asked for it
    bool done = false;
    bool ok = false;        // false: an error went back to the model (bad arguments, ...)
    QString result;         // exactly what went back to the model (bounded)
    bool truncated = false; // the result was cut to the budget
    qint64 runId = 0;       // run_cell: the recorded run
    QString runStatus;      // run_cell: "ok", "error", "pending_review", ...
};

enum class AgentOutcome
{
    Running,
    Answered,      // the model answered in words: finalAnswer()
    StepLimit,     // it asked for more tool calls than allowed
    HeldForReview, // a cell it ran waits for a reviewer (heldRunId()); never run past the gate
    Stopped,       // stop()
    ModelFailed,   // the request failed: failure()
    Refused,       // a tool call written as text that cannot be read unambiguously
    StoreFailed,   // an exchange or a run could not be recorded
};

// "answered", "step-limit", "held-for-review", ...: stable names for JSON output and tests.
QString agentOutcomeName(AgentOutcome outcome);

struct AgentOptions
{
    QString model;
    QString endpointHost; // Endpoint::host(), for the runs' provenance
    std::optional<double> temperature;
    int maxTokens = 0;
    int maxSteps = 8;           // tool calls at most
    int toolResultChars = 4000; // each tool result is cut to this many characters
    int maxPageRows = 50;       // read_table_page's limit at most
};

class AgentLoop : public QObject
{
    Q_OBJECT

public:
    // The client, the session and the store outlive the loop. store may be null: no exchange
    // is recorded then (runs are, by the session).
    AgentLoop(ChatClient &client, SessionRunner &session, RunStore *store, AgentOptions options,
              QObject *parent = nullptr);
    ~AgentLoop() override;

    // How run_cell's cells run. By default they go to SessionRunner::submit; the window's
    // assistant makes each a cell of the notebook instead (inserted, then run like any cell) and
    // returns its run. A submitter that cannot run the cell returns null and says why in *error.
    using CellSubmitter = std::function<CellRun *(const CellRequest &request, QString *error)>;
    void setCellSubmitter(CellSubmitter submitter) { m_submitter = std::move(submitter); }

    // The tools as the request's "tools" array.
    static QJsonArray toolDefinitions();
    // What agent mode adds to the context's messages: how to use the tools.
    static QString agentInstructions();

    // Starts with the context ContextBuilder built (its system and user messages); the
    // instructions for the tools are added after the first system message.
    void start(const QJsonArray &messages);
    // Stop: the model request in flight is aborted, a running cell interrupted; finished() follows.
    void stop();

    bool isFinished() const { return m_outcome != AgentOutcome::Running && m_finishedEmitted; }
    AgentOutcome outcome() const { return m_outcome; }
    // Why it ended, for the user (empty for an answer).
    const QString &message() const { return m_message; }
    const QString &finalAnswer() const { return m_finalAnswer; }
    const Failure &failure() const { return m_failure; }
    const QList<AgentToolCall> &toolCalls() const { return m_calls; }
    // The whole conversation as sent so far (and the last answer).
    const QJsonArray &messages() const { return m_messages; }
    const QList<qint64> &exchangeIds() const { return m_exchangeIds; }
    int turns() const { return m_turn; }
    qint64 heldRunId() const { return m_heldRunId; }
    // The last answer's token counts.
    const Usage &lastUsage() const { return m_lastUsage; }

    // A tool call written as JSON in the answer's text: {"name", "arguments"} (or "tool" /
    // "function" and "parameters"), alone or in one ```json block. Returns the call when the
    // text is that and nothing else; sets *ambiguous when the text names a tool but cannot be
    // read as exactly one call.
    static std::optional<ToolCall> toolCallFromText(const QString &content, bool *ambiguous);
    // Cuts text to chars, saying how much was left out.
    static QString truncated(const QString &text, int chars, bool *wasCut = nullptr);

Q_SIGNALS:
    // A model request was sent (turn from 1), with the SHA-256 of its messages.
    void turnStarted(int turn, const QString &promptSha256);
    void contentDelta(const QString &text);
    void toolCallStarted(const sandbench::llm::AgentToolCall &call);
    void toolCallFinished(const sandbench::llm::AgentToolCall &call);
    // A cell waits for a reviewer in a session that runs approved cells by itself: the agent
    // waits with it.
    void waitingForReview(qint64 runId, const QList<sandbench::Violation> &reasons);
    // A model request ended, without a store to record it in: the caller keeps the exchange (the
    // window, on its store's thread).
    void exchangeReady(const sandbench::llm::Exchange &exchange);
    void finished();

private:
    void ask();
    void onAnswered();
    void runNextCall();
    void finishCall(const QString &result, bool ok);
    void onCellFinished(const RunRecord &run, bool recorded, const QString &storeError);
    void onQueryFinished(QueryReply *reply);
    void end(AgentOutcome outcome, const QString &message);

    ChatClient &m_client;
    SessionRunner &m_session;
    RunStore *m_store = nullptr;
    AgentOptions m_options;
    CellSubmitter m_submitter;
    QJsonArray m_messages;
    QString m_promptSha256; // of the request in flight or last sent
    QPointer<ChatReply> m_reply;
    QPointer<CellRun> m_cell;
    QPointer<QueryReply> m_query;
    QList<ToolCall> m_pending; // the current answer's calls not yet run
    AgentToolCall m_current;
    bool m_currentFromText = false;
    QList<AgentToolCall> m_calls;
    QList<qint64> m_exchangeIds;
    int m_turn = 0;
    int m_cellNumber = 0;
    AgentOutcome m_outcome = AgentOutcome::Running;
    bool m_finishedEmitted = false;
    QString m_message;
    QString m_finalAnswer;
    Failure m_failure;
    Usage m_lastUsage;
    qint64 m_heldRunId = 0;
    bool m_rejected = false;
    bool m_stopRequested = false;
};

} // namespace sandbench::llm

Q_DECLARE_METATYPE(sandbench::llm::AgentToolCall)
