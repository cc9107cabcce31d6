#include "historycommand.h"

#include "reviewqueue.h"
#include "runhistory.h"
#include "runjson.h"
#include "runstatus.h"
#include "runtext.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::cli {
namespace {

const QString kHistory = QStringLiteral("sandbench history");
const QString kShow = QStringLiteral("sandbench show");

QCommandLineOption jsonOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("json")},
        QCoreApplication::translate("HistoryCommand", "Print JSON instead of text."));
}

} // namespace

HistoryCommand::HistoryCommand() : m_out(stdout) {}

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists recorded runs, newest first. --search finds runs whose code, output or review "
           "notes contain every word given (a word ending in * matches as a prefix)."));
    parser.addHelpOption();
    parser.addOption(SessionOptions::databaseOption());
    const QCommandLineOption search(QStringList{QStringLiteral("search")},
                                    tr("Words to find in code, output and notes."), tr("TEXT"));
    const QCommandLineOption session(QStringList{QStringLiteral("session")},
                                     tr("Only runs of this session."), tr("ID"));
    const QCommandLineOption status(QStringList{QStringLiteral("status")},
                                    tr("Only runs with this status (%1).").arg(runStatusNameList()),
                                    tr("S"));
    const QCommandLineOption limit(QStringList{QStringLiteral("limit")},
                                   tr("At most N runs (default 50; 0: all)."), tr("N"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({search, session, status, limit, json});
    if (const auto done = parseCommand(parser, kHistory, arguments, m_out))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(kHistory,
                          tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    HistoryQuery query;
    query.search = parser.value(search);
    if (parser.isSet(session)) {
        bool ok = false;
        query.sessionId = parser.value(session).toLongLong(&ok);
        if (!ok || query.sessionId <= 0)
            return usageError(
                kHistory,
                tr("--session %1: give a session id, a whole number").arg(parser.value(session)));
    }
    if (parser.isSet(status)) {
        if (!runStatusFromName(parser.value(status)))
            return usageError(kHistory, tr("--status %1: not a status; use one of %2")
                                            .arg(parser.value(status), runStatusNameList()));
        query.status = parser.value(status);
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 0)
            return usageError(
                kHistory,
                tr("--limit %1: give a whole number, 0 for all").arg(parser.value(limit)));
    }
    auto store = openStoreFor(kHistory, parser);
    if (!store)
        return ExitCode::CantCreate;
    QString error;
    const QList<HistoryEntry> entries = RunHistory(*store).find(query, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << kHistory << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const HistoryEntry &entry : entries)
            array.append(QJsonObject{
                {QStringLiteral("run_id"), entry.runId},
                {QStringLiteral("session"), entry.sessionId},
                {QStringLiteral("cell"), entry.cellIndex},
                {QStringLiteral("status"), entry.status},
                {QStringLiteral("started_at"), entry.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("duration_ms"), entry.durationMs},
                {QStringLiteral("profile"), entry.profileName},
                {QStringLiteral("code"), entry.code}});
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Ok;
    }
    if (entries.isEmpty()) {
        m_out << tr("No run matches.") << Qt::endl;
        return ExitCode::Ok;
    }
    m_out << tr("RUN\tSESSION\tCELL\tSTATUS\tSTARTED\tMS\tCODE") << Qt::endl;
    for (const HistoryEntry &entry : entries)
        m_out << entry.runId << '\t' << entry.sessionId << '\t' << entry.cellIndex << '\t'
              << entry.status << '\t' << entry.startedAt.toString(Qt::ISODate) << '\t'
              << qRound64(entry.durationMs) << '\t' << RunText::firstLine(entry.code, 60)
              << Qt::endl;
    return ExitCode::Ok;
}

ShowCommand::ShowCommand() : m_out(stdout) {}

int ShowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows one run with all its provenance: the code and its hash, the datasets' and "
           "outputs' hashes, the environment and limits, times and memory, the run its state "
           "came from and the approval it ran under."));
    parser.addHelpOption();
    parser.addOption(SessionOptions::databaseOption());
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("RUN_ID"), tr("The run to show."));
    if (const auto done = parseCommand(parser, kShow, arguments, m_out))
        return *done;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 runId = positional.value(0).toLongLong(&ok);
    if (positional.size() != 1 || !ok || runId <= 0)
        return usageError(kShow, tr("give exactly one RUN_ID; 'sandbench history' lists them"));
    auto store = openStoreFor(kShow, parser);
    if (!store)
        return ExitCode::CantCreate;
    QString error;
    const auto run = store->run(runId, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << kShow << QStringLiteral(": ") << error << Qt::endl;
        return ExitCode::CantCreate;
    }
    if (!run) {
        QTextStream(stderr) << kShow << QStringLiteral(": ")
                            << tr("there is no run %1 in %2").arg(runId).arg(store->path())
                            << Qt::endl;
        return ExitCode::Usage;
    }
    std::optional<ReviewDecision> approval;
    if (run->approvalId > 0)
        approval = ReviewQueue(*store).decision(run->approvalId);
    // Recorded files are checked now: a later cell's rewrite of an output it recorded itself is
    // explained by that run; anything else is reported.
    // An output's copy the app kept is checked too, and named when the file itself changed.
    const auto session = store->session(run->sessionId);
    const QList<RecordedFileProblem> problems = RecordedFiles::check(
        *run, store->runsOfSession(run->sessionId), session ? session->outputDir : QString());
    if (parser.isSet(json)) {
        QJsonObject object = runProvenanceToJson(*run, approval);
        QJsonArray problemList;
        for (const RecordedFileProblem &problem : problems) {
            QJsonObject entry{{QStringLiteral("path"), problem.path},
                              {QStringLiteral("run_id"), problem.runId},
                              {QStringLiteral("problem"), problem.what}};
            if (!problem.recordedCopy.isEmpty())
                entry.insert(QStringLiteral("recorded_copy"), problem.recordedCopy);
            problemList.append(entry);
        }
        object.insert(QStringLiteral("recorded_file_problems"), problemList);
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Ok;
    }
    RunText::printProvenance(m_out, *run, approval, problems);
    return ExitCode::Ok;
}

} // namespace sandbench::cli
