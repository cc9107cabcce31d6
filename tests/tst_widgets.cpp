// The workbench's parts on their own, without a worker: highlighter, editor, find and replace,
// the cell model, the notebook file with autosave and recovery, the output view under a flood.
#include "appsettings.h"
#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "columnsummaryview.h"
#include "datapanel.h"
#include "datasetspanel.h"
#include "documentsupport.h"
#include "findreplacebar.h"
#include "notebookdocument.h"
#include "outputview.h"
#include "policyview.h"
#include "profile.h"
#include "pythonhighlighter.h"
#include "richoutput.h"
#include "runtimelinechart.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "theme.h"
#include "variablespanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QWheelEvent>

using namespace sandbench;

Q_DECLARE_METATYPE(sandbench::DatasetSpec)

namespace {

// The format the highlighter gave the character at column col of line (0-based).
QTextCharFormat formatAt(QTextDocument &document, int line, int col)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (col >= range.start && col < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The Policy page says, per verdict, what the profile covers, read from the profile itself.
    void thePolicyPageSaysWhatEachVerdictCovers()
    {
        const auto lines = [](const PolicyView &view, const QString &section) {
            QStringList out;
            for (int i = 0; i < view.topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = view.topLevelItem(i);
                if (item->text(0) != section)
                    continue;
                for (int j = 0; j < item->childCount(); ++j)
                    out << item->child(j)->text(0);
            }
            return out.join(QLatin1Char('\n'));
        };
        QString error;
        auto profile = ProfileLoader::load(QStringLiteral("default"), &error);
        QVERIFY2(profile, qPrintable(error));
        PolicyView view;
        view.showProfile(*profile);
        QVERIFY(lines(view, QStringLiteral("Runs")).contains(QStringLiteral("pandas")));
        QVERIFY(lines(view, QStringLiteral("Runs")).contains(QStringLiteral("output folder")));
        QVERIFY(lines(view, QStringLiteral("Runs")).contains(QStringLiteral("eval() and exec()")));
        QVERIFY(lines(view, QStringLiteral("Waits for review")).contains(QStringLiteral("pickle")));
        QVERIFY(lines(view, QStringLiteral("Waits for review")).contains(QStringLiteral("LLM")));
        QVERIFY(lines(view, QStringLiteral("Denied at run time"))
                    .contains(QStringLiteral("%1 s per cell")
                                  .arg(profile->limit(QStringLiteral("timeout_s")))));

        // Read from the file, not a fixed list: a change to the profile shows at once.
        QJsonObject imports = profile->json.value(QStringLiteral("imports")).toObject();
        imports.insert(QStringLiteral("review"), QJsonArray{QStringLiteral("made_up_module")});
        profile->json.insert(QStringLiteral("imports"), imports);
        view.showProfile(*profile);
        QVERIFY(lines(view, QStringLiteral("Waits for review"))
                    .contains(QStringLiteral("made_up_module")));
        QVERIFY(
            !lines(view, QStringLiteral("Waits for review")).contains(QStringLiteral("requests")));

        auto strict = ProfileLoader::load(QStringLiteral("strict"), &error);
        QVERIFY2(strict, qPrintable(error));
        view.showProfile(*strict);
        QVERIFY(lines(view, QStringLiteral("Runs")).contains(QStringLiteral("no file writes")));
        QVERIFY(!lines(view, QStringLiteral("Runs")).contains(QStringLiteral("exec")));
        QVERIFY(lines(view, QStringLiteral("Denied at run time")).contains(QStringLiteral("eval")));
        QVERIFY(lines(view, QStringLiteral("Denied at run time"))
                    .contains(QStringLiteral("Writing any file")));
        QVERIFY(lines(view, QStringLiteral("Waits for review"))
                    .contains(QStringLiteral("limits raised")));
    }

    // Settings > Sandbox: "keep what a failing cell did" is off by default, set in the dialog and
    // kept across restarts of the app.
    void onErrorKeepIsASandboxSettingThatPersists()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings = AppSettings::load(store);
        QVERIFY(!settings.keepStateOnError);
        SettingsDialog dialog(settings);
        const auto boxes = dialog.findChildren<QCheckBox *>();
        QCheckBox *keep = nullptr;
        for (QCheckBox *box : boxes) {
            if (box->text().contains(QStringLiteral("failing cell")))
                keep = box;
        }
        QVERIFY(keep);
        QVERIFY(!keep->isChecked());
        keep->setChecked(true);
        dialog.settings().save(store);
        store.sync();
        QSettings reopened(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(AppSettings::load(reopened).keepStateOnError);
        SettingsDialog again(AppSettings::load(reopened));
        bool shownOn = false;
        for (QCheckBox *box : again.findChildren<QCheckBox *>())
            shownOn |= box->text().contains(QStringLiteral("failing cell")) && box->isChecked();
        QVERIFY(shownOn);
    }

    void theHighlighterColoursPythonInBothThemes()
    {
        CodeEditor editor; // the highlighter as the editor uses it
        auto &highlighter = *qobject_cast<PythonHighlighter *>(editor.highlighter());
        QVERIFY(&highlighter);
        QTextDocument &document = *editor.document();
        editor.setPlainText(QStringLiteral(
            "def f(x):  # why\n    s = \"\"\"a # not\nb\"\"\" + 'q'\n    return 42\n"));
        QCoreApplication::processEvents(); // the highlighter may defer its first pass
        const auto colour = [&](int line, int col) {
            return formatAt(document, line, col).foreground().color();
        };
        const EditorTheme light = EditorTheme::light();
        QCOMPARE(colour(0, 0), light.keyword);    // def
        QCOMPARE(colour(0, 4), light.definition); // f
        QCOMPARE(colour(0, 13), light.comment);   // # why
        QCOMPARE(colour(1, 14), light.string);    // '#' inside a triple-quoted string
        QCOMPARE(colour(2, 0), light.string);     // the string's second line
        QCOMPARE(colour(2, 7), light.string);     // 'q'
        QCOMPARE(colour(3, 4), light.keyword);    // return
        QCOMPARE(colour(3, 11), light.number);    // 42
        highlighter.setTheme(EditorTheme::dark());
        QCOMPARE(colour(0, 0), EditorTheme::dark().keyword);
        QVERIFY(EditorTheme::dark().keyword != light.keyword);
    }

    // Statuses are read as words in colour: the word must be readable in both themes, as text on
    // the window and in lists (WCAG AA, 4.5:1) and as white text on its badge. The purple of
    // "pending review" once had 2.3:1 on the dark base.
    void statusColoursReadInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(EditorTheme::Kind::Light);
        QTest::newRow("dark") << int(EditorTheme::Kind::Dark);
    }
    void statusColoursReadInBothThemes()
    {
        QFETCH(int, theme);
        const QPalette palette = EditorTheme::forKind(EditorTheme::Kind(theme)).windowPalette();
        QStringList names = {QStringLiteral("running"), QStringLiteral("queued"),
                             QStringLiteral("undone"), QStringLiteral("markdown")};
        for (const QString &name : runStatusNameList().split(QStringLiteral(", ")))
            names.append(name);
        QVERIFY(names.contains(QStringLiteral("pending_review")));
        for (const QString &name : std::as_const(names)) {
            const QColor text = statusColor(name, palette);
            for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
                const double ratio = contrastRatio(text, palette.color(role));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                      .arg(name, palette.color(role).name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
            const double badge = contrastRatio(Qt::white, statusBadgeColor(name));
            QVERIFY2(
                badge >= 4.5,
                qPrintable(
                    QStringLiteral("white on the %1 badge: %2:1").arg(name).arg(badge, 0, 'f', 2)));
        }
        // A list's status words follow the theme when the window switches it.
        QTreeWidget list;
        auto *item = new QTreeWidgetItem(&list, {QStringLiteral("pending review")});
        setStatusForeground(item, 0, QStringLiteral("pending_review"));
        recolourStatusItems(&list, palette);
        QCOMPARE(item->foreground(0).color(),
                 statusColor(QStringLiteral("pending_review"), palette));
        // The ratio itself is WCAG's: black on white is 21, a colour on itself 1.
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(QColor(0x7b, 0x1f, 0xa2), QColor(0x7b, 0x1f, 0xa2)), 1.0);
        QVERIFY(contrastRatio(QColor(0x7b, 0x1f, 0xa2), QColor(0x1e, 0x1f, 0x22)) < 4.5);
    }

