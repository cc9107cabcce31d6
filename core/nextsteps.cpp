#include "nextsteps.h"

#include <QCoreApplication>

namespace sandbench::NextStep {
namespace {

bool inWindow(const QString &context)
{
    return context == QLatin1String(WorkerContext::Window);
}

} // namespace

QString chooseOutputFolder(const QString &context)
{
    return inWindow(context)
               ? QCoreApplication::translate("NextStep", "choose another output folder with Run ▸ "
                                                         "Choose Output Folder")
               : QCoreApplication::translate("NextStep", "choose another output folder with --out");
}

QString listRunsForReview(const QString &context)
{
    return inWindow(context)
               ? QCoreApplication::translate("NextStep", "Review ▸ Review Queue shows the runs "
                                                         "waiting for review")
               : QCoreApplication::translate("NextStep", "'sandbench review list' shows the runs "
                                                         "waiting for review");
}

QString approveRun(const QString &context, qint64 runId)
{
    return inWindow(context)
               ? QCoreApplication::translate("NextStep", "a reviewer approves it in Review ▸ "
                                                         "Review Queue")
               : QCoreApplication::translate("NextStep",
                                             "a reviewer approves it with 'sandbench review "
                                             "approve %1'")
                     .arg(runId);
}

} // namespace sandbench::NextStep
