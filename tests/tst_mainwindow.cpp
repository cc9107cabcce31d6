// The first window, offscreen: type code, run it, see output and figure.
#include "codeeditor.h"
#include "figureview.h"
#include "mainwindow.h"
#include "outputview.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

Q_DECLARE_METATYPE(sandbench::RunRecord)

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        QString error;
        auto store = RunStore::open(m_dir.filePath(QStringLiteral("gui.db")), &error);
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
    void initTestCase() { qRegisterMetaType<RunRecord>(); }

    void runsTheEditorsCodeAndShowsOutputAndFigure()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        window->editor()->setFocus();
        QTest::keyClicks(window->editor(), QStringLiteral("print('rows', len(sales))"));
        QTest::keyClick(window->editor(), Qt::Key_Return);
        window->editor()->insertPlainText(QStringLiteral(
            "import matplotlib.pyplot as plt\nsales.groupby('region').revenue.sum().plot.bar()\n"));
        // Ctrl+Enter runs, as the menu says.
        QTest::keyClick(window->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(60000));
        const auto run = shown.first().at(0).value<RunRecord>();
        QCOMPARE(run.status, RunStatus::Ok);
        QVERIFY(window->output()->toPlainText().contains(QStringLiteral("rows 1977")));
        QVERIFY(window->figureView()->hasFigure());
        QCOMPARE(window->figureView()->pixmap().width(), run.figures.first().width);
    }

    void menusAreTranslatedForGermanAndFrench_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("runMenu");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Datei")
                            << QStringLiteral("&Ausführen");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("&Fichier")
                            << QStringLiteral("&Exécution");
    }

    void menusAreTranslatedForGermanAndFrench()
    {
        QFETCH(QString, locale);
        QFETCH(QString, fileMenu);
        QFETCH(QString, runMenu);
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        installTranslations(*QCoreApplication::instance());
        QString error;
        MainWindow window(RunStore::open(m_dir.filePath(QStringLiteral("tr.db")), &error),
                          SessionConfig());
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QLocale::setDefault(previous);
        QVERIFY2(titles.contains(fileMenu), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(runMenu));
    }

    void theInterruptButtonStopsAnEndlessLoopAndKeepsTheState()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        window->editor()->setPlainText(QStringLiteral("x = 1"));
        window->runAction()->trigger();
        QVERIFY(shown.wait(60000));
        window->editor()->setPlainText(QStringLiteral("x = 2\nwhile True:\n    pass"));
        window->runAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->interruptAction()->isEnabled(), 10000);
        QTest::qWait(300);
        window->interruptAction()->trigger();
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).value<RunRecord>().status, RunStatus::Interrupted);
        window->editor()->setPlainText(QStringLiteral("x"));
        window->runAction()->trigger();
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).value<RunRecord>().result,
                 std::optional<QString>(QStringLiteral("1")));
    }

    void allowingAFolderLetsTheCodeReadIt()
    {
        auto window = makeWindow();
        QVERIFY(window);
        const QString folder = m_dir.filePath(QStringLiteral("extra"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/more.csv"), "a\n1\n2\n"));
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
        const QString code =
            QStringLiteral("import pandas as pd\nlen(pd.read_csv('%1/more.csv'))").arg(folder);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        window->editor()->setPlainText(code);
        window->runAction()->trigger();
        QVERIFY(shown.wait(60000));
        QCOMPARE(shown.last().at(0).value<RunRecord>().status, RunStatus::Denied);
        window->allowReadingFolder(folder);
        window->runAction()->trigger();
        QVERIFY(shown.wait(60000));
        const auto run = shown.last().at(0).value<RunRecord>();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.result, std::optional<QString>(QStringLiteral("2")));
    }

    void anErrorIsShownAndTheWindowKeepsWorking()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        window->editor()->setPlainText(QStringLiteral("undefined_name"));
        window->runAction()->trigger();
        QVERIFY(shown.wait(60000));
        QVERIFY(window->output()->toPlainText().contains(QStringLiteral("NameError")));
        window->editor()->setPlainText(QStringLiteral("'still here'"));
        window->runAction()->trigger();
        QVERIFY(shown.wait(60000));
        QVERIFY(window->output()->toPlainText().contains(QStringLiteral("'still here'")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
