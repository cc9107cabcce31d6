#include "sessioneditorhelp.h"

#include "sessionrunner.h"

#include <QJsonObject>

namespace sandbench {

void SessionEditorHelp::setSession(SessionRunner *session)
{
    // Replies of the old session still open are its children: they go with it, unanswered,
    // and the editors offer the session's names meanwhile.
    m_session = session;
}

quint64 SessionEditorHelp::requestCompletions(const QString &codeBeforeCursor)
{
    if (!m_session)
        return 0;
    QueryReply *reply =
        m_session->queryIfIdle({{QStringLiteral("type"), wireName(protocol::kTypeComplete)},
                                {QStringLiteral("code"), codeBeforeCursor}});
    if (!reply)
        return 0;
    const quint64 ticket = ++m_nextTicket;
    connect(reply, &QueryReply::finished, this, [this, reply, ticket] {
        const CompletionReply answer = reply->completion();
        Q_EMIT completionsReady(ticket, answer.ok, answer.items);
    });
    return ticket;
}

quint64 SessionEditorHelp::requestHelp(const QString &code)
{
    if (!m_session)
        return 0;
    QueryReply *reply = m_session->queryIfIdle(
        {{QStringLiteral("type"), wireName(protocol::kTypeHelp)}, {QStringLiteral("code"), code}});
    if (!reply)
        return 0;
    const quint64 ticket = ++m_nextTicket;
    connect(reply, &QueryReply::finished, this, [this, reply, ticket] {
        const HelpReply answer = reply->help();
        Q_EMIT helpReady(ticket, answer.ok, answer.help);
    });
    return ticket;
}

} // namespace sandbench
