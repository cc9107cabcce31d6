// sandbench: one executable. Without a subcommand it opens the window; subcommands run headless
// on a QCoreApplication, so they need no display.

#include "cli/runcommand.h"
#include "cli/servecommand.h"
#include "guicommand.h"
#include "translations.h"

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

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (argc > 1 && std::strcmp(argv[1], "run") == 0)
        return runHeadless<sandbench::cli::RunCommand>(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "serve") == 0)
        return runHeadless<sandbench::cli::ServeCommand>(argc, argv);
    return sandbench::runGui(argc, argv);
}
