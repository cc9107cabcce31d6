// How long the window's event loop stalls while the notebook changes size: the window resized
// between 1400×900 and 1024×700, the dock splitters dragged, View > Reset Layout. A 5 ms timer
// records the longest gap between its ticks: idle (the baseline), then the storm with a notebook
// of 4 cells and of 50. Prints the figures; exits 1 only when the window hangs or never settles.
#include "cellmodel.h"
#include "helpers/resizestorm.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sandbench;

namespace {

QList<NotebookCell> notebookOf(int cellCount)
{
    QList<NotebookCell> cells;
    for (int i = 0; i < cellCount; ++i) {
        QString code;
        for (int line = 0; line <= (i * 5) % 11; ++line)
            code += QStringLiteral("value_%1 = ").arg(i) +
                    QString(8 + (i * 13 + line * 29) % 140, QLatin1Char('x')) + QLatin1Char('\n');
        NotebookCell cell;
        cell.source = code;
        cells.append(cell);
    }
    return cells;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString error;
    SessionConfig config;
    config.outputDir = dir.filePath(QStringLiteral("out"));
    MainWindow window(RunStore::open(dir.filePath(QStringLiteral("b.db")), &error), config);
    window.resize(1400, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);

    test::EventLoopWatchdog watchdog(20000);
    QElapsedTimer idle;
    idle.start();
    watchdog.setStep(QStringLiteral("idle"));
    watchdog.resetLongest();
    (void)QTest::qWaitFor([&] { return idle.elapsed() > 2000; }, 5000);
    const qint64 baseline = watchdog.longestStallMs();

    out << "Longest event-loop stall (5 ms timer) during a resize storm\n"
        << "  idle baseline                " << baseline << " ms\n";
    bool ok = true;
    for (const int cells : {4, 50}) {
        testAccess(window).cells()->setNotebook(notebookOf(cells));
        window.resize(1400, 900);
        QString failure;
        test::NotebookActivity activity(testAccess(window).cellView());
        (void)QTest::qWaitFor([&] { return activity.settled(); }, 20000);
        const QList<test::StormStep> steps = test::resizeStorm(window, 3);
        QElapsedTimer clock;
        clock.start();
        watchdog.resetLongest();
        const bool settled = test::runStorm(window, steps, watchdog, 20000, &failure);
        const qint64 worst = watchdog.longestStallMs();
        out << "  " << QStringLiteral("%1 cells, %2 steps").arg(cells, 2).arg(steps.size())
            << "        " << worst << " ms  (x" << double(worst) / qMax<qint64>(1, baseline)
            << " of baseline; " << clock.elapsed() << " ms in all, "
            << clock.elapsed() / qMax<qsizetype>(1, steps.size()) << " ms a step)\n";
        if (!settled) {
            out << "FAILED: " << failure << Qt::endl;
            ok = false;
        }
    }
    out << (ok ? "ok: the window settled after every step" : "FAILED") << Qt::endl;
    return ok ? 0 : 1;
}
