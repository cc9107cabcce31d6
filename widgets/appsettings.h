// The user's choices that outlive a session, kept in QSettings: sandbox profile and limits,
// look, editor font, reviewer name, the assistant's endpoint and model.
#pragma once

#include "llm/assistantsettings.h"
#include "theme.h"

#include <QFont>
#include <QString>

class QSettings;

namespace sandbench {

struct Profile;

struct AppSettings
{
    QString profileName = QStringLiteral("default");
    // 0: the profile's own limit.
    int memoryMb = 0;
    int timeoutS = 0;
    int outputChars = 0;
    // A cell that raises an error keeps what it did before the error (as in Jupyter) instead of
    // rolling back; applies to the next cell, not only after a restart.
    bool keepStateOnError = false;
    EditorTheme::Kind theme = EditorTheme::Kind::Light;
    QFont editorFont;
    QString reviewerName;
    // Settings ▸ Assistant (the API key is not here: it is in the keyring).
    llm::AssistantSettings assistant;

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Writes the limits the user set over the profile's own.
    void applyLimits(Profile &profile) const;
};

} // namespace sandbench
