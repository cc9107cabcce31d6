// sandbench: one executable. Without a subcommand it opens the window; subcommands run headless
// on a QCoreApplication, so they need no display. A build without the window (SANDBENCH_GUI=OFF)
// has the same subcommands and links QtCore only.

#include "cli/askcommand.h"
#include "cli/clustercommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/mcpcommand.h"
#include "cli/reviewcommand.h"
#include "cli/runcommand.h"
#include "cli/servecommand.h"
#include "cli/sessionoptions.h"
#include "cli/toplevel.h"
#include "translations.h"
#ifdef SANDBENCH_WITH_GUI
#include "guicommand.h"
#endif

#include <QCoreApplication>
#include <QTimer>
#include <cstring>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("sandbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("sandbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDBENCH_VERSION));
}

template <typename Command> int runHeadless(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    sandbench::installTranslations(app);
    const QStringList arguments = QCoreApplication::arguments().mid(2);
    Command command;
    QObject::connect(&command, &Command::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const int immediate = command.start(arguments);
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}

// Commands that read or review the store and are done at once: no event loop.
template <typename Command> int runAtOnce(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    sandbench::installTranslations(app);
    return Command().run(QCoreApplication::arguments().mid(2));
}

#ifndef SANDBENCH_WITH_GUI
int withoutWindow(int &argc, char **argv, bool reviewer)
{
    QCoreApplication app(argc, argv);
    sandbench::installTranslations(app);
    if (reviewer) {
        return sandbench::cli::usageError(
            QStringLiteral("sandbench review"),
            QCoreApplication::translate("main", "this sandbench was built without its window; "
                                                "'sandbench review list' shows the runs waiting "
                                                "for review"));
    }
    return sandbench::cli::runWithoutWindow(QCoreApplication::arguments());
}
#endif

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (argc > 1 && std::strcmp(argv[1], "run") == 0)
        return runHeadless<sandbench::cli::RunCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "ask") == 0)
        return runHeadless<sandbench::cli::AskCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "serve") == 0)
        return runHeadless<sandbench::cli::ServeCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "mcp") == 0)
        return runHeadless<sandbench::cli::McpCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "cluster") == 0)
        return runHeadless<sandbench::cli::ClusterCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "review") == 0) {
        for (int i = 2; i < argc; ++i) {
            if (std::strcmp(argv[i], "--gui") == 0) {
#ifdef SANDBENCH_WITH_GUI
                return sandbench::runReviewerGui(argc, argv);
#else
                return withoutWindow(argc, argv, true);
#endif
            }
        }
        return runAtOnce<sandbench::cli::ReviewCommand>(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "history") == 0)
        return runAtOnce<sandbench::cli::HistoryCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "show") == 0)
        return runAtOnce<sandbench::cli::ShowCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return runAtOnce<sandbench::cli::ExportCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "import") == 0)
        return runAtOnce<sandbench::cli::ImportCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "replay") == 0)
        return runHeadless<sandbench::cli::ReplayCommand>(argc, argv);
#ifdef SANDBENCH_WITH_GUI
    return sandbench::runGui(argc, argv);
#else
    return withoutWindow(argc, argv, false);
#endif
}
