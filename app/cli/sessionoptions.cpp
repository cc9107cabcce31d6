#include "sessionoptions.h"

#include "datasetspec.h"
#include "paths.h"
#include "runstatus.h"

#include <QTextStream>

namespace sandbench::cli {

SessionOptions::SessionOptions()
    : m_db(databaseOption()),
      m_data(QStringList{QStringLiteral("data")},
             tr("Load FILE as a pandas DataFrame named NAME (CSV, TSV, JSON, JSON lines, Excel, "
                "Parquet). Repeatable."),
             tr("NAME=FILE")),
      m_out(QStringList{QStringLiteral("out")},
            tr("Output folder for figures and files the code writes (default: a new folder under "
               "%1).")
                .arg(paths::defaultOutputRoot()),
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
    parser.addOption(m_out);
}

bool SessionOptions::read(const QCommandLineParser &parser, SessionConfig &config,
                          QString &databasePath, QString *error) const
{
    databasePath = parser.isSet(m_db) ? parser.value(m_db) : paths::defaultDatabase();
    config.outputDir = parser.value(m_out);
    for (const QString &value : parser.values(m_data)) {
        const auto spec = DatasetSpecParser::parse(value, error);
        if (!spec)
            return false;
        for (const DatasetSpec &existing : std::as_const(config.datasets)) {
            if (existing.name == spec->name) {
                if (error)
                    *error = tr("--data %1: the name '%2' is given twice; give each dataset its "
                                "own name")
                                 .arg(value, spec->name);
                return false;
            }
        }
        config.datasets.append(*spec);
    }
    return true;
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

} // namespace sandbench::cli
