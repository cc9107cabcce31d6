#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sandbench::paths {
namespace {

QString xdgHome(const char *variable, const QString &fallbackBelowHome)
{
    const QString value = qEnvironmentVariable(variable);
    // The XDG spec says relative values are invalid and must be ignored.
    if (!value.isEmpty() && QDir::isAbsolutePath(value))
        return value;
    return QDir::homePath() + QLatin1Char('/') + fallbackBelowHome;
}

QString prefixRelative(const QString &relative)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../") +
                           relative);
}

} // namespace

QString defaultDatabase()
{
    return xdgHome("XDG_DATA_HOME", QStringLiteral(".local/share")) +
           QStringLiteral("/sandbench/sandbench.db");
}

QString defaultOutputRoot()
{
    return xdgHome("XDG_DATA_HOME", QStringLiteral(".local/share")) +
           QStringLiteral("/sandbench/runs");
}

QString cacheDir()
{
    return xdgHome("XDG_CACHE_HOME", QStringLiteral(".cache")) + QStringLiteral("/sandbench");
}

QString workerExecutable()
{
    return prefixRelative(QStringLiteral(SANDBENCH_LIBEXEC_SUBDIR "/sandbench-worker"));
}

QString userProfileDir()
{
    return xdgHome("XDG_CONFIG_HOME", QStringLiteral(".config")) +
           QStringLiteral("/sandbench/profiles");
}

QString installedProfileDir()
{
    return prefixRelative(QStringLiteral(SANDBENCH_DATA_SUBDIR "/profiles"));
}

QString sampleDataDir()
{
    return prefixRelative(QStringLiteral(SANDBENCH_DATA_SUBDIR "/sample"));
}

} // namespace sandbench::paths
