// The verdict every run ends with, shared by the store, the command line and the window.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sandbench {

enum class RunStatus
{
    Ok,
    Error,    // an exception escaped user code
    Rejected, // the static check refused the code before it ran
    Denied,   // a runtime layer refused an operation
    Timeout,
    Memory,
    OutputLimit,
    Crashed,       // the worker died while the cell ran
    PendingReview, // flagged by the policy; waits for a reviewer
    Interrupted,
    // The reply disagreed with what the trusted side (the C layer, the keeper, the reply's seal)
    // saw: the cell's code tried to write its own verdict. Recorded with the evidence, never ok.
    Tampered,
};

// The wire and database spelling: "ok", "output_limit", "pending_review", ...
QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(const QString &name);
// Every status's spelling, in declaration order, joined by ", " (for help and error texts).
QString runStatusNameList();

// `sandbench run` exit status for a session whose cells ended with these statuses:
// 0 all ok, 1 a runtime error or crash, 2 rejected or denied by policy, 3 a limit hit, 4 waiting
// for review. When several apply the highest wins, so a script that waits for review says so.
int exitCodeFor(const QList<RunStatus> &statuses);

namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int RuntimeError = 1;
inline constexpr int PolicyRefused = 2;
inline constexpr int LimitHit = 3;
inline constexpr int PendingReview = 4;
inline constexpr int Usage = 64;       // sysexits EX_USAGE: unknown option, missing file
inline constexpr int DataError = 65;   // sysexits EX_DATAERR: a dataset that cannot be loaded
inline constexpr int Unavailable = 69; // sysexits EX_UNAVAILABLE: the model server failed (ask)
inline constexpr int Software = 70;    // sysexits EX_SOFTWARE: the worker cannot start
inline constexpr int CantCreate = 73;  // sysexits EX_CANTCREAT: database or output folder
} // namespace ExitCode

} // namespace sandbench
