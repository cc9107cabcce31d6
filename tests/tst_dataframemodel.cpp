// The data panel's model against a real worker: it knows the row count of a 10-million-row frame
// from its first page, holds only pages it was asked for, and its sorted and filtered views and
// values equal what pandas itself computes in the session.
#include "dataframemodel.h"
#include "runstore.h"
#include "sessionrunner.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

class TestDataFrameModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<SessionRunner> m_session;

    CellResult run(const QString &code)
    {
        QSignalSpy finished(m_session.get(), &SessionRunner::runFinished);
        // Ten million rows take a while to generate on a busy machine: the profile's default
        // cell limit is for analysts, not for this fixture.
        RunOptions options;
        options.timeoutMs = 600000;
        m_session->submit({QString(), code, {}, options, 1});
        if (!finished.wait(300000))
            return {};
        const RunRecord record = finished.first().at(0).value<RunRecord>();
        CellResult result;
        result.status = record.status;
        result.result = record.result;
        result.stderrText = record.stderrText;
        return result;
    }

    // Evaluates an expression in the session and returns its repr.
    QString eval(const QString &expression)
    {
        const CellResult result = run(expression);
        return result.result.value_or(result.stderrText);
    }

    static bool waitReady(DataFrameModel &model)
    {
        QSignalSpy ready(&model, &DataFrameModel::ready);
        return model.isReady() || ready.wait(120000);
    }

    static bool waitForRow(DataFrameModel &model, int row)
    {
        model.data(model.index(row, 0));
        return QTest::qWaitFor(
            [&] { return !model.data(model.index(row, 0), DataFrameModel::LoadingRole).toBool(); },
            60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunRecord>();
        QString error;
        m_store = RunStore::open(m_dir.filePath(QStringLiteral("runs.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out"));
        m_session = std::make_unique<SessionRunner>(*m_store, config);
        QSignalSpy ready(m_session.get(), &SessionRunner::sandboxReady);
        QVERIFY2(m_session->start(&error), qPrintable(error));
        QVERIFY(ready.wait(60000));
        QCOMPARE(run(QStringLiteral(
                         "import numpy as np\nimport pandas as pd\n"
                         "big = pd.DataFrame(np.random.default_rng(5).normal(size=(10_000_000, "
                         "20)), columns=[f'c{i}' for i in range(20)])\n"
                         "small = pd.DataFrame({'price': [12.5, 3.1, np.nan, 7.25],"
                         " 'region': ['north', None, 'south', 'east'],"
                         " 'day': pd.to_datetime(['2024-03-01', None, '2024-03-03', '2024-03-04']),"
                         " 'n': [4, 1, 3, 2]})"))
                     .status,
                 RunStatus::Ok);
    }

    void aTenMillionRowFrameIsPagedNotPulled()
    {
        DataFrameModel model(*m_session, QStringLiteral("big"));
        // No QAbstractItemModelTester here: it visits every index (200 million), which is what
        // paging avoids; everyChangeKeepsTheModelConsistentForQtsChecker covers the steps.
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 10'000'000);
        QCOMPARE(model.columnCount(), 20);
        QVERIFY(model.headerData(3, Qt::Horizontal).toString().startsWith(QStringLiteral("c3\n")));
        QVERIFY(model.headerData(3, Qt::Horizontal).toString().contains(QStringLiteral("float64")));
        // A row far down is not there until asked for; then it arrives and equals pandas' value.
        const int row = 7'654'321;
        QVERIFY(model.data(model.index(row, 5), DataFrameModel::LoadingRole).toBool());
        QCOMPARE(model.data(model.index(row, 5)).toString(), QStringLiteral("…"));
        QVERIFY(waitForRow(model, row));
        const double value = model.data(model.index(row, 5), DataFrameModel::ValueRole).toDouble();
        QCOMPARE(
            QString::number(value, 'g', QLocale::FloatingPointShortest),
            eval(QStringLiteral("repr(float(big.iat[%1, 5]))").arg(row)).remove(QLatin1Char('\'')));
        // Only pages near what was asked for are held, never the frame.
        QVERIFY(model.data(model.index(5'000'000, 0), DataFrameModel::LoadingRole).toBool());
    }

    void sortingHappensInTheWorkerAndEqualsPandas()
    {
        DataFrameModel model(*m_session, QStringLiteral("small"));
        // Qt's checker on every model: async pages, rows added in steps, data() caches.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitReady(model));
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(waitReady(model));
        QVERIFY(waitForRow(model, 0));
        QStringList prices;
        for (int row = 0; row < model.rowCount(); ++row)
            prices << model.data(model.index(row, 0)).toString();
        // Missing last, as pandas' sort_values(na_position="last") puts it.
        QCOMPARE(prices, (QStringList{QStringLiteral("12.50"), QStringLiteral("7.25"),
                                      QStringLiteral("3.10"), QStringLiteral("NaN")}));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 0);
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 3);
    }

    void filteringHappensInTheWorker()
    {
        DataFrameModel model(*m_session, QStringLiteral("big"));
        QVERIFY(waitReady(model));
        QSignalSpy ready(&model, &DataFrameModel::ready);
        model.setFilter({0, QStringLiteral(">"), 2.5});
        QVERIFY(ready.wait(120000));
        QCOMPARE(QString::number(model.rowCount()),
                 eval(QStringLiteral("int((big.c0 > 2.5).sum())")));
        QCOMPARE(model.totalRows(), 10'000'000);
        QVERIFY(waitForRow(model, 0));
        QVERIFY(model.data(model.index(0, 0), DataFrameModel::ValueRole).toDouble() > 2.5);
    }

    void valuesAreTypedAndMissingOnesMarked()
    {
        DataFrameModel model(*m_session, QStringLiteral("small"));
        // Qt's checker on every model: async pages, rows added in steps, data() caches.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitReady(model));
        QVERIFY(waitForRow(model, 0));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("12.50"));
        QCOMPARE(model.data(model.index(0, 0), Qt::TextAlignmentRole).value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);
        QVERIFY(model.data(model.index(2, 0), DataFrameModel::MissingRole).toBool());
        QVERIFY(model.data(model.index(1, 1), DataFrameModel::MissingRole).toBool());
        QVERIFY(model.data(model.index(1, 2), DataFrameModel::MissingRole).toBool());
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(model.data(model.index(0, 2), DataFrameModel::ValueRole).toDateTime(),
                 QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(model.data(model.index(3, 3), DataFrameModel::ValueRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("east"));
        QCOMPARE(model.toTsv({model.index(0, 0), model.index(1, 1)}),
                 QStringLiteral("price\tregion\n12.50\tnorth\n3.10\t\n"));
    }

    void reloadShowsWhatALaterCellChanged()
    {
        QCOMPARE(run(QStringLiteral("changing = pd.DataFrame({'v': [1.5, 2.5, 3.5]})")).status,
                 RunStatus::Ok);
        DataFrameModel model(*m_session, QStringLiteral("changing"));
        // Qt's checker on every model: async pages, rows added in steps, data() caches.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitReady(model));
        QVERIFY(waitForRow(model, 0));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("1.5"));
        QCOMPARE(run(QStringLiteral("changing = changing.iloc[::-1].head(2)")).status,
                 RunStatus::Ok);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 30000);
        QVERIFY(waitForRow(model, 0));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("3.5"));
    }

    // Qt's model checker rides along while the model goes through what the data panel puts it
    // through: the first page resets it, rows are added in steps, pages arrive for rows far away
    // and leave the cache, the worker sorts and filters (the shape changes), and a later cell
    // changes the variable. Any inconsistency (a row count that disagrees with the signals, a
    // change outside the rows) aborts the test.
    void everyChangeKeepsTheModelConsistentForQtsChecker()
    {
        const int rows = DataFrameModel::kRowsPerStep + 700; // one step and a little more
        QCOMPARE(run(QStringLiteral("stepped = pd.DataFrame({'a': np.arange(%1), "
                                    "'b': np.arange(%1) * 0.5})")
                         .arg(rows))
                     .status,
                 RunStatus::Ok);
        DataFrameModel model(*m_session, QStringLiteral("stepped"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(inserted.size(), 1); // the rows beyond the first step
        QCOMPARE(inserted.first().at(1).toInt(), DataFrameModel::kRowsPerStep);

        // Pages far apart, in the first step's rows and in the rows added after it.
        for (const int row :
             {rows / 2, DataFrameModel::kRowsPerStep - 1, DataFrameModel::kRowsPerStep, rows - 1}) {
            QVERIFY(waitForRow(model, row));
            QCOMPARE(model.data(model.index(row, 0), DataFrameModel::ValueRole).toLongLong(), row);
        }
        QVERIFY(waitForRow(model, 0));

        // Sorted: same shape, the pages come again.
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(waitForRow(model, 0));
        QCOMPARE(model.data(model.index(0, 0), DataFrameModel::ValueRole).toLongLong(), rows - 1);

        // Filtered to a few rows and back: the shape changes both ways, the second time in steps.
        QSignalSpy ready(&model, &DataFrameModel::ready);
        model.setFilter({0, QStringLiteral("<"), 5});
        QVERIFY(ready.wait(120000));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(waitForRow(model, 4));
        model.clearFilter();
        QVERIFY(ready.wait(120000));
        QCOMPARE(model.rowCount(), rows);

        // A later cell shortens the variable; then a view changed before its page arrived.
        QCOMPARE(run(QStringLiteral("stepped = stepped.head(3)")).status, RunStatus::Ok);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 60000);
        model.sort(1, Qt::AscendingOrder);
        model.sort(-1);
        QVERIFY(waitForRow(model, 2));
        QCOMPARE(model.data(model.index(2, 1)).toString(), QStringLiteral("1.0"));
    }

    void aVariableThatIsNotATableSaysSo()
    {
        QCOMPARE(run(QStringLiteral("word = 'hello'")).status, RunStatus::Ok);
        DataFrameModel model(*m_session, QStringLiteral("word"));
        // Qt's checker on every model: async pages, rows added in steps, data() caches.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &DataFrameModel::failed);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("not a table")));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDataFrameModel)
#include "tst_dataframemodel.moc"
