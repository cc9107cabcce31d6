#include "sessionoptions.h"

#include "clusterstate.h"
#include "datasetspec.h"
#include "paths.h"
#include "profile.h"
#include "runstatus.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <optional>

namespace sandbench::cli {

SessionOptions::SessionOptions()
    : m_db(databaseOption()),
      m_data(QStringList{QStringLiteral("data")},
             tr("Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, "
                "Parquet). Repeatable."),
             tr("NAME=FILE")),
      m_datesAsText(QStringList{QStringLiteral("dates-as-text")},
                    tr("Keep the ISO date columns of the dataset NAME as text (by default they "
                       "load as dates). Repeatable."),
                    tr("NAME")),
      m_dataLazy(QStringList{QStringLiteral("data-lazy")},
                 tr("Load FILE as a dask DataFrame named NAME, read in blocks: for data larger "
                    "than memory (CSV, TSV, JSON lines; Parquet with pyarrow). Repeatable."),
                 tr("NAME=FILE")),
      m_out(QStringList{QStringLiteral("out")},
            tr("Output folder for figures and files the code writes (default: a new folder under "
               "%1).")
                .arg(paths::defaultOutputRoot()),
            tr("DIR")),
      m_read(QStringList{QStringLiteral("read")},
             tr("Let the code read FILE or everything under the folder (besides the datasets and "
                "the output folder). Repeatable."),
             tr("PATH")),
      m_forceRead(QStringList{QStringLiteral("force-read")},
                  tr("Accept / or your home folder itself as a --read path.")),
      m_workdir(QStringList{QStringLiteral("workdir")},
                tr("The cells' working folder, for relative paths (default: the output folder). "
                   "It grants no access by itself."),
                tr("DIR")),
      m_profile(QStringList{QStringLiteral("profile")},
                tr("Sandbox profile: a name (default, strict, trusted-reviewer, or your own in "
                   "%1) or a path to a .json file.")
                    .arg(paths::userProfileDir()),
                tr("NAME")),
      m_timeout(QStringList{QStringLiteral("timeout")},
                tr("Stop a cell that runs longer than S seconds (overrides the profile)."),
                tr("S")),
      m_memory(QStringList{QStringLiteral("memory")},
               tr("Memory limit of the worker in MB (overrides the profile)."), tr("MB")),
      m_snapshots(QStringList{QStringLiteral("snapshots")},
                  tr("How many earlier states undo can return to (overrides the profile; 0 turns "
                     "undo off). Each holds the memory later cells changed."),
                  tr("N")),
      m_cluster(QStringList{QStringLiteral("cluster")},
                tr("Use the sandboxed Dask cluster whose state folder is DIR ('sandbench cluster "
                   "start'): the cells get a ready `client`, and may reach that scheduler and "
                   "nothing else. Uses the 'cluster' profile unless --profile names another "
                   "that allows clusters."),
                tr("DIR"))
{}

QCommandLineOption SessionOptions::databaseOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("db")},
        tr("SQLite file that keeps the runs (default: %1).").arg(paths::defaultDatabase()),
        tr("PATH"));
}

void SessionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_db);
    parser.addOption(m_data);
    parser.addOption(m_datesAsText);
    parser.addOption(m_dataLazy);
    parser.addOption(m_out);
    parser.addOption(m_read);
    parser.addOption(m_forceRead);
    parser.addOption(m_workdir);
    parser.addOption(m_profile);
    parser.addOption(m_timeout);
    parser.addOption(m_memory);
    parser.addOption(m_snapshots);
    parser.addOption(m_cluster);
}

