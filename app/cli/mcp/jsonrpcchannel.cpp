#include "jsonrpcchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cerrno>
#include <fcntl.h>
#include <sys/select.h>
#include <unistd.h>

namespace sandbench::cli::mcp {
namespace {

const QString kJsonRpc = QStringLiteral("jsonrpc");
const QString kVersion = QStringLiteral("2.0");

} // namespace

JsonRpcChannel::JsonRpcChannel(int inputFd, int outputFd, QObject *parent)
    : QObject(parent), m_inputFd(inputFd), m_outputFd(outputFd)
{}

JsonRpcChannel::~JsonRpcChannel() = default;

void JsonRpcChannel::open()
{
    ::fcntl(m_inputFd, F_SETFL, ::fcntl(m_inputFd, F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(m_inputFd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &JsonRpcChannel::onReadable);
}

void JsonRpcChannel::stopReading()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void JsonRpcChannel::onReadable()
{
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_inputFd, chunk, sizeof chunk);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            stopReading();
            if (!std::exchange(m_closed, true))
                Q_EMIT inputClosed();
            return;
        }
        if (n < 0)
            return; // EAGAIN: wait for more
        qsizetype start = m_buffer.size();
        m_buffer.append(chunk, n);
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n', start)) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            start = 0;
            if (std::exchange(m_discardingLongLine, false))
                continue;
            if (!line.trimmed().isEmpty())
                handleLine(line);
            if (m_closed)
                return;
        }
        if (m_buffer.size() > kMaxMessageBytes) {
            m_buffer.clear();
            if (!m_discardingLongLine) {
                // The id is somewhere in the part we will not read: the error goes to null, as
                // JSON-RPC says for a request whose id cannot be known.
                sendError(QJsonValue::Null, RpcError::InvalidRequest,
                          tr("message longer than %1 bytes refused; send smaller requests (a "
                             "cell's code can read big data from a dataset instead)")
                              .arg(kMaxMessageBytes));
            }
            m_discardingLongLine = true;
        }
    }
}

void JsonRpcChannel::handleLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (document.isNull()) {
        sendError(QJsonValue::Null, RpcError::ParseError,
                  tr("not valid JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return;
    }
    if (document.isArray()) {
        // MCP 2025-06-18 removed JSON-RPC batches; the revisions before it never needed them.
        sendError(QJsonValue::Null, RpcError::InvalidRequest,
                  tr("batches are not supported: send one JSON-RPC message per line"));
        return;
    }
    const QJsonObject message = document.object();
    const QJsonValue id = message.value(QStringLiteral("id"));
    const bool idOk = id.isString() || id.isDouble();
    const QJsonValue replyId = idOk ? id : QJsonValue(QJsonValue::Null);
    if (message.value(kJsonRpc) != kVersion) {
        sendError(replyId, RpcError::InvalidRequest, tr("\"jsonrpc\" must be \"2.0\""));
        return;
    }
    const QJsonValue method = message.value(QStringLiteral("method"));
    if (method.isUndefined()) {
        // A response to a request of ours: this server sends none, so there is nothing to match.
        if (message.contains(QStringLiteral("result")) || message.contains(QStringLiteral("error")))
            return;
        sendError(replyId, RpcError::InvalidRequest,
                  tr("a message needs \"method\" (a request or notification) or \"result\"/"
                     "\"error\" (a response)"));
        return;
    }
    if (!method.isString() || method.toString().isEmpty()) {
        sendError(replyId, RpcError::InvalidRequest, tr("\"method\" must be a non-empty string"));
        return;
    }
    const QJsonValue params = message.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isObject()) {
        if (idOk)
            sendError(id, RpcError::InvalidParams, tr("\"params\" must be an object"));
        return;
    }
    if (message.contains(QStringLiteral("id")) && !idOk) {
        sendError(QJsonValue::Null, RpcError::InvalidRequest,
                  tr("\"id\" must be a string or a number"));
        return;
    }
    if (idOk)
        Q_EMIT requestReceived(id, method.toString(), params.toObject());
    else
        Q_EMIT notificationReceived(method.toString(), params.toObject());
}

void JsonRpcChannel::sendResult(const QJsonValue &id, const QJsonValue &result)
{
    write(QJsonObject{
        {kJsonRpc, kVersion}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}});
}

void JsonRpcChannel::sendError(const QJsonValue &id, int code, const QString &message,
                               const QJsonValue &data)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        error.insert(QStringLiteral("data"), data);
    write(QJsonObject{
        {kJsonRpc, kVersion}, {QStringLiteral("id"), id}, {QStringLiteral("error"), error}});
}

void JsonRpcChannel::sendNotification(const QString &method, const QJsonObject &params)
{
    write(QJsonObject{{kJsonRpc, kVersion},
                      {QStringLiteral("method"), method},
                      {QStringLiteral("params"), params}});
}

void JsonRpcChannel::write(const QJsonObject &message)
{
    QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    // Blocking writes on stdout: a client that reads slowly slows the server, never loses a line.
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::write(m_outputFd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN) {
                fd_set set;
                FD_ZERO(&set);
                FD_SET(m_outputFd, &set);
                ::select(m_outputFd + 1, nullptr, &set, nullptr, nullptr);
                continue;
            }
            return; // the client is gone: its end of input will close the server
        }
        done += n;
    }
}

} // namespace sandbench::cli::mcp
