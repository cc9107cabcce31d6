#include "logging.h"

namespace sandbench {

// Warnings and above by default (see logging.h).
Q_LOGGING_CATEGORY(lcWorker, "sandbench.worker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "sandbench.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "sandbench.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReview, "sandbench.review", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAssistant, "sandbench.assistant", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMcp, "sandbench.mcp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFiles, "sandbench.files", QtWarningMsg)

} // namespace sandbench
