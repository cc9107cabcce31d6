// Where a cell editor gets completions and help from: the session's worker, which resolves the
// text before the cursor next to the session's objects (sandbox/PROTOCOL.md, `complete`, `help`).
// Answers come later, by signal; an editor drops every answer but the one to its newest ticket.
#pragma once

#include "editorhelp.h"

#include <QList>
#include <QObject>
#include <QString>

namespace sandbench {

class CompletionProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // codeBeforeCursor: the cell's text up to the cursor. A ticket (> 0) answered by
    // completionsReady, or 0 when no answer can come soon (no session, a cell running): the
    // editor then offers the session's names as before.
    virtual quint64 requestCompletions(const QString &codeBeforeCursor) = 0;
    // code: the cell's text up to the end of the word at the cursor (or the mouse). Help on that
    // name, or on the function whose call it is in; a ticket answered by helpReady, or 0.
    virtual quint64 requestHelp(const QString &code) = 0;

Q_SIGNALS:
    // ok false: the worker could not answer (its error, a time limit): nothing to offer.
    void completionsReady(quint64 ticket, bool ok, const QList<sandbench::CompletionItem> &items);
    void helpReady(quint64 ticket, bool ok, const sandbench::CompletionHelp &help);
};

} // namespace sandbench
