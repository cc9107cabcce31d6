// Loads the app's and Qt's own translations for QLocale() (the system locale unless the app set
// another default), replacing any installed before.
#pragma once

class QCoreApplication;

namespace sandbench {

void installTranslations(QCoreApplication &app);

} // namespace sandbench
