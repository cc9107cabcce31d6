// The review life cycle through the real command line: a flagged cell waits (exit 4), is listed,
// approved and runs; a rejection keeps its reason; an edit, another profile or (where the profile
// binds them) changed data need review again; decisions are append-only; history finds runs.
#include "runstore.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

namespace {

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        return QJsonDocument::fromJson(out).isArray()
                   ? QJsonValue(QJsonDocument::fromJson(out).array())
                   : QJsonValue(QJsonDocument::fromJson(out).object());
    }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
};

Cli sandbenchCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench"), arguments);
    if (!process.waitForFinished(120000))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

const QByteArray kFlagged = "# %%\nimport urllib.parse\nprint(urllib.parse.quote('a b'))\n";

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh database and script for each test.
    QString m_db;
    QString newDatabase()
    {
        m_db = m_dir.filePath(QStringLiteral("review-%1.db").arg(++m_count));
        return m_db;
    }
    QString script(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("script-%1.py").arg(++m_count));
        test::writeFile(path, text);
        return path;
    }
    Cli run(const QString &scriptPath, const QStringList &extra = {})
    {
        return sandbenchCli(QStringList{QStringLiteral("run"), QStringLiteral("--json"),
                                        QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                        m_dir.filePath(QStringLiteral("out"))} +
                            extra + QStringList{scriptPath});
    }
    Cli review(const QStringList &arguments)
    {
        return sandbenchCli(QStringList{QStringLiteral("review")} + arguments +
                            QStringList{QStringLiteral("--db"), m_db});
    }
    // A copy of the default profile, changed by edit, as a file.
    QString profileFile(const QString &name, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject json =
            QJsonDocument::fromJson(test::readFile(QCoreApplication::applicationDirPath() +
                                                   QStringLiteral("/../share/sandbench/profiles/"
                                                                  "default.json")))
                .object();
        json.insert(QStringLiteral("name"), name);
        edit(json);
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        test::writeFile(path, QJsonDocument(json).toJson());
        return path;
    }

