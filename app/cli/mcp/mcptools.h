// The MCP tools (tools/list, tools/call): a thin layer that turns tool calls into McpSession
// calls and runs into tool results. No tool approves a review: approval stays with a person.
#pragma once

#include "mcpprotocol.h"
#include "mcpsession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <memory>

namespace sandbench::cli::mcp {

class McpTools : public QObject
{
    Q_OBJECT

public:
    // How often a running cell tells a client that asked for progress that it still runs.
    static constexpr int kProgressIntervalMs = 1000;

    McpTools(McpProtocol &protocol, McpSession &session, QObject *parent = nullptr);
    ~McpTools() override;

    // The tools as tools/list describes them for the negotiated revision.
    QJsonArray describe() const;
    // The resource URI of a run's figure (1-based), shared with McpResources.
    static QString figureUri(qint64 runId, int figure);
    static QString runUri(qint64 runId);

private:
    struct Call;
    void list(const McpRequest &request);
    void call(const McpRequest &request);
    void runPython(const McpRequest &request, const QJsonObject &arguments);
    void query(const McpRequest &request, const QJsonObject &workerRequest,
               const std::function<QJsonObject(const QJsonObject &reply)> &shape);
    void describeTable(const McpRequest &request, const QString &name);
    void showRun(const McpRequest &request, const QJsonObject &arguments);
    void checkCode(const McpRequest &request, const QJsonObject &arguments);
    // A tool result: text for the model, structuredContent where the revision has it.
    void answer(const McpRequest &request, const QJsonObject &structured, const QString &text,
                bool isError, const QJsonArray &extraContent = {});
    // A tool that could not do its work (bad arguments, an unknown variable): a tool execution
    // error the model can read and correct, not a protocol error.
    void toolError(const McpRequest &request, const QString &message);
    QJsonObject runResult(const McpSession::CellOutcome &outcome, QString *text, QJsonArray *images,
                          bool *isError) const;
    void onCancelled(const QString &key);

    McpProtocol &m_protocol;
    McpSession &m_session;
    QHash<QString, std::shared_ptr<Call>> m_calls; // run_python calls in flight, by request key
};

} // namespace sandbench::cli::mcp
