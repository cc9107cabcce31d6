// serve's "ask" request: asks an OpenAI-compatible model about the served session, streams the
// answer's tokens (and, with "agent", each tool call) as progress lines, and answers with the
// code it proposes, the exchange kept in the store and, with "run" (or in agent mode), the runs,
// which carry the same provenance as `sandbench ask`'s: origin llm, the model, the endpoint's
// host and the prompt's SHA-256, through the same review gate.
#pragma once

#include "llm/agentloop.h"
#include "llm/chatclient.h"
#include "llm/contextbuilder.h"
#include "llm/sessioncontext.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace sandbench {
class CellRun;
class RunStore;
class SessionRunner;
} // namespace sandbench

namespace sandbench::cli {

class ServeAsk : public QObject
{
    Q_OBJECT

public:
    ServeAsk(RunStore &store, SessionRunner &session, QJsonValue id, QObject *parent = nullptr);
    ~ServeAsk() override;

    // Reads the request; false with the reason in *error (nothing started).
    bool start(const QJsonObject &request, QString *error);
    // serve's "interrupt": the request is aborted, a running cell interrupted.
    void stop();

Q_SIGNALS:
    // A line before the response: {"id", "progress": "token" | "step" | "step_done", ...}.
    void progress(const QJsonObject &line);
    // The response (with "id"), once.
    void finished(const QJsonObject &response);

private:
    void ask();
    void onAnswered();
    void onRunFinished(const RunRecord &run, bool recorded, const QString &storeError);
    void onAgentFinished();
    QJsonObject baseResponse(const QString &status) const;
    void done(QJsonObject response);

    RunStore &m_store;
    SessionRunner &m_session;
    QJsonValue m_id;
    bool m_run = false;
    bool m_agent = false;
    int m_maxSteps = 8;
    QString m_model;
    std::optional<double> m_temperature;
    std::unique_ptr<llm::ChatClient> m_client;
    std::unique_ptr<llm::SessionContext> m_describer;
    std::unique_ptr<llm::AgentLoop> m_agentLoop;
    llm::ContextInput m_context;
    llm::BuiltContext m_built;
    QPointer<llm::ChatReply> m_reply;
    QPointer<CellRun> m_cell;
    llm::ChatAnswer m_answer;
    llm::Failure m_failure;
    qint64 m_exchangeId = 0;
    QString m_code;
    bool m_stopped = false;
    bool m_done = false;
};

} // namespace sandbench::cli
