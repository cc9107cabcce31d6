#include "mcpprotocol.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::cli::mcp {

QString requestKey(const QJsonValue &id)
{
    // "1" and 1 are different ids to JSON-RPC: the key keeps them apart.
    return id.isString() ? QStringLiteral("s:") + id.toString()
                         : QStringLiteral("n:") + QString::number(id.toDouble(), 'g', 17);
}

const QStringList &McpProtocol::protocolVersions()
{
    static const QStringList versions = {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                         QStringLiteral("2025-03-26"),
                                         QStringLiteral("2024-11-05")};
    return versions;
}

McpProtocol::McpProtocol(JsonRpcChannel &channel, ServerInfo info, QJsonObject capabilities,
                         QObject *parent)
    : QObject(parent), m_channel(channel), m_info(std::move(info)),
      m_capabilities(std::move(capabilities))
{
    connect(&m_channel, &JsonRpcChannel::requestReceived, this, &McpProtocol::onRequest);
    connect(&m_channel, &JsonRpcChannel::notificationReceived, this, &McpProtocol::onNotification);
    connect(&m_channel, &JsonRpcChannel::inputClosed, this, &McpProtocol::inputClosed);
}

void McpProtocol::addMethod(const QString &method, Handler handler)
{
    m_methods.insert(method, std::move(handler));
}

bool McpProtocol::supports(const char *sinceRevision) const
{
    // Revisions are dates: they order as strings.
    return m_version >= QLatin1String(sinceRevision);
}

void McpProtocol::onRequest(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    const QString key = requestKey(id);
    qCDebug(lcMcp) << "request" << key << method;
    if (m_pending.contains(key)) {
        m_channel.sendError(id, RpcError::InvalidRequest,
                            tr("request id %1 is still in use by an unanswered request")
                                .arg(QString::fromUtf8(
                                    QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))));
        return;
    }
    if (method == QLatin1String("initialize")) {
        initialize(id, params);
        return;
    }
    if (method == QLatin1String("ping")) {
        m_channel.sendResult(id, QJsonObject());
        return;
    }
    if (!m_initializeAnswered) {
        m_channel.sendError(id, RpcError::InvalidRequest,
                            tr("the server is not initialized: send \"initialize\" first"));
        return;
    }
    const auto handler = m_methods.constFind(method);
    if (handler == m_methods.constEnd()) {
        m_channel.sendError(id, RpcError::MethodNotFound, tr("unknown method \"%1\"").arg(method));
        return;
    }
    McpRequest request{
        key, id, method, params,
        params.value(QStringLiteral("_meta")).toObject().value(QStringLiteral("progressToken"))};
    m_pending.insert(key, id);
    (*handler)(request);
}

void McpProtocol::initialize(const QJsonValue &id, const QJsonObject &params)
{
    if (m_initializeAnswered) {
        m_channel.sendError(id, RpcError::InvalidRequest,
                            tr("already initialized: one initialize per connection"));
        return;
    }
    const QJsonValue requested = params.value(QStringLiteral("protocolVersion"));
    if (!requested.isString()) {
        m_channel.sendError(id, RpcError::InvalidParams,
                            tr("initialize needs \"protocolVersion\" as a string"));
        return;
    }
    // The client's revision when this server speaks it; else this server's newest, and the
    // client decides whether it can go on (the lifecycle's version negotiation).
    m_version = protocolVersions().contains(requested.toString()) ? requested.toString()
                                                                  : protocolVersions().first();
    const QJsonObject client = params.value(QStringLiteral("clientInfo")).toObject();
    m_clientName = client.value(QStringLiteral("name")).toString();
    m_clientVersion = client.value(QStringLiteral("version")).toString();
    QJsonObject serverInfo{{QStringLiteral("name"), m_info.name},
                           {QStringLiteral("version"), m_info.version}};
    if (supports("2025-06-18"))
        serverInfo.insert(QStringLiteral("title"), m_info.title);
    QJsonObject result{{QStringLiteral("protocolVersion"), m_version},
                       {QStringLiteral("capabilities"), m_capabilities},
                       {QStringLiteral("serverInfo"), serverInfo}};
    if (!m_info.instructions.isEmpty())
        result.insert(QStringLiteral("instructions"), m_info.instructions);
    m_initializeAnswered = true;
    m_channel.sendResult(id, result);
}

void McpProtocol::onNotification(const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("notifications/initialized")) {
        if (!std::exchange(m_initialized, true))
            Q_EMIT initialized();
    } else if (method == QLatin1String("notifications/cancelled")) {
        const QJsonValue id = params.value(QStringLiteral("requestId"));
        if (!id.isString() && !id.isDouble())
            return;
        const QString key = requestKey(id);
        // A cancellation may cross the answer on the wire, or name an unknown id: both are
        // ignored, as the specification says.
        const bool pending = m_pending.remove(key) > 0;
        qCDebug(lcMcp) << "cancellation of" << key << (pending ? "pending" : "already answered");
        if (pending)
            Q_EMIT cancelled(key);
    }
    // Other notifications (roots changed, ...) concern capabilities this server does not use.
}

void McpProtocol::respond(const QString &key, const QJsonObject &result)
{
    const auto it = m_pending.constFind(key);
    if (it == m_pending.constEnd())
        return; // cancelled: no answer
    const QJsonValue id = *it;
    m_pending.erase(it);
    m_channel.sendResult(id, result);
}

void McpProtocol::fail(const QString &key, int code, const QString &message, const QJsonValue &data)
{
    const auto it = m_pending.constFind(key);
    if (it == m_pending.constEnd())
        return;
    const QJsonValue id = *it;
    m_pending.erase(it);
    m_channel.sendError(id, code, message, data);
}

void McpProtocol::sendProgress(const McpRequest &request, double progress, const QString &message,
                               std::optional<double> total)
{
    if (request.progressToken.isUndefined() || !m_pending.contains(request.key))
        return;
    QJsonObject params{{QStringLiteral("progressToken"), request.progressToken},
                       {QStringLiteral("progress"), progress}};
    if (total)
        params.insert(QStringLiteral("total"), *total);
    if (supports("2025-03-26") && !message.isEmpty())
        params.insert(QStringLiteral("message"), message);
    m_channel.sendNotification(QStringLiteral("notifications/progress"), params);
}

void McpProtocol::notify(const QString &method, const QJsonObject &params)
{
    if (m_initialized)
        m_channel.sendNotification(method, params);
}

} // namespace sandbench::cli::mcp
