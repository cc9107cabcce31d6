// Provenance of real runs through SessionRunner and the real worker: every field is filled from
// what actually happened (hashes are checked against the files), lineage follows undo, and the
// review gate holds cells back until a reviewer, in another connection, approves them.
#include "filehashcache.h"
#include "paths.h"
#include "reviewqueue.h"
#include "sessionrunner.h"
#include "sha256.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sandbench;

namespace {

// One live session, and the runs it reported.
class Harness
{
public:
    explicit Harness(const QString &dir) : m_dir(dir) {}

    bool start(SessionConfig config, QString *error)
    {
        m_store = RunStore::open(m_dir + QStringLiteral("/runs.db"), error);
        if (!m_store)
            return false;
        if (config.outputDir.isEmpty())
            config.outputDir = m_dir + QStringLiteral("/out");
        runner = std::make_unique<SessionRunner>(*m_store, config);
        QObject::connect(runner.get(), &SessionRunner::runFinished, runner.get(),
                         [this](const RunRecord &run, bool recorded, const QString &) {
                             if (recorded)
                                 runs.append(run);
                         });
        QSignalSpy loaded(runner.get(), &SessionRunner::datasetsLoaded);
        if (!runner->start(error))
            return false;
        return loaded.wait(60000);
    }

    // Runs one cell and returns its run as the store kept it.
    std::optional<RunRecord> run(const QString &code, int timeoutMs = 0,
                                 const CodeSource &source = CodeSource())
    {
        const qsizetype before = runs.size();
        runner->submit({QString(), code, source, {timeoutMs, {}}, ++m_cell});
        if (!QTest::qWaitFor([&] { return runs.size() > before; }, 60000))
            return std::nullopt;
        return m_store->run(runs.last().id);
    }

    RunStore &store() { return *m_store; }

