// A cell's run as an object (issue 14): SessionRunner::submit() hands back a CellRun whose own
// signals carry its status, its live output, a hold for review and its record, so nothing is
// matched to a cell by queue order; interrupt() stops it in every state, also under load and
// before the worker has said that the cell started; queries answer through typed replies.
// Everything here runs through the real worker.
#include "reviewqueue.h"
#include "sessionrunner.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace sandbench;

namespace {

constexpr int kWaitMs = 120000; // a backstop for a hang: every wait ends on a signal

// What one run told its caller, kept outside the run (it deletes itself after finished()).
struct Seen
{
    QList<CellRun::Status> statuses;
    QString output;
    std::optional<RunRecord> record;
    bool recorded = false;
    bool cancelled = false;
    bool interruptRequested = false;
    qint64 heldRunId = 0;
    std::optional<ReviewDecision> rejected;
    std::optional<ReviewDecision> decision; // CellRun::reviewDecision() when it finished
    qint64 heldRunIdAtEnd = 0;              // CellRun::heldRunId() when it finished
    int finishedCalls = 0;
};

void watch(CellRun *run, Seen &seen)
{
    QObject::connect(run, &CellRun::statusChanged, run,
                     [&seen](CellRun::Status status) { seen.statuses.append(status); });
    QObject::connect(run, &CellRun::output, run,
                     [&seen](const QString &, const QString &text) { seen.output += text; });
    QObject::connect(run, &CellRun::heldForReview, run,
                     [&seen](qint64 runId) { seen.heldRunId = runId; });
    QObject::connect(run, &CellRun::rejected, run,
                     [&seen](const ReviewDecision &decision) { seen.rejected = decision; });
    QObject::connect(run, &CellRun::finished, run,
                     [&seen, run](const RunRecord &record, bool recorded) {
                         seen.record = record;
                         seen.recorded = recorded;
                         seen.cancelled = run->wasCancelled();
                         seen.interruptRequested = run->interruptRequested();
                         seen.decision = run->reviewDecision();
                         seen.heldRunIdAtEnd = run->heldRunId();
                         ++seen.finishedCalls;
                     });
}

// Two threads that keep both cores busy while they live: the conditions under which the window's
// Stop was once lost.
class Load
{
public:
    Load()
    {
        for (int i = 0; i < 2; ++i)
            m_threads.emplace_back([this] {
                volatile unsigned long n = 0;
                while (!m_stop.load(std::memory_order_relaxed))
                    n = n + 1;
            });
    }
    ~Load()
    {
        m_stop = true;
        for (std::thread &t : m_threads)
            t.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};

const QString kEndless = QStringLiteral("n = 0\nwhile True:\n    n += 1");

} // namespace

class TestCellRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_session;

    // A fresh session; started: its sandbox armed and datasets loaded before it returns.
    bool startSession(bool waitUntilReady = true)
    {
        m_session.reset();
        QString error;
        if (!m_store)
            m_store = RunStore::open(m_dir.filePath(QStringLiteral("runs.db")), &error);
        if (!m_store) {
            qWarning() << error;
            return false;
        }
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out-%1").arg(++m_sessions));
        m_session = std::make_unique<SessionRunner>(*m_store, config);
        QSignalSpy loaded(m_session.get(), &SessionRunner::datasetsLoaded);
        if (!m_session->start(&error)) {
            qWarning() << error;
            return false;
        }
        return !waitUntilReady || loaded.wait(kWaitMs);
    }

    CellRun *submit(const QString &code, int number, const CodeSource &source = CodeSource(),
                    const RunOptions &options = RunOptions())
    {
        CellRequest request;
        request.cellId = QString::number(number);
        request.code = code;
        request.source = source;
        request.options = options;
        request.number = number;
        return m_session->submit(request);
    }

