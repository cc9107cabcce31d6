#include "queryreply.h"

#include "protocolnames.h"

namespace sandbench {

QueryReply::QueryReply(QString requestType, QObject *parent)
    : QObject(parent), m_requestType(std::move(requestType))
{}

ActionReply::ActionReply(Action action, QObject *parent) : QObject(parent), m_action(action) {}

void ActionReply::finish(bool ok, const QString &message, const QJsonObject &layers)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = ok;
    m_message = ok ? QString() : message;
    m_layers = layers;
    Q_EMIT finished();
}

void QueryReply::finish(const QJsonObject &reply, const QByteArray &payload)
{
    if (m_finished)
        return;
    m_finished = true;
    m_reply = reply;
    m_payload = payload;
    Q_EMIT finished();
}

bool QueryReply::isOk() const
{
    const QString type = m_reply.value(QStringLiteral("type")).toString();
    return m_finished && !type.isEmpty() && type != wireName(protocol::kTypeError) &&
           type != wireName(protocol::kTypeResult);
}

QString QueryReply::errorMessage() const
{
    if (!m_finished)
        return tr("no answer yet");
    if (isOk())
        return {};
    // An error reply says why in "message"; a cell's reply where a query's was due, in "stderr".
    const QString message = m_reply.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    const QString stderrText = m_reply.value(QStringLiteral("stderr")).toString();
    return stderrText.isEmpty() ? tr("the worker did not say why") : stderrText;
}

QueryOutcome QueryReply::outcome(const QString &expectedType) const
{
    QueryOutcome out;
    out.ok = isOk() && m_reply.value(QStringLiteral("type")).toString() == expectedType;
    if (!out.ok) {
        out.error = errorMessage();
        if (out.error.isEmpty())
            out.error = tr("the worker answered %1 to a %2 request")
                            .arg(m_reply.value(QStringLiteral("type")).toString(), m_requestType);
    }
    return out;
}

VariablesReply QueryReply::variables() const
{
    VariablesReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeVariables));
    if (r.ok)
        r.variables = m_reply.value(QStringLiteral("variables")).toArray();
    return r;
}

TablePageReply QueryReply::tablePage() const
{
    TablePageReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeTable));
    r.json = m_reply;
    if (!r.ok)
        return r;
    r.columns = m_reply.value(QStringLiteral("columns")).toArray();
    if (m_reply.value(QStringLiteral("encoding")).toString() == QLatin1String("binary")) {
        QString error;
        r.page = TablePage::decode(m_reply, m_payload, &error);
        if (!r.page) {
            r.ok = false;
            r.error = tr("A page could not be read: %1").arg(error);
        }
    }
    return r;
}

SummaryReply QueryReply::summary() const
{
    SummaryReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeSummary));
    if (r.ok)
        r.summary = m_reply;
    return r;
}

ExportViewReply QueryReply::exportView() const
{
    ExportViewReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeExported));
    if (r.ok) {
        r.path = m_reply.value(QStringLiteral("path")).toString();
        r.rows = m_reply.value(QStringLiteral("rows")).toInteger();
    }
    return r;
}

CheckReply QueryReply::check() const
{
    CheckReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeChecked));
    if (r.ok)
        r.violations = violationsFromJson(m_reply.value(QStringLiteral("violations")).toArray());
    return r;
}

CompletionReply QueryReply::completion() const
{
    CompletionReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeCompletions));
    if (r.ok)
        r.items = completionsFromReply(m_reply);
    return r;
}

HelpReply QueryReply::help() const
{
    HelpReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeHelp));
    if (r.ok)
        r.help = helpFromReply(m_reply);
    return r;
}

ViewCodeReply QueryReply::viewCode() const
{
    ViewCodeReply r;
    static_cast<QueryOutcome &>(r) = outcome(wireName(protocol::kTypeViewCode));
    if (r.ok)
        r.code = m_reply.value(QStringLiteral("code")).toString();
    return r;
}

} // namespace sandbench
