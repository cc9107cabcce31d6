#include "editorhelp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sandbench {

const QStringList &completionKinds()
{
    static const QStringList kinds{QStringLiteral("function"),  QStringLiteral("method"),
                                   QStringLiteral("class"),     QStringLiteral("module"),
                                   QStringLiteral("property"),  QStringLiteral("column"),
                                   QStringLiteral("attribute"), QStringLiteral("variable"),
                                   QStringLiteral("keyword"),   QStringLiteral("builtin")};
    return kinds;
}

QString completionKindLabel(const QString &kind)
{
    static const char *const kLabels[][2] = {
        {"function", QT_TRANSLATE_NOOP("CompletionKind", "function")},
        {"method", QT_TRANSLATE_NOOP("CompletionKind", "method")},
        {"class", QT_TRANSLATE_NOOP("CompletionKind", "class")},
        {"module", QT_TRANSLATE_NOOP("CompletionKind", "module")},
        {"property", QT_TRANSLATE_NOOP("CompletionKind", "property")},
        {"column", QT_TRANSLATE_NOOP("CompletionKind", "column")},
        {"attribute", QT_TRANSLATE_NOOP("CompletionKind", "attribute")},
        {"variable", QT_TRANSLATE_NOOP("CompletionKind", "variable")},
        {"keyword", QT_TRANSLATE_NOOP("CompletionKind", "keyword")},
        {"builtin", QT_TRANSLATE_NOOP("CompletionKind", "builtin")}};
    for (const auto &label : kLabels) {
        if (kind == QLatin1String(label[0]))
            return QCoreApplication::translate("CompletionKind", label[1]);
    }
    return kind;
}

QList<CompletionItem> completionsFromReply(const QJsonObject &reply)
{
    QList<CompletionItem> items;
    const QJsonArray matches = reply.value(QStringLiteral("matches")).toArray();
    items.reserve(matches.size());
    for (const QJsonValue &match : matches) {
        const QJsonObject entry = match.toObject();
        items.append({entry.value(QStringLiteral("name")).toString(),
                      entry.value(QStringLiteral("kind")).toString()});
    }
    return items;
}

CompletionHelp helpFromReply(const QJsonObject &reply)
{
    return {reply.value(QStringLiteral("name")).toString(),
            reply.value(QStringLiteral("kind")).toString(),
            reply.value(QStringLiteral("type")).toString(),
            reply.value(QStringLiteral("signature")).toString(),
            reply.value(QStringLiteral("doc")).toString()};
}

} // namespace sandbench