    int m_sessions = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRunGoesFromQueuedToFinishedWithItsOutputAndItsRecord()
    {
        QVERIFY(startSession());
        Seen seen;
        QPointer<CellRun> run = submit(QStringLiteral("print('hello')\n21 * 2"), 7);
        watch(run, seen);
        QCOMPARE(run->status(), CellRun::Status::Queued);
        QCOMPARE(run->request().number, 7);
        QVERIFY(QTest::qWaitFor([&] { return seen.record.has_value(); }, kWaitMs));
        QCOMPARE(seen.statuses,
                 (QList<CellRun::Status>{CellRun::Status::Running, CellRun::Status::Finished}));
        QCOMPARE(seen.finishedCalls, 1);
        QVERIFY(seen.recorded);
        QCOMPARE(seen.record->status, RunStatus::Ok);
        QCOMPARE(seen.record->result, std::optional<QString>(QStringLiteral("42")));
        QCOMPARE(seen.record->cellIndex, 7); // the number the caller shows
        QVERIFY(seen.record->id > 0);
        // Everything streamed before the reply; the record is the reply's own text.
        QCOMPARE(seen.output, QStringLiteral("hello\n"));
        QCOMPARE(seen.record->stdoutText, QStringLiteral("hello\n"));
        QCOMPARE(m_store->run(seen.record->id)->cellIndex, 7);
        // The session let go of it once it finished.
        QTRY_VERIFY_WITH_TIMEOUT(run.isNull(), kWaitMs);
    }

    void eachRunFinishesInItsOwnObjectWhateverTheOrder()
    {
        QVERIFY(startSession());
        Seen first, dropped, last;
        QList<int> order;
        CellRun *a = submit(QStringLiteral("import time\ntime.sleep(0.5)\nprint('a')\n'A'"), 1);
        CellRun *b = submit(QStringLiteral("print('b')\n'B'"), 2);
        CellRun *c = submit(QStringLiteral("print('c')\n'C'"), 3);
        watch(a, first);
        watch(b, dropped);
        watch(c, last);
        for (auto [run, n] : {std::pair{a, 1}, std::pair{b, 2}, std::pair{c, 3}})
            connect(run, &CellRun::finished, this, [&order, n = n] { order.append(n); });
        b->interrupt(); // the middle one finishes first, without running
        QVERIFY(QTest::qWaitFor([&] { return last.record.has_value(); }, kWaitMs));
        QCOMPARE(order, (QList<int>{2, 1, 3}));
        QCOMPARE(first.record->result, std::optional<QString>(QStringLiteral("'A'")));
        QCOMPARE(first.output, QStringLiteral("a\n"));
        QCOMPARE(first.record->cellIndex, 1);
        QCOMPARE(last.record->result, std::optional<QString>(QStringLiteral("'C'")));
        QCOMPARE(last.output, QStringLiteral("c\n"));
        QCOMPARE(last.record->cellIndex, 3);
        QVERIFY(dropped.cancelled);
        QVERIFY(!dropped.recorded);
        QCOMPARE(dropped.record->status, RunStatus::Interrupted);
        QVERIFY(dropped.output.isEmpty());
        QVERIFY(!dropped.statuses.contains(CellRun::Status::Running));
        QVERIFY(m_session->openRuns().isEmpty());
    }

    void interruptStopsARunInEveryStateUnderLoad()
    {
        Load load;
        for (int round = 0; round < 2; ++round) {
            // Waiting for inputs: the worker is still arming its sandbox.
            QVERIFY(startSession(false));
            Seen waiting;
            CellRun *early = submit(QStringLiteral("print('never')"), 1);
            watch(early, waiting);
            QTRY_COMPARE_WITH_TIMEOUT(early->status(), CellRun::Status::WaitingForInputs, kWaitMs);
            early->interrupt();
            QVERIFY(QTest::qWaitFor([&] { return waiting.record.has_value(); }, kWaitMs));
            QVERIFY(waiting.cancelled);
            QCOMPARE(waiting.record->status, RunStatus::Interrupted);
            QVERIFY(!waiting.statuses.contains(CellRun::Status::Running));

            // Running, stopped the moment it is sent: the worker has not said `started` yet,
            // and the interrupt must wait for that instead of being lost.
            Seen running, queued;
            CellRun *endless = submit(kEndless, 2);
            CellRun *behind = submit(QStringLiteral("print('behind')"), 3);
            watch(endless, running);
            watch(behind, queued);
            connect(endless, &CellRun::statusChanged, endless, [endless](CellRun::Status status) {
                if (status == CellRun::Status::Running)
                    endless->interrupt();
            });
            // Queued: dropped, never runs.
            behind->interrupt();
            QVERIFY(QTest::qWaitFor([&] { return running.record.has_value(); }, kWaitMs));
            QCOMPARE(running.record->status, RunStatus::Interrupted);
            QVERIFY(running.recorded);
            QVERIFY(running.interruptRequested);
            QVERIFY(queued.record.has_value());
            QVERIFY(queued.cancelled);
            QVERIFY(!queued.statuses.contains(CellRun::Status::Running));

            // Running for a while (its process started): interrupted too, and the session
            // goes on.
            Seen later;
            CellRun *loop = submit(kEndless, 4);
            watch(loop, later);
            QVERIFY(QTest::qWaitFor(
                [&] { return later.statuses.contains(CellRun::Status::Running); }, kWaitMs));
            loop->interrupt();
            QVERIFY(QTest::qWaitFor([&] { return later.record.has_value(); }, kWaitMs));
            QCOMPARE(later.record->status, RunStatus::Interrupted);
            Seen after;
            watch(submit(QStringLiteral("'still here'"), 5), after);
            QVERIFY(QTest::qWaitFor([&] { return after.record.has_value(); }, kWaitMs));
            QCOMPARE(after.record->status, RunStatus::Ok);
        }
    }

