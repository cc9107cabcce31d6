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

    // Whether the dataset files themselves are offered as resources. The file resource hands
    // the agent the bytes on disk, which is what the session's own code may do when the profile
    // lets a cell open files. A profile that blocks the open() builtin (strict,
    // trusted-reviewer) shows the code a dataset only as its DataFrame, and the agent gets no
    // more: the schema resource, describe_table and read_table.
    static bool datasetFilesReadable(const Profile &profile);

private:
    void list(const McpRequest &request);
    void read(const McpRequest &request);
    void readDatasetSchema(const McpRequest &request, const QString &uri, const DatasetSpec &set);
    void readDatasetFile(const McpRequest &request, const QString &uri, const DatasetSpec &set);
    void refuseDatasetFile(const McpRequest &request, const QString &uri, const DatasetSpec &set);
    void readRun(const McpRequest &request, const QString &uri, qint64 runId, int figure);

    McpProtocol &m_protocol;
    McpSession &m_session;
};

} // namespace sandbench::cli::mcp
