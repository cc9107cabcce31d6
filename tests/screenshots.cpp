// Takes the README's screenshots of the workbench on the sample data: run it under a display
// (xvfb-run -s '-screen 0 1400x900x24' build/bin/sandbench_screenshots resources/screenshots).
// Not a test: it only draws. The window runs the real worker, like the GUI tests.
#include "assistantpanel.h"
#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "columnsummaryview.h"
#include "dataframemodel.h"
#include "datapanel.h"
#include "diffdialog.h"
#include "figurepanel.h"
#include "helpers/fakeopenai.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "notebook.h"
#include "outputview.h"
#include "provenancepanel.h"
#include "reviewqueuepanel.h"
#include "richoutput.h"
#include "runsearchpanel.h"
#include "testsupport.h"
#include "variablespanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <algorithm>

using namespace sandbench;

namespace {

bool save(QWidget *widget, const QString &path)
{
    // Settled when every output view shows all it was given (it inserts text in batches between
    // events) and the layout requests those batches posted have been handled.
    const auto outputShown = [widget] {
        const auto views = widget->findChildren<OutputView *>();
        return std::all_of(views.cbegin(), views.cend(),
                           [](const OutputView *view) { return view->pendingChars() == 0; });
    };
    (void)QTest::qWaitFor(outputShown, 30000);
    QCoreApplication::sendPostedEvents();
    QApplication::processEvents();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !testAccess(window).runner()->isBusy(); }, 180000);
}

