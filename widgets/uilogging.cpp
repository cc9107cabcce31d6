#include "uilogging.h"

namespace sandbench {

Q_LOGGING_CATEGORY(lcUi, "sandbench.ui", QtWarningMsg)

} // namespace sandbench
