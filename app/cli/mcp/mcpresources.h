// The MCP resources (resources/list, resources/read, resources/templates/list): the session's
// datasets (schema as JSON, and the file), its runs' provenance and their figures (image/png).
// Tells the client when the list changes: each recorded run adds its provenance and figures.
#pragma once

#include "mcpprotocol.h"
#include "mcpsession.h"

#include <QCoreApplication>
#include <QObject>

namespace sandbench::cli::mcp {

class McpResources : public QObject
{
    Q_OBJECT

public:
    // A dataset file bigger than this is not sent whole: read_table pages through it.
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    McpResources(McpProtocol &protocol, McpSession &session, QObject *parent = nullptr);

private:
    void list(const McpRequest &request);
    void read(const McpRequest &request);
    void readDatasetSchema(const McpRequest &request, const QString &uri, const DatasetSpec &set);
    void readDatasetFile(const McpRequest &request, const QString &uri, const DatasetSpec &set);
    void readRun(const McpRequest &request, const QString &uri, qint64 runId, int figure);

    McpProtocol &m_protocol;
    McpSession &m_session;
};

} // namespace sandbench::cli::mcp
