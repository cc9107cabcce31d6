// A sandbox profile: policy as data, read from a JSON file the user can read and copy
// (resources/profiles/*.json). Runs record its name and the SHA-256 of its full content.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbench {

// The range a cell's time limit may take, wherever it is set (profile file, --timeout, a serve
// request): below the minimum no cell could even start; the maximum keeps the limit in
// milliseconds within an int with room for the app's backstop.
constexpr double kMinTimeoutSeconds = 0.1;
constexpr int kMaxTimeoutSeconds = 7 * 24 * 60 * 60; // a week

struct Profile
{
    QString name;
    QString path;           // the file it was read from
    QString sha256;         // of the file's bytes, as recorded with every run
    QJsonObject json;       // the validated content, overrides applied
    QJsonObject fileLimits; // the limits as the file sets them, before any override

    int limit(const QString &key) const;
    void setLimit(const QString &key, int value);
    bool layerEnabled(const QString &layer) const;
    // datasets.lazy_above_mb: a dataset file larger than this many megabytes is registered as
    // larger than memory (a dask DataFrame read in blocks); 0 or absent: never automatically.
    int lazyAboveMb() const;

    // review.triggers: what needs a reviewer besides imports on imports.review ("output_files",
    // "raised_limits", "llm_first_run").
    QStringList reviewTriggers() const;
    bool reviewTriggerEnabled(const QString &trigger) const;
    // review.bind_inputs: approvals hold only for the exact datasets the reviewer saw.
    bool reviewBindsInputs() const;
    // Limits set above the file's own value (by --timeout, --memory, a cell's timeout).
    QStringList raisedLimits() const;
    // SHA-256 of the limits in force, so an approval does not carry over to higher limits.
    QString limitsSha256() const;
};

class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    // Folders searched for NAME.json, first match wins: the user's own
    // ($XDG_CONFIG_HOME/sandbench/profiles), then the installed ones (share/sandbench/profiles).
    static QStringList searchPaths();
    // Names of every profile found in the search paths.
    static QStringList available();

    // nameOrPath: a profile name ("strict") or a path to a .json file. On failure: nothing, with
    // a message naming the file and, for bad content, the key.
    static std::optional<Profile> load(const QString &nameOrPath, QString *error);
    // Checks content the way load() does; empty when valid, else the first problem.
    static QString validate(const QJsonObject &json);
    // The triggers a profile's review.triggers may name.
    static QStringList reviewTriggerNames();
};

} // namespace sandbench
