#include "guicommand.h"

#include "cli/sessionoptions.h"
#include "cli/toplevel.h"
#include "mainwindow.h"
#include "paths.h"
#include "reviewerwindow.h"
#include "runstatus.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <optional>

namespace sandbench {
namespace {

struct GuiOptions
{
    SessionConfig config;
    QString databasePath;
    QString script;
};

// Parses the window's command line without a display, so that --help, --version and usage errors
// work over ssh and in scripts. Returns an exit status when there is nothing more to do.
std::optional<int> parseArguments(const QStringList &arguments, GuiOptions &options)
{
    const QString command = QStringLiteral("sandbench");
    QCommandLineParser parser;
    parser.setApplicationDescription(cli::topLevelDescription(true));
    parser.addHelpOption();
    parser.addVersionOption();
    const cli::SessionOptions sessionOptions;
    sessionOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("SCRIPT.py"),
                                 QCoreApplication::translate("main", "A script to open."),
                                 QStringLiteral("[SCRIPT.py]"));
    if (!parser.parse(arguments))
        return cli::usageError(command, parser.errorText());
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("help"))) {
        out << cli::helpTextFor(parser, command);
        return ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << command << QLatin1Char(' ') << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return cli::usageError(
            command, QCoreApplication::translate("main", "expected at most one SCRIPT.py"));
    QString error;
    if (!sessionOptions.read(parser, options.config, options.databasePath, &error))
        return cli::usageError(command, error);
    if (!positional.isEmpty()) {
        options.script = positional.first();
        if (!QFileInfo(options.script).isFile())
            return cli::usageError(command, QCoreApplication::translate("main", "cannot read the "
                                                                                "script %1: no "
                                                                                "such file")
                                                .arg(options.script));
    }
    return std::nullopt;
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

bool refuseWithoutDisplay()
{
    if (hasDisplay())
        return false;
    QTextStream(stderr) << QCoreApplication::translate(
                               "main", "sandbench: no display to open the window on (neither "
                                       "DISPLAY nor WAYLAND_DISPLAY is set). Run it from a "
                                       "desktop session, under xvfb-run, or use 'sandbench run' "
                                       "for headless runs.")
                        << Qt::endl;
    return true;
}

// `review --gui [DB]` (or `review --gui --db DB`): which database the reviewer opens.
std::optional<int> parseReviewArguments(const QStringList &arguments, QString &databasePath)
{
    const QString command = QStringLiteral("sandbench review --gui");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "The review queue of a database in a window: approve or reject flagged runs "
                "with the code, the reasons and the provenance in view. It starts no session."));
    parser.addHelpOption();
    parser.addOption(cli::SessionOptions::databaseOption());
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("gui")},
                                        QCoreApplication::translate("main", "Open the window.")));
    parser.addPositionalArgument(QStringLiteral("DB"),
                                 QCoreApplication::translate("main", "The database to review."),
                                 QStringLiteral("[DB]"));
    if (!parser.parse(arguments))
        return cli::usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << cli::helpTextFor(parser, command);
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return cli::usageError(command,
                               QCoreApplication::translate("main", "expected at most one DB"));
    databasePath = !positional.isEmpty()                ? positional.first()
                   : parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                        : paths::defaultDatabase();
    if (!QFileInfo(databasePath).isFile())
        return cli::usageError(
            command, QCoreApplication::translate("main", "there is no database %1; give the file "
                                                         "the analyst's runs are kept in")
                         .arg(databasePath));
    return std::nullopt;
}

} // namespace

int runReviewerGui(int &argc, char **argv)
{
    QString databasePath;
    {
        QCoreApplication parsing(argc, argv);
        installTranslations(parsing);
        // Parsed as "sandbench review ...": drop "review" so the parser sees the options.
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1);
        if (const auto done = parseReviewArguments(arguments, databasePath))
            return *done;
        if (refuseWithoutDisplay())
            return ExitCode::Usage;
    }
    QApplication app(argc, argv);
    installTranslations(app);
    QString error;
    auto store = RunStore::open(databasePath, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Sandbench"), error);
        return ExitCode::CantCreate;
    }
    ReviewerWindow window(std::move(store));
    window.show();
    return QApplication::exec();
}

int runGui(int &argc, char **argv)
{
    GuiOptions options;
    {
        QCoreApplication parsing(argc, argv);
        installTranslations(parsing);
        if (const auto done = parseArguments(QCoreApplication::arguments(), options))
            return *done;
        if (refuseWithoutDisplay())
            return ExitCode::Usage;
    }

    QApplication app(argc, argv);
    installTranslations(app);
    QString error;
    auto store = RunStore::open(options.databasePath, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Sandbench"), error);
        return ExitCode::CantCreate;
    }
    MainWindow window(std::move(store), options.config);
    window.show();
    // Work autosaved by a session that crashed is offered back whatever the command line asked
    // for: a script given on it must not make the analyst's unsaved work unreachable. Offered
    // once the script is open (read off the window's thread), so that the offer names it.
    if (options.script.isEmpty()) {
        window.offerRecovery();
    } else {
        window.openScript(options.script, [&window](const QString &openError) {
            if (!openError.isEmpty())
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Sandbench"),
                                     openError);
            window.offerRecovery();
        });
    }
    window.startSession(&error);
    return QApplication::exec();
}

} // namespace sandbench