namespace {

std::optional<int> positiveNumber(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

bool SessionOptions::read(const QCommandLineParser &parser, SessionConfig &config,
                          QString &databasePath, QString *error) const
{
    databasePath = parser.isSet(m_db) ? parser.value(m_db) : paths::defaultDatabase();
    config.outputDir = parser.value(m_out);
    const auto addDatasets = [&](const QCommandLineOption &option, bool lazy) {
        const QString flag = QStringLiteral("--") + option.names().constFirst();
        for (const QString &value : parser.values(option)) {
            auto spec = DatasetSpecParser::parse(value, error);
            if (!spec) {
                // The parser's messages name --data; this value came with another flag.
                if (error && lazy && error->startsWith(QStringLiteral("--data ")))
                    error->replace(0, 6, flag);
                return false;
            }
            spec->lazy = lazy;
            for (const DatasetSpec &existing : std::as_const(config.datasets)) {
                if (existing.name == spec->name) {
                    if (error)
                        *error = tr("%1 %2: the name '%3' is given twice; give each dataset its "
                                    "own name")
                                     .arg(flag, value, spec->name);
                    return false;
                }
            }
            config.datasets.append(*spec);
        }
        return true;
    };
    if (!addDatasets(m_data, false) || !addDatasets(m_dataLazy, true))
        return false;
    for (const QString &name : parser.values(m_datesAsText)) {
        bool found = false;
        for (DatasetSpec &dataset : config.datasets) {
            if (dataset.name == name) {
                dataset.isoDates = false;
                found = true;
            }
        }
        if (!found) {
            if (error)
                *error = tr("--dates-as-text %1: no dataset is named '%1'; give the NAME of a "
                            "--data NAME=FILE")
                             .arg(name);
            return false;
        }
    }
    for (const QString &value : parser.values(m_read)) {
        const QFileInfo info(value);
        if (!info.exists()) {
            if (error)
                *error = tr("--read %1: no such file or folder").arg(value);
            return false;
        }
        const QString path = info.canonicalFilePath();
        if ((path == QDir::rootPath() || path == QDir::homePath()) && !parser.isSet(m_forceRead)) {
            if (error)
                *error = tr("--read %1: that would let the code read every file of yours; name "
                            "the folder that holds the data, or add --force-read")
                             .arg(value);
            return false;
        }
        config.readPaths.append(path);
    }
    if (parser.isSet(m_workdir)) {
        const QFileInfo info(parser.value(m_workdir));
        if (!info.isDir()) {
            if (error)
                *error = tr("--workdir %1: no such folder").arg(parser.value(m_workdir));
            return false;
        }
        config.workdir = info.canonicalFilePath();
    }
    const QString fallbackProfile =
        parser.isSet(m_cluster) ? QStringLiteral("cluster") : QStringLiteral("default");
    const auto profile = ProfileLoader::load(
        parser.isSet(m_profile) ? parser.value(m_profile) : fallbackProfile, error);
    if (!profile) {
        if (error)
            *error = QStringLiteral("--profile: ") + *error;
        return false;
    }
    config.profile = *profile;
    if (parser.isSet(m_cluster)) {
        QString problem;
        ClusterInfo cluster;
        if (!clusterstate::load(parser.value(m_cluster), cluster, problem)) {
            if (error)
                *error = QStringLiteral("--cluster: ") + problem;
            return false;
        }
        if (!clusterstate::profileAllowsCluster(config.profile.json)) {
            if (error)
                *error = tr("--cluster: the profile '%1' does not allow a cluster; use "
                            "--profile cluster, or a profile with \"cluster\": {\"allowed\": "
                            "true}")
                             .arg(config.profile.name);
            return false;
        }
        clusterstate::attachToProfile(config.profile.json, cluster);
    }
    if (parser.isSet(m_timeout)) {
        const auto seconds = positiveNumber(parser.value(m_timeout));
        if (!seconds || *seconds > kMaxTimeoutSeconds) {
            if (error)
                *error = tr("--timeout %1: give a whole number of seconds from 1 to %2 (a week)")
                             .arg(parser.value(m_timeout))
                             .arg(kMaxTimeoutSeconds);
            return false;
        }
        config.profile.setLimit(QStringLiteral("timeout_s"), *seconds);
    }
    if (parser.isSet(m_memory)) {
        const auto megabytes = positiveNumber(parser.value(m_memory));
        if (!megabytes || *megabytes < 256) {
            if (error)
                *error = tr("--memory %1: give the limit in MB, at least 256 (Python and pandas "
                            "alone need about 200 MB)")
                             .arg(parser.value(m_memory));
            return false;
        }
        config.profile.setLimit(QStringLiteral("memory_mb"), *megabytes);
    }
    if (parser.isSet(m_snapshots)) {
        bool ok = false;
        const int count = parser.value(m_snapshots).toInt(&ok);
        if (!ok || count < 0 || count > 100) {
            if (error)
                *error = tr("--snapshots %1: give a whole number from 0 to 100")
                             .arg(parser.value(m_snapshots));
            return false;
        }
        config.profile.setLimit(QStringLiteral("snapshots"), count);
    }
    return true;
}

std::unique_ptr<RunStore> openStoreFor(const QString &command, const QCommandLineParser &parser)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : paths::defaultDatabase();
    QString error;
    auto store = RunStore::open(path, &error);
    if (!store)
        QTextStream(stderr) << command << QStringLiteral(": ") << error << Qt::endl;
    return store;
}

int usageError(const QString &command, const QString &message)
{
    QTextStream err(stderr);
    err << command << QStringLiteral(": ") << message << Qt::endl
        << QCoreApplication::translate("SessionOptions", "Try '%1 --help'.").arg(command)
        << Qt::endl;
    return ExitCode::Usage;
}

QString helpTextFor(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype usageEnd = text.indexOf(QLatin1String(" [options]"));
    const qsizetype usageStart = text.indexOf(QLatin1String(": ")) + 2;
    if (usageStart > 1 && usageEnd > usageStart)
        text.replace(usageStart, usageEnd - usageStart, command);
    return text;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command,
                                const QStringList &arguments, QTextStream &out)
{
    if (!parser.parse(QStringList{command} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpTextFor(parser, command);
        out.flush();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

} // namespace sandbench::cli