    void theEditorIndentsAfterAColonAndTogglesComments()
    {
        CodeEditor editor;
        editor.show();
        QTest::keyClicks(&editor, QStringLiteral("for x in y:"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("print(x)"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("z = 1"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("for x in y:\n    print(x)\n    z = 1"));
        editor.selectAll();
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(),
                 QStringLiteral("# for x in y:\n    # print(x)\n    # z = 1"));
        editor.selectAll();
        QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor.toPlainText(), QStringLiteral("for x in y:\n    print(x)\n    z = 1"));
    }

    void violationsShowTheirMessageAtTheirLine()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("x = 1\ny = open('/etc/passwd')"));
        editor.setViolations(
            {{QStringLiteral("blocked-builtin"), QStringLiteral("open is not allowed"), 2, 5,
              QStringLiteral("static")}});
        const int line2 = editor.document()->findBlockByNumber(1).position();
        QVERIFY(editor.violationAt(line2 + 4).contains(QStringLiteral("open is not allowed")));
        QVERIFY(editor.violationAt(line2 + 4).contains(QStringLiteral("blocked-builtin")));
        QVERIFY(editor.violationAt(1).isEmpty());
        bool underlined = false;
        for (const QTextEdit::ExtraSelection &s : editor.extraSelections())
            underlined = underlined || s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
        QVERIFY(underlined);
    }

    void findAndReplaceWorkInTheEditor()
    {
        CodeEditor editor;
        FindReplaceBar bar;
        bar.setEditor(&editor);
        editor.setPlainText(QStringLiteral("df = df.dropna()\nprint(df)"));
        bar.findField()->setText(QStringLiteral("df"));
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 5);
        bar.replaceField()->setText(QStringLiteral("sales"));
        QCOMPARE(bar.replaceAll(), 3);
        QCOMPARE(editor.toPlainText(), QStringLiteral("sales = sales.dropna()\nprint(sales)"));
        editor.undo(); // one step
        QCOMPARE(editor.toPlainText(), QStringLiteral("df = df.dropna()\nprint(df)"));
        bar.findField()->setText(QStringLiteral("absent"));
        QVERIFY(!bar.findNext());
    }

    // A notebook whose width changes (a window resized, a splitter dragged, a layout reset) must
    // settle: each cell editor sizes itself from its text and its width, and neither may feed back
    // into the other through a scroll bar shown or hidden. This once spun the GUI thread forever.
    // A notebook whose size changes (a window resized, a splitter dragged, a layout reset) must
    // settle: each cell editor sizes itself from its text and its width, and neither may feed back
    // into the other through a scroll bar shown or hidden, the editor's own or the notebook's. This
    // once spun the GUI thread forever.
    void theNotebookSettlesAfterEverySizeChange_data()
    {
        QTest::addColumn<int>("cellCount");
        QTest::newRow("a few cells, about one screen") << 4;
        QTest::newRow("50 cells") << 50;
    }
    void theNotebookSettlesAfterEverySizeChange()
    {
        QFETCH(int, cellCount);
        CellModel model;
        QList<NotebookCell> cells;
        for (int i = 0; i < cellCount; ++i) {
            NotebookCell cell;
            // Lines of every length, so that some cell sits at the edge of needing a horizontal
            // scroll bar at whatever width the notebook has.
            QString code;
            for (int line = 0; line <= (i * 5) % 11; ++line)
                code += QStringLiteral("value_%1 = ").arg(i) +
                        QString(8 + (i * 13 + line * 29) % 140, QLatin1Char('x')) +
                        QLatin1Char('\n');
            cell.source = code;
            cells << cell;
        }
        model.setNotebook(cells);

        QSplitter window;
        auto *side = new QWidget(&window);
        auto *notebook = new CellListView(&model, &window);
        window.addWidget(side);
        window.addWidget(notebook);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        int resizes = 0;
        struct Counter : QObject
        {
            int *count;
            explicit Counter(int *c) : count(c) {}
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
                    ++*count;
                return false;
            }
        } counter(&resizes);
        for (QWidget *child : notebook->findChildren<QWidget *>())
            child->installEventFilter(&counter);

        // Settled: one more turn of the event loop resizes nothing.
        const auto settled = [&] {
            const int before = resizes;
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            return resizes == before;
        };
        // Every width a dragged splitter goes through, then every height and width the window
        // goes through from 1400×900 back to 1024×700.
        for (int sideWidth = 0; sideWidth <= 400; ++sideWidth) {
            window.setSizes({sideWidth, 1024 - sideWidth});
            QTRY_VERIFY2_WITH_TIMEOUT(settled(),
                                      qPrintable(QStringLiteral("still resizing with the side at "
                                                                "%1 px")
                                                     .arg(sideWidth)),
                                      20000);
        }
        for (int step = 0; step <= 376; step += 2) {
            const QSize size(1400 - step, 900 - step * 200 / 376);
            window.resize(size);
            QTRY_VERIFY2_WITH_TIMEOUT(
                settled(),
                qPrintable(
                    QStringLiteral("still resizing at %1×%2").arg(size.width()).arg(size.height())),
                20000);
        }
        // Every editor shows all of its lines: nothing is hidden behind an inner scroll bar.
        for (CodeEditor *editor : notebook->findChildren<CodeEditor *>())
            QVERIFY(!editor->verticalScrollBar()->isVisible());
    }

    // Issue 15, live output: a run that starts clears the last run's output at once, shows
    // what the cell prints as it comes ("\r" redraws the line), and the record replaces it.
    void aRunningCellShowsItsOwnOutputLive()
    {
        CellModel model;
        NotebookCell source;
        source.source = QStringLiteral("print('hi')\n");
        model.setNotebook({source});
        CellListView view(&model);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunRecord old;
        old.id = 1;
        old.status = RunStatus::Ok;
        old.stdoutText = QStringLiteral("old output\n");
        model.markQueued(0);
        model.markRunning(0);
        model.finishRun(0, old);
        CellWidget *widget = view.cellWidget(0);
        QVERIFY(widget);
        QTRY_VERIFY(widget->output()->toPlainText().contains(QStringLiteral("old output")));

        model.markQueued(0);
        model.markRunning(0);
        // Cleared when the run starts, before the cell prints anything.
        QTRY_VERIFY(widget->output()->toPlainText().isEmpty());
        QVERIFY(widget->refusal()->isHidden());

        widget->appendLiveOutput(QStringLiteral("stdout"), QStringLiteral("step 1\n"));
        widget->appendLiveOutput(QStringLiteral("stderr"), QStringLiteral(" 10%|#"));
        widget->appendLiveOutput(QStringLiteral("stderr"), QStringLiteral("\r 50%|#####"));
        QTRY_COMPARE(widget->output()->toPlainText(), QStringLiteral("step 1\n 50%|#####"));
        QVERIFY(widget->output()->isVisible());
        widget->appendLiveOutput(QStringLiteral("stdout"), QStringLiteral("step 2\n"));
        // As in a terminal, a line printed while the bar is drawn continues after the bar.
        QTRY_COMPARE(widget->output()->toPlainText(), QStringLiteral("step 1\n 50%|#####step 2\n"));

        RunRecord next;
        next.id = 2;
        next.status = RunStatus::Ok;
        next.stdoutText = QStringLiteral("step 1\nstep 2\n");
        next.stderrText = QStringLiteral(" 10%|#\r 50%|#####\r100%|##########\n");
        model.finishRun(0, next);
        // The record, with the bar as one line, as it was shown.
        QTRY_COMPARE(widget->output()->toPlainText(),
                     QStringLiteral("step 1\nstep 2\n100%|##########\n"));
    }

    // Issue 15: inserted and running cells were not scrolled into view.
    void newAndRunningCellsComeIntoView()
    {
        CellModel model;
        QList<NotebookCell> cells;
        for (int i = 0; i < 40; ++i) {
            NotebookCell cell;
            cell.source = QStringLiteral("a_%1 = %1\nb_%1 = a_%1 * 2\n").arg(i);
            cells.append(cell);
        }
        model.setNotebook(cells);
        CellListView view(&model);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto inView = [&view](int row) {
            CellWidget *widget = view.cellWidget(row);
            if (!widget)
                return false;
            const QPoint top = widget->mapTo(view.viewport(), QPoint(0, 0));
            return top.y() >= 0 && top.y() + qMin(widget->height(), view.viewport()->height()) <=
                                       view.viewport()->height();
        };
        QTRY_VERIFY(inView(0));
        QVERIFY(!inView(39));

        // Insert Cell Below at the end, as the window does: the new cell is in view.
        const int row = model.insertCell(40);
        view.setCurrentRow(row);
        QTRY_VERIFY2(inView(row), "the inserted cell is out of view");

        // Back at the top, a cell far down starts running (Run All): it comes into view.
        view.setCurrentRow(0);
        QTRY_VERIFY(inView(0));
        model.markQueued(25);
        model.markRunning(25);
        QTRY_VERIFY2(inView(25), "the running cell is out of view");

        // The user scrolls away: a cell that keeps running does not pull the view back.
        view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        QTRY_VERIFY(inView(0));
        model.setCode(24, QStringLiteral("changed = 1\n"));
        QCoreApplication::processEvents();
        QVERIFY(inView(0));
    }

    // Issue 15, one scroll: a cell's editor is as tall as its code, however long, and has no
    // vertical scroll bar of its own.
    void theEditorGrowsWithItsCode()
    {
        CellModel model;
        NotebookCell cell;
        for (int i = 0; i < 80; ++i)
            cell.source += QStringLiteral("value_%1 = %1\n").arg(i);
        model.setNotebook({cell, NotebookCell()});
        CellListView view(&model);
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CodeEditor *editor = view.cellWidget(0)->editor();
        const int lineHeight = editor->fontMetrics().lineSpacing();
        QTRY_VERIFY(editor->height() >= 81 * lineHeight);
        QVERIFY(!editor->verticalScrollBar()->isVisible());
        QCOMPARE(editor->verticalScrollBar()->maximum(), 0); // nothing hidden inside it
        const int before = editor->height();
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral("one = 1\ntwo = 2\nthree = 3\n"));
        QTRY_COMPARE(editor->height(), before + 3 * lineHeight);
        // The notebook is taller than its view now: it is the one that scrolls.
        QVERIFY(view.verticalScrollBar()->maximum() > 0);
    }

    // A long code line wraps at the cell's width, as its output does: all of it is on screen,
    // without a horizontal scroll bar in the cell, and the cell grows and shrinks with the width.
    void aLongCodeLineWrapsAtTheCellsWidth()
    {
        CellModel model;
        NotebookCell cell;
        cell.source = QStringLiteral("result = df.groupby('region')") +
                      QStringLiteral(".agg(total=('amount', 'sum'))").repeated(12) +
                      QStringLiteral("\nprint(result)\n");
        model.setNotebook({cell});
        CellListView view(&model);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CodeEditor *editor = view.cellWidget(0)->editor();
        const int lineHeight = editor->fontMetrics().lineSpacing();
        QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QTRY_VERIFY(editor->height() >= 5 * lineHeight); // the long line takes several
        QVERIFY(!editor->horizontalScrollBar()->isVisible());
        QCOMPARE(editor->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(editor->verticalScrollBar()->maximum(), 0); // every screen line is shown
        const int narrow = editor->height();
        view.resize(1300, 500);
        QTRY_VERIFY(editor->height() < narrow);
        QCOMPARE(editor->verticalScrollBar()->maximum(), 0);
    }

    // Issue 15: the wheel jumped between an inner box and the notebook. Over an editor or an
    // output, a vertical wheel scrolls the notebook; an output's long lines wrap.
    void theWheelScrollsTheNotebookOverEditorsAndOutputs()
    {
        CellModel model;
        QList<NotebookCell> cells;
        for (int i = 0; i < 12; ++i) {
            NotebookCell cell;
            // The first is longer than a cell's editor used to grow (30 lines).
            for (int line = 0; line < (i == 0 ? 45 : 12); ++line)
                cell.source += QStringLiteral("v_%1_%2 = %2\n").arg(i).arg(line);
            cells.append(cell);
        }
        model.setNotebook(cells);
        RunRecord run;
        run.id = 1;
        run.cellIndex = 1;
        run.status = RunStatus::Ok;
        for (int line = 0; line < 100; ++line)
            run.stdoutText += QStringLiteral("printed line %1 %2\n")
                                  .arg(line)
                                  .arg(QString(200, QLatin1Char('x')));
        model.markRunning(1);
        model.finishRun(1, run);
        CellListView view(&model);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *notebook = view.verticalScrollBar();
        QTRY_VERIFY(notebook->maximum() > 0);
        // What QApplication does with a mouse's wheel event (a spontaneous one, which a test
        // cannot make): the widget under the pointer gets it, then each parent in turn while the
        // one before left it unaccepted. Returns the widget that took it.
        const auto wheel = [](QWidget *target, QPoint angle) -> QWidget * {
            QPointF at(target->width() / 2.0, target->height() / 2.0);
            for (QWidget *w = target; w; w = w->parentWidget()) {
                QWheelEvent event(at, w->mapToGlobal(at), QPoint(), angle, Qt::NoButton,
                                  Qt::NoModifier, Qt::NoScrollPhase, false);
                if (QApplication::sendEvent(w, &event) && event.isAccepted())
                    return w;
                if (w->isWindow())
                    break;
                at += w->pos();
            }
            return nullptr;
        };

        CodeEditor *editor = view.cellWidget(0)->editor();
        notebook->setValue(0);
        QCOMPARE(wheel(editor->viewport(), QPoint(0, -120)), view.viewport());
        QVERIFY2(notebook->value() > 0, "the wheel over an editor did not scroll the notebook");
        QCOMPARE(editor->verticalScrollBar()->value(), 0);

        OutputView *output = view.cellWidget(1)->output();
        QTRY_VERIFY(output->isVisible() && output->pendingChars() == 0);
        const int at = notebook->value();
        const int outputAt = output->verticalScrollBar()->value();
        QCOMPARE(wheel(output->viewport(), QPoint(0, -120)), view.viewport());
        QVERIFY2(notebook->value() > at, "the wheel over an output did not scroll the notebook");
        QCOMPARE(output->verticalScrollBar()->value(), outputAt);
        // The output's long lines wrap at the cell's width: nothing scrolls sideways, and a
        // sideways wheel leaves the notebook where it is.
        const int notebookAt = notebook->value();
        QCOMPARE(output->horizontalScrollBar()->maximum(), 0);
        QVERIFY(output->visualLineCount(1000) > 100);
        wheel(output->viewport(), QPoint(-120, 0));
        QCOMPARE(notebook->value(), notebookAt);
    }

    // Issue 15: an output grows up to a limit, then shows its tail under "Show all".
    void aLongOutputShowsItsTailUntilShowAll()
    {
        CellModel model;
        model.setNotebook({NotebookCell(), NotebookCell()});
        CellListView view(&model);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto finish = [&](int row, qint64 id, int lines) {
            RunRecord run;
            run.id = id;
            run.cellIndex = int(id);
            run.status = RunStatus::Ok;
            for (int line = 1; line <= lines; ++line)
                run.stdoutText += QStringLiteral("line %1\n").arg(line);
            model.markRunning(row);
            model.finishRun(row, run);
        };
        finish(0, 1, 5);
        finish(1, 2, 100);
        CellWidget *shortCell = view.cellWidget(0);
        CellWidget *longCell = view.cellWidget(1);
        QTRY_COMPARE(longCell->output()->lineCount(), 100);
        const int lineHeight = longCell->output()->fontMetrics().lineSpacing();
        QVERIFY(!shortCell->showAllButton()->isVisible());
        QTRY_VERIFY(shortCell->output()->height() >= 5 * lineHeight);
        QTRY_VERIFY(longCell->showAllButton()->isVisible());
        QVERIFY(longCell->showAllButton()->text().contains(QStringLiteral("100")));
        QVERIFY(longCell->output()->height() < (CellWidget::kOutputMaxLines + 2) * lineHeight);
        // The tail is what shows: the last line is in view, the first is not.
        const auto shown = [](OutputView *output, const QString &text) {
            const QRect where = output->cursorRect(output->document()->find(text));
            return where.top() >= 0 && where.bottom() <= output->viewport()->height();
        };
        QTRY_VERIFY(shown(longCell->output(), QStringLiteral("line 100")));
        QVERIFY(!shown(longCell->output(), QStringLiteral("line 1\n").trimmed()));
        QTest::mouseClick(longCell->showAllButton(), Qt::LeftButton);
        QVERIFY(longCell->showsAllOutput());
        QTRY_VERIFY(longCell->output()->height() >= 100 * lineHeight);
        QTRY_VERIFY(shown(longCell->output(), QStringLiteral("line 1")));
        QVERIFY(shown(longCell->output(), QStringLiteral("line 100")));
        QTest::mouseClick(longCell->showAllButton(), Qt::LeftButton);
        QTRY_VERIFY(longCell->output()->height() < (CellWidget::kOutputMaxLines + 2) * lineHeight);
    }

    // Issue 15: at 1024 px a long stderr line (a pandas warning) got a horizontal scroll bar
    // inside the cell. It wraps at the cell's width, the cell is as tall as the wrapped lines,
    // and a narrower window wraps it again.
    void aLongOutputLineWrapsAtTheCellsWidth()
    {
        CellModel model;
        model.setNotebook({NotebookCell()});
        CellListView view(&model);
        view.resize(1024 - 2 * 260, 500); // the notebook's share of a 1024 px window
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunRecord run;
        run.id = 1;
        run.cellIndex = 1;
        run.status = RunStatus::Ok;
        run.stderrText = QStringLiteral("/usr/lib/python3/dist-packages/pandas/core/frame.py:1: "
                                        "FutureWarning: ") +
                         QString(40, QLatin1Char('w'))
                             .replace(QLatin1String("w"), QLatin1String("a long warning ")) +
                         QLatin1Char('\n');
        model.markRunning(0);
        model.finishRun(0, run);
        CellWidget *cell = view.cellWidget(0);
        OutputView *output = cell->output();
        QTRY_VERIFY(output->isVisible());
        const int lineHeight = output->fontMetrics().lineSpacing();
        QTRY_VERIFY(output->visualLineCount(100) >= 3);
        QCOMPARE(output->horizontalScrollBar()->maximum(), 0);
        // Every wrapped line shows: the cell is as tall as they are.
        QTRY_VERIFY2(output->height() >= output->visualLineCount(100) * lineHeight,
                     qPrintable(QStringLiteral("%1 px for %2 lines")
                                    .arg(output->height())
                                    .arg(output->visualLineCount(100))));
        const int wrapped = output->visualLineCount(100);
        view.resize(view.width() / 2, view.height());
        QTRY_VERIFY(output->visualLineCount(100) > wrapped);
        QTRY_VERIFY(output->height() >= output->visualLineCount(100) * lineHeight);
        QCOMPARE(output->horizontalScrollBar()->maximum(), 0);
    }

    // Issue 15: the Data panel's summary gave its statistics a third of the dock and cut the
    // Value column. Each value shows whole, with the chart beside when there is room, below
    // when not.
    void theSummaryShowsEveryValueWhole_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow dock") << 300;
        QTest::newRow("wide dock") << 700;
    }
    void theSummaryShowsEveryValueWhole()
    {
        QFETCH(int, width);
        ColumnSummaryView summary;
        summary.resize(width, 400);
        // Filled while hidden (the Data tab behind another), as the window does.
        summary.showSummary(
            QJsonObject{{QStringLiteral("column"), QStringLiteral("region")},
                        {QStringLiteral("dtype"), QStringLiteral("object")},
                        {QStringLiteral("count"), 1234567},
                        {QStringLiteral("missing"), 0},
                        {QStringLiteral("unique"), 4},
                        {QStringLiteral("top"),
                         QJsonArray{QJsonArray{QStringLiteral("North-West Europe"), 412345},
                                    QJsonArray{QStringLiteral("South"), 3}}}});
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        QTreeWidget *stats = summary.statsView();
        QTRY_VERIFY(stats->width() > 0);
        QCoreApplication::processEvents();
        QHeaderView *header = stats->header();
        const int wanted = static_cast<QAbstractItemView *>(stats)->sizeHintForColumn(1);
        QTRY_VERIFY2(stats->viewport()->width() >= header->sectionSize(0) + wanted,
                     qPrintable(QStringLiteral("%1 px for %2 + %3")
                                    .arg(stats->viewport()->width())
                                    .arg(header->sectionSize(0))
                                    .arg(wanted)));
        // The chart keeps a readable width, beside the statistics or below them.
        QTRY_VERIFY(summary.findChild<QChartView *>()->width() >= 160);
    }

    // Issue 15: cell numbers were positions, so an insert above renamed every run. A cell shows
    // its run's execution count, [*] while it waits or runs, [ ] before it ran.
    void theExecutionCountFollowsTheCellNotItsRow()
    {
        CellModel model;
        model.setNotebook({NotebookCell(), NotebookCell()});
        CellListView view(&model);
        QCOMPARE(view.cellWidget(0)->executionCountLabel()->text(), QStringLiteral("[ ]"));
        model.markQueued(1);
        QCOMPARE(view.cellWidget(1)->executionCountLabel()->text(), QStringLiteral("[*]"));
        model.markRunning(1);
        QCOMPARE(view.cellWidget(1)->executionCountLabel()->text(), QStringLiteral("[*]"));
        RunRecord run;
        run.id = 40;
        run.cellIndex = 7;
        run.status = RunStatus::Ok;
        model.setExecutionCount(1, 7);
        model.finishRun(1, run);
        QCOMPARE(view.cellWidget(1)->executionCountLabel()->text(), QStringLiteral("[7]"));
        model.insertCell(0);
        model.insertCell(0);
        QCOMPARE(view.cellWidget(3)->executionCountLabel()->text(), QStringLiteral("[7]"));
        QCOMPARE(model.data(model.index(3), CellModel::ExecutionCountRole).toInt(), 7);
        QCOMPARE(view.cellWidget(0)->executionCountLabel()->text(), QStringLiteral("[ ]"));
    }

    // Issue 15: Markdown cells were shown as code and flagged "invalid syntax".
    void aMarkdownCellIsRenderedAndEditedOnDoubleClick()
    {
        CellModel model;
        NotebookCell markdown;
        markdown.kind = NotebookCell::Kind::Markdown;
        markdown.source = QStringLiteral("# Sales by region\n\nThe **totals** per region.\n");
        model.setNotebook({markdown, NotebookCell()});
        CellListView view(&model);
        view.resize(700, 500);
        view.show();
        QApplication::setActiveWindow(&view); // focus moves only in the active window
        QVERIFY(QTest::qWaitForWindowActive(&view));
        CellWidget *cell = view.cellWidget(0);
        QVERIFY(cell->markdownView()->isVisible());
        QVERIFY(!cell->editor()->isVisible());
        const QString rendered = cell->markdownView()->document()->toPlainText();
        QVERIFY2(rendered.startsWith(QStringLiteral("Sales by region")), qPrintable(rendered));
        QVERIFY(!rendered.contains(QLatin1Char('#')) && !rendered.contains(QLatin1Char('*')));
        QCOMPARE(cell->markdownView()->document()->firstBlock().blockFormat().headingLevel(), 1);
        // Double-click edits; leaving the editor renders the new text.
        QTest::mouseDClick(cell->markdownView()->viewport(), Qt::LeftButton);
        QVERIFY(cell->isEditingMarkdown());
        QTRY_VERIFY(cell->editor()->isVisible());
        QVERIFY(!cell->markdownView()->isVisible());
        cell->editor()->selectAll();
        cell->editor()->insertPlainText(QStringLiteral("## Notes"));
        QCOMPARE(model.cell(0).source.source, QStringLiteral("## Notes"));
        view.setCurrentRow(1); // focus moves to the code cell below
        QTRY_VERIFY(cell->markdownView()->isVisible());
        QCOMPARE(cell->markdownView()->document()->toPlainText(), QStringLiteral("Notes"));
        QCOMPARE(cell->markdownView()->document()->firstBlock().blockFormat().headingLevel(), 2);
    }

    // Everything from the worker is untrusted: HTML and Markdown render without fetching
    // anything (remote or local) and without running a script.
    void untrustedHtmlFetchesNothingAndRunsNothing()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString localImage = dir.filePath(QStringLiteral("secret.png"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(localImage));
        const QString remote = QStringLiteral("http://127.0.0.1:%1/x.png").arg(server.serverPort());
        SafeTextBrowser view;
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSafeHtml(QStringLiteral("<p>before</p><img src=\"%1\"><img src=\"%2\">"
                                        "<link rel=\"stylesheet\" href=\"%1.css\">"
                                        "<script>document.write('ran')</script><p>after</p>")
                             .arg(remote, QUrl::fromLocalFile(localImage).toString()));
        view.grab(); // paint it: images are asked for when laid out and drawn
        QCoreApplication::processEvents();
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(0));
        const QString text = view.document()->toPlainText();
        QVERIFY2(!text.contains(QStringLiteral("ran")) &&
                     !text.contains(QStringLiteral("document.write")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("before")) && text.contains(QStringLiteral("after")));
        // Both images were asked for and refused: neither became a picture in the document.
        QCOMPARE(view.refusedResources().size() >= 2, true);
        const QVariant loaded = view.document()->resource(QTextDocument::ImageResource,
                                                          QUrl::fromLocalFile(localImage));
        QVERIFY(loaded.value<QImage>().isNull());
        // Markdown the same, and its raw HTML stays text.
        view.setSafeMarkdown(QStringLiteral("![x](%1)\n\n<b>bold?</b>").arg(remote));
        view.grab();
        QCoreApplication::processEvents();
        QVERIFY(!server.waitForNewConnection(0));
    }

    // Issue 15: tracebacks were uncoloured walls with pandas' internals. The message and the
    // cell's frames come first; library frames fold into one line; the cell's line is known.
    void aTracebackFoldsLibraryFramesAndFindsTheCellsLine()
    {
        const QString stderrText =
            QStringLiteral("Note: line 1: %matplotlib inline changes nothing here\n"
                           "Traceback (most recent call last):\n"
                           "  File \"/usr/lib/python3/dist-packages/pandas/core/indexes/base.py\", "
                           "line 3653, in get_loc\n"
                           "    return self._engine.get_loc(casted_key)\n"
                           "KeyError: 'zz'\n"
                           "\n"
                           "The above exception was the direct cause of the following exception:\n"
                           "\n"
                           "Traceback (most recent call last):\n"
                           "  File \"<cell 4>\", line 3, in <module>\n"
                           "    df['zz']\n"
                           "    ~~^^^^^^\n"
                           "  File \"/usr/lib/python3/dist-packages/pandas/core/frame.py\", line "
                           "3761, in __getitem__\n"
                           "    indexer = self.columns.get_loc(key)\n"
                           "  File \"/usr/lib/python3/dist-packages/pandas/core/indexes/base.py\", "
                           "line 3655, in get_loc\n"
                           "    raise KeyError(key) from err\n"
                           "KeyError: 'zz'\n");
        const ParsedTraceback parsed = parseTraceback(stderrText);
        QCOMPARE(parsed.before,
                 QStringLiteral("Note: line 1: %matplotlib inline changes nothing here\n"));
        QCOMPARE(parsed.blocks.size(), 2);
        QCOMPARE(parsed.blocks.last().frames.size(), 3);
        QCOMPARE(parsed.failingLine(4), 3);
        QCOMPARE(parsed.failingLine(5), 0); // another run's cell
        QCOMPARE(parsed.errorSummary(), QStringLiteral("KeyError: 'zz'"));
        QCOMPARE(libraryOfFrame(parsed.blocks.last().frames.at(1).file), QStringLiteral("pandas"));

        CellModel model;
        NotebookCell cell;
        cell.source =
            QStringLiteral("import pandas as pd\ndf = pd.DataFrame({'a': [1]})\ndf['zz']\n");
        model.setNotebook({cell});
        CellListView view(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunRecord run;
        run.id = 9;
        run.cellIndex = 4;
        run.code = cell.source;
        run.status = RunStatus::Error;
        run.stderrText = stderrText;
        model.markRunning(0);
        model.finishRun(0, run);
        CellWidget *widget = view.cellWidget(0);
        TracebackView *traceback = widget->tracebackView();
        QVERIFY(traceback->isVisible());
        QCOMPARE(traceback->foldedFrameCount(), 3);
        const QString shown = traceback->document()->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("KeyError: 'zz'")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("cell [4], line 3")));
        // The exception that ended the cell first, the one it came from after it.
        QVERIFY(shown.indexOf(QStringLiteral("cell [4], line 3")) <
                shown.indexOf(QStringLiteral("It was caused by this exception")));
        QVERIFY(shown.contains(QStringLiteral("df['zz']")));
        QVERIFY(!shown.contains(QStringLiteral("indexer = self.columns")));
        QVERIFY(shown.contains(QStringLiteral("library frame")));
        // The printed note stays with the printed text, not in the traceback.
        QVERIFY(widget->output()->toPlainText().contains(QStringLiteral("%matplotlib")) ||
                widget->output()->pendingChars() > 0);
        // Unfolded, the library frames are there in order.
        traceback->setLibraryFramesShown(true);
        QVERIFY(traceback->document()->toPlainText().contains(
            QStringLiteral("indexer = self.columns")));
        // The failing line is marked in the editor like a refusal.
        CodeEditor *editor = widget->editor();
        QCOMPARE(editor->violations().size(), 1);
        QCOMPARE(editor->violations().first().line, 3);
        const int line3 = editor->document()->findBlockByNumber(2).position();
        QVERIFY(editor->violationAt(line3).contains(QStringLiteral("KeyError")));
    }

    // Figures sit in the cell at its width (never enlarged), and a click asks for the panel.
    void aFigureIsShownAtTheCellsWidth()
    {
        CellModel model;
        model.setNotebook({NotebookCell()});
        CellListView view(&model);
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QImage image(1200, 600, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(image.save(&buffer, "PNG"));
        RunRecord run;
        run.id = 5;
        run.cellIndex = 1;
        run.status = RunStatus::Ok;
        Figure figure;
        figure.data = png;
        run.figures.append(figure);
        model.markRunning(0);
        model.finishRun(0, run);
        CellWidget *cell = view.cellWidget(0);
        QCOMPARE(cell->figureCount(), 1);
        InlineFigure *shown = cell->figures().first();
        QTRY_VERIFY(shown->isVisible());
        QTRY_VERIFY(shown->width() < 600 && shown->width() > 400);
        const int margins = 2 * figurecard::kMargin;
        QTRY_COMPARE(shown->height(), qRound((shown->width() - margins) / 2.0) + margins);
        // On its card in either theme: light paper in the margin, the figure itself inside,
        // unchanged (a dark window does not recolour what the cell drew).
        for (const EditorTheme &theme : {EditorTheme::light(), EditorTheme::dark()}) {
            shown->setPalette(theme.windowPalette());
            const QImage card = shown->grab().toImage();
            const QColor margin = card.pixelColor(figurecard::kMargin / 2, card.height() / 2);
            QVERIFY2(margin.lightness() > 240, qPrintable(margin.name()));
            QCOMPARE(card.pixelColor(figurecard::kMargin + 4, card.height() / 2), QColor(Qt::blue));
        }
        QSignalSpy clicked(&view, &CellListView::figureActivated);
        QTest::mouseClick(shown, Qt::LeftButton, {}, QPoint(10, 10));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toLongLong(), 5);
    }

    // Issue 15 item 3: display() and IPython.display's objects show in the cell as what they
    // are, in order between the printed lines: Markdown and HTML rendered (nothing fetched, no
    // script), a PNG at the cell's width, a table with its paged rows or, without a session,
    // the rows recorded with the run.
    void richOutputsShowInOrderBetweenThePrintedText()
    {
        CellModel model;
        model.setNotebook({NotebookCell()});
        CellListView view(&model);
        view.resize(600, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QImage image(1000, 500, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(image.save(&buffer, "PNG"));
        RunRecord run;
        run.id = 9;
        run.cellIndex = 4;
        run.status = RunStatus::Ok;
        run.stdoutText = QStringLiteral("first line\nsecond line\nlast line\n");
        run.result = QStringLiteral("   a\n0  1");
        RichOutput markdown;
        markdown.stdoutAt = 11; // after "first line\n"
        markdown.plain = QStringLiteral("# Totals");
        markdown.markdown = QStringLiteral("# Totals\n\n**three** regions");
        RichOutput html;
        html.stdoutAt = 23; // after "second line\n"
        html.plain = QStringLiteral("bold");
        html.html = QStringLiteral("<b>bold</b><script>document.write('ran')</script>"
                                   "<img src=\"http://127.0.0.1:9/x.png\">");
        RichOutput picture;
        picture.stdoutAt = 23;
        picture.plain = QStringLiteral("[image]");
        picture.png = png;
        picture.pngWidth = 1000;
        picture.pngHeight = 500;
        RichOutput table;
        table.isResult = true;
        table.stdoutAt = run.stdoutText.size();
        table.plain = *run.result;
        table.html = QStringLiteral("<table><tr><th>a</th></tr><tr><td>1</td></tr></table>");
        table.tableName = QStringLiteral("_sb_out4_4");
        table.tableRows = 1;
        table.tableColumns = 1;
        run.richOutputs = {markdown, html, picture, table};
        QList<RichOutputView *> tables;
        connect(&view, &CellListView::richTableShown, this,
                [&tables](RichOutputView *shown) { tables.append(shown); });
        model.markRunning(0);
        model.finishRun(0, run);
        CellWidget *cell = view.cellWidget(0);
        // Before the first output only its text; the table result replaces "Out[4]:".
        QTRY_VERIFY(cell->output()->isVisible());
        QTRY_COMPARE(cell->output()->toPlainText().trimmed(), QStringLiteral("first line"));
        const QList<RichOutputView *> outputs = cell->richOutputs();
        QCOMPARE(outputs.size(), 4);
        // In the column's order: markdown, "second line", html, image, "last line", table.
        QList<QWidget *> order;
        auto *column = cell->richColumn()->layout();
        for (int i = 0; i < column->count(); ++i)
            order.append(column->itemAt(i)->widget());
        QCOMPARE(order.size(), 6);
        QCOMPARE(order.at(0), static_cast<QWidget *>(outputs.at(0)));
        QCOMPARE(qobject_cast<QLabel *>(order.at(1))->text(), QStringLiteral("second line"));
        QCOMPARE(order.at(2), static_cast<QWidget *>(outputs.at(1)));
        QCOMPARE(order.at(3), static_cast<QWidget *>(outputs.at(2)));
        QCOMPARE(qobject_cast<QLabel *>(order.at(4))->text(), QStringLiteral("last line"));
        QCOMPARE(order.at(5), static_cast<QWidget *>(outputs.at(3)));
        QVERIFY(!cell->output()->toPlainText().contains(QStringLiteral("Out[")));
        // Markdown rendered: a heading, bold text, no markup left.
        const QString rendered = outputs.at(0)->browser()->document()->toPlainText();
        QVERIFY2(rendered.contains(QStringLiteral("three regions")), qPrintable(rendered));
        QVERIFY(!rendered.contains(QStringLiteral("**")));
        // HTML: text shown, the script not run nor shown, the remote image refused.
        outputs.at(1)->browser()->grab();
        const QString htmlText = outputs.at(1)->browser()->document()->toPlainText();
        QVERIFY(htmlText.contains(QStringLiteral("bold")));
        QVERIFY(!htmlText.contains(QStringLiteral("ran")) &&
                !htmlText.contains(QStringLiteral("document.write")));
        QVERIFY(!outputs.at(1)->browser()->refusedResources().isEmpty());
        // The image at the cell's width, its aspect kept.
        InlineFigure *shown = outputs.at(2)->image();
        QVERIFY(shown);
        QTRY_VERIFY(shown->width() < 600 && shown->width() > 400);
        QTRY_COMPARE(shown->height(), qRound((shown->width() - 2 * figurecard::kMargin) / 2.0) +
                                          2 * figurecard::kMargin);
        // The table asked for its rows; no session answers here, so the recorded rows show.
        QCOMPARE(tables.size(), 1);
        QVERIFY(tables.first() == outputs.at(3));
        QCOMPARE(cell->resultTable(), outputs.at(3)->table());
        QVERIFY(outputs.at(3)->table()->title()->text().startsWith(QStringLiteral("Out[")));
        outputs.at(3)->showTableFallback(QStringLiteral("gone"));
        QVERIFY(outputs.at(3)->browser()->document()->toPlainText().contains(QLatin1Char('1')));
        // Shown again (an edit), the same widgets stay: tables keep their rows.
        model.setCode(0, QStringLiteral("x = 1"));
        QVERIFY(cell->richOutputs() == outputs);
        // A new run's live output clears them.
        model.markRunning(0);
        cell->appendLiveOutput(QStringLiteral("stdout"), QStringLiteral("again\n"));
        QTRY_VERIFY(cell->richOutputs().isEmpty());
    }

    // Issue 15: an undone cell still showed a green "ok".
    void anUndoneCellSaysSo()
    {
        CellModel model;
        model.setNotebook({NotebookCell()});
        CellListView view(&model);
        RunRecord run;
        run.id = 3;
        run.status = RunStatus::Ok;
        model.markQueued(0);
        model.markRunning(0);
        model.finishRun(0, run);
        QCOMPARE(view.cellWidget(0)->badge()->text(), QStringLiteral("ok"));
        model.markUndone(0);
        QCOMPARE(view.cellWidget(0)->badge()->text(), QStringLiteral("undone"));
        QCOMPARE(model.data(model.index(0), CellModel::StatusRole).toString(),
                 QStringLiteral("undone"));
        run.id = 4; // run again: its new verdict replaces "undone"
        model.markRunning(0);
        model.finishRun(0, run);
        QCOMPARE(view.cellWidget(0)->badge()->text(), QStringLiteral("ok"));
    }

    // Issue 15: after a run the Variables panel showed old names beside new types until clicked.
    void theVariablesPanelShowsExactlyTheNewVariables()
    {
        const auto variable = [](const QString &name, const QString &type, const QString &repr) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("type"), type},
                               {QStringLiteral("repr"), repr}};
        };
        VariablesPanel panel;
        panel.resize(500, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showVariables(
            {variable(QStringLiteral("a"), QStringLiteral("int"), QStringLiteral("1")),
             variable(QStringLiteral("b"), QStringLiteral("str"), QStringLiteral("'x'")),
             variable(QStringLiteral("c"), QStringLiteral("list"), QStringLiteral("[]"))});
        panel.setCurrentItem(panel.topLevelItem(2));
        // The next run deleted a, rebound c to a frame and added d.
        panel.showVariables(
            {variable(QStringLiteral("b"), QStringLiteral("str"), QStringLiteral("'x'")),
             variable(QStringLiteral("c"), QStringLiteral("DataFrame"), QStringLiteral("frame")),
             variable(QStringLiteral("d"), QStringLiteral("float"), QStringLiteral("2.5"))});
        QStringList shown;
        for (int i = 0; i < panel.topLevelItemCount(); ++i)
            shown.append(panel.topLevelItem(i)->text(0) + QLatin1Char(':') +
                         panel.topLevelItem(i)->text(1) + QLatin1Char(':') +
                         panel.topLevelItem(i)->text(4));
        QCOMPARE(shown,
                 QStringList({QStringLiteral("b:str:'x'"), QStringLiteral("c:DataFrame:frame"),
                              QStringLiteral("d:float:2.5")}));
        QVERIFY(panel.currentItem());
        QCOMPARE(panel.currentItem()->text(0), QStringLiteral("c")); // the selection stayed on c
        QCOMPARE(panel.dataFrames(), QStringList{QStringLiteral("c")});
        QCOMPARE(panel.completionModel()->stringList(),
                 QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }

    // Issue 15: in a narrow dock the Data panel's buttons were clipped to "ummar" and "v…"; what
    // does not fit goes into the tool bar's » menu, and what is shown is shown whole.
    void theDataToolBarOverflowsInsteadOfClipping_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("260 px, the narrowest dock") << 260;
        QTest::newRow("380 px, the dock at 1400 px") << 380;
        QTest::newRow("900 px, floating") << 900;
    }
    void theDataToolBarOverflowsInsteadOfClipping()
    {
        QFETCH(int, width);
        DataPanel panel;
        panel.setMinimumSize(240, 200); // as the window's dock has it
        panel.resize(width, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QToolBar *bar = panel.toolBar();
        QTRY_VERIFY(bar->width() <= width);
        int shown = 0;
        int overflowed = 0;
        for (QAction *action : bar->actions()) {
            QWidget *widget = bar->widgetForAction(action);
            if (!widget || action->isSeparator())
                continue;
            if (!widget->isVisible()) {
                ++overflowed;
                continue;
            }
            ++shown;
            const QRect inBar(widget->mapTo(bar, QPoint(0, 0)), widget->size());
            QVERIFY2(bar->rect().contains(inBar),
                     qPrintable(QStringLiteral("%1 sticks out of the bar").arg(action->text())));
            if (qobject_cast<QToolButton *>(widget))
                QVERIFY2(widget->width() >= widget->sizeHint().width(),
                         qPrintable(QStringLiteral("%1 is clipped").arg(action->text())));
        }
        QVERIFY(shown > 0);
        // The » button is there exactly when something did not fit.
        auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension);
        QCOMPARE(extension->isVisible(), overflowed > 0);
        if (width >= 900)
            QCOMPARE(overflowed, 0);
    }

    void theCellModelInsertsMovesDuplicatesAndRemoves()
    {
        CellModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy edited(&model, &CellModel::notebookEdited);
        model.setNotebook(parsePercentFormat(QStringLiteral("# %%\na = 1\n# %%\nb = 2\n")));
        QCOMPARE(model.rowCount(), 2);
        const quint64 firstId = model.cell(0).id;
        QCOMPARE(model.insertCell(2, NotebookCell::Kind::Code, QStringLiteral("c = 3")), 2);
        QVERIFY(model.moveCell(2, 0));
        QCOMPARE(model.cell(0).source.source, QStringLiteral("c = 3"));
        QCOMPARE(model.rowOfId(firstId), 1);
        QVERIFY(model.moveCell(0, 2));
        QCOMPARE(model.cell(2).source.source, QStringLiteral("c = 3"));
        QCOMPARE(model.duplicateCell(0), 1);
        QCOMPARE(model.cell(1).source.source, QStringLiteral("a = 1"));
        QVERIFY(model.cell(1).id != model.cell(0).id);
        QVERIFY(model.removeCell(1));
        QVERIFY(!model.moveCell(0, 5));
        model.setData(model.index(1), QStringLiteral("b = 20"));
        QCOMPARE(model.data(model.index(1), CellModel::CodeRole).toString(),
                 QStringLiteral("b = 20"));
        QCOMPARE(edited.size(), 6);
        QCOMPARE(writePercentFormat(model.notebook()),
                 // The old last cell's final newline now separates it from the new cell.
                 QStringLiteral("# %%\na = 1\n# %%\nb = 20\n\n# %%\nc = 3\n"));

        RunRecord run;
        run.id = 7;
        run.code = QStringLiteral("a = 1");
        run.status = RunStatus::PendingReview;
        model.markQueued(0);
        QCOMPARE(model.data(model.index(0), CellModel::StateRole).toInt(),
                 int(Cell::State::Queued));
        model.markRunning(0);
        model.finishRun(0, run);
        QCOMPARE(model.data(model.index(0), CellModel::StatusRole).toString(),
                 QStringLiteral("pending_review"));
        QVERIFY(!model.cell(0).editedSinceRun);
        model.setCode(0, QStringLiteral("a = 2"));
        QVERIFY(model.cell(0).editedSinceRun);

        // Opening another notebook resets the model; its first and last cells can go.
        model.setNotebook(
            parsePercentFormat(QStringLiteral("# %%\nx = 1\n# %%\ny = 2\n# %%\nz\n")));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.removeCell(2));
        QVERIFY(model.removeCell(0));
        QCOMPARE(model.cell(0).source.source, QStringLiteral("y = 2"));
        QCOMPARE(model.insertCell(0, NotebookCell::Kind::Code, QStringLiteral("w = 0")), 0);
        QVERIFY(model.moveCell(1, 0));
        QCOMPARE(model.cell(0).source.source, QStringLiteral("y = 2"));
        model.setNotebook({});
        QCOMPARE(model.rowCount(), 0);
    }

    void theNotebookAutosavesAndRecoversAfterACrash()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        const QString path = dir.filePath(QStringLiteral("nb.py"));
        QVERIFY(test::writeFile(path, "# %%\nx = 1\n"));
        {
            CellModel model;
            NotebookDocument document(&model, recovery);
            QString error;
            QVERIFY2(test::openDocument(document, path, &error), qPrintable(error));
            document.setAutosaveInterval(10);
            QSignalSpy modified(&document, &NotebookDocument::modifiedChanged);
            model.setCode(0, QStringLiteral("x = 2"));
            QCOMPARE(modified.size(), 1);
            QTRY_VERIFY(QFile::exists(document.recoveryCopyPath()));
            // The session "crashes": the document goes without a save, its copy stays.
            document.setModified(true);
        }
        CellModel model;
        NotebookDocument document(&model, recovery);
        const auto pending = document.pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().originalPath, QFileInfo(path).absoluteFilePath());
        QString error;
        QVERIFY2(test::recoverDocument(document, pending.first(), &error), qPrintable(error));
        QCOMPARE(model.cell(0).source.source, QStringLiteral("x = 2"));
        QVERIFY(document.isModified());
        QCOMPARE(test::readFile(path), QByteArray("# %%\nx = 1\n")); // untouched until saved
        QVERIFY2(test::saveDocument(document, &error), qPrintable(error));
        QCOMPARE(test::readFile(path), QByteArray("# %%\nx = 2\n"));
        document.finishWrites(); // the copy's removal is queued behind the save
        QVERIFY(document.pendingRecoveries().isEmpty());
    }

    void aBadFileIsRefusedWithAReason()
    {
        QTemporaryDir dir;
        CellModel model;
        NotebookDocument document(&model, dir.filePath(QStringLiteral("r")));
        QString error;
        QVERIFY(!test::openDocument(document, dir.filePath(QStringLiteral("missing.py")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.py")));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("latin1.py")), "x = '\xe9'\n"));
        QVERIFY(!test::openDocument(document, dir.filePath(QStringLiteral("latin1.py")), &error));
        QVERIFY(error.contains(QStringLiteral("UTF-8")));
    }

    // print('x' * 50_000_000): one line of megabytes would be laid out whole on every batch
    // (the window froze for a second); the view shows its head and says where the rest is,
    // whether the line comes at once or in pieces, and the lines after it as they are.
    void aHugeOutputLineIsCutWithANote()
    {
        OutputView view;
        view.setFitsContent(true);
        view.resize(600, 300);
        view.show();
        view.appendText(QString(3 * 1024 * 1024, QLatin1Char('x')));
        for (int i = 0; i < 100; ++i)
            view.appendText(QString(5000, QLatin1Char('y'))); // the same line, still going
        view.appendText(QStringLiteral("\nafter\n") + QString(20, QLatin1Char('z')));
        QVERIFY(view.pendingChars() < 2 * OutputView::kMaxLineChars);
        QTRY_COMPARE(view.pendingChars(), 0);
        const QTextBlock first = view.document()->firstBlock();
        QVERIFY(first.text().startsWith(QString(OutputView::kMaxLineChars, QLatin1Char('x'))));
        QVERIFY(!first.text().contains(QStringLiteral("yyyy")));
        QVERIFY(first.text().size() < OutputView::kMaxLineChars + 400);
        QVERIFY2(first.text().contains(QStringLiteral("run store")),
                 qPrintable(first.text().right(200)));
        QCOMPARE(first.next().text(), QStringLiteral("after"));
        QCOMPARE(first.next().next().text(), QString(20, QLatin1Char('z')));
        // A new run starts with a new line: nothing of the cut is carried over.
        view.clearOutput();
        view.appendText(QString(100, QLatin1Char('w')));
        QTRY_COMPARE(view.pendingChars(), 0);
        QCOMPARE(view.toPlainText(), QString(100, QLatin1Char('w')));
    }

    void aFloodOfOutputIsKeptToItsTailAndShownInBatches()
    {
        OutputView view;
        view.resize(600, 300);
        view.show();
        // 50 MB in 64 KiB pieces, as a stream would bring it.
        const QString line =
            QStringLiteral("%1 ") + QString(93, QLatin1Char('x')) + QLatin1Char('\n');
        QString piece;
        int n = 0;
        while (piece.size() < 64 * 1024)
            piece += line.arg(n++, 6, 10, QLatin1Char('0'));
        const int pieces = 50 * 1024 * 1024 / int(piece.size());
        for (int i = 0; i < pieces; ++i)
            view.appendText(piece);
        view.appendText(QStringLiteral("THE END\n"));
        // Queued, not shown at once: the caller was not held up by layout, and the queue stays
        // bounded (it is trimmed to its tail when it holds twice what the view keeps).
        QVERIFY(view.pendingChars() <= 2 * OutputView::kKeptChars);
        QVERIFY(view.droppedChars() > 40 * 1024 * 1024);
        QSignalSpy caught(&view, &OutputView::caughtUp);
        QVERIFY(caught.wait(30000));
        QVERIFY(view.toPlainText().endsWith(QStringLiteral("THE END\n")));
        QTRY_VERIFY2(view.isAtTail(), qPrintable(QStringLiteral("%1 of %2")
                                                     .arg(view.verticalScrollBar()->value())
                                                     .arg(view.verticalScrollBar()->maximum())));
        QVERIFY(view.blockCount() <= OutputView::kMaxBlocks);
        QVERIFY(view.toPlainText().startsWith(QStringLiteral("[… ")));
    }

    void datasetNamesComeFromFileNames()
    {
        QCOMPARE(DatasetsPanel::suggestName(QStringLiteral("/d/Sales 2025.csv"), {}),
                 QStringLiteral("sales_2025"));
        QCOMPARE(DatasetsPanel::suggestName(QStringLiteral("/d/2025.csv"), {}),
                 QStringLiteral("data_2025"));
        QCOMPARE(DatasetsPanel::suggestName(QStringLiteral("/d/class.json"), {}),
                 QStringLiteral("class_data"));
        QCOMPARE(
            DatasetsPanel::suggestName(QStringLiteral("/e/sales.csv"), {QStringLiteral("sales")}),
            QStringLiteral("sales_2"));
        QVERIFY(DatasetsPanel::isSupportedFile(QStringLiteral("a.parquet")));
        QVERIFY(!DatasetsPanel::isSupportedFile(QStringLiteral("a.exe")));
    }

    // Issue 15: Qt Charts stayed white in the dark theme. A chart follows the palette it is
    // shown in, both ways: its background is the panel's, its title and axis labels readable.
    void chartsFollowTheTheme()
    {
        RunTimelineChart timeline;
        for (const auto kind : {EditorTheme::Kind::Dark, EditorTheme::Kind::Light}) {
            const QPalette palette = EditorTheme::forKind(kind).windowPalette();
            timeline.setPalette(palette);
            for (QChart *chart : {timeline.chart()}) {
                QVERIFY(chart);
                QCOMPARE(chart->theme(), kind == EditorTheme::Kind::Dark ? QChart::ChartThemeDark
                                                                         : QChart::ChartThemeLight);
                const QColor background = chart->backgroundBrush().color();
                QCOMPARE(background, palette.color(QPalette::Window));
                QVERIFY(contrastRatio(chart->titleBrush().color(), background) >= 4.5);
                for (QAbstractAxis *axis : chart->axes())
                    QVERIFY2(contrastRatio(axis->labelsBrush().color(), background) >= 4.5,
                             qPrintable(axis->labelsBrush().color().name() + QLatin1String(" on ") +
                                        background.name()));
            }
        }
    }

    // Issue 15: ISO date columns load as dates, with a way to turn it off per dataset: the
    // Datasets panel's "Dates" box, checked for a dataset added from the window.
    void eachDatasetHasItsDatesSwitch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Sales.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,n\n2024-03-01,1\n");
        file.close();
        DatasetsPanel panel;
        QSignalSpy requested(&panel, &DatasetsPanel::datasetRequested);
        panel.requestFiles({path});
        QCOMPARE(requested.size(), 1);
        const auto added = requested.first().at(0).value<DatasetSpec>();
        QVERIFY2(added.isoDates, "a dataset added in the window loads its dates as dates");
        panel.addDataset(added);
        DatasetSpec asText{QStringLiteral("raw"), path, false};
        panel.addDataset(asText);
        QVERIFY(panel.isoDates(QStringLiteral("sales")));
        QVERIFY(!panel.isoDates(QStringLiteral("raw")));
        QTreeWidgetItem *row = panel.tree()->topLevelItem(0);
        const int datesColumn = panel.tree()->columnCount() - 2; // "Larger than memory" is last
        QCOMPARE(panel.tree()->headerItem()->text(datesColumn), QStringLiteral("Dates"));
        QCOMPARE(row->checkState(datesColumn), Qt::Checked);
        QVERIFY(row->flags() & Qt::ItemIsUserCheckable);

        // Unchecked as the user would: the window hears which dataset and what it wants.
        QSignalSpy changed(&panel, &DatasetsPanel::isoDatesChanged);
        row->setCheckState(datesColumn, Qt::Unchecked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("sales"));
        QCOMPARE(changed.first().at(1).toBool(), false);
        QVERIFY(!panel.isoDates(QStringLiteral("sales")));

        // A rename keeps the dataset's choice.
        row->setText(0, QStringLiteral("sales_2025"));
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().at(0).value<DatasetSpec>().isoDates, false);
        // Hashing and load states change the row without asking for a reload.
        panel.setLoadState(QStringLiteral("sales"), true, QString());
        QCOMPARE(changed.size(), 1);
    }

    // Issue 18: a dataset can be larger than memory, chosen when it is added (Add Dataset Larger
    // Than Memory) and changed per dataset in the panel, like its dates.
    void eachDatasetCanBeReadInBlocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Events.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("n\n1\n");
        file.close();
        DatasetsPanel panel;
        QSignalSpy requested(&panel, &DatasetsPanel::datasetRequested);
        panel.requestFiles({path}, true);
        QCOMPARE(requested.size(), 1);
        const auto added = requested.first().at(0).value<DatasetSpec>();
        QVERIFY2(added.lazy, "added as larger than memory");
        QVERIFY(added.isoDates);
        panel.addDataset(added);
        panel.requestFiles({path});
        QVERIFY(!requested.last().at(0).value<DatasetSpec>().lazy);
        const int lazyColumn = panel.tree()->columnCount() - 1;
        QCOMPARE(panel.tree()->headerItem()->text(lazyColumn),
                 QStringLiteral("Larger than memory"));
        QTreeWidgetItem *row = panel.tree()->topLevelItem(0);
        QCOMPARE(row->checkState(lazyColumn), Qt::Checked);
        QVERIFY(panel.isLazy(QStringLiteral("events")));

        // Unchecked as the user would: the window hears it; the session's own choice does not.
        QSignalSpy changed(&panel, &DatasetsPanel::lazyChanged);
        row->setCheckState(lazyColumn, Qt::Unchecked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("events"));
        QCOMPARE(changed.first().at(1).toBool(), false);
        panel.showLazy(QStringLiteral("events"), true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(panel.isLazy(QStringLiteral("events")));
        // A rename keeps it.
        row->setText(0, QStringLiteral("events_2025"));
        QVERIFY(requested.last().at(0).value<DatasetSpec>().lazy);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
