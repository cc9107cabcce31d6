// The cell editors' completions and help from the session's worker (sandbox/PROTOCOL.md,
// `complete` and `help`). Asks only while the worker is idle, so that a running cell never makes
// typing wait; the editors then offer the session's names instead.
#pragma once

#include "completionprovider.h"

#include <QPointer>
#include <QSet>

class QJsonObject;

namespace sandbench {

class SessionRunner;

class SessionEditorHelp : public CompletionProvider
{
    Q_OBJECT

public:
    using CompletionProvider::CompletionProvider;

    // The session whose worker answers; null while there is none.
    void setSession(SessionRunner *session);

    quint64 requestCompletions(const QString &codeBeforeCursor) override;
    quint64 requestHelp(const QString &code) override;

private:
    void onAnswered(quint64 requestId, const QJsonObject &reply);

    QPointer<SessionRunner> m_session;
    QSet<quint64> m_completions; // open requests of each kind
    QSet<quint64> m_helps;
};

} // namespace sandbench
