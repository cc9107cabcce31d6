// Where the user is, and what a message tells them to do next there: the window names its menu
// entry, the command line and serve name their flag. Each step's text is defined here once per
// place, so that no message in the window names a command-line flag (guide: "Messages in the
// window name the window's action").
#pragma once

#include <QString>

namespace sandbench {

// Where the user is, told to the worker too so that its refusals name the next step there
// (sandbox/PROTOCOL.md, "configure": "context"): the window's action, run's flag, serve's option.
namespace WorkerContext {
inline constexpr char Window[] = "window";
inline constexpr char Cli[] = "cli";
inline constexpr char Serve[] = "serve";
} // namespace WorkerContext

namespace NextStep {

// "choose another output folder with …", to end a sentence about an output folder.
QString chooseOutputFolder(const QString &context);
// "… shows the runs waiting for review", after a run that is not there.
QString listRunsForReview(const QString &context);
// "… approves run N", for a run waiting for review.
QString approveRun(const QString &context, qint64 runId);

} // namespace NextStep
} // namespace sandbench
