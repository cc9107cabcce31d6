// JSON-RPC 2.0 over a pair of file descriptors, one message per line (MCP's stdio transport).
// Knows framing and the message shapes only: requests, notifications and responses; nothing of
// MCP or of the session. Malformed input is answered with the JSON-RPC error it deserves and the
// channel carries on: a client's bad line never ends the connection.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace sandbench::cli::mcp {

// The JSON-RPC 2.0 error codes, plus the one MCP adds for unknown resources.
namespace RpcError {
inline constexpr int ParseError = -32700;
inline constexpr int InvalidRequest = -32600;
inline constexpr int MethodNotFound = -32601;
inline constexpr int InvalidParams = -32602;
inline constexpr int InternalError = -32603;
inline constexpr int ResourceNotFound = -32002;
} // namespace RpcError

class JsonRpcChannel : public QObject
{
    Q_OBJECT

public:
    // A line longer than this is refused with an error and skipped up to its newline; it is never
    // buffered whole. Big enough for any cell an agent writes.
    static constexpr qsizetype kMaxMessageBytes = 16 * 1024 * 1024;

    JsonRpcChannel(int inputFd, int outputFd, QObject *parent = nullptr);
    ~JsonRpcChannel() override;

    // Starts reading the input (made non-blocking).
    void open();
    // Stops reading (after the end of input, or when the server leaves).
    void stopReading();

    void sendResult(const QJsonValue &id, const QJsonValue &result);
    void sendError(const QJsonValue &id, int code, const QString &message,
                   const QJsonValue &data = QJsonValue::Undefined);
    void sendNotification(const QString &method, const QJsonObject &params);

Q_SIGNALS:
    // id is a string or a number: JSON-RPC's two kinds, checked here.
    void requestReceived(const QJsonValue &id, const QString &method, const QJsonObject &params);
    void notificationReceived(const QString &method, const QJsonObject &params);
    // The client closed its end: no more messages will come.
    void inputClosed();

private:
    void onReadable();
    void handleLine(const QByteArray &line);
    void write(const QJsonObject &message);

    int m_inputFd;
    int m_outputFd;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    bool m_discardingLongLine = false;
    bool m_closed = false;
};

} // namespace sandbench::cli::mcp