private Q_SLOTS:
    void aFlaggedCellWaitsIsApprovedAndThenRuns()
    {
        newDatabase();
        const QString flagged = script(kFlagged);
        const Cli first = run(flagged);
        QCOMPARE(first.exitCode, 4);
        const QJsonObject held = first.lines().first();
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
        QCOMPARE(held.value(QStringLiteral("stdout")).toString(), QString()); // not run
        const qint64 id = held.value(QStringLiteral("run_id")).toInteger();
        QVERIFY2(first.err.contains(QByteArray(QByteArray("run ") + QByteArray::number(id))),
                 first.err);

        const Cli list = review({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray items = list.json().toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("run_id")).toInteger(), id);
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QJsonObject reason =
            item.value(QStringLiteral("reasons")).toArray().first().toObject();
        QCOMPARE(reason.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("import-needs-review"));
        QCOMPARE(reason.value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(reason.value(QStringLiteral("col")).toInt(), 1);
        QVERIFY(review({QStringLiteral("list")}).out.contains("import urllib.parse"));

        const Cli approve =
            review({QStringLiteral("approve"), QString::number(id), QStringLiteral("--note"),
                    QStringLiteral("quoting only"), QStringLiteral("--json")});
        QCOMPARE(approve.exitCode, 0);
        const QJsonObject decision = approve.json().toObject();
        QCOMPARE(decision.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
        QVERIFY(!decision.value(QStringLiteral("reviewer")).toString().isEmpty()); // the OS user
        QCOMPARE(review({QStringLiteral("list"), QStringLiteral("--json")}).json().toArray().size(),
                 0);

        const Cli second = run(flagged);
        QCOMPARE(second.exitCode, 0);
        const QJsonObject ran = second.lines().first();
        QCOMPARE(ran.value(QStringLiteral("stdout")).toString(), QStringLiteral("a%20b\n"));
        const Cli shown =
            sandbenchCli({QStringLiteral("show"),
                          QString::number(ran.value(QStringLiteral("run_id")).toInteger()),
                          QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject approval =
            shown.json().toObject().value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("id")), decision.value(QStringLiteral("id")));
        QCOMPARE(approval.value(QStringLiteral("note")).toString(), QStringLiteral("quoting only"));
        QVERIFY(sandbenchCli({QStringLiteral("show"),
                              QString::number(ran.value(QStringLiteral("run_id")).toInteger()),
                              QStringLiteral("--db"), m_db})
                    .out.contains("quoting only"));
    }

    void aRejectionKeepsItsReasonAndTheCellStaysUnrun()
    {
        newDatabase();
        const QString flagged = script(kFlagged);
        const qint64 id = run(flagged).lines().first().value(QStringLiteral("run_id")).toInteger();
        const Cli noNote = review({QStringLiteral("reject"), QString::number(id)});
        QCOMPARE(noNote.exitCode, 64);
        QVERIFY(noNote.err.contains("--note"));
        QCOMPARE(review({QStringLiteral("reject"), QString::number(id), QStringLiteral("--note"),
                         QStringLiteral("no network libraries here"), QStringLiteral("--reviewer"),
                         QStringLiteral("rita")})
                     .exitCode,
                 0);
        const QJsonObject shown =
            review({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
                .json()
                .toObject();
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        const QJsonObject last = shown.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("reviewer")).toString(), QStringLiteral("rita"));
        QCOMPARE(last.value(QStringLiteral("note")).toString(),
                 QStringLiteral("no network libraries here"));
        // Submitted again, it waits again and says why it was rejected.
        const Cli again = run(flagged);
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.lines()
                    .first()
                    .value(QStringLiteral("stderr"))
                    .toString()
                    .contains(QStringLiteral("no network libraries here")));
        // The note is searchable: it finds the rejected run (and the later one that quotes it).
        const Cli found = sandbenchCli({QStringLiteral("history"), QStringLiteral("--search"),
                                        QStringLiteral("network libraries"),
                                        QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonArray matches = found.json().toArray();
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.last().toObject().value(QStringLiteral("run_id")).toInteger(), id);
    }

    void anEditAnotherProfileOrChangedBoundDataNeedReviewAgain()
    {
        newDatabase();
        const QString csv = m_dir.filePath(QStringLiteral("bound.csv"));
        QVERIFY(test::writeFile(csv, "a\n1\n"));
        const QString binding = profileFile(QStringLiteral("binding"), [](QJsonObject &json) {
            json.insert(QStringLiteral("review"),
                        QJsonObject{{QStringLiteral("bind_inputs"), true}});
        });
        const QStringList options{QStringLiteral("--profile"), binding, QStringLiteral("--data"),
                                  QStringLiteral("d=") + csv};
        const QString flagged = script(kFlagged);
        const qint64 id =
            run(flagged, options).lines().first().value(QStringLiteral("run_id")).toInteger();
        QCOMPARE(review({QStringLiteral("approve"), QString::number(id)}).exitCode, 0);
        QCOMPARE(run(flagged, options).exitCode, 0);

        // One character more is other code.
        const QString edited = script(kFlagged + "# tidy\n");
        QCOMPARE(run(edited, options).exitCode, 4);
        // The same code under another profile (the shipped default) needs its own approval.
        QCOMPARE(run(flagged, {QStringLiteral("--data"), QStringLiteral("d=") + csv}).exitCode, 4);
        // This profile binds approvals to the data: other bytes, another review.
        QVERIFY(test::writeFile(csv, "a\n1\n2\n"));
        QCOMPARE(run(flagged, options).exitCode, 4);
    }

    void decisionsAreAppendOnlyAndALaterOneSupersedes()
    {
        newDatabase();
        const qint64 id =
            run(script(kFlagged)).lines().first().value(QStringLiteral("run_id")).toInteger();
        const QJsonObject approved =
            review({QStringLiteral("approve"), QString::number(id), QStringLiteral("--json")})
                .json()
                .toObject();
        const QJsonObject revoked =
            review({QStringLiteral("reject"), QString::number(id), QStringLiteral("--note"),
                    QStringLiteral("changed my mind"), QStringLiteral("--json")})
                .json()
                .toObject();
        QCOMPARE(revoked.value(QStringLiteral("supersedes")), approved.value(QStringLiteral("id")));
        const QJsonArray history =
            review({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
                .json()
                .toObject()
                .value(QStringLiteral("history"))
                .toArray();
        QCOMPARE(history.size(), 2); // both kept
        QCOMPARE(history.first().toObject().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("approved"));

        SqliteConnection raw;
        QString error;
        QVERIFY(raw.open(m_db, &error));
        QVERIFY(
            !raw.exec(QStringLiteral("UPDATE review_decisions SET decision = 'approved'"), &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM review_decisions"), &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM review_decisions"), &error).toInt(), 2);
    }

    void badReviewRequestsSayWhatIsWrong()
    {
        newDatabase();
        const qint64 okRun = run(script("# %%\n1 + 1\n"))
                                 .lines()
                                 .first()
                                 .value(QStringLiteral("run_id"))
                                 .toInteger();
        const Cli notFlagged = review({QStringLiteral("approve"), QString::number(okRun)});
        QCOMPARE(notFlagged.exitCode, 64);
        QVERIFY2(notFlagged.err.contains("not flagged"), notFlagged.err);
        const Cli missing = review({QStringLiteral("approve"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 64);
        QVERIFY2(missing.err.contains("no run 999"), missing.err);
        QCOMPARE(review({QStringLiteral("approve"), QStringLiteral("x")}).exitCode, 64);
        QCOMPARE(review({QStringLiteral("promote"), QStringLiteral("1")}).exitCode, 64);
        QCOMPARE(review({QStringLiteral("show")}).exitCode, 64);
    }

    void historyFindsRunsByWordsSessionAndStatusNewestFirst()
    {
        newDatabase();
        const Cli one = run(script("# %%\nprint('zebra crossing')\n# %%\nquokka = 5\n"));
        const Cli two = run(script("# %%\nprint('zebra again')\n"));
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(two.exitCode, 0);
        const auto history = [this](const QStringList &arguments) {
            return sandbenchCli(QStringList{QStringLiteral("history"), QStringLiteral("--json"),
                                            QStringLiteral("--db"), m_db} +
                                arguments)
                .json()
                .toArray();
        };
        const QJsonArray zebras = history({QStringLiteral("--search"), QStringLiteral("zebra")});
        QCOMPARE(zebras.size(), 2);
        QVERIFY(zebras.at(0).toObject().value(QStringLiteral("run_id")).toInteger() >
                zebras.at(1).toObject().value(QStringLiteral("run_id")).toInteger());
        QCOMPARE(history({QStringLiteral("--search"), QStringLiteral("crossing")}).size(), 1);
        QCOMPARE(history({QStringLiteral("--search"), QStringLiteral("quok*")}).size(), 1);
        QCOMPARE(history({QStringLiteral("--search"), QStringLiteral("\"unbalanced")}).size(), 0);
        const qint64 session = one.lines().first().value(QStringLiteral("session")).toInteger();
        QCOMPARE(history({QStringLiteral("--session"), QString::number(session)}).size(), 2);
        QCOMPARE(history({QStringLiteral("--status"), QStringLiteral("pending_review")}).size(), 0);
        QCOMPARE(sandbenchCli({QStringLiteral("history"), QStringLiteral("--status"),
                               QStringLiteral("great"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 64);
        const Cli text = sandbenchCli({QStringLiteral("history"), QStringLiteral("--db"), m_db});
        QVERIFY(text.out.contains("print('zebra again')"));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
