// `sandbench review list|show ID|approve ID|reject ID`: the review queue from the command line.
#pragma once

#include "reviewqueue.h"
#include "runstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sandbench::cli {

class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    ReviewCommand();
    // arguments: what follows "review"; returns the exit status.
    int run(const QStringList &arguments);

private:
    int list(ReviewQueue &queue, bool all, bool json);
    int show(RunStore &store, ReviewQueue &queue, qint64 runId, bool json);
    int decide(ReviewQueue &queue, qint64 runId, bool approve, const QString &reviewer,
               const QString &note, bool json);
    int fail(const QString &message, int code);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sandbench::cli
