// `sandbench serve --stdio`: one sandboxed session driven by JSON lines on stdin/stdout, for agents
// and scripts. Every request is one JSON object on a line with an "id"; every response echoes it.
#pragma once

#include "notebook.h"
#include "runstore.h"
#include "serveask.h"
#include "sessionrunner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSocketNotifier>
#include <QTextStream>
#include <memory>
#include <optional>

namespace sandbench::cli {

class ServeCommand : public QObject
{
    Q_OBJECT

public:
    explicit ServeCommand(QObject *parent = nullptr);
    ~ServeCommand() override;

    // As RunCommand::start: an exit status now, or -1 to run until finished().
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onReadable();
    void handleLine(const QByteArray &line);
    void respond(QJsonObject response);
    void fail(const QJsonValue &id, const QString &message);
    void execute(const QJsonValue &id, const QString &code, const RunOptions &options,
                 const CodeSource &source, bool progress);
    void onExecuteDone(quint64 cellId, const RunRecord &record, bool recorded,
                       const QString &storeError);
    // A query's reply goes out as the client's response to id.
    void answer(const QJsonValue &id, QueryReply *reply);
    // Answers the client's undo or reset (id) when its own reply finishes.
    void answerAction(const QJsonValue &id, ActionReply *reply);
    void finishWhenIdle();
    void startAsk(const QJsonValue &id, const QJsonObject &request);

    QTextStream m_out;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_runner;
    // The executes, each a cell of this notebook while it is open (queued or running), in the
    // order they came; after m_runner, so that it goes first.
    std::unique_ptr<Notebook> m_notebook;
    QHash<quint64, QJsonValue> m_executeIds; // open cell -> the client's request id
    QSet<quint64> m_progress;                // open cells whose output streams to the client
    std::unique_ptr<QSocketNotifier> m_stdin;
    QByteArray m_buffer;
    bool m_discardingLongLine = false;
    bool m_inputClosed = false;
    bool m_shuttingDown = false;
    QJsonValue m_shutdownId;
    int m_openQueries = 0;               // queries sent and not answered
    int m_openActions = 0;               // undos and resets asked and not answered
    int m_openResets = 0;                // ... of which resets
    std::unique_ptr<ServeAsk> m_ask;     // an ask in progress (one at a time)
    bool m_finished = false;
};

} // namespace sandbench::cli