// Issue 16: the assistant panel with an answer streamed from an OpenAI-compatible server (the
// tests' fake one, so the shots need no model), the answer's code inserted as a cell and held for
// review as model code, a fix shown as a diff, and the LLM cell's provenance; both themes, at
// 1024x700 and 1400x900.
bool assistantShots(MainWindow &window, const QString &outDir)
{
    test::FakeOpenAi server;
    if (!server.start(QStringLiteral(SANDBENCH_SOURCE_DIR "/tests/helpers/fake_openai.py"))) {
        QTextStream(stderr) << server.error() << Qt::endl;
        return false;
    }
    AssistantPanel *panel = testAccess(window).assistantPanel();
    auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
    bool ok = true;
    // Unset: the two lines on starting a local model.
    dock->setFloating(true);
    dock->resize(420, 520);
    dock->show();
    dock->raise();
    ok = save(dock, outDir + QStringLiteral("/assistant-setup.png")) && ok;
    dock->setFloating(false);

    llm::AssistantSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.model = QStringLiteral("qwen2.5-coder:7b");
    panel->setSettings(settings);
    dock->show();
    dock->raise();
    QSignalSpy finished(panel, &AssistantPanel::answerFinished);
    panel->ask(QStringLiteral("Total revenue per region"));
    if (!finished.wait(60000))
        return false;
    const int row = testAccess(window).cells()->rowCount() - 1;
    testAccess(window).cellView()->setCurrentRow(row, false);
    if (panel->currentAnswer() && !panel->currentAnswer()->insertButtons().isEmpty())
        panel->currentAnswer()->insertButtons().first()->click();
    window.runCurrentCell();
    if (!waitIdle(window))
        return false;
    QAction *reset = window.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
        window.resize(size);
        if (reset)
            reset->trigger();
        dock->show();
        dock->raise();
        const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
            window.setThemeKind(kind);
            ok = save(&window, outDir + QStringLiteral("/assistant-%1-%2.png")
                                            .arg(tag, EditorTheme::nameOf(kind))) &&
                 ok;
        }
    }
    // The LLM cell's provenance, the exchange unfolded.
    const qint64 runId = testAccess(window).cells()->cell(row + 1).lastRun
                             ? testAccess(window).cells()->cell(row + 1).lastRun->id
                             : 0;
    auto *provenance =
        qobject_cast<QDockWidget *>(testAccess(window).provenancePanel()->parentWidget());
    for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
        window.setThemeKind(kind);
        testAccess(window).provenancePanel()->showRun(runId);
        testAccess(window).provenancePanel()->tree()->expandAll();
        provenance->setFloating(true);
        provenance->resize(760, 900);
        provenance->show();
        provenance->raise();
        ok = save(provenance,
                  outDir +
                      QStringLiteral("/provenance-llm-%1.png").arg(EditorTheme::nameOf(kind))) &&
             ok;
        provenance->setFloating(false);
    }
    // A failed cell, "Fix with assistant", and the fix as a diff.
    const int broken =
        testAccess(window).cells()->insertCell(testAccess(window).cells()->rowCount());
    testAccess(window).cells()->setCode(
        broken, QStringLiteral("totals = sales.groupby('regio').revenue.sum()"));
    testAccess(window).cellView()->setCurrentRow(broken);
    window.runCurrentCell();
    if (!waitIdle(window))
        return false;
    for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
        window.setThemeKind(kind);
        testAccess(window).cellView()->scrollToRow(broken);
        ok = save(testAccess(window).cellView()->cellWidget(broken),
                  outDir +
                      QStringLiteral("/cell-fix-button-%1.png").arg(EditorTheme::nameOf(kind))) &&
             ok;
        testAccess(window).cellView()->cellWidget(broken)->fixButton()->click();
        if (!finished.wait(60000) || !QTest::qWaitFor([panel] { return panel->openDiff(); }, 10000))
            return false;
        ok =
            save(panel->openDiff(),
                 outDir +
                     QStringLiteral("/assistant-fix-diff-%1.png").arg(EditorTheme::nameOf(kind))) &&
            ok;
        ok = save(&window, outDir + QStringLiteral("/assistant-fix-window-%1.png")
                                        .arg(EditorTheme::nameOf(kind))) &&
             ok;
        panel->openDiff()->reject();
    }
    // Agent mode: the model's steps as they happen, its cell in the notebook waiting for review.
    settings.model = QStringLiteral("agent");
    panel->setSettings(settings);
    panel->agentModeBox()->setChecked(true);
    panel->ask(QStringLiteral("What is the total revenue?"));
    if (!QTest::qWaitFor(
            [panel] {
                return panel->currentAnswer() && panel->currentAnswer()->waitingLabel() &&
                       panel->currentAnswer()->waitingLabel()->isVisible();
            },
            120000))
        return false;
    for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
        window.setThemeKind(kind);
        testAccess(window).cellView()->scrollToRow(testAccess(window).cells()->rowCount() - 1);
        ok = save(&window,
                  outDir +
                      QStringLiteral("/assistant-agent-%1.png").arg(EditorTheme::nameOf(kind))) &&
             ok;
    }
    panel->stop(); // may end at once (a cell waiting for review stops waiting in the call)
    if (!QTest::qWaitFor([panel] { return !panel->isAsking(); }, 60000))
        return false;
    panel->agentModeBox()->setChecked(false);
    window.setThemeKind(EditorTheme::Kind::Light);
    return ok;
}

