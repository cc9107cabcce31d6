// Issue 15 "Done when": the time to show a 10-million-row DataFrame result in a cell, with the
// real worker and window: from Run to the cell's table holding its first rows, for the three
// ways a frame becomes a result (a variable's name, an expression such as big.iloc[:], and
// display(big)). The baseline is the same with a 1,000-row frame, measured in the same run; the
// ratio says what the frame's size costs. Prints the figures; asserts nothing about time.
#include "celllistview.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "profile.h"
#include "richoutput.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>

using namespace sandbench;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

ResultTable *shownTable(CellWidget *cell)
{
    if (cell->resultTable())
        return cell->resultTable();
    for (RichOutputView *view : cell->richOutputs()) {
        if (view->table())
            return view->table();
    }
    return nullptr;
}

// Milliseconds from Run to the cell's table with rows; -1 when it never came.
double timeToTable(MainWindow &window, QSignalSpy &shown, const QString &code)
{
    testAccess(window).editor()->setPlainText(code);
    const qsizetype before = shown.size();
    QElapsedTimer clock;
    clock.start();
    window.runCurrentCell();
    CellWidget *cell = testAccess(window).cellView()->cellWidget(0);
    const bool ok = QTest::qWaitFor(
        [&] {
            if (shown.size() <= before)
                return false;
            ResultTable *table = shownTable(cell);
            return table && table->table()->model()->rowCount() > 0;
        },
        300000);
    if (!ok)
        return -1;
    cell->repaint(); // drawn, not only delivered
    return double(clock.nsecsElapsed()) / 1e6;
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
    config.profile = *ProfileLoader::load(QStringLiteral("default"), &error);
    MainWindow window(RunStore::open(dir.filePath(QStringLiteral("bench.db")), &error), config);
    window.resize(1400, 900);
    window.show();
    if (!window.startSession(&error)) {
        out << "the session did not start: " << error << Qt::endl;
        return 1;
    }
    QSignalSpy shown(&window, &MainWindow::runDisplayed);
    testAccess(window).editor()->setPlainText(
        QStringLiteral("import numpy as np\nimport pandas as pd\n"
                       "rng = np.random.default_rng(1)\n"
                       "big = pd.DataFrame(rng.normal(size=(10_000_000, 5)), "
                       "columns=[f'c{i}' for i in range(5)])\n"
                       "big['region'] = pd.Categorical(rng.choice(['N', 'S', 'E', 'W'], "
                       "10_000_000))\n"
                       "small = big.head(1000).copy()"));
    window.runCurrentCell();
    if (!QTest::qWaitFor([&] { return shown.size() == 1; }, 600000) ||
        shown.first().at(0).value<RunRecord>().status != RunStatus::Ok) {
        out << "the frames could not be made" << Qt::endl;
        return 1;
    }
    constexpr int kRepeats = 5;
    out << qSetFieldWidth(40) << Qt::left << "result table in a cell (ms, median of 5)"
        << qSetFieldWidth(12) << Qt::right << "10M×6"
        << "1000×6"
        << "ratio" << qSetFieldWidth(0) << Qt::endl;
    const QList<std::pair<QString, QString>> forms = {
        {QStringLiteral("a variable: big"), QStringLiteral("%1")},
        {QStringLiteral("an expression: big.iloc[:]"), QStringLiteral("%1.iloc[:]")},
        {QStringLiteral("display(big)"), QStringLiteral("display(%1)")},
    };
    bool failed = false;
    for (const auto &[label, code] : forms) {
        QList<double> bigTimes, smallTimes;
        for (int i = 0; i < kRepeats; ++i) {
            smallTimes.append(timeToTable(window, shown, code.arg(QStringLiteral("small"))));
            bigTimes.append(timeToTable(window, shown, code.arg(QStringLiteral("big"))));
        }
        if (bigTimes.contains(-1) || smallTimes.contains(-1))
            failed = true;
        const double b = median(bigTimes), s = median(smallTimes);
        out << qSetFieldWidth(40) << Qt::left << label << qSetFieldWidth(12) << Qt::right
            << QString::number(b, 'f', 1) << QString::number(s, 'f', 1)
            << QString::number(s > 0 ? b / s : 0, 'f', 2) << qSetFieldWidth(0) << Qt::endl;
    }
    if (failed)
        out << "some tables never showed their rows" << Qt::endl;
    return failed ? 1 : 0;
}
