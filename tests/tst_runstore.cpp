#include "reviewqueue.h"
#include "runhistory.h"
#include "runstore.h"
#include "schema.h"
#include "sha256.h"
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

    void migratesTheFirstSchemaToProvenanceAndSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v1.sql")));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        // Old runs get their code's hash and are found by search; nothing else is invented.
        const auto old = store->run(2);
        QCOMPARE(old->codeSha256, sha256Hex(QByteArrayLiteral("x + 1")));
        QVERIFY(old->codeOrigin.isEmpty());
        QVERIFY(!old->cpuMs);
        QVERIFY(old->inputs.isEmpty());
        const auto found =
            RunHistory(*store).find({QStringLiteral("hi"), 0, QString(), 10, {}, {}});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().runId, 2);
    }

    void migratesTheSecondSchemaKeepingVerdicts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        QVERIFY(createFromSql(path, test::testDataDir() + QStringLiteral("/schema-v2.sql")));
        QString error;
        auto store = RunStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), RunStore::kSchemaVersion);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v2.bak")));
        const auto refused = store->run(3);
        QCOMPARE(refused->status, RunStatus::Rejected);
        QCOMPARE(refused->violations.size(), 1);
        QCOMPARE(refused->profileName, QStringLiteral("strict"));
        QCOMPARE(refused->codeSha256, sha256Hex(QByteArrayLiteral("import os")));
        QVERIFY(refused->stateChanges.isEmpty()); // recorded before there was a guard
        QCOMPARE(store->session(1)->sandbox, QStringLiteral("{\"landlock\": \"on (ABI 3)\"}"));
        QCOMPARE(
            RunHistory(*store).find({QStringLiteral("refused"), 0, QString(), 10, {}, {}}).size(),
            1);
        // The backup is the second schema as it was.
        SqliteConnection backup;
        QVERIFY(backup.open(path + QStringLiteral(".v2.bak"), &error));
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version"), &error).toInt(), 2);
    }

    void provenanceSurvivesTheRoundTrip()
    {
        QTemporaryDir dir;
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("p.db")), &error);
        const qint64 session = store->createSession(QString(), QString(), &error);
        RunRecord parent = sampleRun(session, 1, QStringLiteral("a = 1"));
        QVERIFY(store->recordRun(parent, {}, &error));
        RunRecord run = sampleRun(session, 2, QStringLiteral("a + 1"));
        run.codeOrigin = CodeOrigin::Llm;
        run.llmModel = QStringLiteral("model-x");
        run.llmPromptSha256 = QStringLiteral("feed");
        run.inputs.append(
            {QStringLiteral("d"), QStringLiteral("/d.csv"), 12, 34, QStringLiteral("cafe")});
        run.inputsSha256 = QStringLiteral("beef");
        run.reviewBindsInputs = true;
        run.outputs.append({QStringLiteral("/out/x.csv"), 5, QStringLiteral("f00d")});
        run.environment = QJsonObject{{QStringLiteral("python"), QStringLiteral("3.11.2")}};
        run.limitsSha256 = QStringLiteral("11");
        run.cpuMs = 4.5;
        run.peakRssKb = 65536;
        run.parentRunId = parent.id;
        run.stateChanges = {QStringLiteral("display.float_format"),
                            QStringLiteral("rcParams['figure.dpi']")};
        QVERIFY2(store->recordRun(run, {}, &error), qPrintable(error));
        const auto back = store->run(run.id);
        QCOMPARE(back->codeSha256, sha256Hex(QByteArrayLiteral("a + 1")));
        QCOMPARE(back->codeOrigin, CodeOrigin::Llm);
        QCOMPARE(back->llmModel, run.llmModel);
        QCOMPARE(back->llmPromptSha256, run.llmPromptSha256);
        QCOMPARE(back->inputs, run.inputs);
        QCOMPARE(back->inputsSha256, run.inputsSha256);
        QVERIFY(back->reviewBindsInputs);
        QCOMPARE(back->outputs.size(), 1);
        QCOMPARE(back->outputs.first().sha256, QStringLiteral("f00d"));
        QCOMPARE(back->environment, run.environment);
        QCOMPARE(back->limitsSha256, run.limitsSha256);
        QCOMPARE(back->cpuMs, run.cpuMs);
        QCOMPARE(back->peakRssKb, run.peakRssKb);
        QCOMPARE(back->parentRunId, parent.id);
        QCOMPARE(back->stateChanges, run.stateChanges);
        QVERIFY(store->run(parent.id)->stateChanges.isEmpty());
    }

    // The names come from the worker, whose interpreter the cell shares: whatever it sends, the
    // record holds a bounded list of short one-line strings.
    void stateChangesFromTheWorkerAreBounded()
    {
        QJsonArray hostile{1,
                           QJsonObject{},
                           QStringLiteral("a"),
                           QStringLiteral("a"),
                           QString(1000, QLatin1Char('x')),
                           QStringLiteral("two\nlines\u202e")};
        for (int i = 0; i < 500; ++i)
            hostile.append(QStringLiteral("option.%1").arg(i));
        const QStringList changes = stateChangesFromJson(hostile);
        QCOMPARE(changes.size(), kMaxStateChanges);
        QCOMPARE(changes.at(0), QStringLiteral("a"));
        QCOMPARE(changes.at(1).size(), kMaxStateChangeLength);
        QVERIFY(!changes.at(2).contains(QLatin1Char('\n')));
        QVERIFY(!changes.at(2).contains(QChar(0x202e)));
        QCOMPARE(changes.at(3), QStringLiteral("option.0"));
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
