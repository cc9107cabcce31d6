// The notebook in core (issue 14, item 2): cells with stable ids and the run-all / stop /
// run-stale logic the window, `sandbench run` and `serve` all drive. Every run goes through the
// real worker; every wait is on a signal or a condition.
#include "cellmodel.h"
#include "notebook.h"
#include "reviewqueue.h"
#include "sessionrunner.h"
#include "stalerunner.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

constexpr int kWaitMs = 120000; // a backstop for a hang: every wait ends on a signal

NotebookCell code(const QString &source)
{
    NotebookCell cell;
    cell.kind = NotebookCell::Kind::Code;
    cell.source = source;
    return cell;
}

NotebookCell markdown(const QString &source)
{
    NotebookCell cell;
    cell.kind = NotebookCell::Kind::Markdown;
    cell.source = source;
    return cell;
}

// What the notebook said about its cells, in the order it said it, by cell id.
struct Log
{
    QList<quint64> started;
    QList<quint64> finished;
    QList<quint64> dropped;
    QHash<quint64, RunRecord> records;
};

void follow(Notebook &notebook, Log &log)
{
    QObject::connect(&notebook, &Notebook::cellStarted, &notebook,
                     [&log](quint64 id) { log.started.append(id); });
    QObject::connect(&notebook, &Notebook::cellFinished, &notebook,
                     [&log](quint64 id, const RunRecord &run) {
                         log.finished.append(id);
                         log.records.insert(id, run);
                     });
    QObject::connect(&notebook, &Notebook::cellDropped, &notebook,
                     [&log](quint64 id) { log.dropped.append(id); });
}

QList<quint64> ids(const CellModel &cells)
{
    QList<quint64> out;
    for (int row = 0; row < cells.rowCount(); ++row)
        out.append(cells.cell(row).id);
    return out;
}

} // namespace

