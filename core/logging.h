// The logging categories of core, one per area, so a user or a developer can turn on the one they
// need without recompiling: QT_LOGGING_RULES="sandbench.worker.debug=true" (README,
// "Diagnostics"). Below warnings they are off by default: the command line's stderr and the
// window stay as quiet as before. Messages here are for developers, not tr()'d.
#pragma once

#include <QLoggingCategory>

namespace sandbench {

Q_DECLARE_LOGGING_CATEGORY(lcWorker)  // sandbench.worker: the worker process and its frames
Q_DECLARE_LOGGING_CATEGORY(lcSession) // sandbench.session: cells queued, started, ended, stopped
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // sandbench.store: the run database
Q_DECLARE_LOGGING_CATEGORY(lcReview)  // sandbench.review: held cells and reviewers' decisions
// sandbench.assistant: requests to the model server, their answers and failures, agent steps
Q_DECLARE_LOGGING_CATEGORY(lcAssistant)
// sandbench.mcp: the MCP server's requests, tool calls, cancellations (the command line's app
// layer logs here too: one place lists every area)
Q_DECLARE_LOGGING_CATEGORY(lcMcp)
// sandbench.files: file work done off the window's thread (FileJobs), one line per job with the
// thread that ran it
Q_DECLARE_LOGGING_CATEGORY(lcFiles)

} // namespace sandbench
