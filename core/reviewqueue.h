// The review queue: runs the policy flagged (status pending_review) and the decisions reviewers
// made about them. Decisions are append-only (the schema's triggers refuse UPDATE and DELETE); a
// later decision about the same code supersedes an earlier one. An approval binds to the code's
// hash, the profile's hash and the limits in force (and the inputs' hashes when the profile says
// so): anything else needs review again.
#pragma once

#include "nextsteps.h"
#include "runrecord.h"
#include "runstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace sandbench {

// What an approval is about.
struct ReviewBinding
{
    QString codeSha256;
    QString profileSha256;
    QString limitsSha256;
    QString inputsSha256; // empty: the run read no datasets
    bool bindsInputs = false;

    static ReviewBinding of(const RunRecord &run);
};

struct ReviewDecision
{
    qint64 id = 0;
    qint64 runId = 0; // the flagged run the reviewer looked at
    bool approved = false;
    QString reviewer;
    QString note;
    QDateTime decidedAt;
    ReviewBinding binding;
    qint64 supersedes = 0; // the decision about the same code this one replaces; 0: none
};

struct ReviewItem
{
    RunRecord run;                          // the flagged run; its violations are the reasons
    std::optional<ReviewDecision> decision; // the one in force; none: still pending
    QString state() const;                  // "pending", "approved" or "rejected"
};

class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    // context: where its messages are read (a WorkerContext value), for the next step they name.
    explicit ReviewQueue(RunStore &store, QString context = QLatin1String(WorkerContext::Cli))
        : m_store(store), m_context(std::move(context))
    {}

    // The latest decision that covers binding, if any: what decides whether a cell may run.
    std::optional<ReviewDecision> decisionFor(const ReviewBinding &binding,
                                              QString *error = nullptr) const;

    // Records a decision about the flagged run runId. Fails (with a reason naming the run) for a
    // run that does not exist or was not flagged, or an empty reviewer.
    std::optional<ReviewDecision> decide(qint64 runId, bool approve, const QString &reviewer,
                                         const QString &note, QString *error);

    // Flagged runs, newest first; with pendingOnly those no decision covers yet.
    QList<ReviewItem> items(bool pendingOnly, QString *error = nullptr) const;
    std::optional<ReviewItem> item(qint64 runId, QString *error = nullptr) const;
    // Every decision ever made about the code of runId's binding, oldest first: the audit trail.
    QList<ReviewDecision> history(const ReviewBinding &binding, QString *error = nullptr) const;
    std::optional<ReviewDecision> decision(qint64 decisionId, QString *error = nullptr) const;

    // The name recorded when none is given: the operating system's user.
    static QString defaultReviewer();

private:
    QList<ReviewDecision> queryDecisions(const QString &where, const QVariantList &values,
                                         QString *error) const;

    RunStore &m_store;
    QString m_context;
};

} // namespace sandbench
