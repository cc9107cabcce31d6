// `sandbench mcp`: the session as a Model Context Protocol server on standard input and output,
// for agents (Claude Desktop and Code, VS Code, Cursor, ...). The protocol lives in mcp/
// (JsonRpcChannel, McpProtocol), the session behind mcp/McpSession, the tools and resources in
// mcp/McpTools and mcp/McpResources; this class parses the options and wires them.
#pragma once

#include "runstore.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTextStream>
#include <memory>

namespace sandbench::cli {
namespace mcp {
class JsonRpcChannel;
class McpProtocol;
class McpSession;
class McpTools;
class McpResources;
} // namespace mcp

class McpCommand : public QObject
{
    Q_OBJECT

public:
    explicit McpCommand(QObject *parent = nullptr);
    ~McpCommand() override;

    // As RunCommand::start: an exit status now, or -1 to run until finished().
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void stop(int exitCode);

    QTextStream m_out;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<mcp::McpSession> m_session;
    std::unique_ptr<mcp::JsonRpcChannel> m_channel;
    std::unique_ptr<mcp::McpProtocol> m_protocol;
    std::unique_ptr<mcp::McpTools> m_tools;
    std::unique_ptr<mcp::McpResources> m_resources;
    std::unique_ptr<QSocketNotifier> m_signals;
    bool m_stopping = false;
};

} // namespace sandbench::cli
