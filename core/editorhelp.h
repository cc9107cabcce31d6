// What the worker tells the cell editor: the completions after the cursor and the help on a name
// (sandbox/PROTOCOL.md, `complete` and `help`). Read from a reply ReplyDecoder::checkQuery has
// accepted: every field is bounded there.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace sandbench {

struct CompletionItem
{
    QString name;
    QString kind; // one of completionKinds()
};

struct CompletionHelp
{
    QString name;      // as written: "df.groupby"
    QString kind;      // one of completionKinds(), empty when nothing was found
    QString type;      // the value's type name
    QString signature; // "groupby(by=None, axis=0, ...)", empty for what is not callable
    QString doc;

    bool isEmpty() const { return name.isEmpty(); }
};

// The kinds a worker may name; the same list as sandbench_worker/completion.py's KINDS.
const QStringList &completionKinds();
// The kind as the editor's popup shows it ("method", "column"), translated.
QString completionKindLabel(const QString &kind);

QList<CompletionItem> completionsFromReply(const QJsonObject &reply);
CompletionHelp helpFromReply(const QJsonObject &reply);

} // namespace sandbench

Q_DECLARE_METATYPE(sandbench::CompletionHelp)
