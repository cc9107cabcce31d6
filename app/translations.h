// Loads the app's and Qt's own translations for the system locale (or LANGUAGE/LC_ALL).
#pragma once

class QCoreApplication;

namespace sandbench {

void installTranslations(QCoreApplication &app);

} // namespace sandbench
