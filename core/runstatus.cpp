#include "runstatus.h"

#include <QStringList>
#include <algorithm>
#include <array>
#include <utility>

namespace sandbench {
namespace {

constexpr std::array<std::pair<RunStatus, const char *>, 11> kNames{{
    {RunStatus::Ok, "ok"},
    {RunStatus::Error, "error"},
    {RunStatus::Rejected, "rejected"},
    {RunStatus::Denied, "denied"},
    {RunStatus::Timeout, "timeout"},
    {RunStatus::Memory, "memory"},
    {RunStatus::OutputLimit, "output_limit"},
    {RunStatus::Crashed, "crashed"},
    {RunStatus::PendingReview, "pending_review"},
    {RunStatus::Interrupted, "interrupted"},
    {RunStatus::Tampered, "tampered"},
}};

int exitCodeOf(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok:
        return ExitCode::Ok;
    case RunStatus::Error:
    case RunStatus::Crashed:
    case RunStatus::Interrupted:
        return ExitCode::RuntimeError;
    case RunStatus::Rejected:
    case RunStatus::Denied:
    case RunStatus::Tampered:
        return ExitCode::PolicyRefused;
    case RunStatus::Timeout:
    case RunStatus::Memory:
    case RunStatus::OutputLimit:
        return ExitCode::LimitHit;
    case RunStatus::PendingReview:
        return ExitCode::PendingReview;
    }
    return ExitCode::RuntimeError;
}

} // namespace

QString runStatusName(RunStatus status)
{
    for (const auto &[value, name] : kNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("error");
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString runStatusNameList()
{
    QStringList names;
    for (const auto &entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names.join(QStringLiteral(", "));
}

int exitCodeFor(const QList<RunStatus> &statuses)
{
    int code = ExitCode::Ok;
    for (RunStatus status : statuses)
        code = std::max(code, exitCodeOf(status));
    return code;
}

} // namespace sandbench
