// How long the window's event loop stalls while 50 MB of output arrive. A 5 ms timer records the
// longest gap between its ticks: idle (the baseline), while a stream of 64 KiB pieces is appended
// to an output view, and while the real worker runs a cell printing 50 MB into the workbench, in
// 500,000 lines and then in one line.
// Prints the figures; exits 1 when a stall passes 50 ms (issue 15's target on a quiet machine:
// on a loaded one, compare the rows with the idle baseline measured in the same run).
#include "celllistview.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "outputview.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace sandbench;

namespace {

// When the last measured longest stall ended, in ms from the measurement's start.
qint64 g_worstAt = 0;

// Measures the longest gap between 5 ms ticks while `until` is false.
qint64 longestStall(const std::function<bool()> &until, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (now - last > worst)
            g_worstAt = now;
        worst = qMax(worst, now - last);
        last = now;
    });
    tick.start();
    (void)QTest::qWaitFor(until, timeoutMs);
    worst = qMax(worst, clock.elapsed() - last);
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);

    QElapsedTimer idle;
    idle.start();
    const qint64 baseline = longestStall([&] { return idle.elapsed() > 2000; }, 5000);

    OutputView view;
    view.resize(800, 400);
    view.show();
    const QString line = QStringLiteral("%1 ") + QString(93, QLatin1Char('x')) + QLatin1Char('\n');
    QString piece;
    for (int n = 0; piece.size() < 64 * 1024; ++n)
        piece += line.arg(n, 6, 10, QLatin1Char('0'));
    int sent = 0;
    const int pieces = 50 * 1024 * 1024 / int(piece.size());
    QTimer feeder;
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        view.appendText(piece);
        if (++sent == pieces)
            feeder.stop();
    });
    feeder.start();
    QElapsedTimer streamClock;
    streamClock.start();
    const qint64 stream =
        longestStall([&] { return sent == pieces && view.pendingChars() == 0; }, 120000);
    const qint64 streamMs = streamClock.elapsed();

    QTemporaryDir dir;
    QString error;
    SessionConfig config;
    config.outputDir = dir.filePath(QStringLiteral("out"));
    auto profile = ProfileLoader::load(QStringLiteral("default"), &error);
    if (!profile) {
        out << error << Qt::endl;
        return 1;
    }
    // The output the worker keeps per cell, in MiB (argument 1; the default profile keeps 1).
    const int keptMiB = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1;
    profile->setLimit(QStringLiteral("output_chars"), keptMiB * 1024 * 1024);
    config.profile = *profile;
    MainWindow window(RunStore::open(dir.filePath(QStringLiteral("b.db")), &error), config);
    window.show();
    if (!window.startSession(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    QSignalSpy shown(&window, &MainWindow::runDisplayed);
    // A cell runs to its record on screen: the longest stall meanwhile, and how long it took.
    const auto runCell = [&](const QString &code, qint64 *totalMs) {
        const qsizetype before = shown.size();
        testAccess(window).editor()->setPlainText(code);
        QElapsedTimer cellClock;
        cellClock.start();
        window.runCurrentCell();
        OutputView *cellOutput = testAccess(window).cellView()->cellWidget(0)->output();
        qint64 shownAt = -1;
        const qint64 stall = longestStall(
            [&] {
                if (shownAt < 0 && shown.size() > before)
                    shownAt = cellClock.elapsed();
                return shown.size() > before && cellOutput->pendingChars() == 0;
            },
            180000);
        *totalMs = cellClock.elapsed();
        // Whether the stall came while the output streamed or once the record was shown.
        out << "  (" << code.left(24) << "…: longest stall ended at " << g_worstAt
            << " ms, the record was shown at " << shownAt << " ms)\n";
        return stall;
    };
    // 50 MB in 500,000 lines, then in one line (print('x' * 50_000_000)).
    qint64 cellMs = 0;
    const qint64 cell = runCell(
        QStringLiteral("line = 'x' * 93\nfor i in range(500000):\n    print(f'{i:06d}', line)"),
        &cellMs);
    const bool linesShown = shown.size() == 1;
    qint64 oneLineMs = 0;
    const qint64 oneLine = runCell(QStringLiteral("print('x' * 50_000_000)"), &oneLineMs);

    out << "Longest event-loop stall (5 ms timer), 50 MB of output\n"
        << "  idle baseline                         " << baseline << " ms\n"
        << "  output view, 64 KiB pieces streamed   " << stream << " ms  (" << streamMs
        << " ms in all; x" << double(stream) / qMax<qint64>(1, baseline) << " of baseline)\n"
        << "  workbench, real worker, " << keptMiB << " MiB kept    " << cell << " ms  (" << cellMs
        << " ms in all; x" << double(cell) / qMax<qint64>(1, baseline) << " of baseline)\n"
        << "  workbench, one 50 MB line              " << oneLine << " ms  (" << oneLineMs
        << " ms in all; x" << double(oneLine) / qMax<qint64>(1, baseline) << " of baseline)\n";
    const bool ok = stream <= 50 && cell <= 50 && oneLine <= 50 && linesShown && shown.size() == 2;
    out << (ok ? "ok: no stall over 50 ms" : "over the 50 ms target (see the idle baseline)")
        << Qt::endl;
    return ok ? 0 : 1;
}
