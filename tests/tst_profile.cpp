// Sandbox profiles are data: the shipped ones load, and bad content is refused with the key named.
#include "profile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbench;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &json)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("p%1.json").arg(++n));
        test::writeFile(path, json);
        return path;
    }

private Q_SLOTS:
    void theShippedProfilesLoadByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("default") << QStringLiteral("default");
        QTest::newRow("strict") << QStringLiteral("strict");
        QTest::newRow("trusted-reviewer") << QStringLiteral("trusted-reviewer");
        QTest::newRow("cluster") << QStringLiteral("cluster");
    }

    void theShippedProfilesLoadByName()
    {
        QFETCH(QString, name);
        QString error;
        const auto profile = ProfileLoader::load(name, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->name, name);
        QCOMPARE(profile->sha256.size(), 64);
        QVERIFY(profile->limit(QStringLiteral("timeout_s")) > 0);
        QVERIFY(ProfileLoader::available().contains(name));
    }

    void strictAllowsNoWritesAndTrustedAllowsMore()
    {
        const auto strict = ProfileLoader::load(QStringLiteral("strict"), nullptr);
        const auto trusted = ProfileLoader::load(QStringLiteral("trusted-reviewer"), nullptr);
        QVERIFY(strict && trusted);
        QCOMPARE(strict->json.value(QStringLiteral("files"))
                     .toObject()
                     .value(QStringLiteral("write_output"))
                     .toBool(),
                 false);
        QVERIFY(trusted->json.value(QStringLiteral("imports"))
                    .toObject()
                    .value(QStringLiteral("allow"))
                    .toArray()
                    .size() > strict->json.value(QStringLiteral("imports"))
                                  .toObject()
                                  .value(QStringLiteral("allow"))
                                  .toArray()
                                  .size());
    }

    void theHashChangesWithTheContent()
    {
        const QString a = write(R"({"name": "a", "limits": {"timeout_s": 5}})");
        const QString b = write(R"({"name": "a", "limits": {"timeout_s": 6}})");
        const auto pa = ProfileLoader::load(a, nullptr);
        const auto pb = ProfileLoader::load(b, nullptr);
        QVERIFY(pa && pb);
        QVERIFY(pa->sha256 != pb->sha256);
        QCOMPARE(ProfileLoader::load(a, nullptr)->sha256, pa->sha256);
    }

    void badContentNamesTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top-level key")
            << QByteArray(R"({"name": "x", "limitz": {}})") << QStringLiteral("'limitz'");
        QTest::newRow("unknown limit") << QByteArray(R"({"name": "x", "limits": {"memroy_mb": 5}})")
                                       << QStringLiteral("'limits.memroy_mb'");
        QTest::newRow("negative limit")
            << QByteArray(R"({"name": "x", "limits": {"memory_mb": -1}})")
            << QStringLiteral("'limits.memory_mb'");
        QTest::newRow("text limit") << QByteArray(R"({"name": "x", "limits": {"timeout_s": "60"}})")
                                    << QStringLiteral("'limits.timeout_s'");
        QTest::newRow("zero timeout") << QByteArray(R"({"name": "x", "limits": {"timeout_s": 0}})")
                                      << QStringLiteral("'limits.timeout_s'");
        QTest::newRow("imports not a list")
            << QByteArray(R"({"name": "x", "imports": {"allow": "pandas"}})")
            << QStringLiteral("'imports.allow'");
        QTest::newRow("unknown layer")
            << QByteArray(R"({"name": "x", "layers": {"firewall": true}})")
            << QStringLiteral("'layers.firewall'");
        QTest::newRow("layer not bool")
            << QByteArray(R"({"name": "x", "layers": {"seccomp": "no"}})")
            << QStringLiteral("'layers.seccomp'");
        QTest::newRow("lazy threshold negative")
            << QByteArray(R"({"name": "x", "datasets": {"lazy_above_mb": -1}})")
            << QStringLiteral("'datasets.lazy_above_mb'");
        QTest::newRow("lazy threshold text")
            << QByteArray(R"({"name": "x", "datasets": {"lazy_above_mb": "1 GB"}})")
            << QStringLiteral("'datasets.lazy_above_mb'");
        QTest::newRow("unknown datasets key")
            << QByteArray(R"({"name": "x", "datasets": {"lazy": true}})")
            << QStringLiteral("'datasets.lazy'");
        QTest::newRow("no name") << QByteArray(R"({"limits": {}})") << QStringLiteral("'name'");
        QTest::newRow("not json") << QByteArray("{name: x}") << QStringLiteral("not a JSON object");
    }

    void badContentNamesTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString path = write(json);
        QString error;
        QVERIFY(!ProfileLoader::load(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void anUnknownNameListsTheAvailableOnes()
    {
        QString error;
        QVERIFY(!ProfileLoader::load(QStringLiteral("no-such-profile"), &error));
        QVERIFY2(error.contains(QStringLiteral("strict")), qPrintable(error));
    }

    void overridesChangeOnlyTheirLimit()
    {
        auto profile = ProfileLoader::load(QStringLiteral("default"), nullptr);
        QVERIFY(profile);
        const int memory = profile->limit(QStringLiteral("memory_mb"));
        profile->setLimit(QStringLiteral("timeout_s"), 7);
        QCOMPARE(profile->limit(QStringLiteral("timeout_s")), 7);
        QCOMPARE(profile->limit(QStringLiteral("memory_mb")), memory);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
