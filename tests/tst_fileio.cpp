// File work off the window's thread (issue 14): the notebook's open, save and autosave, figures
// kept only as files, the provenance panel's look at a run's inputs and a review database run on
// file threads. The window's event loop keeps turning while a file stalls; a save started before
// the window closes is finished first; an open or a save that fails loses nothing and says why.
//
// Where the work ran is read from the log: FileJobs logs every job in sandbench.files on the
// thread that runs it (filejobs.h). A stalled file is a FIFO: opening it blocks until a writer
// comes, exactly as a file on a hung mount does.

#include "cellmodel.h"
#include "documentsupport.h"
#include "figurepanel.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "notebookdocument.h"
#include "provenancepanel.h"
#include "runstore.h"
#include "storethread.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace sandbench;

namespace {

// Every job FileJobs logged while this lives, with the thread that ran it.
class FileJobLog
{
public:
    struct Job
    {
        QString name;
        QThread *thread = nullptr;
    };

    FileJobLog()
    {
        s_self = this;
        QLoggingCategory::setFilterRules(QStringLiteral("sandbench.files.debug=true"));
        m_previous = qInstallMessageHandler(&FileJobLog::handle);
    }
    ~FileJobLog()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }

    QList<Job> jobs() const
    {
        QMutexLocker lock(&m_mutex);
        return m_jobs;
    }
    QStringList names() const
    {
        QStringList names;
        for (const Job &job : jobs())
            names.append(job.name);
        return names;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_self && qstrcmp(context.category, "sandbench.files") == 0) {
            QMutexLocker lock(&s_self->m_mutex);
            s_self->m_jobs.append({message.section(QStringLiteral(" on "), 0, 0).trimmed(),
                                   QThread::currentThread()});
            return;
        }
        if (s_self && s_self->m_previous)
            s_self->m_previous(type, context, message);
    }

    static inline FileJobLog *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QList<Job> m_jobs;
};

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The longest time the event loop went without turning while `busy` was true, from a timer that
// asks to fire every millisecond.
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_longestNs = 0;
        m_ticks = 0;
        m_timer.start();
    }
    double stop()
    {
        m_longestNs = std::max(m_longestNs, m_clock.nsecsElapsed() - m_lastNs);
        m_timer.stop();
        return m_longestNs / 1e6;
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_ticks = 0;
};

} // namespace

class TestFileIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow(const QString &dbName)
    {
        QString error;
        auto store = RunStore::open(m_dir.filePath(dbName), &error);
        if (!store)
            return nullptr;
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out"));
        auto window = std::make_unique<MainWindow>(std::move(store), config);
        window->resize(1024, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static QList<NotebookCell> codeCells(const QStringList &sources)
    {
        QList<NotebookCell> cells;
        for (const QString &source : sources) {
            NotebookCell cell;
            cell.source = source;
            cells.append(cell);
        }
        return cells;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and recent files stay out of ~
        QVERIFY(m_dir.isValid());
    }

    // A notebook on a file that stalls (a FIFO nobody writes yet, as a hung mount): the window
    // keeps turning its event loop and shows the notebook it had until the file is read.
    void aStalledNotebookFileDoesNotFreezeTheWindow()
    {
        auto window = makeWindow(QStringLiteral("stall.db"));
        QVERIFY(window);
        CellModel *cells = testAccess(window).cells();
        cells->setNotebook(codeCells({QStringLiteral("before = 1")}));
        const QString fifo = m_dir.filePath(QStringLiteral("stalled.py"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        // A hang must fail this test, not hold it until CTest's timeout: should openScript()
        // block the window's thread on the FIFO, this thread writes to it after a long
        // backstop (no measurement), which unblocks it, and the test fails on `rescued`.
        std::promise<void> returned;
        std::atomic<bool> rescued = false;
        std::thread rescuer([&, done = returned.get_future()] {
            if (done.wait_for(std::chrono::seconds(120)) == std::future_status::ready)
                return;
            rescued = true;
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
            if (fd >= 0)
                ::close(fd);
        });
        std::optional<QString> answer;
        window->openScript(fifo, [&answer](const QString &error) { answer = error; });
        returned.set_value();
        rescuer.join();
        QVERIFY2(!rescued, "opening a notebook blocked the window's thread");

        // The event loop turns while the file thread waits in open().
        StallMeter meter;
        meter.start();
        QTRY_VERIFY(meter.ticks() >= 20);
        meter.stop();
        QVERIFY(!answer);
        QCOMPARE(cells->rowCount(), 1);
        QCOMPARE(cells->cell(0).source.source, QStringLiteral("before = 1"));

        std::thread writer([fifo] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
            if (fd < 0)
                return;
            const QByteArray text = "# %%\nafter = 2\n# %%\nagain = 3\n";
            [[maybe_unused]] const auto written = ::write(fd, text.constData(), text.size());
            ::close(fd);
        });
        QTRY_VERIFY(answer.has_value());
        writer.join();
        QCOMPARE(*answer, QString());
        QCOMPARE(cells->rowCount(), 2);
        QCOMPARE(cells->cell(0).source.source, QStringLiteral("after = 2"));
        QVERIFY(!testAccess(window).document()->isModified());
    }

    // An open that fails says which file and why, and leaves the notebook, its file name and
    // its unsaved changes exactly as they were.
    void aFailedOpenLeavesTheNotebookAsItWas()
    {
        auto window = makeWindow(QStringLiteral("failedopen.db"));
        QVERIFY(window);
        NotebookDocument *document = testAccess(window).document();
        const QString mine = m_dir.filePath(QStringLiteral("mine.py"));
        QVERIFY(test::writeFile(mine, "# %%\nmine = 1\n"));
        QString error;
        QVERIFY2(openScriptAndWait(window, mine, &error), qPrintable(error));
        testAccess(window).cells()->setCode(0, QStringLiteral("mine = 2  # not saved"));
        QVERIFY(document->isModified());

        const QString missing = m_dir.filePath(QStringLiteral("missing.py"));
        QVERIFY(!openScriptAndWait(window, missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        const QString latin1 = m_dir.filePath(QStringLiteral("latin1.py"));
        QVERIFY(test::writeFile(latin1, "x = '\xe9'\n"));
        QVERIFY(!openScriptAndWait(window, latin1, &error));
        QVERIFY2(error.contains(latin1) && error.contains(QStringLiteral("UTF-8")),
                 qPrintable(error));

        QCOMPARE(testAccess(window).cells()->rowCount(), 1);
        QCOMPARE(testAccess(window).cells()->cell(0).source.source,
                 QStringLiteral("mine = 2  # not saved"));
        QCOMPARE(document->path(), QFileInfo(mine).absoluteFilePath());
        QVERIFY(document->isModified());
        QVERIFY(window->isWindowModified());
    }

    // A save that cannot be written names the file and the way out, and the notebook stays
    // modified and unchanged: nothing is lost.
    void aFailedSaveNamesTheFileAndLosesNothing()
    {
        CellModel model;
        NotebookDocument document(&model, m_dir.filePath(QStringLiteral("recovery-failed")));
        document.newNotebook();
        model.setCode(0, QStringLiteral("keep = 1"));
        QVERIFY(document.isModified());
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/kept.py"));
        QString error;
        QVERIFY(!test::saveDocumentAs(document, path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("Save As")),
                 qPrintable(error));
        QVERIFY(document.isModified());
        QVERIFY(document.path().isEmpty());
        QCOMPARE(model.cell(0).source.source, QStringLiteral("keep = 1"));
    }

    // Quit while a save writes: the window stays until the save is on disk, then closes; a
    // document that goes away right after a save or an autosave started still writes them.
    void aSaveStartedBeforeCloseIsFinished()
    {
        const QString path = m_dir.filePath(QStringLiteral("closing.py"));
        QByteArray expected;
        {
            auto window = makeWindow(QStringLiteral("closing.db"));
            QVERIFY(window);
            testAccess(window).cells()->setNotebook(
                codeCells({QStringLiteral("a = 1"), QStringLiteral("b = 2")}));
            testAccess(window).cells()->setCode(1, QStringLiteral("b = 3"));
            NotebookDocument *document = testAccess(window).document();
            QVERIFY(document->isModified());
            expected = document->text().toUtf8();
            QVERIFY(expected.contains("b = 3"));
            std::optional<QString> answer;
            QObject receiver;
            document->saveAs(path, &receiver, [&answer](const QString &e) { answer = e; });
            QVERIFY(document->isSaving());
            window->close(); // no question: the save that is writing answers it
            QTRY_VERIFY(!window->isVisible());
            QVERIFY(answer.has_value());
            QCOMPARE(*answer, QString());
            QVERIFY(!document->isModified());
        }
        QCOMPARE(test::readFile(path), expected);

        const QString gone = m_dir.filePath(QStringLiteral("gone.py"));
        const QString recovery = m_dir.filePath(QStringLiteral("recovery-gone"));
        QString copy;
        QByteArray first;
        {
            CellModel model;
            NotebookDocument document(&model, recovery);
            document.newNotebook();
            model.setCode(0, QStringLiteral("unsaved = 1"));
            first = document.text().toUtf8();
            document.autosave();
            copy = document.recoveryCopyPath();
            document.saveAs(gone, &document, [](const QString &) {});
            model.setCode(0, QStringLiteral("unsaved = 2")); // after the save took its text
            // Goes now, with both writes queued: its destructor waits for them.
        }
        QVERIFY(first.contains("unsaved = 1"));
        QCOMPARE(test::readFile(gone), first);
        QCOMPARE(test::readFile(copy), first);
    }

    // An edit made while a save writes keeps the notebook modified: the file has the text of
    // when the save started, and the window must not claim the edit was saved.
    void anEditDuringASaveKeepsTheNotebookModified()
    {
        CellModel model;
        NotebookDocument document(&model, m_dir.filePath(QStringLiteral("recovery-edit")));
        document.newNotebook();
        model.setCode(0, QStringLiteral("first = 1"));
        const QByteArray first = document.text().toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("edited.py"));
        std::optional<QString> answer;
        document.saveAs(path, &document, [&answer](const QString &e) { answer = e; });
        model.setCode(0, QStringLiteral("second = 2")); // before the save answered
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QString());
        QCOMPARE(test::readFile(path), first);
        QVERIFY(document.isModified());
        QString error;
        QVERIFY2(test::saveDocument(document, &error), qPrintable(error));
        QVERIFY(!document.isModified());
        QVERIFY(test::readFile(path).contains("second = 2"));
    }

    // Every file job of the window (open, save, autosave, a figure kept as a file, the
    // provenance panel's look at a run's inputs) runs on a file thread, never the window's.
    void theWindowsFileWorkRunsOffItsThread()
    {
        FileJobLog log;
        auto window = makeWindow(QStringLiteral("threads.db"));
        QVERIFY(window);
        NotebookDocument *document = testAccess(window).document();
        const QString path = m_dir.filePath(QStringLiteral("threads.py"));
        QVERIFY(test::writeFile(path, "# %%\nx = 1\n"));
        QString error;
        QVERIFY2(openScriptAndWait(window, path, &error), qPrintable(error));
        testAccess(window).cells()->setCode(0, QStringLiteral("x = 2"));
        document->autosave();
        QVERIFY2(test::saveDocument(*document, &error), qPrintable(error));

        // A figure the run kept only as a file (a run read back from the store).
        const QString png = m_dir.filePath(QStringLiteral("figure.png"));
        QVERIFY(test::writeFile(png, pngBytes(40, 30)));
        RunRecord run;
        run.id = 7;
        run.cellIndex = 1;
        Figure figure;
        figure.path = png;
        run.figures.append(figure);
        FigurePanel *figures = testAccess(window).figurePanel();
        const int before = figures->count();
        figures->addRun(run);
        QTRY_COMPARE(figures->count(), before + 1);

        // A run with an input, recorded in the window's store, shown in the provenance panel.
        const QString csv = m_dir.filePath(QStringLiteral("input.csv"));
        QVERIFY(test::writeFile(csv, "a,b\n1,2\n"));
        StoreThread *store = testAccess(window).store();
        const qint64 runId = store->wait([csv](RunStore &runs) {
            QString why;
            const qint64 session = runs.createSession(QString(), QString(), &why);
            RunRecord recorded;
            recorded.sessionId = session;
            recorded.cellIndex = 1;
            recorded.code = QStringLiteral("1");
            recorded.status = RunStatus::Ok;
            recorded.startedAt = recorded.finishedAt = QDateTime::currentDateTimeUtc();
            InputFile input;
            input.name = QStringLiteral("input");
            input.path = csv;
            input.size = 1; // not what the file has now: the panel marks it changed
            input.sha256 = QString(64, QLatin1Char('0'));
            recorded.inputs.append(input);
            return runs.recordRun(recorded, {}, &why) ? recorded.id : qint64(0);
        });
        QVERIFY(runId > 0);
        ProvenancePanel *provenance = testAccess(window).provenancePanel();
        QSignalSpy shown(provenance, &ProvenancePanel::runShown);
        provenance->showRun(runId);
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().at(1).toBool(), true);

        document->finishWrites();
        const QStringList names = log.names();
        for (const char *expected : {"open notebook", "save notebook", "autosave notebook",
                                     "load figures", "check inputs"})
            QVERIFY2(names.contains(QLatin1String(expected)),
                     qPrintable(names.join(QStringLiteral(", "))));
        for (const FileJobLog::Job &job : log.jobs())
            QVERIFY2(job.thread != QCoreApplication::instance()->thread(),
                     qPrintable(job.name + QStringLiteral(" ran on the window's thread")));
    }

    // Benchmark (printed, not asserted): the longest time the window's event loop stood still
    // while a 200-cell notebook was saved, against writing the same text on the window's
    // thread, as the window did before, measured in the same run.
    void benchmarkTheLongestStallWhileSaving()
    {
        QStringList sources;
        for (int i = 0; i < 200; ++i)
            sources.append(QStringLiteral("value_%1 = sales.groupby('region').revenue.sum()\n")
                               .arg(i)
                               .repeated(1 + i % 20));
        CellModel model;
        NotebookDocument document(&model, m_dir.filePath(QStringLiteral("recovery-bench")));
        model.setNotebook(codeCells(sources));
        const QString path = m_dir.filePath(QStringLiteral("bench.py"));
        constexpr int kRounds = 20;
        double inlineWorst = 0;
        double offWorst = 0;
        StallMeter meter;
        for (int round = 0; round < kRounds; ++round) {
            // The window's way before: text and write on the window's thread, in one go.
            meter.start();
            bool written = false;
            QTimer::singleShot(0, &meter, [&] {
                QSaveFile file(path);
                const QByteArray bytes = document.text().toUtf8();
                if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
                    written = file.commit();
            });
            QTRY_VERIFY(written);
            const int ticks = meter.ticks();
            QTRY_VERIFY(meter.ticks() > ticks); // the gap after the write is measured too
            inlineWorst = std::max(inlineWorst, meter.stop());

            meter.start();
            std::optional<QString> answer;
            document.saveAs(path, &document, [&answer](const QString &e) { answer = e; });
            QTRY_VERIFY(answer.has_value());
            QCOMPARE(*answer, QString());
            offWorst = std::max(offWorst, meter.stop());
        }
        const QByteArray bytes = test::readFile(path);
        qInfo().noquote() << QStringLiteral(
                                 "save of a 200-cell notebook (%1 KiB), %2 rounds: longest GUI "
                                 "stall %3 ms with the file thread, %4 ms written on the GUI "
                                 "thread (ratio %5)")
                                 .arg(bytes.size() / 1024)
                                 .arg(kRounds)
                                 .arg(offWorst, 0, 'f', 2)
                                 .arg(inlineWorst, 0, 'f', 2)
                                 .arg(inlineWorst > 0 ? offWorst / inlineWorst : 0.0, 0, 'f', 2);
    }
};

QTEST_MAIN(TestFileIo)
#include "tst_fileio.moc"
