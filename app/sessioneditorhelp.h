// The cell editors' completions and help from the session's worker (sandbox/PROTOCOL.md,
// `complete` and `help`). Asks only while the worker is idle, so that a running cell never makes
// typing wait; the editors then offer the session's names instead.
#pragma once

#include "completionprovider.h"

#include <QPointer>

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
    QPointer<SessionRunner> m_session;
    // The editor's tickets: each request's own number, given here (0 means "not sent").
    quint64 m_nextTicket = 0;
};

} // namespace sandbench
