#include "runjson.h"

#include "runstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench::cli {

QJsonObject runToJson(const RunRecord &run, bool recorded, const QString &storeError)
{
    QJsonArray figures;
    for (const Figure &figure : run.figures)
        figures.append(figure.path);
    QJsonObject line{
        {QStringLiteral("cell"), run.cellIndex},
        {QStringLiteral("status"), runStatusName(run.status)},
        {QStringLiteral("stdout"), run.stdoutText},
        {QStringLiteral("stderr"), run.stderrText},
        {QStringLiteral("result"), run.result ? QJsonValue(*run.result) : QJsonValue()},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("run_id"), recorded ? QJsonValue(run.id) : QJsonValue()},
        {QStringLiteral("session"), run.sessionId},
        {QStringLiteral("duration_ms"), run.durationMs},
        {QStringLiteral("violations"),
         QJsonDocument::fromJson(RunStore::violationsToJson(run.violations).toUtf8()).array()},
        {QStringLiteral("profile"), run.profileName},
    };
    if (!recorded)
        line.insert(QStringLiteral("store_error"), storeError);
    return line;
}

} // namespace sandbench::cli
