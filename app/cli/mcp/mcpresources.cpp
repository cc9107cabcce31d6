#include "mcpresources.h"

#include "../runjson.h"
#include "mcptools.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbench::cli::mcp {
namespace {

const QString kJson = QStringLiteral("application/json");
const QString kPng = QStringLiteral("image/png");

QString datasetUri(const QString &name, const char *part)
{
    return QStringLiteral("sandbench://datasets/%1/%2").arg(name, QLatin1String(part));
}

// What a dataset file is, by its extension, as sandbench loads it (datasetspec.h).
QString mimeTypeOf(const QString &path, bool *isText)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    *isText = true;
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("text/csv");
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return QStringLiteral("text/tab-separated-values");
    if (suffix == QLatin1String("json"))
        return kJson;
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    *isText = false;
    if (suffix == QLatin1String("xlsx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (suffix == QLatin1String("parquet"))
        return QStringLiteral("application/vnd.apache.parquet");
    return QStringLiteral("application/octet-stream");
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

bool McpResources::datasetFilesReadable(const Profile &profile)
{
    const QJsonArray blocked = profile.json.value(QStringLiteral("builtins"))
                                   .toObject()
                                   .value(QStringLiteral("blocked"))
                                   .toArray();
    return !blocked.contains(QJsonValue(QStringLiteral("open")));
}

McpResources::McpResources(McpProtocol &protocol, McpSession &session, QObject *parent)
    : QObject(parent), m_protocol(protocol), m_session(session)
{
    m_protocol.addMethod(QStringLiteral("resources/list"),
                         [this](const McpRequest &request) { list(request); });
    m_protocol.addMethod(QStringLiteral("resources/read"),
                         [this](const McpRequest &request) { read(request); });
    m_protocol.addMethod(QStringLiteral("resources/templates/list"), [this](const McpRequest &r) {
        m_protocol.respond(
            r.key,
            QJsonObject{
                {QStringLiteral("resourceTemplates"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("uriTemplate"), QStringLiteral("sandbench://runs/{run_id}")},
                     {QStringLiteral("name"), QStringLiteral("run")},
                     {QStringLiteral("description"),
                      tr("A run's provenance: code, inputs, outputs, environment, "
                         "review.")},
                     {QStringLiteral("mimeType"), kJson}}}}});
    });
    connect(&m_session, &McpSession::runRecorded, this,
            [this] { m_protocol.notify(QStringLiteral("notifications/resources/list_changed")); });
}

void McpResources::list(const McpRequest &request)
{
    QJsonArray resources;
    const bool files = datasetFilesReadable(m_session.profile());
    for (const DatasetSpec &dataset : m_session.datasets()) {
        resources.append(QJsonObject{
            {QStringLiteral("uri"), datasetUri(dataset.name, "schema")},
            {QStringLiteral("name"), QString(dataset.name + QStringLiteral(" schema"))},
            {QStringLiteral("description"),
             tr("Columns and dtypes of dataset %1 as the session holds it now").arg(dataset.name)},
            {QStringLiteral("mimeType"), kJson}});
        if (!files)
            continue;
        bool isText = false;
        QJsonObject file{{QStringLiteral("uri"), datasetUri(dataset.name, "file")},
                         {QStringLiteral("name"), QFileInfo(dataset.path).fileName()},
                         {QStringLiteral("description"),
                          tr("The file dataset %1 was loaded from").arg(dataset.name)},
                         {QStringLiteral("mimeType"), mimeTypeOf(dataset.path, &isText)}};
        const QFileInfo info(dataset.path);
        if (info.exists())
            file.insert(QStringLiteral("size"), info.size());
        resources.append(file);
    }
    QString error;
    const QList<RunRecord> runs = m_session.store().runsOfSession(m_session.sessionId(), &error);
    for (const RunRecord &run : runs) {
        resources.append(QJsonObject{
            {QStringLiteral("uri"), McpTools::runUri(run.id)},
            {QStringLiteral("name"), tr("run %1").arg(run.id)},
            {QStringLiteral("description"),
             tr("Provenance of run %1 (%2)").arg(run.id).arg(runStatusName(run.status))},
            {QStringLiteral("mimeType"), kJson}});
        for (int i = 0; i < run.figures.size(); ++i) {
            resources.append(
                QJsonObject{{QStringLiteral("uri"), McpTools::figureUri(run.id, i + 1)},
                            {QStringLiteral("name"), tr("run %1 figure %2").arg(run.id).arg(i + 1)},
                            {QStringLiteral("mimeType"), kPng}});
        }
    }
    if (!error.isEmpty()) {
        m_protocol.fail(request.key, RpcError::InternalError, error);
        return;
    }
    m_protocol.respond(request.key, QJsonObject{{QStringLiteral("resources"), resources}});
}

void McpResources::read(const McpRequest &request)
{
    const QJsonValue uriValue = request.params.value(QStringLiteral("uri"));
    if (!uriValue.isString()) {
        m_protocol.fail(request.key, RpcError::InvalidParams,
                        tr("resources/read needs \"uri\" as a string"));
        return;
    }
    const QString uri = uriValue.toString();
    static const QRegularExpression datasetPattern(
        QStringLiteral("^sandbench://datasets/([A-Za-z_][A-Za-z0-9_]*)/(schema|file)$"));
    static const QRegularExpression runPattern(
        QStringLiteral("^sandbench://runs/([0-9]{1,15})(?:/figures/([0-9]{1,6}))?$"));
    if (const auto m = datasetPattern.match(uri); m.hasMatch()) {
        for (const DatasetSpec &dataset : m_session.datasets()) {
            if (dataset.name != m.captured(1))
                continue;
            if (m.captured(2) == QLatin1String("schema"))
                readDatasetSchema(request, uri, dataset);
            else if (datasetFilesReadable(m_session.profile()))
                readDatasetFile(request, uri, dataset);
            else
                refuseDatasetFile(request, uri, dataset);
            return;
        }
    } else if (const auto r = runPattern.match(uri); r.hasMatch()) {
        readRun(request, uri, r.captured(1).toLongLong(),
                r.captured(2).isEmpty() ? 0 : r.captured(2).toInt());
        return;
    }
    m_protocol.fail(request.key, RpcError::ResourceNotFound,
                    tr("no resource %1: resources/list lists them").arg(uri),
                    QJsonObject{{QStringLiteral("uri"), uri}});
}

void McpResources::readDatasetSchema(const McpRequest &request, const QString &uri,
                                     const DatasetSpec &dataset)
{
    m_session.query(
        {{QStringLiteral("type"), QStringLiteral("table")},
         {QStringLiteral("name"), dataset.name},
         {QStringLiteral("offset"), 0},
         {QStringLiteral("limit"), 0}},
        [this, request, uri, dataset](const QJsonObject &reply) {
            if (reply.value(QStringLiteral("type")).toString() != QLatin1String("table")) {
                m_protocol.fail(
                    request.key, RpcError::InternalError,
                    tr("dataset %1 cannot be described now: %2")
                        .arg(dataset.name, reply.value(QStringLiteral("message")).toString()));
                return;
            }
            QJsonArray columns;
            const QJsonArray names = reply.value(QStringLiteral("columns")).toArray();
            const QJsonArray dtypes = reply.value(QStringLiteral("dtypes")).toArray();
            for (qsizetype i = 0; i < names.size(); ++i)
                columns.append(QJsonObject{{QStringLiteral("name"), names.at(i)},
                                           {QStringLiteral("dtype"), dtypes.at(i)}});
            const QJsonObject schema{{QStringLiteral("name"), dataset.name},
                                     {QStringLiteral("path"), dataset.path},
                                     {QStringLiteral("rows"), reply.value(QStringLiteral("rows"))},
                                     {QStringLiteral("columns"), columns}};
            m_protocol.respond(
                request.key,
                QJsonObject{{QStringLiteral("contents"),
                             QJsonArray{QJsonObject{{QStringLiteral("uri"), uri},
                                                    {QStringLiteral("mimeType"), kJson},
                                                    {QStringLiteral("text"), compact(schema)}}}}});
        });
}

void McpResources::readDatasetFile(const McpRequest &request, const QString &uri,
                                   const DatasetSpec &dataset)
{
    QFile file(dataset.path);
    if (file.size() > kMaxFileBytes) {
        m_protocol.fail(request.key, RpcError::InvalidParams,
                        tr("%1 is %2 MB, more than the %3 MB a resource sends: read_table "
                           "returns it a page at a time")
                            .arg(dataset.path)
                            .arg(file.size() / (1024 * 1024))
                            .arg(kMaxFileBytes / (1024 * 1024)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_protocol.fail(request.key, RpcError::InternalError,
                        tr("cannot read %1: %2").arg(dataset.path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(kMaxFileBytes);
    bool isText = false;
    const QString mimeType = mimeTypeOf(dataset.path, &isText);
    QJsonObject content{{QStringLiteral("uri"), uri}, {QStringLiteral("mimeType"), mimeType}};
    if (isText)
        content.insert(QStringLiteral("text"), QString::fromUtf8(bytes));
    else
        content.insert(QStringLiteral("blob"), QString::fromLatin1(bytes.toBase64()));
    m_protocol.respond(request.key, QJsonObject{{QStringLiteral("contents"), QJsonArray{content}}});
}

void McpResources::refuseDatasetFile(const McpRequest &request, const QString &uri,
                                     const DatasetSpec &dataset)
{
    // Not listed, so not found; the message says why and what the agent can read instead.
    m_protocol.fail(request.key, RpcError::ResourceNotFound,
                    tr("the file of dataset %1 is not offered: profile %2 blocks open(), so the "
                       "session's code sees the dataset only as a DataFrame; read "
                       "sandbench://datasets/%1/schema, or use describe_table and read_table")
                        .arg(dataset.name, m_session.profile().name),
                    QJsonObject{{QStringLiteral("uri"), uri}});
}

void McpResources::readRun(const McpRequest &request, const QString &uri, qint64 runId, int figure)
{
    QString error;
    const std::optional<RunRecord> run = m_session.store().run(runId, &error);
    if (!run || run->sessionId != m_session.sessionId() ||
        (figure > 0 && figure > run->figures.size()) ||
        (figure == 0 && uri.contains(QStringLiteral("/figures/")))) {
        m_protocol.fail(request.key, RpcError::ResourceNotFound,
                        error.isEmpty() ? tr("no resource %1 in this session").arg(uri) : error,
                        QJsonObject{{QStringLiteral("uri"), uri}});
        return;
    }
    QJsonObject content{{QStringLiteral("uri"), uri}};
    if (figure == 0) {
        std::optional<ReviewDecision> approval;
        if (run->approvalId > 0)
            approval = ReviewQueue(m_session.store()).decision(run->approvalId);
        content.insert(QStringLiteral("mimeType"), kJson);
        content.insert(QStringLiteral("text"), compact(runProvenanceToJson(*run, approval)));
    } else {
        // The store's copy, outside every folder a cell can write: no cell changed it.
        QFile file(run->figures.at(figure - 1).path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_protocol.fail(request.key, RpcError::InternalError,
                            tr("cannot read figure %1 of run %2: %3")
                                .arg(figure)
                                .arg(runId)
                                .arg(file.errorString()));
            return;
        }
        content.insert(QStringLiteral("mimeType"), kPng);
        content.insert(QStringLiteral("blob"), QString::fromLatin1(file.readAll().toBase64()));
    }
    m_protocol.respond(request.key, QJsonObject{{QStringLiteral("contents"), QJsonArray{content}}});
}

} // namespace sandbench::cli::mcp
