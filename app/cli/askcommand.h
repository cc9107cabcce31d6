// `sandbench ask`: asks an OpenAI-compatible model for a cell, prints the code it proposes and,
// with --run, runs it in the sandbox through the same review gate as every cell (origin llm: the
// llm_first_run trigger applies). The exchange is kept in the run store; the run names the
// model, the endpoint's host and the SHA-256 of the exact messages sent. With --agent the model
// may call tools (llm/agentloop.h): each call is printed as it happens and every cell it runs
// goes through the same gate.
#pragma once

#include "llm/agentloop.h"
#include "llm/chatclient.h"
#include "llm/contextbuilder.h"
#include "llm/sessioncontext.h"
#include "runstore.h"
#include "sessionrunner.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace sandbench::cli {

class AskCommand : public QObject
{
    Q_OBJECT

public:
    explicit AskCommand(QObject *parent = nullptr);
    ~AskCommand() override;

    // As RunCommand::start: an exit status when done at once, -1 when the event loop must run
    // until finished().
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onDatasetsLoaded(const QStringList &errors);
    void askModel();
    void startAgent();
    void onAgentFinished();
    void printAgentResult();
    void onAnswered();
    void onRunFinished(const sandbench::RunRecord &run, bool recorded, const QString &storeError);
    void printResult(const RunRecord *run, bool recorded, const QString &storeError);
    void fail(int code, const QString &message);
    void finish(int code);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_run = false;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_runner;
    std::unique_ptr<llm::ChatClient> m_client;
    llm::ChatReply *m_reply = nullptr;
    llm::ContextInput m_context;
    llm::BuiltContext m_built;
    QString m_model;
    qint64 m_exchangeId = 0;
    QString m_code;                                   // the first Python block of the answer
    std::unique_ptr<llm::SessionContext> m_describer; // the session's datasets and variables
    bool m_agent = false;
    int m_maxSteps = 8;
    std::unique_ptr<llm::AgentLoop> m_agentLoop;
    bool m_asked = false;
    bool m_finished = false;
};

} // namespace sandbench::cli
