#include "appsettings.h"

#include "profile.h"

#include <QFontDatabase>
#include <QSettings>

namespace sandbench {

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings s;
    s.profileName = settings.value(QStringLiteral("sandbox/profile"), s.profileName).toString();
    s.memoryMb = settings.value(QStringLiteral("sandbox/memoryMb"), 0).toInt();
    s.timeoutS = settings.value(QStringLiteral("sandbox/timeoutS"), 0).toInt();
    s.outputChars = settings.value(QStringLiteral("sandbox/outputChars"), 0).toInt();
    s.keepStateOnError = settings.value(QStringLiteral("sandbox/keepStateOnError"), false).toBool();
    s.theme = EditorTheme::kindFromName(settings.value(QStringLiteral("look/theme")).toString());
    s.editorFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString font = settings.value(QStringLiteral("look/editorFont")).toString();
    if (!font.isEmpty())
        s.editorFont.fromString(font);
    s.reviewerName = settings.value(QStringLiteral("review/reviewerName")).toString();
    s.assistant = llm::AssistantSettings::load(settings);
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("sandbox/profile"), profileName);
    settings.setValue(QStringLiteral("sandbox/memoryMb"), memoryMb);
    settings.setValue(QStringLiteral("sandbox/timeoutS"), timeoutS);
    settings.setValue(QStringLiteral("sandbox/outputChars"), outputChars);
    settings.setValue(QStringLiteral("sandbox/keepStateOnError"), keepStateOnError);
    settings.setValue(QStringLiteral("look/theme"), EditorTheme::nameOf(theme));
    settings.setValue(QStringLiteral("look/editorFont"), editorFont.toString());
    settings.setValue(QStringLiteral("review/reviewerName"), reviewerName);
    assistant.save(settings);
}

void AppSettings::applyLimits(Profile &profile) const
{
    if (memoryMb > 0)
        profile.setLimit(QStringLiteral("memory_mb"), memoryMb);
    if (timeoutS > 0)
        profile.setLimit(QStringLiteral("timeout_s"), timeoutS);
    if (outputChars > 0)
        profile.setLimit(QStringLiteral("output_chars"), outputChars);
}

} // namespace sandbench
