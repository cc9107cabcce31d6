#pragma once

#include <QString>
#include <QStringList>

namespace sandbench {

// The worker's messages (refusals from every layer, the limits' explanations) in the window's
// language. The worker speaks English and the run store keeps that English as the record; this
// catalog knows the worker's message templates by a stable id, recognises a message by its
// template and shows the translated template with the message's own pieces (paths, module names,
// numbers) put in as plain text. A worker string is never used as a format string: only the
// catalog's own templates are. A message the catalog does not know stays in the worker's English.
//
// Matching by template rather than a message id on the wire keeps the protocol, the worker's
// trusted evidence channel (which carries text only) and the store as they are, and translates
// runs recorded before too. The templates must follow the worker's wording: tst_workermessages
// runs the real worker's most frequent refusals through this catalog, so a reworded message fails
// there instead of silently falling back to English.
// The catalog's translation context is "WorkerMessage".
class WorkerMessages
{
public:
    // The message in the current language, or `english` itself when no template matches.
    static QString translate(const QString &english);

    // The id of the template `english` matches ("import-not-allowed", ...), or an empty string.
    static QString idOf(const QString &english);

    // A cell's stderr with each line the worker wrote from a template ("The cell was not run:",
    // the memory limit's note, "[... output cut ...]") in the current language; other lines (the
    // cell's own prints, Python's tracebacks) as they are. Bounded: only the first and the last
    // lines of a long text are looked at, where the worker writes its notes, so a flood of
    // output costs no time on the GUI thread.
    static QString translateLines(const QString &text);

    // Every template the catalog knows, in the worker's English (for the coverage test).
    static QStringList templates();

    // The message for a template id with its pieces as plain text, in the current language; the
    // fallback when the id is unknown or the pieces do not fit the template.
    static QString fromId(const QString &id, const QStringList &args, const QString &fallback);
};

} // namespace sandbench
