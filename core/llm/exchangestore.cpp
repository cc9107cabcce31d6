#include "exchangestore.h"

#include "runstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sandbench::llm {
namespace {

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant tokensOrNull(int tokens)
{
    return tokens >= 0 ? QVariant(tokens) : QVariant();
}

QString toolCallsJson(const QList<ToolCall> &calls)
{
    QJsonArray array;
    for (const ToolCall &call : calls)
        array.append(QJsonObject{{QStringLiteral("id"), call.id},
                                 {QStringLiteral("name"), call.name},
                                 {QStringLiteral("arguments"), call.arguments}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

bool ExchangeStore::record(Exchange &exchange, QString *error)
{
    QString reason;
    SqliteStatement insert = m_store.connection().prepare(
        QStringLiteral(
            "INSERT INTO llm_exchanges (session_id, prompt_sha256, messages, model, "
            "answered_model, endpoint_host, answer, tool_calls, finish_reason, error, started_at, "
            "first_token_at, finished_at, prompt_tokens, completion_tokens) VALUES (?1, ?2, ?3, "
            "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"),
        &reason);
    if (!insert.isValid()) {
        if (error)
            *error = m_store.describeFailure(tr("Cannot record the assistant's exchange"), reason);
        return false;
    }
    const ChatAnswer &a = exchange.answer;
    insert.bind(1, exchange.sessionId > 0 ? QVariant(exchange.sessionId) : QVariant());
    insert.bind(2, exchange.promptSha256);
    insert.bind(3,
                QString::fromUtf8(QJsonDocument(exchange.messages).toJson(QJsonDocument::Compact)));
    insert.bind(4, exchange.model);
    insert.bind(5, a.model);
    insert.bind(6, exchange.endpointHost);
    insert.bind(7, a.content);
    insert.bind(8, toolCallsJson(a.toolCalls));
    insert.bind(9, a.finishReason);
    insert.bind(10, exchange.failure.kind == ErrorKind::None
                        ? QString()
                        : errorKindName(exchange.failure.kind) + QStringLiteral(": ") +
                              exchange.failure.message);
    insert.bind(11, isoOrEmpty(a.startedAt));
    insert.bind(12, a.firstTokenAt.isValid() ? QVariant(isoOrEmpty(a.firstTokenAt)) : QVariant());
    insert.bind(13, isoOrEmpty(a.finishedAt));
    insert.bind(14, tokensOrNull(a.usage.promptTokens));
    insert.bind(15, tokensOrNull(a.usage.completionTokens));
    if (insert.step() != SqliteStatement::Step::Done) {
        if (error)
            *error = m_store.describeFailure(tr("Cannot record the assistant's exchange"),
                                             insert.error());
        return false;
    }
    exchange.id = m_store.connection().lastInsertRowId();
    return true;
}

std::optional<Exchange> ExchangeStore::byPrompt(const QString &promptSha256, QString *error) const
{
    QString reason;
    SqliteStatement query = m_store.connection().prepare(
        QStringLiteral("SELECT id, session_id, prompt_sha256, messages, model, answered_model, "
                       "endpoint_host, answer, tool_calls, finish_reason, error, started_at, "
                       "first_token_at, finished_at, prompt_tokens, completion_tokens "
                       "FROM llm_exchanges WHERE prompt_sha256 = ?1 ORDER BY id DESC LIMIT 1"),
        &reason);
    if (!query.isValid()) {
        if (error)
            *error = m_store.describeFailure(tr("Cannot read the assistant's exchanges"), reason);
        return std::nullopt;
    }
    query.bind(1, promptSha256);
    if (query.step() != SqliteStatement::Step::Row)
        return std::nullopt;
    Exchange e;
    e.id = query.int64(0);
    e.sessionId = query.int64(1);
    e.promptSha256 = query.text(2);
    e.messages = QJsonDocument::fromJson(query.text(3).toUtf8()).array();
    e.model = query.text(4);
    e.answer.model = query.text(5);
    e.endpointHost = query.text(6);
    e.answer.content = query.text(7);
    for (const QJsonValue &v : QJsonDocument::fromJson(query.text(8).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        ToolCall call;
        call.index = int(e.answer.toolCalls.size());
        call.id = o.value(QStringLiteral("id")).toString();
        call.name = o.value(QStringLiteral("name")).toString();
        call.arguments = o.value(QStringLiteral("arguments")).toString();
        e.answer.toolCalls.append(call);
    }
    e.answer.finishReason = query.text(9);
    e.failure.message = query.text(10);
    e.answer.startedAt = fromIso(query.text(11));
    e.answer.firstTokenAt = fromIso(query.text(12));
    e.answer.finishedAt = fromIso(query.text(13));
    e.answer.usage.promptTokens = query.isNull(14) ? -1 : int(query.int64(14));
    e.answer.usage.completionTokens = query.isNull(15) ? -1 : int(query.int64(15));
    return e;
}

} // namespace sandbench::llm