class TestNotebook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_session;
    int m_sessions = 0;

    // A fresh session with its sandbox armed and datasets loaded.
    bool startSession()
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
        return loaded.wait(kWaitMs);
    }

    static bool waitIdle(Notebook &notebook)
    {
        return QTest::qWaitFor([&] { return !notebook.isBusy(); }, kWaitMs);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void idsFollowTheirCellsThroughInsertMoveDuplicateAndRemove()
    {
        Notebook notebook;
        CellModel &cells = *notebook.cells();
        QAbstractItemModelTester tester(&cells,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        cells.setNotebook({code(QStringLiteral("a = 1")), code(QStringLiteral("b = 2")),
                           markdown(QStringLiteral("# notes"))});
        const QList<quint64> before = ids(cells);
        QCOMPARE(QSet<quint64>(before.cbegin(), before.cend()).size(), 3); // distinct
        const quint64 a = before.at(0), b = before.at(1), notes = before.at(2);

        const int inserted = cells.insertCell(0, NotebookCell::Kind::Code, QStringLiteral("z"));
        QCOMPARE(inserted, 0);
        const quint64 z = cells.cell(0).id;
        QVERIFY(!before.contains(z)); // a new cell never takes another's id
        QCOMPARE(cells.rowOfId(a), 1);
        QCOMPARE(cells.rowOfId(b), 2);

        QVERIFY(cells.moveCell(2, 0)); // b to the top
        QCOMPARE(ids(cells), (QList<quint64>{b, z, a, notes}));
        QCOMPARE(cells.cell(cells.rowOfId(b)).source.source, QStringLiteral("b = 2"));

        const int copy = cells.duplicateCell(cells.rowOfId(a));
        QVERIFY(cells.cell(copy).id != a);
        QCOMPARE(cells.cell(copy).source.source, QStringLiteral("a = 1"));

        QVERIFY(cells.removeCell(cells.rowOfId(z)));
        QCOMPARE(cells.rowOfId(z), -1);
        QCOMPARE(cells.cell(cells.rowOfId(a)).source.source, QStringLiteral("a = 1"));
        // Removed and inserted again: the id is not reused, so a late result cannot land on it.
        const int again = cells.insertCell(0);
        QVERIFY(cells.cell(again).id != z);
        QCOMPARE(cells.data(cells.index(cells.rowOfId(notes)), CellModel::CellIdRole).toULongLong(),
                 notes);
    }

    void runAllRunsInNotebookOrderAndStopsAtTheFirstFailure()
    {
        QVERIFY(startSession());
        Notebook notebook;
        CellModel &cells = *notebook.cells();
        QAbstractItemModelTester tester(&cells,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        notebook.setSession(m_session.get());
        cells.setNotebook({code(QStringLiteral("x = 1")), markdown(QStringLiteral("text")),
                           code(QStringLiteral("   ")), code(QStringLiteral("y = x + 1\ny")),
                           code(QStringLiteral("raise ValueError('no')")),
                           code(QStringLiteral("never = 1"))});
        const QList<quint64> id = ids(cells);
        Log log;
        follow(notebook, log);
        QSignalSpy busy(&notebook, &Notebook::busyChanged);
        // Markdown and the blank cell have nothing to run.
        QCOMPARE(notebook.runAll(), 4);
        QVERIFY(notebook.isBusy());
        QCOMPARE(notebook.openCells(), (QList<quint64>{id[0], id[3], id[4], id[5]}));
        QVERIFY(waitIdle(notebook));
        QCOMPARE(log.finished, (QList<quint64>{id[0], id[3], id[4]}));
        QCOMPARE(log.dropped, QList<quint64>{id[5]}); // dropped behind the failure, not run
        QCOMPARE(log.records.value(id[3]).result, std::optional<QString>(QStringLiteral("2")));
        QCOMPARE(log.records.value(id[4]).status, RunStatus::Error);
        QCOMPARE(cells.cell(0).executionCount, 1);
        QCOMPARE(cells.cell(3).executionCount, 2);
        QCOMPARE(cells.cell(4).executionCount, 3);
        QCOMPARE(cells.cell(5).state, Cell::State::NotRun);
        QVERIFY(!cells.cell(5).lastRun);
        QCOMPARE(cells.cell(1).state, Cell::State::NotRun);
        // The dropped run's number went back: the next run is [4], with no gap.
        QCOMPARE(notebook.lastExecutionCount(), 3);
        QCOMPARE(notebook.cellOfExecutionCount(2), id[3]);
        QCOMPARE(busy.count(), 2); // on once, off once
        QVERIFY(notebook.run(id[5]));
        QVERIFY(waitIdle(notebook));
        QCOMPARE(cells.cell(5).executionCount, 4);
    }

    void withoutStopOnFailureEveryCellRunsAndBlankCellsAreSubmitted()
    {
        // `sandbench run`'s policy: a script's cells are all run and reported, numbered in order.
        QVERIFY(startSession());
        Notebook notebook;
        Notebook::Policy policy;
        policy.stopOnFailure = false;
        policy.skipBlankCells = false;
        notebook.setPolicy(policy);
        notebook.setSession(m_session.get());
        notebook.cells()->setNotebook(
            {code(QStringLiteral("1 / 0")), code(QString()), code(QStringLiteral("'after'"))});
        Log log;
        follow(notebook, log);
        QCOMPARE(notebook.runAll(), 3);
        QVERIFY(waitIdle(notebook));
        const QList<quint64> id = ids(*notebook.cells());
        QCOMPARE(log.finished, id);
        QCOMPARE(log.records.value(id[0]).status, RunStatus::Error);
        QCOMPARE(log.records.value(id[2]).result,
                 std::optional<QString>(QStringLiteral("'after'")));
        QCOMPARE(log.records.value(id[2]).cellIndex, 3);
    }

    void stopInterruptsTheRunningCellAndDropsTheQueuedOnes()
    {
        QVERIFY(startSession());
        Notebook notebook;
        notebook.setSession(m_session.get());
        CellModel &cells = *notebook.cells();
        cells.setNotebook({code(QStringLiteral("kept = 1")),
                           code(QStringLiteral("n = 0\nwhile True:\n    n += 1")),
                           code(QStringLiteral("after = 1")), code(QStringLiteral("later = 2"))});
        const QList<quint64> id = ids(cells);
        Log log;
        follow(notebook, log);
        QSignalSpy started(&notebook, &Notebook::cellStarted);
        QCOMPARE(notebook.runAll(), 4);
        QVERIFY(QTest::qWaitFor([&] { return notebook.runningCell() == id[1]; }, kWaitMs));
        QCOMPARE(notebook.runningRow(), 1);
        notebook.interrupt();
        QVERIFY(waitIdle(notebook));
        QCOMPARE(log.finished, (QList<quint64>{id[0], id[1]}));
        QCOMPARE(log.records.value(id[1]).status, RunStatus::Interrupted);
        QCOMPARE(log.dropped, (QList<quint64>{id[3], id[2]})); // the last first
        QCOMPARE(cells.cell(2).state, Cell::State::NotRun);
        QCOMPARE(cells.cell(3).state, Cell::State::NotRun);
        // The session is still there, with what ran before the stopped cell.
        QVERIFY(notebook.runCell(0));
        QVERIFY(waitIdle(notebook));
        QCOMPARE(cells.cell(0).lastRun->status, RunStatus::Ok);
    }

    // MCP's way (a caller that answers for one run): run() hands back the cell's CellRun; a run
    // held for review waits as the same run, keeps its number when approved, and interruptCell()
    // ends a wait.
    void aHeldCellKeepsItsRunAndNumberWhenApprovedAndItsWaitCanBeStopped()
    {
        QVERIFY(startSession());
        Notebook notebook;
        Notebook::Policy policy;
        policy.stopOnFailure = false;
        notebook.setPolicy(policy);
        notebook.setSession(m_session.get());
        CellModel &cells = *notebook.cells();
        cells.setNotebook(
            {code(QStringLiteral("print('approved')")), code(QStringLiteral("print('stopped')"))});
        const QList<quint64> id = ids(cells);
        Log log;
        follow(notebook, log);
        const CodeSource llm{CodeOrigin::Llm, QStringLiteral("model-y"), QStringLiteral("12")};
        RunOptions options;
        options.reviewWaitMs = kWaitMs;
        const QPointer<CellRun> approved = notebook.run(id[0], options, llm);
        const QPointer<CellRun> stopped = notebook.run(id[1], options, llm);
        QVERIFY(approved && stopped);
        QVERIFY(!notebook.run(id[0], options, llm)); // queued already: no second run
        QVERIFY(QTest::qWaitFor([&] { return notebook.waitingForReview() == 2; }, kWaitMs));
        QCOMPARE(notebook.waitingCells(), id);
        QVERIFY(!notebook.isBusy());
        const qint64 heldId = approved->heldRunId();
        QVERIFY(heldId > 0);
        QCOMPARE(approved->heldRecord().cellIndex, 1);

        std::optional<RunRecord> ran;
        connect(approved, &CellRun::finished, this,
                [&ran](const RunRecord &record) { ran = record; });
        QString error;
        QVERIFY(
            ReviewQueue(*m_store).decide(heldId, true, QStringLiteral("rita"), QString(), &error));
        QVERIFY(QTest::qWaitFor([&] { return ran.has_value(); }, kWaitMs));
        QCOMPARE(ran->status, RunStatus::Ok);
        QCOMPARE(ran->cellIndex, 1); // the number it waited with
        QCOMPARE(cells.cell(0).lastRun->status, RunStatus::Ok);
        QCOMPARE(cells.cell(0).executionCount, 1);
        QCOMPARE(notebook.waitingCells(), (QList<quint64>{id[1]}));

        std::optional<RunRecord> ended;
        connect(stopped, &CellRun::finished, this,
                [&ended](const RunRecord &record) { ended = record; });
        QVERIFY(notebook.interruptCell(id[1]));
        QVERIFY(QTest::qWaitFor([&] { return ended.has_value(); }, kWaitMs));
        QCOMPARE(ended->status, RunStatus::PendingReview);
        QCOMPARE(notebook.waitingForReview(), 0);
        QVERIFY(!notebook.interruptCell(id[1])); // nothing left to stop
        QCOMPARE(cells.cell(1).lastRun->status, RunStatus::PendingReview);
    }

    void aResultLandsOnItsCellWhereverTheCellMovedMeanwhile()
    {
        QVERIFY(startSession());
        Notebook notebook;
        notebook.setSession(m_session.get());
        CellModel &cells = *notebook.cells();
        QAbstractItemModelTester tester(&cells,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        cells.setNotebook({code(QStringLiteral("import time\ntime.sleep(0.3)\n'slow'")),
                           code(QStringLiteral("'fast'"))});
        const QList<quint64> id = ids(cells);
        QCOMPARE(notebook.runAll(), 2);
        // While they run: a cell above both, and the two swapped.
        cells.insertCell(0, NotebookCell::Kind::Code, QStringLiteral("'new'"));
        QVERIFY(cells.moveCell(cells.rowOfId(id[1]), cells.rowOfId(id[0])));
        QVERIFY(waitIdle(notebook));
        const Cell &slow = cells.cell(cells.rowOfId(id[0]));
        const Cell &fast = cells.cell(cells.rowOfId(id[1]));
        QCOMPARE(slow.lastRun->result, std::optional<QString>(QStringLiteral("'slow'")));
        QCOMPARE(fast.lastRun->result, std::optional<QString>(QStringLiteral("'fast'")));
        QCOMPARE(slow.executionCount, 1);
        QCOMPARE(fast.executionCount, 2);
        QVERIFY(!cells.cell(0).lastRun); // the new cell did not run
        QCOMPARE(notebook.rowOfExecutionCount(1), cells.rowOfId(id[0]));

        // Undo marks the cell by its id; its output stays, its staleness is forgotten.
        cells.markUndone(cells.rowOfId(id[1]));
        QVERIFY(cells.cell(cells.rowOfId(id[1])).undone);
        QCOMPARE(cells.data(cells.index(cells.rowOfId(id[1])), CellModel::StatusRole).toString(),
                 QStringLiteral("undone"));
        QCOMPARE(ids(cells).size(), 3);
    }

    void runStaleRunsTheStaleCellsAndThoseThatBecomeStaleOnTheWay()
    {
        QVERIFY(startSession());
        Notebook notebook;
        notebook.setSession(m_session.get());
        CellModel &cells = *notebook.cells();
        cells.setNotebook({code(QStringLiteral("x = 1")), code(QStringLiteral("y = x + 1")),
                           code(QStringLiteral("z = y * 10\nz"))});
        const QList<quint64> id = ids(cells);
        StaleRunner *stale = notebook.staleRunner();
        QSignalSpy canStart(stale, &StaleRunner::canStartChanged);
        QCOMPARE(notebook.runAll(), 3);
        QVERIFY(waitIdle(notebook));
        QVERIFY(!stale->canStart());
        QVERIFY(cells.staleRows().isEmpty());

        cells.setCode(0, QStringLiteral("x = 5"));
        QVERIFY(notebook.run(id[0]));
        QVERIFY(waitIdle(notebook));
        // y read the x that was rewritten; z read y, which has not changed yet.
        QCOMPARE(cells.staleRows(), QList<int>{1});
        QVERIFY(stale->canStart());
        QVERIFY(!canStart.isEmpty() && canStart.last().at(0).toBool());

        Log log;
        follow(notebook, log);
        QSignalSpy message(stale, &StaleRunner::message);
        QVERIFY(stale->start());
        QVERIFY(stale->isActive());
        QVERIFY(message.wait(kWaitMs));
        QCOMPARE(log.finished, (QList<quint64>{id[1], id[2]}));
        QCOMPARE(cells.cell(2).lastRun->result, std::optional<QString>(QStringLiteral("60")));
        QVERIFY(cells.staleRows().isEmpty());
        QVERIFY(!stale->isActive());
        QVERIFY(!stale->canStart());
        QCOMPARE(cells.cell(2).executionCount, 6);
    }

    void aRunStaleSweepStoppedBeforeItsCellRanEnds()
    {
        QVERIFY(startSession());
        Notebook notebook;
        notebook.setSession(m_session.get());
        CellModel &cells = *notebook.cells();
        cells.setNotebook({code(QStringLiteral("x = 1")), code(QStringLiteral("y = x"))});
        QCOMPARE(notebook.runAll(), 2);
        QVERIFY(waitIdle(notebook));
        cells.setCode(0, QStringLiteral("x = 2"));
        QVERIFY(notebook.runCell(0));
        QVERIFY(waitIdle(notebook));
        QCOMPARE(cells.staleRows(), QList<int>{1});
        // Something else keeps the worker busy, so the sweep's cell is still queued when stopped.
        cells.insertCell(2, NotebookCell::Kind::Code,
                         QStringLiteral("n = 0\nwhile True:\n    n += 1"));
        QVERIFY(notebook.runCell(2));
        notebook.staleRunner()->start(); // busy: refused
        QVERIFY(!notebook.staleRunner()->isActive());
        notebook.interrupt();
        QVERIFY(waitIdle(notebook));
        QVERIFY(notebook.staleRunner()->start());
        notebook.interrupt();
        QVERIFY(waitIdle(notebook));
        QVERIFY(!notebook.staleRunner()->isActive());
        // Not stuck: the action follows the cells again.
        QCOMPARE(notebook.staleRunner()->canStart(), !cells.staleRows().isEmpty());
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
