#include "reviewcommand.h"

#include "runjson.h"
#include "runstatus.h"
#include "runtext.h"
#include "sessionoptions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::cli {
namespace {

const QString kCommand = QStringLiteral("sandbench review");

QJsonObject itemToJson(const ReviewItem &item)
{
    QJsonObject object{
        {QStringLiteral("run_id"), item.run.id},
        {QStringLiteral("state"), item.state()},
        {QStringLiteral("session"), item.run.sessionId},
        {QStringLiteral("cell"), item.run.cellIndex},
        {QStringLiteral("flagged_at"), item.run.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("code"), item.run.code},
        {QStringLiteral("code_sha256"), item.run.codeSha256},
        {QStringLiteral("profile"), item.run.profileName},
        {QStringLiteral("reasons"),
         QJsonDocument::fromJson(RunStore::violationsToJson(item.run.violations).toUtf8()).array()},
        {QStringLiteral("decision"),
         item.decision ? QJsonValue(decisionToJson(*item.decision)) : QJsonValue()},
    };
    return object;
}

} // namespace

ReviewCommand::ReviewCommand() : m_out(stdout), m_err(stderr) {}

int ReviewCommand::fail(const QString &message, int code)
{
    m_err << kCommand << QStringLiteral(": ") << message << Qt::endl;
    return code;
}

int ReviewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The review queue: cells the profile flagged wait here, unrun, for a person.\n"
           "  list             the runs waiting for review (--all: with the decided ones)\n"
           "  show ID          one flagged run: its code, the reasons, every decision\n"
           "  approve ID       approve the run's exact code under its profile; it runs the next "
           "time it is submitted\n"
           "  reject ID        reject it; --note says why (required)\n"
           "  --gui [DB]       the queue in a window, with each run's code and provenance\n"
           "Decisions are never changed or deleted: a later one supersedes an earlier one."));
    parser.addHelpOption();
    parser.addOption(SessionOptions::databaseOption());
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        tr("Print JSON instead of text."));
    const QCommandLineOption allOption(QStringList{QStringLiteral("all")},
                                       tr("list: include runs already decided."));
    const QCommandLineOption noteOption(QStringList{QStringLiteral("note")},
                                        tr("approve, reject: the reviewer's note."), tr("TEXT"));
    const QCommandLineOption reviewerOption(
        QStringList{QStringLiteral("reviewer")},
        tr("approve, reject: the reviewer's name (default: %1).")
            .arg(ReviewQueue::defaultReviewer()),
        tr("NAME"));
    parser.addOptions({jsonOption, allOption, noteOption, reviewerOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, show, approve or reject"));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("the flagged run's id"), tr("[ID]"));

    if (const auto done = parseCommand(parser, kCommand, arguments, m_out))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions = {QStringLiteral("list"), QStringLiteral("show"),
                                        QStringLiteral("approve"), QStringLiteral("reject")};
    if (!actions.contains(action))
        return usageError(kCommand, action.isEmpty()
                                        ? tr("say what to do: list, show, approve or reject")
                                        : tr("unknown action '%1'; use list, show, approve or "
                                             "reject")
                                              .arg(action));
    const bool needsId = action != QLatin1String("list");
    if (positional.size() != (needsId ? 2 : 1))
        return usageError(kCommand, needsId ? tr("%1 needs exactly one run ID").arg(action)
                                            : tr("list takes no ID"));
    qint64 runId = 0;
    if (needsId) {
        bool ok = false;
        runId = positional.at(1).toLongLong(&ok);
        if (!ok || runId <= 0)
            return usageError(kCommand, tr("'%1' is not a run ID; 'sandbench review list' shows "
                                           "them")
                                            .arg(positional.at(1)));
    }
    if (action == QLatin1String("reject") && parser.value(noteOption).trimmed().isEmpty())
        return usageError(kCommand, tr("reject needs --note TEXT saying why"));
    if (parser.isSet(reviewerOption) && parser.value(reviewerOption).trimmed().isEmpty())
        return usageError(kCommand, tr("--reviewer needs a name"));

    auto store = openStoreFor(kCommand, parser);
    if (!store)
        return ExitCode::CantCreate;
    ReviewQueue queue(*store);
    const bool json = parser.isSet(jsonOption);
    if (action == QLatin1String("list"))
        return list(queue, parser.isSet(allOption), json);
    if (action == QLatin1String("show"))
        return show(*store, queue, runId, json);
    const QString reviewer = parser.isSet(reviewerOption) ? parser.value(reviewerOption)
                                                          : ReviewQueue::defaultReviewer();
    return decide(queue, runId, action == QLatin1String("approve"), reviewer,
                  parser.value(noteOption), json);
}

int ReviewCommand::list(ReviewQueue &queue, bool all, bool json)
{
    QString error;
    const QList<ReviewItem> items = queue.items(!all, &error);
    if (!error.isEmpty())
        return fail(error, ExitCode::CantCreate);
    if (json) {
        QJsonArray array;
        for (const ReviewItem &item : items)
            array.append(itemToJson(item));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Ok;
    }
    if (items.isEmpty()) {
        m_out << (all ? tr("No run was ever flagged for review.")
                      : tr("No run is waiting for review."))
              << Qt::endl;
        return ExitCode::Ok;
    }
    m_out << tr("RUN\tSTATE\tSESSION\tCELL\tPROFILE\tREASONS\tCODE") << Qt::endl;
    for (const ReviewItem &item : items) {
        QStringList rules;
        for (const Violation &v : item.run.violations) {
            const QString rule =
                v.line > 0 ? QStringLiteral("%1 (line %2)").arg(v.rule).arg(v.line) : v.rule;
            if (!rules.contains(rule))
                rules.append(rule);
        }
        m_out << item.run.id << '\t' << item.state() << '\t' << item.run.sessionId << '\t'
              << item.run.cellIndex << '\t' << item.run.profileName << '\t'
              << rules.join(QStringLiteral(", ")) << '\t' << RunText::firstLine(item.run.code, 50)
              << Qt::endl;
    }
    return ExitCode::Ok;
}

int ReviewCommand::show(RunStore &store, ReviewQueue &queue, qint64 runId, bool json)
{
    QString error;
    const auto item = queue.item(runId, &error);
    if (!item) {
        const auto run = store.run(runId);
        return fail(run ? tr("run %1 was not flagged for review (its status is %2); "
                             "'sandbench show %1' shows it")
                              .arg(runId)
                              .arg(runStatusName(run->status))
                        : tr("there is no run %1 in %2").arg(runId).arg(store.path()),
                    ExitCode::Usage);
    }
    const QList<ReviewDecision> history = queue.history(ReviewBinding::of(item->run), &error);
    if (json) {
        QJsonObject object = itemToJson(*item);
        QJsonArray decisions;
        for (const ReviewDecision &decision : history)
            decisions.append(decisionToJson(decision));
        object.insert(QStringLiteral("history"), decisions);
        object.insert(QStringLiteral("inputs_sha256"), item->run.inputsSha256);
        object.insert(QStringLiteral("binds_inputs"), item->run.reviewBindsInputs);
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Ok;
    }
    m_out << tr("run %1: %2 (session %3, cell %4, profile %5)")
                 .arg(runId)
                 .arg(item->state())
                 .arg(item->run.sessionId)
                 .arg(item->run.cellIndex)
                 .arg(item->run.profileName)
          << Qt::endl;
    m_out << tr("reasons") << Qt::endl;
    RunText::printReasons(m_out, item->run.violations);
    m_out << tr("an approval binds to") << Qt::endl
          << tr("  code sha256    %1").arg(item->run.codeSha256) << Qt::endl
          << tr("  profile sha256 %1").arg(item->run.profileSha256) << Qt::endl
          << tr("  limits sha256  %1").arg(item->run.limitsSha256) << Qt::endl;
    if (item->run.reviewBindsInputs)
        m_out << tr("  inputs sha256  %1").arg(item->run.inputsSha256) << Qt::endl;
    if (!history.isEmpty()) {
        m_out << tr("decisions about this code") << Qt::endl;
        for (const ReviewDecision &decision : history)
            RunText::printDecision(m_out, decision);
    }
    RunText::printBlock(m_out, tr("code"), item->run.code);
    return ExitCode::Ok;
}

int ReviewCommand::decide(ReviewQueue &queue, qint64 runId, bool approve, const QString &reviewer,
                          const QString &note, bool json)
{
    QString error;
    // A run that is missing or was never flagged is the user's mistake; anything after is the
    // store's.
    const bool flagged = queue.item(runId).has_value();
    const auto decision = queue.decide(runId, approve, reviewer, note, &error);
    if (!decision)
        return fail(error, flagged ? ExitCode::CantCreate : ExitCode::Usage);
    if (json) {
        m_out << QJsonDocument(decisionToJson(*decision)).toJson(QJsonDocument::Compact)
              << Qt::endl;
        return ExitCode::Ok;
    }
    m_out << (approve ? tr("Approved run %1 (decision %2): the same code under the same profile "
                           "runs the next time it is submitted.")
                      : tr("Rejected run %1 (decision %2)."))
                 .arg(runId)
                 .arg(decision->id)
          << Qt::endl;
    return ExitCode::Ok;
}

} // namespace sandbench::cli
