// The Model Context Protocol's lifecycle and dispatch over a JsonRpcChannel: initialize with
// version negotiation, ping, method routing, cancellation and progress. Independent of what the
// server serves: the tools and resources register handlers (McpTools, McpResources).
#pragma once

#include "jsonrpcchannel.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace sandbench::cli::mcp {

// One request in flight. Handlers answer through McpProtocol::respond/fail with its key.
struct McpRequest
{
    QString key;   // the request id as text: JSON-RPC ids are strings or numbers
    QJsonValue id; // as the client sent it
    QString method;
    QJsonObject params;
    QJsonValue progressToken; // params._meta.progressToken; undefined when the client sent none
};

class McpProtocol : public QObject
{
    Q_OBJECT

public:
    // Newest first. The first is what this server implements; the others it speaks to older
    // clients, leaving out what their revision lacks (see supports()).
    static const QStringList &protocolVersions();

    struct ServerInfo
    {
        QString name;
        QString title;
        QString version;
        QString instructions;
    };

    McpProtocol(JsonRpcChannel &channel, ServerInfo info, QJsonObject capabilities,
                QObject *parent = nullptr);

    using Handler = std::function<void(const McpRequest &request)>;
    void addMethod(const QString &method, Handler handler);

    void respond(const QString &key, const QJsonObject &result);
    void fail(const QString &key, int code, const QString &message,
              const QJsonValue &data = QJsonValue::Undefined);
    // notifications/progress for a request that asked for it; progress must grow each time.
    void sendProgress(const McpRequest &request, double progress, const QString &message,
                      std::optional<double> total = std::nullopt);
    // Sent only once the client said it is initialized, and only for capabilities it was offered.
    void notify(const QString &method, const QJsonObject &params = {});

    bool isInitialized() const { return m_initialized; }
    const QString &negotiatedVersion() const { return m_version; }
    // Whether the negotiated revision has a feature introduced in the given revision.
    bool supports(const char *sinceRevision) const;
    const QString &clientName() const { return m_clientName; }
    const QString &clientVersion() const { return m_clientVersion; }
    bool isPending(const QString &key) const { return m_pending.contains(key); }

Q_SIGNALS:
    void initialized();
    // The client cancelled a request in flight (notifications/cancelled); its answer will not
    // be sent. Handlers stop the work it started.
    void cancelled(const QString &key);
    void inputClosed();

private:
    void onRequest(const QJsonValue &id, const QString &method, const QJsonObject &params);
    void onNotification(const QString &method, const QJsonObject &params);
    void initialize(const QJsonValue &id, const QJsonObject &params);

    JsonRpcChannel &m_channel;
    ServerInfo m_info;
    QJsonObject m_capabilities;
    QHash<QString, Handler> m_methods;
    QHash<QString, QJsonValue> m_pending; // key -> id of requests not answered yet
    bool m_initializeAnswered = false;
    bool m_initialized = false;
    QString m_version;
    QString m_clientName;
    QString m_clientVersion;
};

QString requestKey(const QJsonValue &id);

} // namespace sandbench::cli::mcp