    void aHeldRunWaitsThenRunsWhenApprovedKeepingItsNumber()
    {
        QVERIFY(startSession());
        m_session->setRunWhenApproved(true);
        const CodeSource llm{CodeOrigin::Llm, QStringLiteral("model-x"), QStringLiteral("ab")};
        Seen seen;
        QPointer<CellRun> run = submit(QStringLiteral("print('approved')"), 4, llm);
        watch(run, seen);
        QVERIFY(QTest::qWaitFor([&] { return seen.heldRunId > 0; }, kWaitMs));
        QCOMPARE(run->status(), CellRun::Status::WaitingForReview);
        QCOMPARE(run->heldRecord().status, RunStatus::PendingReview);
        QCOMPARE(run->heldRecord().cellIndex, 4);
        QVERIFY(!seen.record.has_value()); // still waiting: not finished
        QVERIFY(!m_session->isIdle() || m_session->waitingForReview() == 1);

        QString error;
        auto reviewerStore = RunStore::open(m_store->path(), &error);
        QVERIFY2(reviewerStore, qPrintable(error));
        const auto decision = ReviewQueue(*reviewerStore)
                                  .decide(seen.heldRunId, true, QStringLiteral("rita"),
                                          QStringLiteral("prints only"), &error);
        QVERIFY2(decision, qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return seen.record.has_value(); }, kWaitMs));
        QCOMPARE(seen.record->status, RunStatus::Ok);
        QCOMPARE(seen.record->approvalId, decision->id);
        QCOMPARE(seen.record->cellIndex, 4); // an approved held cell keeps its number
        QCOMPARE(seen.output, QStringLiteral("approved\n"));
        QVERIFY(seen.statuses.contains(CellRun::Status::WaitingForReview));
        QCOMPARE(seen.statuses.last(), CellRun::Status::Finished);
        QVERIFY(!seen.rejected);
        // The run says which decision it ran under, and which run waited for it.
        QVERIFY(seen.decision);
        QCOMPARE(seen.decision->id, decision->id);
        QVERIFY(seen.decision->approved);
        QCOMPARE(seen.heldRunIdAtEnd, seen.heldRunId);
    }

    // MCP's wait (RunOptions::reviewWaitMs): an agent's call is answered in bounded time. Without
    // a decision the run ends with its held record; approved within the wait, the same run goes
    // on and runs, whatever the session's own setting.
    void aBoundedReviewWaitEndsHeldOrRunsWhenApprovedInTime()
    {
        QVERIFY(startSession());
        const CodeSource llm{CodeOrigin::Llm, QStringLiteral("model-x"), QStringLiteral("ef")};
        RunOptions brief;
        brief.reviewWaitMs = 200;
        Seen timedOut;
        watch(submit(QStringLiteral("print('nobody decides')"), 1, llm, brief), timedOut);
        QVERIFY(QTest::qWaitFor([&] { return timedOut.record.has_value(); }, kWaitMs));
        QVERIFY(timedOut.heldRunId > 0); // it did wait
        QVERIFY(timedOut.statuses.contains(CellRun::Status::WaitingForReview));
        QCOMPARE(timedOut.record->status, RunStatus::PendingReview);
        QCOMPARE(timedOut.record->id, timedOut.heldRunId);
        QVERIFY(timedOut.recorded);
        QVERIFY(!timedOut.decision);
        QVERIFY(!timedOut.interruptRequested);
        QVERIFY(timedOut.output.isEmpty());
        QCOMPARE(m_session->waitingForReview(), 0);

        RunOptions patient;
        patient.reviewWaitMs = kWaitMs;
        Seen approved;
        QPointer<CellRun> run =
            submit(QStringLiteral("print('ran after approval')"), 2, llm, patient);
        watch(run, approved);
        QVERIFY(QTest::qWaitFor([&] { return approved.heldRunId > 0; }, kWaitMs));
        QCOMPARE(run->status(), CellRun::Status::WaitingForReview);
        QString error;
        const auto decision = ReviewQueue(*m_store).decide(
            approved.heldRunId, true, QStringLiteral("rita"), QStringLiteral("ok"), &error);
        QVERIFY2(decision, qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return approved.record.has_value(); }, kWaitMs));
        QCOMPARE(approved.finishedCalls, 1);
        QCOMPARE(approved.record->status, RunStatus::Ok);
        QCOMPARE(approved.record->cellIndex, 2);
        QCOMPARE(approved.output, QStringLiteral("ran after approval\n"));
        QVERIFY(approved.decision);
        QCOMPARE(approved.decision->id, decision->id);
        QCOMPARE(approved.heldRunIdAtEnd, approved.heldRunId);
        QVERIFY(approved.record->id != approved.heldRunId);

        // Waits of 0: the run finishes held at once, as without a wait.
        RunOptions none;
        none.reviewWaitMs = 0;
        Seen atOnce;
        watch(submit(QStringLiteral("print('no wait')"), 3, llm, none), atOnce);
        QVERIFY(QTest::qWaitFor([&] { return atOnce.record.has_value(); }, kWaitMs));
        QCOMPARE(atOnce.record->status, RunStatus::PendingReview);
        QVERIFY(!atOnce.statuses.contains(CellRun::Status::WaitingForReview));
        QCOMPARE(atOnce.heldRunId, 0);
    }

    void aHeldRunEndsWhenRejectedOrInterrupted()
    {
        QVERIFY(startSession());
        m_session->setRunWhenApproved(true);
        const CodeSource llm{CodeOrigin::Llm, QStringLiteral("model-x"), QStringLiteral("cd")};
        Seen rejected, stopped;
        watch(submit(QStringLiteral("print('rejected')"), 1, llm), rejected);
        watch(submit(QStringLiteral("print('stopped')"), 2, llm), stopped);
        QVERIFY(QTest::qWaitFor([&] { return rejected.heldRunId > 0 && stopped.heldRunId > 0; },
                                kWaitMs));
        QCOMPARE(m_session->waitingForReview(), 2);

        QString error;
        QVERIFY(ReviewQueue(*m_store).decide(rejected.heldRunId, false, QStringLiteral("rita"),
                                             QStringLiteral("no"), &error));
        QVERIFY(QTest::qWaitFor([&] { return rejected.record.has_value(); }, kWaitMs));
        QVERIFY(rejected.rejected);
        QCOMPARE(rejected.rejected->note, QStringLiteral("no"));
        QVERIFY(rejected.decision);
        QVERIFY(!rejected.decision->approved);
        QCOMPARE(rejected.record->status, RunStatus::PendingReview);
        QCOMPARE(rejected.record->id, rejected.heldRunId);
        QVERIFY(rejected.output.isEmpty());

        // Interrupting a run that waits for review ends its wait; it never runs.
        const QList<CellRun *> open = m_session->openRuns();
        QCOMPARE(open.size(), 1);
        open.first()->interrupt();
        QVERIFY(QTest::qWaitFor([&] { return stopped.record.has_value(); }, kWaitMs));
        QCOMPARE(stopped.record->id, stopped.heldRunId);
        QCOMPARE(stopped.record->status, RunStatus::PendingReview);
        QVERIFY(!stopped.rejected);
        QCOMPARE(m_session->waitingForReview(), 0);
    }

    void queriesAnswerWithTypedReplies()
    {
        QVERIFY(startSession());
        Seen made;
        watch(submit(QStringLiteral("import pandas as pd\n"
                                    "df = pd.DataFrame({'a': [1, 2, 3], 'b': ['x', 'y', 'z']})"),
                     1),
              made);
        QVERIFY(QTest::qWaitFor([&] { return made.record.has_value(); }, kWaitMs));
        QCOMPARE(made.record->status, RunStatus::Ok);

        // Two queries at once: each answers in its own reply.
        QueryReply *variables = m_session->queryVariables();
        QueryReply *header = m_session->queryTablePage(QStringLiteral("df"), 0, 0);
        QueryReply *missing = m_session->queryTablePage(QStringLiteral("nope"), 0, 10);
        QueryReply *check =
            m_session->query({{QStringLiteral("type"), QStringLiteral("check")},
                              {QStringLiteral("code"), QStringLiteral("def broken(:\n    pass")}});
        std::optional<VariablesReply> vars;
        std::optional<TablePageReply> page, none;
        std::optional<CheckReply> checked;
        connect(variables, &QueryReply::finished, this, [&] { vars = variables->variables(); });
        connect(header, &QueryReply::finished, this, [&] { page = header->tablePage(); });
        connect(missing, &QueryReply::finished, this, [&] { none = missing->tablePage(); });
        connect(check, &QueryReply::finished, this, [&] { checked = check->check(); });
        QVERIFY(QTest::qWaitFor([&] { return vars && page && none && checked; }, kWaitMs));

        QVERIFY2(vars->ok, qPrintable(vars->error));
        QStringList names;
        for (const QJsonValue &v : std::as_const(vars->variables))
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        QVERIFY2(names.contains(QStringLiteral("df")), qPrintable(names.join(u',')));
        QVERIFY2(page->ok, qPrintable(page->error));
        QCOMPARE(page->columns.size(), 2);
        QVERIFY(!none->ok);
        QVERIFY(!none->error.isEmpty());
        QVERIFY2(checked->ok, qPrintable(checked->error));
        QVERIFY(!checked->violations.isEmpty());

        // A binary page decodes into rows.
        QueryReply *rows =
            m_session->query({{QStringLiteral("type"), QStringLiteral("table")},
                              {QStringLiteral("name"), QStringLiteral("df")},
                              {QStringLiteral("offset"), 0},
                              {QStringLiteral("limit"), 10},
                              {QStringLiteral("encoding"), QStringLiteral("binary")}});
        std::optional<TablePageReply> binary;
        connect(rows, &QueryReply::finished, this, [&] { binary = rows->tablePage(); });
        QVERIFY(QTest::qWaitFor([&] { return binary.has_value(); }, kWaitMs));
        QVERIFY2(binary->ok, qPrintable(binary->error));
        QVERIFY(binary->page);
        QCOMPARE(binary->page->count(), 3);

        // The editor's queries never wait behind a cell: while one runs, none is sent.
        Seen running;
        CellRun *loop = submit(kEndless, 2);
        watch(loop, running);
        QVERIFY(QTest::qWaitFor([&] { return running.statuses.contains(CellRun::Status::Running); },
                                kWaitMs));
        QCOMPARE(m_session->queryIfIdle({{QStringLiteral("type"), QStringLiteral("complete")},
                                         {QStringLiteral("code"), QStringLiteral("df.")}}),
                 nullptr);
        loop->interrupt();
        QVERIFY(QTest::qWaitFor([&] { return running.record.has_value(); }, kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->workerState() == WorkerClient::State::Ready, kWaitMs);
        QueryReply *completion =
            m_session->queryIfIdle({{QStringLiteral("type"), QStringLiteral("complete")},
                                    {QStringLiteral("code"), QStringLiteral("df.gro")}});
        QVERIFY(completion);
        std::optional<CompletionReply> completions;
        connect(completion, &QueryReply::finished, this,
                [&] { completions = completion->completion(); });
        QVERIFY(QTest::qWaitFor([&] { return completions.has_value(); }, kWaitMs));
        QVERIFY2(completions->ok, qPrintable(completions->error));
        bool groupby = false;
        for (const CompletionItem &item : std::as_const(completions->items))
            groupby = groupby || item.name == QLatin1String("groupby");
        QVERIFY(groupby);
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_GUILESS_MAIN(TestCellRun)
#include "tst_cellrun.moc"
