#include "sessioneditorhelp.h"

#include "sessionrunner.h"

#include <QJsonObject>

namespace sandbench {

void SessionEditorHelp::setSession(SessionRunner *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_completions.clear();
    m_helps.clear();
    if (m_session)
        connect(m_session, &SessionRunner::queryAnswered, this,
                [this](quint64 id, const QJsonObject &reply) { onAnswered(id, reply); });
}

quint64 SessionEditorHelp::requestCompletions(const QString &codeBeforeCursor)
{
    if (!m_session)
        return 0;
    const quint64 id = m_session->queryIfIdle({{QStringLiteral("type"), QStringLiteral("complete")},
                                               {QStringLiteral("code"), codeBeforeCursor}});
    if (id != 0)
        m_completions.insert(id);
    return id;
}

quint64 SessionEditorHelp::requestHelp(const QString &code)
{
    if (!m_session)
        return 0;
    const quint64 id = m_session->queryIfIdle(
        {{QStringLiteral("type"), QStringLiteral("help")}, {QStringLiteral("code"), code}});
    if (id != 0)
        m_helps.insert(id);
    return id;
}

void SessionEditorHelp::onAnswered(quint64 requestId, const QJsonObject &reply)
{
    // The reply passed ReplyDecoder::checkQuery: its type is the request's or "error".
    const QString type = reply.value(QStringLiteral("type")).toString();
    if (m_completions.remove(requestId)) {
        const bool ok = type == QLatin1String("completions");
        Q_EMIT completionsReady(requestId, ok,
                                ok ? completionsFromReply(reply) : QList<CompletionItem>());
    } else if (m_helps.remove(requestId)) {
        const bool ok = type == QLatin1String("help");
        Q_EMIT helpReady(requestId, ok, ok ? helpFromReply(reply) : CompletionHelp());
    }
}

} // namespace sandbench