// Issue 15, item 6: a stale cell in both themes, with its marker's tooltip (a window of its own,
// so the screen is grabbed around the cell), and the Run menu with Run Stale Cells.
bool staleShots(MainWindow &window, const QString &outDir)
{
    const auto code = [](const QString &text) {
        NotebookCell cell;
        cell.source = text;
        return cell;
    };
    testAccess(window).cells()->setNotebook(
        {code(QStringLiteral("threshold = 200")),
         code(QStringLiteral("by_region = sales.groupby('region').revenue.sum()")),
         code(QStringLiteral("big = by_region[by_region > threshold]\nbig"))});
    window.runAll();
    if (!waitIdle(window))
        return false;
    testAccess(window).cells()->setCode(0, QStringLiteral("threshold = 5000"));
    testAccess(window).runner()->runCell(0);
    if (!waitIdle(window))
        return false;
    bool ok = true;
    for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
        window.setThemeKind(kind);
        testAccess(window).cellView()->setCurrentRow(2, false);
        testAccess(window).cellView()->scrollToRow(2);
        CellWidget *cell = testAccess(window).cellView()->cellWidget(2);
        const QString theme = EditorTheme::nameOf(kind);
        ok = save(&window, outDir + QStringLiteral("/stale-window-%1.png").arg(theme)) && ok;
        QLabel *marker = cell->staleMarker();
        QToolTip::hideText();
        (void)QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 5000);
        QTest::qWait(300); // a tooltip hidden and shown at once at the same place stays hidden
        QToolTip::showText(marker->mapToGlobal(QPoint(4, marker->height())), marker->toolTip(),
                           marker);
        (void)QTest::qWaitFor([] { return QToolTip::isVisible(); }, 5000);
        QTest::qWait(300); // the tooltip fades in
        QRect area(cell->mapToGlobal(QPoint(0, 0)), cell->size());
        area.setHeight(std::min(area.height(), 260));
        area.adjust(-8, -8, 8, 70);
        const QString file = outDir + QStringLiteral("/cell-stale-%1.png").arg(theme);
        const bool saved = QGuiApplication::primaryScreen()
                               ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                               .save(file);
        QTextStream(stdout) << (saved ? "wrote " : "FAILED ") << file << Qt::endl;
        ok = saved && ok;
        QToolTip::hideText();
    }
    window.setThemeKind(EditorTheme::Kind::Light);
    return ok;
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
        !openScriptAndWait(window, sample, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    // `sandbench_screenshots OUT stale`: only the stale cells' shots.
    if (argc > 2 && QByteArray(argv[2]) == "stale")
        return staleShots(window, outDir) ? 0 : 1;
    // `sandbench_screenshots OUT assistant`: only the assistant's shots.
    if (argc > 2 && QByteArray(argv[2]) == "assistant") {
        window.runAll();
        if (!waitIdle(window))
            return 1;
        return assistantShots(window, outDir) ? 0 : 1;
    }
    window.runAll();
    if (!waitIdle(window))
        return 1;
    // A fourth cell, with something the sandbox refuses, to show how a refusal reads.
    const int row = testAccess(window).cells()->insertCell(testAccess(window).cells()->rowCount());
    testAccess(window).cells()->setCode(row, QStringLiteral("by_region.to_csv('/tmp/report.csv')"));
    testAccess(window).cellView()->setCurrentRow(row);
    window.runCurrentCell();
    if (!waitIdle(window))
        return 1;
    QSignalSpy variables(&window, &MainWindow::variablesShown);
    variables.wait(5000);
    testAccess(window).cellView()->setCurrentRow(0, false);

    bool ok = save(&window, outDir + QStringLiteral("/workbench-light.png"));
    window.setThemeKind(EditorTheme::Kind::Dark);
    ok = save(&window, outDir + QStringLiteral("/workbench-dark.png")) && ok;
    window.setThemeKind(EditorTheme::Kind::Light);

    auto *figures = qobject_cast<QDockWidget *>(testAccess(window).figurePanel()->parentWidget());
    figures->setFloating(true);
    figures->resize(760, 640);
    figures->show();
    ok = save(figures, outDir + QStringLiteral("/figure-panel.png")) && ok;
    figures->setFloating(false);

    testAccess(window).cellView()->setCurrentRow(row);
    CellWidget *refused = testAccess(window).cellView()->cellWidget(row);
    ok = save(refused, outDir + QStringLiteral("/editor-violation.png")) && ok;

    // Issue 15, item 5: attribute completion and Shift+Tab help as a user sees them. Popups are
    // windows of their own, so the screen is grabbed around the editor and its popups.
    const auto saveScreen = [&](CodeEditor *editor, const QString &file) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
        QRect area(editor->mapToGlobal(QPoint(0, 0)), editor->size());
        if (editor->completer() && editor->completer()->popup()->isVisible())
            area = area.united(editor->completer()->popup()->geometry());
        if (editor->helpPopup() && editor->helpPopup()->isVisible())
            area = area.united(editor->helpPopup()->geometry());
        area.adjust(-12, -12, 12, 12);
        const bool saved = QGuiApplication::primaryScreen()
                               ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                               .save(outDir + file);
        QTextStream(stdout) << (saved ? "wrote " : "FAILED ") << outDir + file << Qt::endl;
        return saved;
    };
    for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
        window.setThemeKind(kind);
        const int typed =
            testAccess(window).cells()->insertCell(testAccess(window).cells()->rowCount());
        testAccess(window).cellView()->setCurrentRow(typed);
        CodeEditor *editor = testAccess(window).cellView()->cellWidget(typed)->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("sales.gr"));
        (void)QTest::qWaitFor(
            [&] { return editor->completer() && editor->completer()->popup()->isVisible(); },
            30000);
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, QStringLiteral("s"));
        (void)QTest::qWaitFor(
            [&] { return editor->completer() && editor->completer()->popup()->isVisible(); },
            30000);
        const QString theme = EditorTheme::nameOf(kind);
        ok = saveScreen(editor, QStringLiteral("/editor-completion-%1.png").arg(theme)) && ok;
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, QStringLiteral("groupby('region', "));
        QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
        (void)QTest::qWaitFor(
            [&] { return editor->helpPopup() && editor->helpPopup()->isVisible(); }, 30000);
        ok = saveScreen(editor, QStringLiteral("/editor-help-%1.png").arg(theme)) && ok;
        QTest::keyClick(editor, Qt::Key_Escape);
        testAccess(window).cells()->removeCell(typed);
    }
    window.setThemeKind(EditorTheme::Kind::Light);

    // The panels of the data, the provenance, the review queue and the history, each floated.
    const auto floated = [&](QWidget *panel, const QSize &size, const QString &file) {
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        dock->setFloating(true);
        dock->resize(size);
        dock->show();
        dock->raise();
        const bool saved = save(dock, outDir + file);
        dock->setFloating(false);
        return saved;
    };
    window.openTable(QStringLiteral("sales"));
    DataPanel *data = testAccess(window).dataPanel();
    (void)QTest::qWaitFor([&] { return data->model() && data->model()->isReady(); }, 30000);
    int revenue = 0;
    while (revenue + 1 < data->model()->columnCount() &&
           !data->model()
                ->headerData(revenue, Qt::Horizontal)
                .toString()
                .startsWith(QStringLiteral("revenue")))
        ++revenue;
    QSignalSpy summarized(data, &DataPanel::summaryShown);
    data->summarize(revenue);
    summarized.wait(30000);
    data->table()->selectColumn(revenue);
    ok = floated(data, QSize(980, 760), QStringLiteral("/data-panel.png")) && ok;
    data->summarize(1); // the region: its most frequent values
    summarized.wait(30000);
    ok = floated(data, QSize(980, 760), QStringLiteral("/data-panel-categories.png")) && ok;

    {
        // Provenance is read on the store's thread: shot once it shows.
        QSignalSpy shown(testAccess(window).provenancePanel(), &ProvenancePanel::runShown);
        testAccess(window).cellView()->setCurrentRow(1, false);
        shown.wait(30000);
    }
    ok = floated(testAccess(window).provenancePanel(), QSize(760, 820),
                 QStringLiteral("/provenance-panel.png")) &&
         ok;

    // A cell the default profile holds for review, then the queue as the reviewer sees it.
    const int held = testAccess(window).cells()->insertCell(testAccess(window).cells()->rowCount());
    testAccess(window).cells()->setCode(held,
                                        QStringLiteral("import urllib.parse\n"
                                                       "query = urllib.parse.urlencode({'region': "
                                                       "by_region.idxmax()})\nprint(query)"));
    testAccess(window).cellView()->setCurrentRow(held);
    window.runCurrentCell();
    if (!waitIdle(window))
        return 1;
    {
        // The queue is read on the store's thread: shot once it shows.
        QSignalSpy listed(testAccess(window).reviewPanel(), &ReviewQueuePanel::refreshed);
        testAccess(window).reviewPanel()->refresh();
        listed.wait(30000);
    }
    ok = floated(testAccess(window).reviewPanel(), QSize(1200, 620),
                 QStringLiteral("/review-queue.png")) &&
         ok;

    {
        QSignalSpy searched(testAccess(window).runSearchPanel(), &RunSearchPanel::searched);
        testAccess(window).runSearchPanel()->search(QStringLiteral("region"));
        searched.wait(30000);
    }
    ok = floated(testAccess(window).runSearchPanel(), QSize(1100, 420),
                 QStringLiteral("/history-panel.png")) &&
         ok;

    // Issue 15's fit and finish: the default layout at both window sizes and in both themes, with
    // the Data tab and the Review Queue raised (their tool bars and buttons in a docked panel),
    // and the charts in the dark theme. Not README material: for looking at every state.
    QAction *reset = window.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    const auto raise = [](QWidget *panel) {
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        dock->show();
        dock->raise();
    };
    for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
        window.resize(size);
        if (reset)
            reset->trigger();
        raise(testAccess(window).dataPanel());
        raise(testAccess(window).reviewPanel());
        testAccess(window).reviewPanel()->selectRun(
            testAccess(window).reviewPanel()->listedRuns().value(0));
        testAccess(window).variablesPanel()->scrollToTop();
        const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
            window.setThemeKind(kind);
            ok =
                save(&window,
                     outDir +
                         QStringLiteral("/layout-%1-%2.png").arg(tag, EditorTheme::nameOf(kind))) &&
                ok;
        }
        window.setThemeKind(EditorTheme::Kind::Light);
    }
    window.setThemeKind(EditorTheme::Kind::Dark);
    ok = floated(data, QSize(980, 760), QStringLiteral("/data-panel-dark.png")) && ok;
    ok = floated(testAccess(window).provenancePanel(), QSize(760, 820),
                 QStringLiteral("/provenance-panel-dark.png")) &&
         ok;
    ok = floated(testAccess(window).reviewPanel(), QSize(1200, 620),
                 QStringLiteral("/review-queue-dark.png")) &&
         ok;
    window.setThemeKind(EditorTheme::Kind::Light);

    // Run > Undo Last Cell: the last cell that ended ok says "undone".
    QSignalSpy undone(testAccess(window).session(), &SessionRunner::undoFinished);
    testAccess(window).undoAction()->trigger();
    undone.wait(30000);
    for (int r = testAccess(window).cells()->rowCount() - 1; r >= 0; --r) {
        if (testAccess(window).cells()->cell(r).undone) {
            testAccess(window).cellView()->setCurrentRow(r, false);
            ok = save(testAccess(window).cellView()->cellWidget(r),
                      outDir + QStringLiteral("/cell-undone.png")) &&
                 ok;
            break;
        }
    }

    // Issue 15's notebook: a rendered Markdown cell, execution counts, a long output under
    // "Show all", a figure at the cell's width and a traceback with pandas' frames folded, at
    // both window sizes and in both themes.
    {
        NotebookCell heading;
        heading.kind = NotebookCell::Kind::Markdown;
        heading.source = QStringLiteral("# Revenue by region\n\nTotals from **sales.csv**; "
                                        "the chart below compares the regions.");
        const auto code = [](const QString &text) {
            NotebookCell cell;
            cell.source = text;
            return cell;
        };
        testAccess(window).cells()->setNotebook(
            {heading,
             code(QStringLiteral("by_region = sales.groupby('region').revenue.sum()\nby_region")),
             code(QStringLiteral("for month in range(1, 61):\n    print(f'month {month:2}: "
                                 "{month * 1.5:.1f} k')")),
             code(QStringLiteral(
                 "import matplotlib.pyplot as plt\nfig, ax = "
                 "plt.subplots(figsize=(8, 3))\nby_region.plot.bar(ax=ax)\nplt.show()")),
             // A long stderr line wraps at the cell's width (no horizontal scroll bar).
             code(QStringLiteral("import warnings\nwarnings.warn('the revenue column of "
                                 "sales.csv has ' + 'quite a few ' * 12 + 'missing values; "
                                 "fill them before summing by region')")),
             code(QStringLiteral("sales['revenu'].sum()"))});
        window.runAll();
        if (!waitIdle(window))
            return 1;
        for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
            window.resize(size);
            if (reset)
                reset->trigger();
            const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
                window.setThemeKind(kind);
                for (int r : {0, 3, 4, 5}) {
                    testAccess(window).cellView()->setCurrentRow(r, false);
                    testAccess(window).cellView()->scrollToRow(r);
                    ok = save(&window, outDir + QStringLiteral("/notebook-%1-%2-cell%3.png")
                                                    .arg(tag, EditorTheme::nameOf(kind))
                                                    .arg(r)) &&
                         ok;
                }
            }
            window.setThemeKind(EditorTheme::Kind::Light);
        }
    }
    ok = staleShots(window, outDir) && ok;
    // Issue 15 item 3: rich outputs in a cell, in order with the printed text: Markdown, HTML
    // (its script and remote image dropped), an Image and display(df), then a DataFrame
    // expression's result, in both themes.
    {
        NotebookCell cell;
        cell.source = QStringLiteral(
            "import io\n"
            "from PIL import Image as Picture, ImageDraw\n"
            "from IPython.display import Markdown, HTML, Image\n"
            "print('Revenue by region')\n"
            "display(Markdown('## Summary\\n- **4** regions\\n- total `%.1f` k' % "
            "(sales.revenue.sum() / 1000)))\n"
            "display(HTML('<p style=\"color:#c0392b\"><b>HTML</b> with a <i>table</i>:</p>"
            "<table border=1><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"
            "</table><script>alert(1)</script><img src=\"http://example.com/x.png\">'))\n"
            "picture = Picture.new('RGB', (480, 120), (70, 130, 180))\n"
            "ImageDraw.Draw(picture).text((20, 50), 'Image(data=png_bytes)', fill='white')\n"
            "buffer = io.BytesIO()\n"
            "picture.save(buffer, 'PNG')\n"
            "display(Image(data=buffer.getvalue()))\n"
            "display(sales)\n"
            "print('done')\n"
            "sales.groupby('region').revenue.sum().to_frame().head()");
        testAccess(window).cells()->setNotebook({cell});
        window.runAll();
        if (!waitIdle(window))
            return 1;
        // The tables' first pages (or the recorded rows when a table cannot be paged).
        QTest::qWaitFor(
            [&window] {
                for (RichOutputView *view :
                     testAccess(window).cellView()->cellWidget(0)->richOutputs()) {
                    if (view->table() && view->table()->table()->isVisible() &&
                        view->table()->table()->model()->rowCount() == 0)
                        return false;
                }
                return true;
            },
            60000);
        window.resize(1400, 900);
        if (reset)
            reset->trigger();
        for (const auto kind : {EditorTheme::Kind::Light, EditorTheme::Kind::Dark}) {
            window.setThemeKind(kind);
            testAccess(window).cellView()->setCurrentRow(0, false);
            ok = save(&window,
                      outDir +
                          QStringLiteral("/rich-outputs-%1.png").arg(EditorTheme::nameOf(kind))) &&
                 ok;
            ok = save(testAccess(window).cellView()->cellWidget(0),
                      outDir + QStringLiteral("/rich-outputs-cell-%1.png")
                                   .arg(EditorTheme::nameOf(kind))) &&
                 ok;
        }
        window.setThemeKind(EditorTheme::Kind::Light);
    }
    return ok ? 0 : 1;
}
