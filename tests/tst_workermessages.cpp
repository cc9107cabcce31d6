// The worker's messages in the window's language (issue 15, item 8): the real worker's refusals
// reach a German window in German, a message the catalog does not know stays in the worker's
// English, and a worker's text never acts as a format string.

#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "outputview.h"
#include "testsupport.h"
#include "translations.h"
#include "workermessages.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace sandbench;

Q_DECLARE_METATYPE(sandbench::RunRecord)

class TestWorkerMessages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QLocale m_previous;

    std::unique_ptr<MainWindow> makeWindow()
    {
        QString error;
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("messages.db")), &error);
        if (!store)
            return nullptr;
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out"));
        config.datasets.append({QStringLiteral("sales"), test::sampleSalesCsv()});
        auto window = std::make_unique<MainWindow>(std::move(store), config);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()) || !window->startSession(&error))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunRecord>();
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        installTranslations(*QCoreApplication::instance());
        // The German catalogue is loaded: a window string of its own is German.
        QCOMPARE(QCoreApplication::translate("WorkerMessage", "reading"), QStringLiteral("Lesen"));
    }

    void cleanupTestCase()
    {
        QLocale::setDefault(m_previous);
        installTranslations(*QCoreApplication::instance());
    }

    // The real worker's most frequent refusals, one cell each: every violation's message is one
    // the catalog knows (a reworded worker message fails here instead of turning English in the
    // window), and the cell's refusal line shows it in German.
    void theWorkersRefusalsAreGermanInAGermanWindow()
    {
        struct Case
        {
            QString code;
            QString id;     // the catalog entry the first violation's message matches
            QString german; // a piece of the German text the cell shows
        };
        const QList<Case> cases = {
            {QStringLiteral("total = 1\nimport subprocess"), QStringLiteral("import-not-allowed"),
             QStringLiteral("Der Import von „subprocess“ ist nicht erlaubt: Programme zu "
                            "starten ist in Sandbench nicht möglich")},
            {QStringLiteral("x = 1\ndata = open('/etc/passwd').read()"),
             QStringLiteral("outside-read-zone-hint"),
             QStringLiteral("Lesen /etc/passwd verweigert")},
            {QStringLiteral("import socket"), QStringLiteral("import-not-allowed"),
             QStringLiteral("Netzwerkzugriff ist in Sandbench nicht möglich")},
            {QStringLiteral("names = int.__subclasses__()"), QStringLiteral("refused"),
             QStringLiteral("Der Zugriff auf „.__subclasses__“ wird verweigert: Er erreicht die "
                            "Interna von Python")},
            {QStringLiteral("import os\nos.system('ls')"), QStringLiteral("refused"),
             QStringLiteral("Der Zugriff auf „os.system“ wird verweigert")},
            {QStringLiteral("result = eval('1 + 1')"), QString(), QString()}, // may run
        };
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        for (const Case &c : cases) {
            shown.clear();
            testAccess(window).editor()->setPlainText(c.code);
            testAccess(window).runAction()->trigger();
            QVERIFY(shown.wait(60000));
            const RunRecord run = shown.last().at(0).value<RunRecord>();
            if (run.violations.isEmpty()) {
                QVERIFY2(c.id.isEmpty(), qPrintable(c.code)); // a case that may run (eval)
                continue;
            }
            for (const Violation &v : run.violations) {
                QVERIFY2(!WorkerMessages::idOf(v.message).isEmpty(),
                         qPrintable(QStringLiteral("not in the catalog: ") + v.message));
                QVERIFY2(WorkerMessages::translate(v.message) != v.message, qPrintable(v.message));
            }
            if (c.id.isEmpty())
                continue;
            const Violation first = run.violations.first();
            QCOMPARE(WorkerMessages::idOf(first.message), c.id);
            const QString refusal = testAccess(window).cellView()->cellWidget(0)->refusal()->text();
            QVERIFY2(refusal.contains(c.german), qPrintable(refusal));
            QVERIFY2(!refusal.contains(first.message), qPrintable(refusal));
            // The editor's mark says the same in German.
            CodeEditor *editor = testAccess(window).editor();
            const int at =
                editor->document()->findBlockByNumber(qMax(1, first.line) - 1).position();
            QVERIFY2(editor->violationAt(at).contains(WorkerMessages::translate(first.message)),
                     qPrintable(editor->violationAt(at)));
        }
    }

    // A message of a newer worker, which the catalog does not know, is shown as the worker wrote
    // it; the known one beside it in German, its pieces as plain text.
    void anUnknownMessageStaysInTheWorkersEnglish()
    {
        Cell cell;
        cell.source.source = QStringLiteral("x = 1\ny = 2");
        cell.state = Cell::State::Done;
        RunRecord run;
        run.status = RunStatus::Denied;
        const QString unknown =
            QStringLiteral("a refusal no catalog knows yet (%1 %n {0} <b>not markup</b>)");
        run.violations = {
            {QStringLiteral("brand-new-rule"), unknown, 1, 1, QStringLiteral("audit")},
            {QStringLiteral("timeout"),
             QStringLiteral("wall-clock limit of %2 <i>60</i> s reached"), 2, 0,
             QStringLiteral("limit")}};
        cell.lastRun = run;
        CellWidget widget;
        widget.showCell(cell, 0);
        const QString refusal = widget.refusal()->text();
        QVERIFY2(refusal.contains(unknown), qPrintable(refusal));
        // The piece "%2 <i>60</i>" goes in as it is: not read as a placeholder.
        QVERIFY2(refusal.contains(QStringLiteral("Zeitlimit von %2 <i>60</i> s erreicht")),
                 qPrintable(refusal));
        QCOMPARE(WorkerMessages::idOf(unknown), QString());
        QCOMPARE(WorkerMessages::translate(unknown), unknown);
    }

    // Every message the worker's sources can write for a user (stderr notes, refusals of every
    // layer, the guard's rare messages, the isolation notes of the Provenance panel) is one the
    // catalog knows. The templates are read from the sources themselves, so a new or reworded
    // message fails here, naming its file and line, instead of staying English in the window.
    void everyWorkerTemplateIsInTheCatalog()
    {
        QProcess lister;
        lister.start(QStringLiteral(SANDBENCH_PYTHON),
                     {QStringLiteral(SANDBENCH_SOURCE_DIR) +
                          QStringLiteral("/tests/helpers/worker_message_templates.py"),
                      QStringLiteral(SANDBENCH_SOURCE_DIR)});
        QVERIFY(lister.waitForFinished(120000));
        QVERIFY2(lister.exitCode() == 0, lister.readAllStandardError().constData());
        const QList<QByteArray> lines = lister.readAllStandardOutput().split('\n');

        // A catalog template as a pattern: each placeholder stands for any text.
        const auto loose = [](QString text, const QString &hole) {
            static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
            QString pattern;
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + hole;
                at = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(text.mid(at));
            return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                      QRegularExpression::DotMatchesEverythingOption);
        };
        QList<QRegularExpression> catalog;
        QStringList catalogTexts;
        for (const QString &t : WorkerMessages::templates()) {
            catalog.append(loose(t, QStringLiteral("(.+?)")));
            catalogTexts.append(QString(t).replace(QRegularExpression(QStringLiteral("%[1-9]")),
                                                   QStringLiteral("\x01")));
        }
        // Layer states the Provenance panel words itself (ProvenancePanel::shownValue).
        const QStringList ownWords = {QStringLiteral("on"), QStringLiteral("off")};

        int count = 0;
        QStringList missing;
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject item = QJsonDocument::fromJson(line).object();
            const QString where = item.value(QStringLiteral("where")).toString();
            const QString text = item.value(QStringLiteral("template")).toString();
            QVERIFY2(!text.isEmpty(), line.constData());
            ++count;
            if (ownWords.contains(text))
                continue;
            // Covered when a catalog template reads the worker's (its computed pieces as any
            // text), or the worker's template, its pieces free, reads a catalog template (a
            // piece the worker fills from a table the catalog lists entry by entry).
            bool covered = std::any_of(catalog.cbegin(), catalog.cend(),
                                       [&](const auto &re) { return re.match(text).hasMatch(); });
            if (!covered) {
                QString asPattern = QRegularExpression::escape(text);
                asPattern.replace(QStringLiteral("\\\x01"), QStringLiteral(".+"));
                asPattern.replace(QChar(1), QStringLiteral(".+"));
                const QRegularExpression worker(QRegularExpression::anchoredPattern(asPattern),
                                                QRegularExpression::DotMatchesEverythingOption);
                covered = std::any_of(catalogTexts.cbegin(), catalogTexts.cend(),
                                      [&](const QString &t) { return worker.match(t).hasMatch(); });
            }
            if (!covered)
                missing.append(where + QStringLiteral(": ") +
                               QString(text).replace(QChar(1), QStringLiteral("{}")));
        }
        // The lister found the worker's sinks at all (a moved source tree would list nothing).
        QVERIFY2(count > 80, qPrintable(QString::number(count)));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in core/workermessages.cpp:\n") +
                                               missing.join(QLatin1Char('\n'))));
    }

    // The notes the worker writes around a cell's output reach a German window in German; the
    // cell's own prints and Python's exception text stay as they are.
    void theWorkersNotesAroundTheOutputAreGerman()
    {
        Cell cell;
        cell.source.source = QStringLiteral("import subprocess");
        cell.state = Cell::State::Done;
        RunRecord run;
        run.status = RunStatus::Rejected;
        run.stdoutText = QStringLiteral("The cell was not run:\n"); // the cell's own print
        run.stderrText = QStringLiteral(
            "The cell was not run: the sandbox's check refused it.\n"
            "  line 1, column 0: import of 'subprocess' is not allowed: starting programs is not "
            "possible in Sandbench; do the work in Python instead; the allowed modules are pandas "
            "[import-not-allowed]\n"
            "[... output cut: 1234 more characters not kept ...]\n"
            "ValueError: not a worker message\n");
        cell.lastRun = run;
        CellWidget widget;
        widget.showCell(cell, 0);
        QTRY_VERIFY(widget.output()->pendingChars() == 0 &&
                    !widget.output()->toPlainText().isEmpty());
        const QString shown = widget.output()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Die Zelle wurde nicht ausgeführt: Die Prüfung der "
                                               "Sandbox hat sie abgelehnt.")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("  Zeile 1, Spalte 0: Der Import von „subprocess“ "
                                               "ist nicht erlaubt")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("[import-not-allowed]")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("1234 weitere Zeichen")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("ValueError: not a worker message")),
                 qPrintable(shown));
        // The cell's own print is the cell's text, not the worker's.
        QVERIFY2(shown.startsWith(QStringLiteral("The cell was not run:\n")), qPrintable(shown));
    }

    // While the cell runs, the worker's notes stream in with its prints: they are German at
    // once, not only when the record replaces the live view; what the cell printed stays as
    // it is, in the order it came, a note split over two pieces included.
    void theWorkersNotesAreGermanWhileTheCellRuns()
    {
        CellWidget widget;
        widget.appendLiveOutput(QStringLiteral("stdout"),
                                QStringLiteral("The cell was not run:\n"));
        widget.appendLiveOutput(QStringLiteral("stderr"), QStringLiteral("Note: line 1: %time: "));
        widget.appendLiveOutput(QStringLiteral("stderr"),
                                QStringLiteral("the duration is not printed; the run record "
                                               "keeps each cell's duration\n"));
        widget.appendLiveOutput(QStringLiteral("stdout"), QStringLiteral("printed\n"));
        widget.appendLiveOutput(QStringLiteral("stderr"),
                                QStringLiteral("KeyboardInterrupt: the cell was interrupted\n"));
        const auto text = [&] { return widget.output()->toPlainText(); };
        QTRY_VERIFY2(text().contains(QStringLiteral("printed")) &&
                         widget.output()->pendingChars() == 0 &&
                         text().count(QLatin1Char('\n')) >= 3,
                     qPrintable(text()));
        QStringList lines = text().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("The cell was not run:")); // the cell's print
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Hinweis: Zeile 1: %time: Die Dauer "
                                                          "wird nicht ausgegeben")),
                 qPrintable(text()));
        QCOMPARE(lines.value(2), QStringLiteral("printed"));
        QCOMPARE(lines.value(3), QStringLiteral("KeyboardInterrupt: Die Zelle wurde unterbrochen"));
    }

    // A real worker's note about a magic it skipped, in German (the framing and the note).
    void aRealWorkersNoteIsGerman()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        testAccess(window).editor()->setPlainText(QStringLiteral("%time x = 1"));
        testAccess(window).runAction()->trigger();
        QVERIFY(shown.wait(60000));
        const RunRecord run = shown.last().at(0).value<RunRecord>();
        QVERIFY2(run.stderrText.contains(QStringLiteral("Note: line 1:")),
                 qPrintable(run.stderrText));
        // The record reaches the cell from the store's thread: wait for the cell to show it.
        const auto text = [&] {
            return testAccess(window).cellView()->cellWidget(0)->output()->toPlainText();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            text().contains(QStringLiteral("Hinweis: Zeile 1: %time: Die Dauer wird nicht "
                                           "ausgegeben")),
            qPrintable(text()), 30000);
        QVERIFY2(!text().contains(QStringLiteral("Note: line")), qPrintable(text()));
    }

    void byIdUnknownIdsAndWrongPiecesFallBack()
    {
        const QString english = QStringLiteral("wall-clock limit of 5 s reached");
        QCOMPARE(WorkerMessages::fromId(QStringLiteral("timeout"), {QStringLiteral("5")}, english),
                 QStringLiteral("Zeitlimit von 5 s erreicht"));
        QCOMPARE(
            WorkerMessages::fromId(QStringLiteral("no-such-id"), {QStringLiteral("5")}, english),
            english);
        QCOMPARE(WorkerMessages::fromId(QStringLiteral("timeout"), {}, english), english);
        QCOMPARE(WorkerMessages::fromId(QStringLiteral("timeout"),
                                        {QStringLiteral("5"), QStringLiteral("6")}, english),
                 english);
        // Nested pieces: the action and the next step are translated, the path is not.
        QCOMPARE(WorkerMessages::translate(QStringLiteral(
                     "moving to /data/reading refused: /data/reading is outside the output folder "
                     "/out; save into the output folder with a relative name instead, for example "
                     "df.to_csv('report.csv')")),
                 QStringLiteral("Verschieben nach /data/reading verweigert: /data/reading liegt "
                                "außerhalb des Ausgabeordners /out; speichern Sie stattdessen mit "
                                "einem relativen Namen in den Ausgabeordner, zum Beispiel "
                                "df.to_csv('report.csv')"));
    }
};

QTEST_MAIN(TestWorkerMessages)
#include "tst_workermessages.moc"