    std::unique_ptr<SessionRunner> runner;
    QList<RunRecord> runs;

private:
    QString m_dir;
    std::unique_ptr<RunStore> m_store;
    int m_cell = 0;
};

QString fileSha(const QString &path)
{
    return sha256OfFile(path).value_or(QStringLiteral("unreadable"));
}

// A copy of the default profile with the review section replaced.
QString profileWithReview(const QString &dir, const QJsonObject &review)
{
    auto profile = ProfileLoader::load(QStringLiteral("default"), nullptr);
    QJsonObject json = profile->json;
    json.insert(QStringLiteral("name"), QStringLiteral("reviewed"));
    json.insert(QStringLiteral("review"), review);
    const QString path = dir + QStringLiteral("/reviewed.json");
    test::writeFile(path, QJsonDocument(json).toJson());
    return path;
}

} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLargeDatasetIsHashedWhileTheWindowKeepsWorking()
    {
        // Hashing a big file takes seconds: it happens on another thread, the event loop goes on,
        // a cell queued meanwhile waits for the hash and then records it; the file is read once.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block = QByteArray("x,y\n") + QByteArray(1 << 20, '7');
            for (int i = 0; i < 192; ++i)
                file.write(block);
        }
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("runs.db")), &error);
        QVERIFY2(store, qPrintable(error));
        SessionConfig config;
        config.outputDir = dir.filePath(QStringLiteral("out"));
        config.datasets.append({QStringLiteral("big"), big});
        SessionRunner runner(*store, config);
        QSignalSpy finished(&runner, &SessionRunner::runFinished);
        QVERIFY2(runner.start(&error), qPrintable(error));
        QVERIFY(runner.isHashingInputs());
        runner.submit({QString(), QStringLiteral("1 + 1"), {}, {}, 1});
        int turns = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] { turns += runner.isHashingInputs(); });
        ticker.start(0);
        QVERIFY(finished.wait(120000));
        QVERIFY(turns > 0); // the event loop ran while the file was being hashed
        const RunRecord run = finished.first().at(0).value<RunRecord>();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.inputs.size(), 1);
        QCOMPARE(run.inputs.first().sha256, fileSha(big));
        runner.submit({QString(), QStringLiteral("2 + 2"), {}, {}, 2});
        QVERIFY(finished.wait(60000));
        QVERIFY(!runner.isHashingInputs());
        QCOMPARE(finished.last().at(0).value<RunRecord>().inputs.first().sha256, fileSha(big));
    }

    void allowingAFolderWhileACellRunsWaitsForTheCell()
    {
        // Widening the read zone needs a new worker; the running cell must still be answered
        // and the session must go on.
        QTemporaryDir dir;
        Harness h(dir.path());
        QString error;
        QVERIFY2(h.start(SessionConfig(), &error), qPrintable(error));
        const qsizetype before = h.runs.size();
        h.runner->submit(
            {QString(), QStringLiteral("n = 0\nwhile n < 30_000_000:\n    n += 1"), {}, {}, 1});
        // The cell runs once its own process exists; the loop keeps it there for seconds.
        QVERIFY(QTest::qWaitFor(
            [] {
                return !test::descendantsNamed(QCoreApplication::applicationPid(), "sb-cell")
                            .isEmpty();
            },
            60000));
        QCOMPARE(h.runs.size(), before);
        h.runner->allowReading(dir.path());
        QVERIFY(QTest::qWaitFor([&] { return h.runs.size() > before; }, 120000));
        QCOMPARE(h.runs.last().status, RunStatus::Ok);
        const auto next = h.run(QStringLiteral("'still going'"));
        QVERIFY(next);
        QCOMPARE(next->status, RunStatus::Ok);
    }

    void everyFieldComesFromTheRealRun()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("sales.csv"));
        QVERIFY(test::writeFile(csv, "region,revenue\nNorth,10\nSouth,32\n"));
        SessionConfig config;
        config.datasets.append({QStringLiteral("sales"), csv});
        Harness session(dir.path());
        QString error;
        QVERIFY2(session.start(config, &error), qPrintable(error));

        const QString code = QStringLiteral("total = sales.revenue.sum()\nprint(total)");
        const auto first = session.run(code);
        QVERIFY(first);
        QCOMPARE(first->status, RunStatus::Ok);
        QCOMPARE(first->codeSha256, sha256Hex(code.toUtf8()));
        QCOMPARE(first->codeOrigin, CodeOrigin::Typed);
        QCOMPARE(first->inputs.size(), 1);
        const InputFile &input = first->inputs.first();
        QCOMPARE(input.name, QStringLiteral("sales"));
        QCOMPARE(input.path, QFileInfo(csv).absoluteFilePath());
        QCOMPARE(input.size, QFileInfo(csv).size());
        QCOMPARE(input.mtimeNs / 1000000, QFileInfo(csv).lastModified().toMSecsSinceEpoch());
        QCOMPARE(input.sha256, fileSha(csv));
        QCOMPARE(first->inputsSha256, FileHashCache::combinedSha256(first->inputs));
        // Environment: the interpreter and packages the worker reported, its build, the limits.
        QVERIFY(first->environment.value(QStringLiteral("python"))
                    .toString()
                    .startsWith(QStringLiteral("3.")));
        QVERIFY(!first->environment.value(QStringLiteral("packages"))
                     .toObject()
                     .value(QStringLiteral("pandas"))
                     .toString()
                     .isEmpty());
        QCOMPARE(first->environment.value(QStringLiteral("worker_sha256")).toString(),
                 fileSha(paths::workerExecutable()));
        QCOMPARE(first->environment.value(QStringLiteral("limits")).toObject(),
                 session.runner->profile().json.value(QStringLiteral("limits")).toObject());
        QCOMPARE(first->profileSha256, session.runner->profile().sha256);
        QCOMPARE(first->limitsSha256, session.runner->profile().limitsSha256());
        // Execution: resources of the cell's process, times, no parent yet.
        QVERIFY(first->cpuMs && *first->cpuMs >= 0);
        QVERIFY(first->peakRssKb && *first->peakRssKb > 10 * 1024);
        QVERIFY(first->startedAt <= first->finishedAt);
        QCOMPARE(first->parentRunId, 0);
        QCOMPARE(first->approvalId, 0);
        QVERIFY(first->stateChanges.isEmpty());

        const auto second = session.run(QStringLiteral(
            "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nsales.to_csv('copy.csv')"));
        QVERIFY(second);
        QCOMPARE(second->status, RunStatus::Ok);
        QCOMPARE(second->parentRunId, first->id);
        QCOMPARE(second->figures.size(), 1);
        QCOMPARE(second->figures.first().sha256, fileSha(second->figures.first().path));
        QCOMPARE(second->outputs.size(), 1); // the figure is recorded as a figure, not twice
        const OutputFile &output = second->outputs.first();
        QCOMPARE(output.path, session.runner->outputDir() + QStringLiteral("/copy.csv"));
        QCOMPARE(output.sha256, fileSha(output.path));
        QCOMPARE(output.size, QFileInfo(output.path).size());

        // State the cell changed for later cells, as the worker's C++ guard saw it.
        const auto third = session.run(
            QStringLiteral("import pandas as pd\npd.set_option('display.precision', 2)\n"
                           "plt.rcParams['lines.linewidth'] = 3"));
        QVERIFY(third);
        QCOMPARE(third->status, RunStatus::Ok);
        QCOMPARE(third->stateChanges, (QStringList{QStringLiteral("rcParams['lines.linewidth']"),
                                                   QStringLiteral("display.precision")}));
        QCOMPARE(session.store().run(third->id)->stateChanges, third->stateChanges);
    }

    void aChangedDatasetGetsANewHashAndAnUnchangedOneIsNotHashedAgain()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("d.csv"));
        QVERIFY(test::writeFile(csv, "a\n1\n"));
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("cache.db")), &error);
        QVERIFY(store);
        FileHashCache cache(*store);
        const auto before = cache.describe(QStringLiteral("d"), csv, &error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(cache.describe(QStringLiteral("d"), csv, &error)->sha256, before->sha256);
        QCOMPARE(cache.filesHashed(), 1); // the second look was the cache's
        FileHashCache otherProcess(*store);
        QCOMPARE(otherProcess.describe(QStringLiteral("d"), csv, &error)->sha256, before->sha256);
        QCOMPARE(otherProcess.filesHashed(), 0); // the cache lives in the database

        QVERIFY(test::writeFile(csv, "a\n2\n")); // same size: the mtime tells
        QFile touched(csv);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                    QFileDevice::FileModificationTime));
        touched.close();
        const auto after = cache.describe(QStringLiteral("d"), csv, &error);
        QCOMPARE(cache.filesHashed(), 2);
        QVERIFY(after->sha256 != before->sha256);
        QCOMPARE(after->sha256, fileSha(csv));

        // The same through real runs.
        SessionConfig config;
        config.datasets.append({QStringLiteral("d"), csv});
        Harness session(dir.path());
        QVERIFY2(session.start(config, &error), qPrintable(error));
        const auto one = session.run(QStringLiteral("d.a.sum()"));
        QVERIFY(test::writeFile(csv, "a\n2\n3\n"));
        const auto two = session.run(QStringLiteral("d.a.sum()"));
        QVERIFY(one && two);
        QCOMPARE(one->inputs.first().sha256, after->sha256);
        QCOMPARE(two->inputs.first().sha256, fileSha(csv));
        QVERIFY(two->inputsSha256 != one->inputsSha256);
    }

    void lineageFollowsTheSessionStateThroughUndo()
    {
        QTemporaryDir dir;
        Harness session(dir.path());
        QString error;
        QVERIFY2(session.start(SessionConfig(), &error), qPrintable(error));
        const auto a = session.run(QStringLiteral("x = 1"));
        const auto failing = session.run(QStringLiteral("x = 2\nraise ValueError('no')"));
        const auto b = session.run(QStringLiteral("x = 3"));
        QVERIFY(a && failing && b);
        QCOMPARE(failing->parentRunId, a->id); // a failed cell left the state as a made it
        QCOMPARE(b->parentRunId, a->id);
        QSignalSpy undone(session.runner.get(), &SessionRunner::undoFinished);
        session.runner->undo();
        QVERIFY(undone.wait(30000));
        QVERIFY(undone.first().at(0).toBool());
        const auto c = session.run(QStringLiteral("x"));
        QVERIFY(c);
        QCOMPARE(c->result, std::optional<QString>(QStringLiteral("1")));
        QCOMPARE(c->parentRunId, a->id); // undo went back to a's state
    }

    // On-error keep (issue 13): the store records that a failed cell's state was kept, so
    // `show`, `history` and the provenance panel can say it; a run that rolled back does not say
    // it, and the flag never shows up among the environment's keys.
    void aStateKeptAfterAnErrorIsRecorded()
    {
        QTemporaryDir dir;
        Harness session(dir.path());
        QString error;
        QVERIFY2(session.start(SessionConfig(), &error), qPrintable(error));
        const auto a = session.run(QStringLiteral("x = 1"));
        session.runner->setKeepStateOnError(true);
        const auto kept = session.run(QStringLiteral("x = 2\nraise ValueError('late')"));
        const auto b = session.run(QStringLiteral("x"));
        session.runner->setKeepStateOnError(false);
        const auto rolledBack = session.run(QStringLiteral("x = 3\nraise ValueError('no')"));
        QVERIFY(a && kept && b && rolledBack);
        QCOMPARE(kept->status, RunStatus::Error);
        QVERIFY(kept->stateKeptOnError); // as read back from the store
        QVERIFY(!kept->environment.contains(QStringLiteral("state_kept_on_error")));
        QVERIFY(!kept->environment.value(QStringLiteral("python")).toString().isEmpty());
        QCOMPARE(b->result, std::optional<QString>(QStringLiteral("2")));
        QCOMPARE(b->parentRunId, kept->id);
        QVERIFY(!a->stateKeptOnError);
        QVERIFY(!b->stateKeptOnError);
        QCOMPARE(rolledBack->status, RunStatus::Error);
        QVERIFY(!rolledBack->stateKeptOnError);
        // The same through a listing of the session (what `history` reads).
        const QList<RunRecord> all = session.store().runsOfSession(kept->sessionId);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(1).id, kept->id);
        QVERIFY(all.at(1).stateKeptOnError);
        QVERIFY(!all.at(3).stateKeptOnError);
    }

    void aHeldCellInTheWindowPointsAtTheReviewQueue()
    {
        QTemporaryDir dir;
        Harness session(dir.path());
        SessionConfig config;
        config.context = QLatin1String(WorkerContext::Window);
        QString error;
        QVERIFY2(session.start(config, &error), qPrintable(error));
        CodeSource source{CodeOrigin::Llm, QStringLiteral("model-x"), QStringLiteral("ab12")};
        const auto held = session.run(QStringLiteral("print('from the model')"), 0, source);
        QVERIFY(held);
        QCOMPARE(held->status, RunStatus::PendingReview);
        QVERIFY2(held->stderrText.contains(QStringLiteral("Review Queue")),
                 qPrintable(held->stderrText));
        QVERIFY2(!held->stderrText.contains(QStringLiteral("sandbench review")),
                 qPrintable(held->stderrText));
    }

    void llmCodeWaitsUntilApprovedElsewhereThenRunsWithItsApproval()
    {
        QTemporaryDir dir;
        Harness session(dir.path());
        QString error;
        QVERIFY2(session.start(SessionConfig(), &error), qPrintable(error));
        session.runner->setRunWhenApproved(true);
        CodeSource source{CodeOrigin::Llm, QStringLiteral("model-x"), QStringLiteral("ab12")};
        const QString code = QStringLiteral("print('from the model')");
        const auto held = session.run(code, 0, source);
        QVERIFY(held);
        QCOMPARE(held->status, RunStatus::PendingReview);
        QCOMPARE(held->violations.size(), 1);
        QCOMPARE(held->violations.first().rule, QStringLiteral("llm-first-run"));
        QCOMPARE(held->violations.first().layer, QStringLiteral("review"));
        QVERIFY(held->stdoutText.isEmpty()); // it did not run
        // On the command line, the next step is the command that lists what waits.
        QVERIFY2(held->stderrText.contains(QStringLiteral("'sandbench review list'")),
                 qPrintable(held->stderrText));
        QCOMPARE(session.runner->waitingForReview(), 1);

        // A reviewer approves through another connection, as the command line would.
        auto reviewerStore = RunStore::open(session.store().path(), &error);
        QVERIFY(reviewerStore);
        const auto decision = ReviewQueue(*reviewerStore)
                                  .decide(held->id, true, QStringLiteral("rita"),
                                          QStringLiteral("prints only"), &error);
        QVERIFY2(decision, qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return session.runs.size() == 2; }, 30000));
        const auto ran = session.store().run(session.runs.last().id);
        QCOMPARE(ran->status, RunStatus::Ok);
        QCOMPARE(ran->stdoutText, QStringLiteral("from the model\n"));
        QCOMPARE(ran->approvalId, decision->id);
        QCOMPARE(ran->codeOrigin, CodeOrigin::Llm);
        QCOMPARE(ran->llmModel, QStringLiteral("model-x"));
        QCOMPARE(ran->llmPromptSha256, QStringLiteral("ab12"));
        QCOMPARE(session.runner->waitingForReview(), 0);
        // Code that has run before is no longer an LLM's first run.
        const auto again = session.run(code, 0, source);
        QCOMPARE(again->status, RunStatus::Ok);
    }

    void aRaisedLimitNeedsReviewWhereTheProfileSaysSo()
    {
        QTemporaryDir dir;
        SessionConfig config;
        auto profile = ProfileLoader::load(
            profileWithReview(dir.path(), {{QStringLiteral("triggers"),
                                            QJsonArray{QStringLiteral("raised_limits")}}}),
            nullptr);
        QVERIFY(profile);
        config.profile = *profile;
        Harness session(dir.path());
        QString error;
        QVERIFY2(session.start(config, &error), qPrintable(error));
        const auto raised = session.run(QStringLiteral("1 + 1"), 120000);
        QCOMPARE(raised->status, RunStatus::PendingReview);
        QCOMPARE(raised->violations.first().rule, QStringLiteral("raised-limit"));
        QVERIFY(raised->violations.first().message.contains(QStringLiteral("timeout_s")));
        const auto usual = session.run(QStringLiteral("1 + 1"));
        QCOMPARE(usual->status, RunStatus::Ok);
        QVERIFY(usual->limitsSha256 != raised->limitsSha256);
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
