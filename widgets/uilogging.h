// The window's logging category, sandbench.ui (the window's actions: cells queued, Stop, panels
// refreshed). Like core's (core/logging.h) it shows warnings only unless QT_LOGGING_RULES turns
// it on: QT_LOGGING_RULES="sandbench.ui.debug=true" (README, "Diagnostics").
#pragma once

#include <QLoggingCategory>

namespace sandbench {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace sandbench
