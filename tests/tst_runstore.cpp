#include "runstore.h"
#include "schema.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

RunRecord sampleRun(qint64 sessionId, int cell, const QString &code)
{
    RunRecord run;
    run.sessionId = sessionId;
    run.cellIndex = cell;
    run.code = code;
    run.status = RunStatus::Ok;
    run.stdoutText = QStringLiteral("printed ü\n");
    run.result = QStringLiteral("42");
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addMSecs(12);
    run.durationMs = 12.5;
    return run;
}

bool createFromSql(const QString &path, const QString &sqlFile)
{
    SqliteConnection db;
    QString error;
    return db.open(path, &error) && db.exec(QString::fromUtf8(test::readFile(sqlFile)), &error);
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsANewDatabaseAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("nested/folder/runs.db"));
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        SqliteConnection raw;
        QVERIFY(raw.open(path, &error));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode"), &error).toString(),
                 QStringLiteral("wal"));
    }

    void keepsRunsAndFiguresAcrossReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.db"));
        QString error;
        qint64 session = 0;
        qint64 runId = 0;
        {
            auto store = RunStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            session = store->createSession(QStringLiteral("/tmp/a.py"), QString(), &error);
            QVERIFY(session > 0);
            QVERIFY(store->setSessionOutputDir(session, dir.path(), &error));
            QVERIFY(store->addSessionDataset(
                session, {QStringLiteral("sales"), QStringLiteral("/d/s.csv")}, &error));
            RunRecord run = sampleRun(session, 1, QStringLiteral("print('hi')\n42"));
            Figure figure;
            figure.data = QByteArray("png-bytes");
            figure.width = 640;
            figure.height = 480;
            run.figures.append(figure);
            const auto writer = [&](RunRecord &r, QString *) {
                r.figures[0].path = dir.filePath(QStringLiteral("run-%1.png").arg(r.id));
                r.figures[0].sha256 = QStringLiteral("abc");
                return true;
            };
            QVERIFY2(store->recordRun(run, writer, &error), qPrintable(error));
            QVERIFY(run.id > 0);
            runId = run.id;
        }
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->code, QStringLiteral("print('hi')\n42"));
        QCOMPARE(run->stdoutText, QStringLiteral("printed ü\n"));
        QCOMPARE(run->result, std::optional<QString>(QStringLiteral("42")));
        QCOMPARE(run->status, RunStatus::Ok);
        QCOMPARE(run->durationMs, 12.5);
        QCOMPARE(run->figures.size(), 1);
        QCOMPARE(run->figures[0].path, dir.filePath(QStringLiteral("run-%1.png").arg(runId)));
        QCOMPARE(run->figures[0].width, 640);
        QCOMPARE(store->session(session)->outputDir, dir.path());
        QCOMPARE(store->sessionDatasets(session).size(), 1);
    }

    void aFailingFigureWriterLeavesNoHalfRecordedRun()
    {
        QTemporaryDir dir;
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("runs.db")), &error);
        const qint64 session = store->createSession(QString(), QString(), &error);
        RunRecord run = sampleRun(session, 1, QStringLiteral("plot()"));
        run.figures.append(Figure());
        const auto failing = [](RunRecord &, QString *e) {
            *e = QStringLiteral("disk full");
            return false;
        };
        QVERIFY(!store->recordRun(run, failing, &error));
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(store->runsOfSession(session).size(), 0);
    }

    void migratesTheFirstSchemaKeepingEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v1.sql")));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        const auto runs = store->runsOfSession(1);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[1].stdoutText, QStringLiteral("hi\n"));
        QCOMPARE(runs[1].figures.size(), 1);
        QCOMPARE(store->session(1)->origin, QStringLiteral("/home/ana/q3.py"));
        QVERIFY(runs[1].violations.isEmpty());
        // The file as it was before the upgrade is kept beside it.
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v1.bak")));
        auto old = RunStore::open(path + QStringLiteral(".v1.bak"), &error);
        QVERIFY(old); // opening the backup upgrades the backup, not the original
        // Violations and the profile survive a round trip.
        RunRecord refused = sampleRun(1, 4, QStringLiteral("import os"));
        refused.status = RunStatus::Rejected;
        refused.violations.append({QStringLiteral("import-not-allowed"), QStringLiteral("no os"), 1,
                                   8, QStringLiteral("static")});
        refused.profileName = QStringLiteral("strict");
        refused.profileSha256 = QStringLiteral("ab12");
        QVERIFY(store->recordRun(refused, {}, &error));
        const auto back = store->run(refused.id);
        QCOMPARE(back->violations, refused.violations);
        QCOMPARE(back->profileName, QStringLiteral("strict"));
        // New runs go on after the old ones.
        RunRecord run = sampleRun(1, 3, QStringLiteral("x"));
        QVERIFY(store->recordRun(run, {}, &error));
        QVERIFY(run.id >= 3);
    }

    void refusesADatabaseFromANewerVersionWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        QVERIFY(RunStore::open(path, nullptr));
        {
            SqliteConnection raw;
            QString error;
            QVERIFY(raw.open(path, &error));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99"), &error));
        }
        const QByteArray before = test::readFile(path);
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Sandbench")), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(test::readFile(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        const QByteArray text("these are my notes, not a database\n");
        QVERIFY(test::writeFile(path, text));
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Sandbench database")), qPrintable(error));
        QCOMPARE(test::readFile(path), text);
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            SqliteConnection raw;
            QString error;
            QVERIFY(raw.open(path, &error));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)"), &error));
        }
        QString error;
        QVERIFY(!RunStore::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    }

    void twoStoresOnOneFileInterleaveWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QString error;
        auto window = RunStore::open(path, &error);
        auto commandLine = RunStore::open(path, &error);
        QVERIFY(window && commandLine);
        const qint64 a = window->createSession(QString(), QString(), &error);
        const qint64 b = commandLine->createSession(QString(), QString(), &error);
        for (int i = 1; i <= 50; ++i) {
            RunRecord ra = sampleRun(a, i, QStringLiteral("a"));
            RunRecord rb = sampleRun(b, i, QStringLiteral("b"));
            QVERIFY2(window->recordRun(ra, {}, &error), qPrintable(error));
            QVERIFY2(commandLine->recordRun(rb, {}, &error), qPrintable(error));
        }
        QCOMPARE(commandLine->runsOfSession(a).size(), 50);
        QCOMPARE(window->runsOfSession(b).size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
