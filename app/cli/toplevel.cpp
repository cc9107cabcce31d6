#include "toplevel.h"

#include "runstatus.h"
#include "sessionoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace sandbench::cli {

QString topLevelDescription(bool withWindow)
{
    QString text = QCoreApplication::translate(
                       "main", "Sandbench: run untrusted Python analyses on your own data in a "
                               "sandbox, with every run recorded.") +
                   QStringLiteral("\n\n") + QCoreApplication::translate("main", "Commands:") +
                   QLatin1Char('\n');
    if (withWindow)
        text += QCoreApplication::translate("main", "  (none)   open the workbench window") +
                QLatin1Char('\n');
    text += QCoreApplication::translate(
        "main", "  run      run a script's cells headless (sandbench run --help)\n"
                "  ask      ask a model for a cell, and run it with --run (sandbench ask --help)\n"
                "  serve    a JSON-lines session for agents (sandbench serve --help)\n"
                "  mcp      the session as an MCP server for agents (sandbench mcp --help)\n"
                "  review   the runs waiting for a reviewer (sandbench review --help)\n"
                "  history  find recorded runs (sandbench history --help)\n"
                "  show     one run with its provenance (sandbench show --help)\n"
                "  export   a session as a re-runnable .py or a .ipynb (sandbench export --help)\n"
                "  import   a .ipynb as a percent-format script (sandbench import --help)\n"
                "  replay   re-run a session and compare it with its record\n"
                "  cluster  a sandboxed Dask cluster (sandbench cluster --help)");
    return text;
}

int runWithoutWindow(const QStringList &arguments)
{
    const QString command = QStringLiteral("sandbench");
    QCommandLineParser parser;
    parser.setApplicationDescription(topLevelDescription(false));
    parser.addHelpOption();
    parser.addVersionOption();
    // Unknown options are reported below with the rest: this build has only subcommands.
    (void)parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpTextFor(parser, command);
        return ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << command << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return ExitCode::Ok;
    }
    return usageError(command,
                      QCoreApplication::translate(
                          "main", "this sandbench was built without its window; give it a "
                                  "command such as 'sandbench run SCRIPT.py' ('sandbench --help' "
                                  "lists them)"));
}

} // namespace sandbench::cli
