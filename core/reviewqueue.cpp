#include "reviewqueue.h"

#include "logging.h"

#include <QVariantList>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace sandbench {
namespace {

constexpr auto kDecisionColumns =
    "id, run_id, decision, reviewer, note, decided_at, code_sha256, profile_sha256, "
    "limits_sha256, inputs_sha256, supersedes";

} // namespace

ReviewBinding ReviewBinding::of(const RunRecord &run)
{
    return {run.codeSha256, run.profileSha256, run.limitsSha256, run.inputsSha256,
            run.reviewBindsInputs};
}

QString ReviewItem::state() const
{
    if (!decision)
        return QStringLiteral("pending");
    return decision->approved ? QStringLiteral("approved") : QStringLiteral("rejected");
}

QString ReviewQueue::defaultReviewer()
{
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(::getuid()) : user;
}

QList<ReviewDecision> ReviewQueue::queryDecisions(const QString &where, const QVariantList &values,
                                                  QString *error) const
{
    QList<ReviewDecision> decisions;
    QString reason;
    SqliteStatement query =
        m_store.connection().prepare(QStringLiteral("SELECT %1 FROM review_decisions WHERE ")
                                             .arg(QLatin1String(kDecisionColumns)) +
                                         where,
                                     &reason);
    // SQLite's words alone ("disk I/O error", "no such table") name neither the file nor a fix.
    const auto failed = [&](const QString &why) {
        if (error)
            *error = m_store.describeFailure(tr("Cannot read the review decisions"), why);
        return decisions;
    };
    if (!query.isValid())
        return failed(reason);
    for (int i = 0; i < values.size(); ++i)
        query.bind(i + 1, values.at(i));
    for (;;) {
        const SqliteStatement::Step step = query.step();
        if (step == SqliteStatement::Step::Error)
            return failed(query.error());
        if (step != SqliteStatement::Step::Row)
            break;
        ReviewDecision d;
        d.id = query.int64(0);
        d.runId = query.int64(1);
        d.approved = query.text(2) == QLatin1String("approved");
        d.reviewer = query.text(3);
        d.note = query.text(4);
        d.decidedAt = QDateTime::fromString(query.text(5), Qt::ISODateWithMs);
        d.binding.codeSha256 = query.text(6);
        d.binding.profileSha256 = query.text(7);
        d.binding.limitsSha256 = query.text(8);
        d.binding.bindsInputs = !query.isNull(9);
        d.binding.inputsSha256 = query.text(9);
        d.supersedes = query.int64(10);
        decisions.append(d);
    }
    return decisions;
}

std::optional<ReviewDecision> ReviewQueue::decisionFor(const ReviewBinding &binding,
                                                       QString *error) const
{
    // A decision bound to the inputs covers only those inputs; one that is not covers any.
    const QList<ReviewDecision> found = queryDecisions(
        QStringLiteral("code_sha256 = ?1 AND profile_sha256 = ?2 AND limits_sha256 = ?3 AND "
                       "(inputs_sha256 IS NULL OR inputs_sha256 = ?4) ORDER BY id DESC LIMIT 1"),
        {binding.codeSha256, binding.profileSha256, binding.limitsSha256, binding.inputsSha256},
        error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ReviewDecision> ReviewQueue::history(const ReviewBinding &binding, QString *error) const
{
    return queryDecisions(
        QStringLiteral("code_sha256 = ?1 AND profile_sha256 = ?2 AND limits_sha256 = ?3 "
                       "ORDER BY id"),
        {binding.codeSha256, binding.profileSha256, binding.limitsSha256}, error);
}

std::optional<ReviewDecision> ReviewQueue::decision(qint64 decisionId, QString *error) const
{
    const QList<ReviewDecision> found =
        queryDecisions(QStringLiteral("id = ?1"), {decisionId}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<ReviewDecision> ReviewQueue::decide(qint64 runId, bool approve,
                                                  const QString &reviewer, const QString &note,
                                                  QString *error)
{
    if (reviewer.trimmed().isEmpty()) {
        if (error)
            *error = tr("a decision needs the reviewer's name");
        return std::nullopt;
    }
    QString reason;
    const auto run = m_store.run(runId, &reason);
    if (!run) {
        if (error)
            *error = reason.isEmpty()
                         ? tr("there is no run %1 in %2; %3")
                               .arg(runId)
                               .arg(m_store.path(), NextStep::listRunsForReview(m_context))
                         : reason;
        return std::nullopt;
    }
    if (run->status != RunStatus::PendingReview) {
        if (error)
            *error = tr("run %1 was not flagged for review (its status is %2); only runs with "
                        "status pending_review can be approved or rejected")
                         .arg(runId)
                         .arg(runStatusName(run->status));
        return std::nullopt;
    }
    ReviewDecision decision;
    decision.runId = runId;
    decision.approved = approve;
    decision.reviewer = reviewer.trimmed();
    decision.note = note;
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    decision.binding = ReviewBinding::of(*run);

    SqliteConnection &db = m_store.connection();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = m_store.describeFailure(tr("Cannot record the decision on run %1").arg(runId),
                                             transaction.error());
        return std::nullopt;
    }
    if (const auto previous = decisionFor(decision.binding, &reason))
        decision.supersedes = previous->id;
    SqliteStatement insert = db.prepare(
        QStringLiteral("INSERT INTO review_decisions (run_id, decision, reviewer, note, "
                       "decided_at, code_sha256, profile_sha256, limits_sha256, inputs_sha256, "
                       "supersedes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        &reason);
    if (insert.isValid()) {
        insert.bind(1, runId);
        insert.bind(2, approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
        insert.bind(3, decision.reviewer);
        insert.bind(4, note);
        insert.bind(5, decision.decidedAt.toString(Qt::ISODateWithMs));
        insert.bind(6, decision.binding.codeSha256);
        insert.bind(7, decision.binding.profileSha256);
        insert.bind(8, decision.binding.limitsSha256);
        insert.bind(9, decision.binding.bindsInputs ? QVariant(decision.binding.inputsSha256)
                                                    : QVariant());
        insert.bind(10, decision.supersedes > 0 ? QVariant(decision.supersedes) : QVariant());
        if (insert.step() == SqliteStatement::Step::Done) {
            decision.id = db.lastInsertRowId();
            if (transaction.commit()) {
                qCInfo(lcReview) << "run" << runId << (approve ? "approved" : "rejected") << "by"
                                 << decision.reviewer << "as decision" << decision.id;
                return decision;
            }
            reason = transaction.error();
        } else {
            reason = insert.error();
        }
    }
    if (error)
        *error =
            m_store.describeFailure(tr("Cannot record the decision on run %1").arg(runId), reason);
    return std::nullopt;
}

QList<ReviewItem> ReviewQueue::items(bool pendingOnly, QString *error) const
{
    QList<ReviewItem> items;
    const QList<RunRecord> flagged = m_store.runsWithStatus(RunStatus::PendingReview, error);
    for (auto it = flagged.crbegin(); it != flagged.crend(); ++it) {
        ReviewItem item{*it, decisionFor(ReviewBinding::of(*it), error)};
        if (!pendingOnly || !item.decision)
            items.append(item);
    }
    return items;
}

std::optional<ReviewItem> ReviewQueue::item(qint64 runId, QString *error) const
{
    const auto run = m_store.run(runId, error);
    if (!run || run->status != RunStatus::PendingReview)
        return std::nullopt;
    return ReviewItem{*run, decisionFor(ReviewBinding::of(*run), error)};
}

} // namespace sandbench
