#include "guicommand.h"

#include "cli/sessionoptions.h"
#include "mainwindow.h"
#include "runstatus.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace sandbench {

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(app);
    const QString command = QStringLiteral("sandbench");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Sandbench: run untrusted Python analyses on your own "
                                            "data in a sandbox, with every run recorded.\n\n"
                                            "Commands:\n"
                                            "  (none)   open the workbench window\n"
                                            "  run      run a script's cells headless "
                                            "(sandbench run --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const cli::SessionOptions sessionOptions;
    sessionOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("SCRIPT.py"),
                                 QCoreApplication::translate("main", "A script to open."),
                                 QStringLiteral("[SCRIPT.py]"));
    if (!parser.parse(QApplication::arguments()))
        return cli::usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitCode::Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.positionalArguments().size() > 1)
        return cli::usageError(command, QCoreApplication::translate("main", "expected at most one "
                                                                            "SCRIPT.py"));

    SessionConfig config;
    QString databasePath;
    QString error;
    if (!sessionOptions.read(parser, config, databasePath, &error))
        return cli::usageError(command, error);

    auto store = RunStore::open(databasePath, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Sandbench"), error);
        return ExitCode::CantCreate;
    }
    MainWindow window(std::move(store), config);
    if (!parser.positionalArguments().isEmpty()) {
        const QString script = parser.positionalArguments().first();
        if (!window.openScript(script, &error))
            return cli::usageError(command, error);
    }
    window.show();
    window.startSession(&error);
    return QApplication::exec();
}

} // namespace sandbench
