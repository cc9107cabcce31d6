// The run store shared by processes: two writers at once and readers beside them never see
// "database is locked"; a writer killed with SIGKILL mid-write leaves a database that opens,
// passes integrity_check and holds every run it reported as recorded.
#include "reviewqueue.h"
#include "runhistory.h"
#include "runstore.h"
#include "sqlite.h"
#include "storethread.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace sandbench;

namespace {

QString helperProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/storewriter");
}

QList<qint64> idsIn(const QByteArray &output)
{
    QList<qint64> ids;
    for (const QByteArray &line : output.split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window's store: the work runs on the store's thread, its answer comes back to the
    // caller's thread as a value, and a decision another connection commits (a reviewer in a
    // terminal) is told by changed() without the caller polling.
    void theStoreThreadAnswersOnTheCallersThreadAndTellsOfOtherWriters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thread.db"));
        QString error;
        auto other = RunStore::open(path, &error); // "another process"
        QVERIFY2(other, qPrintable(error));
        auto own = RunStore::open(path, &error);
        QVERIFY2(own, qPrintable(error));
        StoreThread store(std::move(own));
        QVERIFY(store.isThreaded());

        QObject receiver;
        QThread *workThread = nullptr;
        QThread *answerThread = nullptr;
        qint64 sessionId = 0;
        store.call(
            &receiver,
            [&workThread](RunStore &s) {
                workThread = QThread::currentThread();
                return s.createSession(QStringLiteral("threaded"), QString(), nullptr);
            },
            [&](qint64 id) {
                answerThread = QThread::currentThread();
                sessionId = id;
            });
        QTRY_VERIFY_WITH_TIMEOUT(sessionId > 0, 30000);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());
        QVERIFY(other->session(sessionId)); // committed, seen by the other connection

        // A receiver gone before the answer gets nothing (and nothing crashes).
        bool delivered = false;
        {
            QObject gone;
            store.call(
                &gone, [](RunStore &) { return 1; }, [&delivered](int) { delivered = true; });
        }
        bool after = false;
        store.call(
            &receiver, [](RunStore &) { return 2; }, [&after](int) { after = true; });
        QTRY_VERIFY_WITH_TIMEOUT(after, 30000);
        QVERIFY(!delivered);

        // Another connection commits: changed() tells (file event or the slow look).
        store.watchForChanges(500);
        QSignalSpy changed(&store, &StoreThread::changed);
        // Jobs run in order: once this one answers, the first look (the baseline) was taken.
        bool baseline = false;
        store.call(
            &receiver, [](RunStore &) { return true; }, [&baseline](bool) { baseline = true; });
        QTRY_VERIFY_WITH_TIMEOUT(baseline, 30000);
        RunRecord run;
        run.sessionId = sessionId;
        run.code = QStringLiteral("import socket");
        run.status = RunStatus::PendingReview;
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(other->recordRun(run, {}, &error), qPrintable(error));
        QVERIFY(changed.wait(30000));
        const int seen = int(changed.size());
        QVERIFY(
            ReviewQueue(*other).decide(run.id, true, QStringLiteral("rita"), QString(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > seen, 30000);
    }

    // Work posted before the store goes is done before it goes: a run recorded as the window
    // closes is in the database.
    void theStoreThreadFinishesQueuedWorkWhenItGoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("closing.db"));
        QString error;
        auto own = RunStore::open(path, &error);
        QVERIFY2(own, qPrintable(error));
        {
            StoreThread store(std::move(own));
            for (int i = 0; i < 20; ++i) {
                store.post([i](RunStore &s) {
                    s.createSession(QStringLiteral("closing-%1").arg(i), QString(), nullptr);
                });
            }
        }
        auto reopened = RunStore::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->session(20));
    }

    void aWriterKilledMidWriteLosesNothingItReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.db"));
        QProcess writer;
        writer.start(helperProgram(), {path, QStringLiteral("0"), QStringLiteral("victim")});
        QVERIFY(writer.waitForStarted());
        QByteArray reported;
        while (idsIn(reported).size() < 300 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(10000);
            reported += writer.readAllStandardOutput();
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        reported += writer.readAllStandardOutput();
        const QList<qint64> ids = idsIn(reported);
        QVERIFY(ids.size() >= 300);

        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(
            store->connection().scalar(QStringLiteral("PRAGMA integrity_check"), &error).toString(),
            QStringLiteral("ok"));
        for (qint64 id : ids) {
            const auto run = store->run(id);
            QVERIFY2(run, qPrintable(QStringLiteral("run %1 was reported but is gone").arg(id)));
            QCOMPARE(run->inputs.size(), 1); // the run's rows came with it, all or nothing
        }
        // The search index matches the runs table row for row.
        QCOMPARE(store->connection()
                     .scalar(QStringLiteral("SELECT count(*) FROM run_search"), &error)
                     .toLongLong(),
                 store->connection()
                     .scalar(QStringLiteral("SELECT count(*) FROM runs"), &error)
                     .toLongLong());
    }

    void twoProcessesWriteAtOnceWhileAThirdReads()
    {
        QTemporaryDir dir;
        // Both writers start on a database of the first schema: one upgrades, the other waits.
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        {
            SqliteConnection db;
            QString error;
            QVERIFY(db.open(path, &error));
            QVERIFY(db.exec(QString::fromUtf8(test::readFile(test::testDataDir() +
                                                             QStringLiteral("/schema-v1.sql"))),
                            &error));
        }
        constexpr int kRuns = 300;
        QProcess first;
        QProcess second;
        first.start(helperProgram(), {path, QString::number(kRuns), QStringLiteral("alpha")});
        second.start(helperProgram(), {path, QString::number(kRuns), QStringLiteral("beta")});
        QVERIFY(first.waitForStarted() && second.waitForStarted());
        // Meanwhile this process reads and searches, as the window does.
        int reads = 0;
        qint64 reported = 0; // bytes of run ids the writers have printed so far
        QString error;
        QElapsedTimer clock;
        clock.start();
        while ((first.state() != QProcess::NotRunning || second.state() != QProcess::NotRunning) &&
               clock.elapsed() < 120000) {
            auto reader = RunStore::open(path, &error);
            if (reader) {
                const auto found = RunHistory(*reader).find(
                    {QStringLiteral("output"), 0, QString(), 20, {}, {}}, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                ++reads;
            } else {
                QVERIFY2(reader, qPrintable(error));
            }
            // The next read once a writer has recorded another run (it prints the run's id when
            // committed) or both are done: reads keep pace with the writes, whatever the load.
            (void)QTest::qWaitFor(
                [&] {
                    const qint64 now = first.bytesAvailable() + second.bytesAvailable();
                    const bool done = first.state() == QProcess::NotRunning &&
                                      second.state() == QProcess::NotRunning;
                    if (now == reported && !done)
                        return false;
                    reported = now;
                    return true;
                },
                10000);
        }
        QVERIFY(reads > 0);
        for (QProcess *writer : {&first, &second}) {
            const QByteArray err = writer->readAllStandardError();
            QVERIFY2(writer->exitCode() == 0, err.constData());
            QVERIFY2(!err.contains("locked"), err.constData());
            QCOMPARE(idsIn(writer->readAllStandardOutput()).size(), kRuns);
        }
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        // The first schema's two runs, and every run of both writers.
        QCOMPARE(
            store->connection().scalar(QStringLiteral("SELECT count(*) FROM runs"), &error).toInt(),
            2 + 2 * kRuns);
        QCOMPARE(RunHistory(*store).find({QStringLiteral("beta"), 0, QString(), 0, {}, {}}).size(),
                 kRuns);
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
