// The answer to one read-only request to the worker (variables, a table page, a summary, a check,
// completion, help, the code of a view), as an object of its own, like QNetworkReply: the caller
// keeps the reply it asked for and reads a typed result from it, so nothing is matched by request
// id and nobody filters a broadcast.
//
// The worker's reply is untrusted: WorkerClient has put it through ReplyDecoder::checkQuery before
// it gets here (a reply that fails a check arrives as an error), and the typed views below read
// only the fields checkQuery bounded.
//
// Ownership: SessionRunner creates a reply as its own child and deletes it (deleteLater) right
// after finished() was emitted; a caller reads it inside its finished() slot and keeps at most a
// QPointer. A session that goes away takes its open replies along without emitting finished().
#pragma once

#include "editorhelp.h"
#include "runrecord.h"
#include "tablepage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <optional>

namespace sandbench {

// What every typed reply has: ok, or why not (the worker's error message, or the app's when it
// refused the reply).
struct QueryOutcome
{
    bool ok = false;
    QString error;
};

// `variables`: the session's variables, one object per variable (name, type, shape, ...).
struct VariablesReply : QueryOutcome
{
    QJsonArray variables;
};

// `table`: a page of a frame. A JSON-encoded page has only the header (columns); a binary one
// (encoding "binary") decodes into page.
struct TablePageReply : QueryOutcome
{
    QJsonArray columns;            // the header as the worker sent it
    std::optional<TablePage> page; // when the reply carried a binary page that decoded
    QJsonObject json;              // the reply itself, for serve's pass-through
};

// `summary`: one column described (ColumnSummaryView reads the reply's fields).
struct SummaryReply : QueryOutcome
{
    QJsonObject summary;
};

// `export_view`: the file the view was written to, in the output folder, and its rows.
struct ExportViewReply : QueryOutcome
{
    QString path;
    qint64 rows = 0;
};

// `check`: what the static check would refuse or route to review.
struct CheckReply : QueryOutcome
{
    QList<Violation> violations;
};

// `complete`: the completions after the cursor.
struct CompletionReply : QueryOutcome
{
    QList<CompletionItem> items;
};

// `help`: the help on the name before the cursor.
struct HelpReply : QueryOutcome
{
    CompletionHelp help;
};

// `view_code`: a Data panel view (sort, filter) as pandas code.
struct ViewCodeReply : QueryOutcome
{
    QString code;
};

class QueryReply : public QObject
{
    Q_OBJECT

public:
    // type: the request's type ("variables", "table", ...).
    explicit QueryReply(QString requestType, QObject *parent = nullptr);

    const QString &requestType() const { return m_requestType; }
    bool isFinished() const { return m_finished; }
    // The worker answered with the reply the request asks for (not "error").
    bool isOk() const;
    QString errorMessage() const;
    // The checked reply and its frame's binary payload (a binary table page).
    const QJsonObject &json() const { return m_reply; }
    const QByteArray &payload() const { return m_payload; }

    VariablesReply variables() const;
    TablePageReply tablePage() const;
    SummaryReply summary() const;
    ExportViewReply exportView() const;
    CheckReply check() const;
    CompletionReply completion() const;
    HelpReply help() const;
    ViewCodeReply viewCode() const;

    // SessionRunner's: the reply arrived (once).
    void finish(const QJsonObject &reply, const QByteArray &payload);

Q_SIGNALS:
    void finished();

private:
    QueryOutcome outcome(const QString &expectedType) const;

    QString m_requestType;
    QJsonObject m_reply;
    QByteArray m_payload;
    bool m_finished = false;
};

// The answer to one undo or one reset of the session, as an object of its own (like QueryReply):
// whoever asked keeps this reply and is told by its finished(), so nobody waits for "the next"
// broadcast and takes an answer that was someone else's. Same ownership as QueryReply: the
// session creates it as its own child and deletes it (deleteLater) right after finished().
class ActionReply : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Undo,
        Reset
    };
    explicit ActionReply(Action action, QObject *parent = nullptr);

    Action action() const { return m_action; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_ok; }
    // Why not (the worker's message, untranslated: WorkerMessages::translate shows it); empty
    // when it went through.
    const QString &errorMessage() const { return m_message; }
    // A reset's answer: what each sandbox layer of the fresh session reported.
    const QJsonObject &layers() const { return m_layers; }

    // SessionRunner's: the answer arrived (once).
    void finish(bool ok, const QString &message, const QJsonObject &layers = {});

Q_SIGNALS:
    void finished();

private:
    Action m_action;
    bool m_finished = false;
    bool m_ok = false;
    QString m_message;
    QJsonObject m_layers;
};

} // namespace sandbench
