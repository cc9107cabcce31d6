// Takes the README's screenshots of the workbench on the sample data: run it under a display
// (xvfb-run -s '-screen 0 1400x900x24' build/bin/sandbench_screenshots resources/screenshots).
// Not a test: it only draws. The window runs the real worker, like the GUI tests.
#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "figurepanel.h"
#include "mainwindow.h"
#include "notebookrunner.h"
#include "testsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace sandbench;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(400); // let batched output and layouts settle
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.runner()->isBusy(); }, 180000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandbench-screenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QStandardPaths::setTestModeEnabled(true); // neither the user's settings nor layout
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString sample = QStringLiteral(SANDBENCH_SOURCE_DIR "/resources/sample_analysis.py");

    QTemporaryDir dir;
    QString error;
    auto store = RunStore::open(dir.filePath(QStringLiteral("shots.db")), &error);
    if (!store) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    SessionConfig config;
    config.outputDir = dir.filePath(QStringLiteral("out"));
    config.datasets.append({QStringLiteral("sales"), test::sampleSalesCsv()});
    MainWindow window(std::move(store), config);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.startSession(&error) ||
        !window.openScript(sample, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    window.runAll();
    if (!waitIdle(window))
        return 1;
    // A fourth cell, with something the sandbox refuses, to show how a refusal reads.
    const int row = window.cells()->insertCell(window.cells()->rowCount());
    window.cells()->setCode(row, QStringLiteral("by_region.to_csv('/tmp/report.csv')"));
    window.cellView()->setCurrentRow(row);
    window.runCurrentCell();
    if (!waitIdle(window))
        return 1;
    QSignalSpy variables(&window, &MainWindow::variablesShown);
    variables.wait(5000);
    window.cellView()->setCurrentRow(0, false);

    bool ok = save(&window, outDir + QStringLiteral("/workbench-light.png"));
    window.setThemeKind(EditorTheme::Kind::Dark);
    ok = save(&window, outDir + QStringLiteral("/workbench-dark.png")) && ok;
    window.setThemeKind(EditorTheme::Kind::Light);

    auto *figures = qobject_cast<QDockWidget *>(window.figurePanel()->parentWidget());
    figures->setFloating(true);
    figures->resize(760, 640);
    figures->show();
    ok = save(figures, outDir + QStringLiteral("/figure-panel.png")) && ok;
    figures->setFloating(false);

    window.cellView()->setCurrentRow(row);
    CellWidget *refused = window.cellView()->cellWidget(row);
    ok = save(refused, outDir + QStringLiteral("/editor-violation.png")) && ok;
    return ok ? 0 : 1;
}
