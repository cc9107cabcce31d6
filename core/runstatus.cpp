#include "runstatus.h"

#include "protocol_constants.h"

#include <QStringList>
#include <algorithm>
#include <array>
#include <utility>

namespace sandbench {
namespace {

constexpr std::array<std::pair<RunStatus, const char *>, 11> kNames{{
    {RunStatus::Ok, protocol::kStatusOk.data()},
    {RunStatus::Error, protocol::kStatusError.data()},
    {RunStatus::Rejected, protocol::kStatusRejected.data()},
    {RunStatus::Denied, protocol::kStatusDenied.data()},
    {RunStatus::Timeout, protocol::kStatusTimeout.data()},
    {RunStatus::Memory, protocol::kStatusMemory.data()},
    {RunStatus::OutputLimit, protocol::kStatusOutputLimit.data()},
    {RunStatus::Crashed, protocol::kStatusCrashed.data()},
    {RunStatus::PendingReview, protocol::kStatusPendingReview.data()},
    {RunStatus::Interrupted, protocol::kStatusInterrupted.data()},
    {RunStatus::Tampered, protocol::kStatusTampered.data()},
}};
// A status added to sandbox/protocol/protocol.json needs its RunStatus here.
static_assert(kNames.size() == protocol::kStatuses.size());

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
    return QString::fromLatin1(protocol::kStatusError.data());
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
