// The reply decoder and the figure saver under hostile input: real replies of the worker, mutated
// field by field and at random, and replies made of noise. Nothing may crash, every invalid reply
// must come back Tampered with a reason, a valid one must come back as sent, and no file may
// appear or change anywhere but as an app-named figure in the figure folder (the parent tree is
// compared before and after).
//
// The seed is printed; SANDBENCH_FUZZ_SEED and SANDBENCH_FUZZ_ITERATIONS repeat or extend a run.
#include "recordedfiles.h"
#include "replydecoder.h"
#include "sessionrunner.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace sandbench;

namespace {

constexpr quint32 kDefaultSeed = 20261202;
constexpr int kDefaultIterations = 5000;

// A stand-in worker speaking the protocol as the real one (frames, seals), up to its hello; each
// test adds its request loop.
const QByteArray kFakeWorkerPreamble = QByteArrayLiteral(R"(#!/usr/bin/python3
import hashlib, hmac, json, os, struct, sys
png = open(os.path.join(os.path.dirname(sys.argv[0]), "figure.png"), "rb").read()
def receive():
    head = sys.stdin.buffer.read(12)
    if len(head) < 12:
        return None
    _, h, p = struct.unpack(">III", head)
    request = json.loads(sys.stdin.buffer.read(h)); sys.stdin.buffer.read(p)
    return request
# Sealed as the real worker's C++ seals (PROTOCOL.md, "Seals"): this fake stands for a worker
# whose cell rewrote the reply before the C++ sent it, not for a cell writing raw frames.
key, sequence = bytes.fromhex(receive()["key"]), [0]
def send(header, payload=b""):
    data = json.dumps(header).encode()
    seal = hmac.new(key, struct.pack(">QI", sequence[0], len(data)) + data + payload,
                    hashlib.sha256).digest()
    sequence[0] += 1
    sys.stdout.buffer.write(struct.pack(">III", 0x53424631, len(data), len(payload) + 32) + data
                            + payload + seal)
    sys.stdout.buffer.flush()
send({"type": "hello", "protocol": 1, "worker": "fake", "python": "3", "pid": os.getpid()})
)");

struct Reply
{
    QString name;
    QString request; // query replies: the request's type
    QJsonObject header;
    QByteArray payload;
};

// What a mutation did: broke the reply (it must be refused) or left it valid.
enum class Effect
{
    Valid,
    Invalid
};

// Hostile strings for names, formats and paths.
const QStringList kHostile = {
    QStringLiteral("../../escaped"),
    QStringLiteral("../outside/evil.png"),
    QStringLiteral("/etc/passwd"),
    QStringLiteral("png/../../../outside/x"),
    QString::fromUtf8("png\0../x", 8),
    QStringLiteral("PNG"),
    QStringLiteral("png "),
    QStringLiteral("svg"),
    QStringLiteral("jpeg"),
    QStringLiteral(""),
    QStringLiteral("png\n[fake line]"),
    QStringLiteral("\u202epng"),
    QString(5000, QLatin1Char('A')),
};

// Every file, folder and link below root, with what identifies its content.
QMap<QString, QString> snapshotTree(const QString &root)
{
    QMap<QString, QString> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString key = QDir(root).relativeFilePath(info.filePath());
        if (info.isSymLink())
            tree.insert(key, QStringLiteral("link ") + info.symLinkTarget());
        else if (info.isDir())
            tree.insert(key, QStringLiteral("dir"));
        else
            tree.insert(key, QStringLiteral("file %1 %2")
                                 .arg(info.size())
                                 .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return tree;
}

class Fuzzer
{
public:
    Fuzzer(quint32 seed, const QList<Reply> &valid, const ReplyLimits &limits)
        : m_random(seed), m_valid(valid), m_limits(limits)
    {}

    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    // Half the time the reply with figures, whose mutations matter most.
    const Reply &pickValid()
    {
        if (chance(50)) {
            for (const Reply &r : m_valid)
                if (!r.payload.isEmpty())
                    return r;
        }
        return m_valid.at(below(int(m_valid.size())));
    }
    QString randomText(int maxChars)
    {
        QString text;
        const int n = below(maxChars + 1);
        for (int i = 0; i < n; ++i)
            text += QChar(char16_t(chance(90) ? 0x20 + below(0x5f) : 1 + below(0x2ff)));
        return text;
    }

    QJsonValue randomValue(int depth = 0)
    {
        switch (below(depth > 2 ? 5 : 7)) {
        case 0:
            return QJsonValue();
        case 1:
            return chance(50);
        case 2: {
            static const double numbers[] = {0, -1, 1, 0.5, 1e300, -1e300, 2147483648.0, 7, 42};
            return numbers[below(9)];
        }
        case 3:
            return randomText(20);
        case 4:
            return kHostile.at(below(int(kHostile.size())));
        case 5: {
            QJsonArray array;
            for (int i = below(4); i > 0; --i)
                array.append(randomValue(depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = below(4); i > 0; --i)
                object.insert(randomText(6), randomValue(depth + 1));
            return object;
        }
        }
    }

    // A value of another JSON type than the field allows.
    QJsonValue wrongType(const QString &field)
    {
        const QStringList strings = {QStringLiteral("type"), QStringLiteral("status"),
                                     QStringLiteral("stdout"), QStringLiteral("stderr"),
                                     QStringLiteral("result")};
        const QStringList numbers = {QStringLiteral("duration_ms"), QStringLiteral("cpu_ms"),
                                     QStringLiteral("peak_rss_kb")};
        const QList<QJsonValue> candidates = {true,
                                              3.0,
                                              QStringLiteral("x"),
                                              QJsonArray{1},
                                              QJsonObject{{QStringLiteral("a"), 1}},
                                              QJsonValue()};
        for (;;) {
            const QJsonValue v = candidates.at(below(int(candidates.size())));
            if (strings.contains(field) && v.isString())
                continue;
            if (field == QLatin1String("result") && v.isNull())
                continue;
            if (numbers.contains(field) && v.isDouble())
                continue;
            if ((field == QLatin1String("figures") || field == QLatin1String("violations")) &&
                v.isArray())
                continue;
            if ((field == QLatin1String("truncated") || field == QLatin1String("packages")) &&
                v.isObject())
                continue;
            if (field == QLatin1String("rolled_back") && v.isBool())
                continue;
            return v;
        }
    }

    // One mutation of reply, in place; says whether the reply is still valid.
    Effect mutate(Reply &reply)
    {
        QJsonObject &h = reply.header;
        switch (below(16)) {
        case 0: { // an unknown field, of any value: ignored by rule
            static const QStringList names = {QStringLiteral("path"), QStringLiteral("file"),
                                              QStringLiteral("seal"), QStringLiteral("figure_dir")};
            h.insert(chance(50) ? names.at(below(int(names.size())))
                                : QStringLiteral("x_") + randomText(8),
                     randomValue());
            return Effect::Valid;
        }
        case 1: { // a known field of the wrong type
            static const QStringList fields = {
                QStringLiteral("type"),        QStringLiteral("status"),
                QStringLiteral("stdout"),      QStringLiteral("stderr"),
                QStringLiteral("result"),      QStringLiteral("figures"),
                QStringLiteral("duration_ms"), QStringLiteral("truncated"),
                QStringLiteral("violations"),  QStringLiteral("cpu_ms"),
                QStringLiteral("peak_rss_kb"), QStringLiteral("packages"),
                QStringLiteral("rolled_back")};
            const QString field = fields.at(below(int(fields.size())));
            h.insert(field, wrongType(field));
            return Effect::Invalid;
        }
        case 2: { // a required field missing
            static const QStringList required = {
                QStringLiteral("type"),        QStringLiteral("status"),
                QStringLiteral("stdout"),      QStringLiteral("stderr"),
                QStringLiteral("result"),      QStringLiteral("figures"),
                QStringLiteral("duration_ms"), QStringLiteral("truncated"),
                QStringLiteral("violations")};
            h.remove(required.at(below(int(required.size()))));
            return Effect::Invalid;
        }
        case 3: { // a status that is no run status, or another one that is
            if (chance(30)) {
                static const QStringList names = {QStringLiteral("ok"), QStringLiteral("error"),
                                                  QStringLiteral("denied"),
                                                  QStringLiteral("timeout")};
                h.insert(QStringLiteral("status"), names.at(below(int(names.size()))));
                return Effect::Valid;
            }
            static const QStringList bad = {QStringLiteral("OK"), QStringLiteral("ok "),
                                            QStringLiteral("fine"), QStringLiteral("")};
            h.insert(QStringLiteral("status"), chance(50)
                                                   ? bad.at(below(int(bad.size())))
                                                   : kHostile.at(below(int(kHostile.size()))));
            return Effect::Invalid;
        }
        case 4: { // stdout or stderr: other text, or past every bound
            const QString field = chance(50) ? QStringLiteral("stdout") : QStringLiteral("stderr");
            if (chance(70)) {
                h.insert(field, randomText(200));
                return Effect::Valid;
            }
            h.insert(field,
                     QString(m_limits.outputChars + 64 * 1024 + 1 + below(1000), QLatin1Char('y')));
            return Effect::Invalid;
        }
        case 5: { // a violation naming an unknown layer or missing a field
            QJsonArray list = h.value(QStringLiteral("violations")).toArray();
            QJsonObject v{{QStringLiteral("rule"), QStringLiteral("r")},
                          {QStringLiteral("message"), QStringLiteral("m")},
                          {QStringLiteral("line"), 1},
                          {QStringLiteral("col"), 2},
                          {QStringLiteral("layer"), QStringLiteral("audit")}};
            switch (below(5)) {
            case 0:
                v.insert(QStringLiteral("layer"), chance(50)
                                                      ? QStringLiteral("kernel")
                                                      : kHostile.at(below(int(kHostile.size()))));
                break;
            case 1:
                v.remove(QStringList{QStringLiteral("rule"), QStringLiteral("message"),
                                     QStringLiteral("line"), QStringLiteral("col"),
                                     QStringLiteral("layer")}
                             .at(below(5)));
                break;
            case 2:
                v.insert(QStringLiteral("line"), chance(50) ? -1.0 : 1.5);
                break;
            case 3:
                list.insert(below(int(list.size()) + 1),
                            chance(50) ? QJsonValue(QStringLiteral("x")) : QJsonValue(7));
                h.insert(QStringLiteral("violations"), list);
                return Effect::Invalid;
            default:
                v.insert(QStringLiteral("unknown"), randomValue()); // ignored by rule
                list.append(v);
                h.insert(QStringLiteral("violations"), list);
                return Effect::Valid;
            }
            list.insert(below(int(list.size()) + 1), v);
            h.insert(QStringLiteral("violations"), list);
            return Effect::Invalid;
        }
        case 6: { // times out of range
            static const double bad[] = {-1.0, 1e12, -0.001};
            h.insert(chance(50) ? QStringLiteral("duration_ms") : QStringLiteral("cpu_ms"),
                     bad[below(3)]);
            return Effect::Invalid;
        }
        case 7: { // peak memory not a whole number
            h.insert(QStringLiteral("peak_rss_kb"), chance(50) ? 1.5 : -3.0);
            return Effect::Invalid;
        }
        case 8: // a hostile figure format
            if (!changeFigure(reply, [this](QJsonObject &f) {
                    f.insert(QStringLiteral("format"), kHostile.at(below(int(kHostile.size()))));
                }))
                return Effect::Valid; // nothing changed
            return Effect::Invalid;
        case 9: // byte counts that do not add up to the payload
            if (!changeFigure(reply, [this](QJsonObject &f) {
                    static const double deltas[] = {1, -1, 1e6, -1e9, 0.5};
                    f.insert(QStringLiteral("bytes"),
                             f.value(QStringLiteral("bytes")).toDouble() + deltas[below(5)]);
                }))
                return Effect::Valid;
            return Effect::Invalid;
        case 10: { // more figures than the profile lets a cell keep, or one without bytes
            Reply &r = reply;
            QJsonArray figures = r.header.value(QStringLiteral("figures")).toArray();
            if (figures.isEmpty())
                return Effect::Valid; // nothing changed
            const QJsonValue first = figures.first();
            const int extra = chance(20) ? 20000 : m_limits.figures + 1 - int(figures.size());
            for (int i = 0; i < std::max(1, extra); ++i)
                figures.append(first);
            r.header.insert(QStringLiteral("figures"), figures);
            return Effect::Invalid;
        }
        case 11: { // a payload that is not what the figures say: a byte changed in the first
                   // PNG's signature or header or in the last one's end chunk, bytes added or cut
            if (reply.payload.isEmpty())
                return Effect::Valid; // nothing changed
            QByteArray &p = reply.payload;
            switch (below(4)) {
            case 0:
                p[below(int(std::min<qsizetype>(33, p.size())))] ^= char(1 + below(255));
                break;
            case 1:
                p[p.size() - 1 - below(int(std::min<qsizetype>(12, p.size())))] ^=
                    char(1 + below(255));
                break;
            case 2:
                p.append(QByteArray(1 + below(100), char(below(256))));
                break;
            default:
                p.chop(1 + below(100));
                break;
            }
            return Effect::Invalid;
        }
        case 12: { // a figure that is no PNG at all, its count right
            Reply &r = reply;
            QByteArray fake = chance(50) ? QByteArray("GIF89a") + QByteArray(100, 'g')
                                         : QByteArray("#!/bin/sh\nrm -rf ~\n");
            r.header.insert(
                QStringLiteral("figures"),
                QJsonArray{QJsonObject{{QStringLiteral("format"), QStringLiteral("png")},
                                       {QStringLiteral("bytes"), fake.size()},
                                       {QStringLiteral("width"), 10},
                                       {QStringLiteral("height"), 10}}});
            r.payload = fake;
            return Effect::Invalid;
        }
        case 13: // a figure's own size fields: informational, any valid value
            changeFigure(reply, [this](QJsonObject &f) {
                f.insert(QStringLiteral("width"), 1 + below(3000));
                f.insert(QStringLiteral("path"), QStringLiteral("../outside/evil.png")); // unknown
            });
            return Effect::Valid;
        case 14: { // packages with a value that is not a version string
            QJsonObject packages = h.value(QStringLiteral("packages")).toObject();
            packages.insert(QStringLiteral("numpy"),
                            chance(50) ? QJsonValue(1.26) : QJsonValue(QJsonArray{}));
            h.insert(QStringLiteral("packages"), packages);
            return Effect::Invalid;
        }
        default: { // another type of message
            static const QStringList types = {QStringLiteral("hello"), QStringLiteral("Result"),
                                              QStringLiteral("configured"), QStringLiteral("")};
            h.insert(QStringLiteral("type"), types.at(below(int(types.size()))));
            return Effect::Invalid;
        }
        }
    }

    // A reply made of noise: it must never pass (nor crash).
    Reply noise()
    {
        Reply r;
        r.name = QStringLiteral("noise");
        for (int i = below(12); i > 0; --i)
            r.header.insert(chance(50)
                                ? randomText(10)
                                : QStringList{QStringLiteral("type"), QStringLiteral("status"),
                                              QStringLiteral("figures"), QStringLiteral("stdout")}
                                      .at(below(4)),
                            randomValue());
        if (chance(50))
            r.header.insert(QStringLiteral("type"), QStringLiteral("result"));
        r.payload = QByteArray(below(64), char(below(256)));
        return r;
    }

private:
    // Changes one figure entry of the reply; false (nothing changed) when it has none.
    bool changeFigure(Reply &reply, const std::function<void(QJsonObject &)> &change)
    {
        QJsonArray figures = reply.header.value(QStringLiteral("figures")).toArray();
        if (figures.isEmpty())
            return false;
        const int i = below(int(figures.size()));
        QJsonObject f = figures.at(i).toObject();
        change(f);
        figures.replace(i, f);
        reply.header.insert(QStringLiteral("figures"), figures);
        return true;
    }

    QRandomGenerator m_random;
    const QList<Reply> &m_valid;
    ReplyLimits m_limits;
};

} // namespace

class TestReplyFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir replies(test::testDataDir() + QStringLiteral("/replies"));
        for (const QString &file : replies.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            Reply r;
            r.name = QFileInfo(file).completeBaseName();
            r.header = QJsonDocument::fromJson(test::readFile(replies.filePath(file))).object();
            r.payload = test::readFile(replies.filePath(r.name + QStringLiteral(".bin")));
            QVERIFY2(!r.header.isEmpty(), qPrintable(file));
            m_valid.append(r);
        }
        QVERIFY(m_valid.size() >= 4);
        m_figures = m_dir.filePath(QStringLiteral("session-1-figures"));
        QVERIFY(QDir().mkpath(m_figures));
        // What a hostile name would reach: a sibling folder and a file in it.
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("outside/keep.txt")), "keep"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("session-1"))));
    }

    void realRepliesDecodeAsTheWorkerSentThem()
    {
        for (const Reply &r : std::as_const(m_valid)) {
            const CellResult result = ReplyDecoder().decodeExecute(r.header, r.payload);
            QVERIFY2(result.status != RunStatus::Tampered,
                     qPrintable(r.name + QStringLiteral(": ") + result.stderrText));
            QCOMPARE(runStatusName(result.status),
                     r.header.value(QStringLiteral("status")).toString());
            QCOMPARE(result.stdoutText, r.header.value(QStringLiteral("stdout")).toString());
            QCOMPARE(result.violations.size(),
                     r.header.value(QStringLiteral("violations")).toArray().size());
        }
        const Reply &plot = valid(QStringLiteral("figures"));
        const CellResult result = ReplyDecoder().decodeExecute(plot.header, plot.payload);
        QCOMPARE(result.figures.size(), 2);
        // Sizes come from each PNG's own header, not from the reply's fields.
        QCOMPARE(result.figures[0].width, 640);
        QCOMPARE(result.figures[1].height, 300);
        QCOMPARE(result.result, std::optional<QString>(QStringLiteral("42")));
        const Reply &denied = valid(QStringLiteral("denied"));
        const CellResult d = ReplyDecoder().decodeExecute(denied.header, denied.payload);
        QCOMPARE(d.violations.first().layer, QStringLiteral("audit"));
        QCOMPARE(d.packages.value(QStringLiteral("pandas")).toString(), QStringLiteral("1.5.3"));
        // The names a run read and wrote (stale cells), as the worker sent them.
        const Reply &plain = valid(QStringLiteral("plain"));
        const CellResult p = ReplyDecoder().decodeExecute(plain.header, plain.payload);
        QVERIFY(p.names.known);
        QCOMPARE(p.names.read, QStringList{QStringLiteral("y")});
        QCOMPARE(p.names.written, QStringList{QStringLiteral("x")});
        // The keeper's own replies carry none: not known, which makes nothing stale.
        const Reply &timeout = valid(QStringLiteral("timeout"));
        QVERIFY(!ReplyDecoder().decodeExecute(timeout.header, timeout.payload).names.known);
    }

    void hostileRepliesAreTamperedWithAReasonNamingTheField_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<int>("payloadDelta");
        QTest::addColumn<QString>("reasonMentions");
        const auto figure = [](const QJsonValue &format, double bytes) {
            return QJsonArray{QJsonObject{{QStringLiteral("format"), format},
                                          {QStringLiteral("bytes"), bytes},
                                          {QStringLiteral("width"), 640},
                                          {QStringLiteral("height"), 480}},
                              QJsonObject{{QStringLiteral("format"), QStringLiteral("png")},
                                          {QStringLiteral("bytes"), 4582},
                                          {QStringLiteral("width"), 400},
                                          {QStringLiteral("height"), 300}}};
        };
        const QString fig = QStringLiteral("figures");
        const auto figureRow = [&](const char *name, const QString &format, double bytes,
                                   const QString &mentions) {
            QTest::newRow(name) << fig << QJsonObject{{fig, figure(format, bytes)}} << 0
                                << mentions;
        };
        figureRow("format with ../", QStringLiteral("../../x"), 22298, QStringLiteral("format"));
        figureRow("absolute path as format", QStringLiteral("/etc/cron.d/x"), 22298,
                  QStringLiteral("format"));
        figureRow("NUL in format", QString::fromUtf8("png\0/../x", 9), 22298,
                  QStringLiteral("\\x00"));
        figureRow("format not png", QStringLiteral("svg"), 22298, QStringLiteral("format"));
        figureRow("bytes one short", QStringLiteral("png"), 22297, QStringLiteral("PNG"));
        figureRow("negative bytes", QStringLiteral("png"), -5, QStringLiteral("'bytes'"));
        figureRow("huge bytes", QStringLiteral("png"), 1e18, QStringLiteral("'bytes'"));
        QTest::newRow("payload longer than the figures")
            << fig << QJsonObject() << 10 << QStringLiteral("bytes");
        QTest::newRow("payload shorter than the figures")
            << fig << QJsonObject() << -10 << QStringLiteral("bytes");
        QJsonArray many;
        for (int i = 0; i < 100000; ++i)
            many.append(figure(QStringLiteral("png"), 1).first());
        QTest::newRow("a hundred thousand figures")
            << fig << QJsonObject{{fig, many}} << 0 << QStringLiteral("'figures'");
        QTest::newRow("status not a run status")
            << QStringLiteral("plain")
            << QJsonObject{{QStringLiteral("status"), QStringLiteral("fine")}} << 0
            << QStringLiteral("status");
        QTest::newRow("status a number")
            << QStringLiteral("plain") << QJsonObject{{QStringLiteral("status"), 0}} << 0
            << QStringLiteral("status");
        QTest::newRow("stdout a list")
            << QStringLiteral("plain") << QJsonObject{{QStringLiteral("stdout"), QJsonArray{}}} << 0
            << QStringLiteral("stdout");
        QTest::newRow("result a number")
            << QStringLiteral("plain") << QJsonObject{{QStringLiteral("result"), 42}} << 0
            << QStringLiteral("result");
        QTest::newRow("violation layer unknown")
            << QStringLiteral("denied")
            << QJsonObject{{QStringLiteral("violations"),
                            QJsonArray{
                                QJsonObject{{QStringLiteral("rule"), QStringLiteral("r")},
                                            {QStringLiteral("message"), QStringLiteral("m")},
                                            {QStringLiteral("line"), 0},
                                            {QStringLiteral("col"), 0},
                                            {QStringLiteral("layer"), QStringLiteral("me")}}}}}
            << 0 << QStringLiteral("layer");
        QTest::newRow("violations not a list")
            << QStringLiteral("denied")
            << QJsonObject{{QStringLiteral("violations"), QStringLiteral("none")}} << 0
            << QStringLiteral("violations");
        // reads and writes (stale cells): lists of Python names, bounded, both or neither.
        const QString plain = QStringLiteral("plain");
        const QString reads = QStringLiteral("reads");
        const QString writes = QStringLiteral("writes");
        QTest::newRow("reads not a list") << plain << QJsonObject{{reads, QStringLiteral("df")}}
                                          << 0 << QStringLiteral("'reads'");
        QTest::newRow("a name a number")
            << plain << QJsonObject{{writes, QJsonArray{1}}} << 0 << QStringLiteral("'writes[0]'");
        QTest::newRow("a name with a space")
            << plain << QJsonObject{{reads, QJsonArray{QStringLiteral("a b")}}} << 0
            << QStringLiteral("no Python name");
        QTest::newRow("a name with a newline")
            << plain
            << QJsonObject{{writes, QJsonArray{QStringLiteral("ok"), QStringLiteral("a\nb")}}}
            << 0 << QStringLiteral("\\x0a");
        QTest::newRow("an empty name") << plain << QJsonObject{{reads, QJsonArray{QString()}}}
                                       << 0 << QStringLiteral("'reads[0]'");
        const QString tooLong(protocol::kLimitRunNameChars + 1, QLatin1Char('a'));
        QTest::newRow("a name too long") << plain << QJsonObject{{reads, QJsonArray{tooLong}}}
                                         << 0 << QStringLiteral("'reads[0]'");
        QJsonArray tooMany;
        for (int i = 0; i <= protocol::kLimitRunNames; ++i)
            tooMany.append(QStringLiteral("v%1").arg(i));
        QTest::newRow("too many names")
            << plain << QJsonObject{{writes, tooMany}} << 0 << QStringLiteral("'writes'");
        QTest::newRow("reads without writes")
            << QStringLiteral("error") << QJsonObject{{reads, QJsonArray{}}} << 0
            << QStringLiteral("without");
        QTest::newRow("negative duration")
            << QStringLiteral("plain") << QJsonObject{{QStringLiteral("duration_ms"), -1}} << 0
            << QStringLiteral("duration_ms");

        // Rich outputs (issue 15): each starts from the real reply and changes one thing.
        const Reply &rich = valid(QStringLiteral("rich"));
        const QJsonArray outputs = rich.header.value(QStringLiteral("rich_outputs")).toArray();
        const QString ro = QStringLiteral("rich_outputs");
        const auto richRow = [&](const char *name, int index,
                                 const std::function<void(QJsonObject &)> &change,
                                 const QString &mentions) {
            QJsonArray changed = outputs;
            QJsonObject item = changed.at(index).toObject();
            change(item);
            changed.replace(index, item);
            QTest::newRow(name) << QStringLiteral("rich") << QJsonObject{{ro, changed}} << 0
                                << mentions;
        };
        const auto setData = [](QJsonObject &item, const QString &mime, const QJsonValue &value) {
            QJsonObject data = item.value(QStringLiteral("data")).toObject();
            if (value.isUndefined())
                data.remove(mime);
            else
                data.insert(mime, value);
            item.insert(QStringLiteral("data"), data);
        };
        const auto setTable = [](QJsonObject &item, const QString &key, const QJsonValue &value) {
            QJsonObject table = item.value(QStringLiteral("table")).toObject();
            table.insert(key, value);
            item.insert(QStringLiteral("table"), table);
        };
        QTest::newRow("rich outputs not a list")
            << QStringLiteral("rich") << QJsonObject{{ro, QStringLiteral("x")}} << 0 << ro;
        QJsonArray tooManyOutputs;
        for (int i = 0; i <= protocol::kRichLimitCount; ++i)
            tooManyOutputs.append(outputs.first());
        QTest::newRow("rich outputs too many")
            << QStringLiteral("rich") << QJsonObject{{ro, tooManyOutputs}} << 0 << ro;
        richRow(
            "rich kind unknown", 0,
            [](QJsonObject &o) { o.insert(QStringLiteral("kind"), QStringLiteral("exec")); },
            QStringLiteral("kind"));
        richRow(
            "rich stdout_at negative", 0,
            [](QJsonObject &o) { o.insert(QStringLiteral("stdout_at"), -1); },
            QStringLiteral("stdout_at"));
        richRow(
            "rich stdout_at fractional", 0,
            [](QJsonObject &o) { o.insert(QStringLiteral("stdout_at"), 1.5); },
            QStringLiteral("stdout_at"));
        richRow(
            "rich text/plain missing", 0,
            [&](QJsonObject &o) { setData(o, QStringLiteral("text/plain"), QJsonValue::Undefined); },
            QStringLiteral("text/plain"));
        richRow(
            "rich html too long", 1,
            [&](QJsonObject &o) {
                setData(o, QStringLiteral("text/html"),
                        QString(protocol::kRichLimitTextChars + 1, QLatin1Char('x')));
            },
            QStringLiteral("text/html"));
        richRow(
            "rich markdown a number", 0,
            [&](QJsonObject &o) { setData(o, QStringLiteral("text/markdown"), 7); },
            QStringLiteral("text/markdown"));
        richRow(
            "rich png not base64", 2,
            [&](QJsonObject &o) { setData(o, QStringLiteral("image/png"), QStringLiteral("%%%")); },
            QStringLiteral("base64"));
        richRow(
            "rich png not a png", 2,
            [&](QJsonObject &o) {
                setData(o, QStringLiteral("image/png"),
                        QString::fromLatin1(QByteArray("GIF89a....").toBase64()));
            },
            QStringLiteral("PNG"));
        richRow(
            "rich table name a path", 3,
            [&](QJsonObject &o) { setTable(o, QStringLiteral("name"), QStringLiteral("../etc")); },
            QStringLiteral("variable name"));
        richRow(
            "rich table name with a newline", 3,
            [&](QJsonObject &o) { setTable(o, QStringLiteral("name"), QStringLiteral("a\nb")); },
            QStringLiteral("variable name"));
        richRow(
            "rich table rows negative", 3,
            [&](QJsonObject &o) { setTable(o, QStringLiteral("rows"), -1); },
            QStringLiteral("'rows'"));
        richRow(
            "rich table not an object", 3,
            [&](QJsonObject &o) { o.insert(QStringLiteral("table"), QJsonArray{}); },
            QStringLiteral("'table'"));
    }

    // The real rich reply: every output, in order, with its place in the printed text counted
    // in UTF-16 (the worker counts code points: "🙂" is one there, two here).
    void aRichReplyDecodesInOrder()
    {
        const Reply &r = valid(QStringLiteral("rich"));
        const CellResult result = ReplyDecoder().decodeExecute(r.header, r.payload);
        QVERIFY2(result.status == RunStatus::Ok, qPrintable(result.stderrText));
        const QList<RichOutput> &outputs = result.richOutputs;
        QCOMPARE(outputs.size(), 5);
        QCOMPARE(result.stdoutText.left(outputs[0].stdoutAt), QStringLiteral("héllo 🙂\n"));
        QCOMPARE(result.stdoutText.mid(outputs[0].stdoutAt, outputs[2].stdoutAt -
                                                                outputs[0].stdoutAt),
                 QStringLiteral("between\n"));
        QVERIFY(outputs[0].markdown.startsWith(QStringLiteral("# Totals")));
        QVERIFY(outputs[1].html.contains(QStringLiteral("<script>"))); // kept; never run (widgets)
        QCOMPARE(QSize(outputs[2].pngWidth, outputs[2].pngHeight), QSize(4, 3));
        QCOMPARE(outputs[3].tableName, QStringLiteral("df"));
        QCOMPARE(outputs[3].tableRows, qint64(2));
        QVERIFY(!outputs[3].isResult);
        QVERIFY(outputs[4].isResult);
        QVERIFY(isHiddenTableName(outputs[4].tableName));
        QCOMPARE(outputs[4].tableColumns, qint64(2));
        // A place past the printed text or before the previous output's is clamped, not refused.
        Reply moved = r;
        QJsonArray items = moved.header.value(QStringLiteral("rich_outputs")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("stdout_at"), 100000);
        items.replace(0, first);
        moved.header.insert(QStringLiteral("rich_outputs"), items);
        const CellResult clamped = ReplyDecoder().decodeExecute(moved.header, moved.payload);
        QVERIFY2(clamped.status == RunStatus::Ok, qPrintable(clamped.stderrText));
        for (const RichOutput &output : clamped.richOutputs)
            QCOMPARE(output.stdoutAt, clamped.stdoutText.size());
        // The store's spelling reads back the same.
        QVERIFY(richOutputsFromJson(richOutputsToJson(outputs)) == outputs);
    }

    void hostileRepliesAreTamperedWithAReasonNamingTheField()
    {
        QFETCH(QString, start);
        QFETCH(QJsonObject, changes);
        QFETCH(int, payloadDelta);
        QFETCH(QString, reasonMentions);
        Reply r = valid(start);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            r.header.insert(it.key(), it.value());
        if (payloadDelta > 0)
            r.payload.append(QByteArray(payloadDelta, 'z'));
        else
            r.payload.chop(-payloadDelta);
        const CellResult result = ReplyDecoder().decodeExecute(r.header, r.payload);
        QCOMPARE(result.status, RunStatus::Tampered);
        QVERIFY(result.figures.isEmpty());
        QCOMPARE(result.violations.size(), 1);
        QCOMPARE(result.violations.first().rule, QStringLiteral("reply-invalid"));
        QVERIFY2(result.violations.first().message.contains(reasonMentions),
                 qPrintable(result.violations.first().message));
        QVERIFY(result.stderrText.contains(result.violations.first().message));
    }

    // A snapshot that took over from a killed keeper names the request whose state it holds
    // (issue 19, PROTOCOL.md "restored_to"). Read on crashed replies only, a whole number below
    // the reply's own id; anything else is tampered, naming the field.
    void restoredToIsCheckedOnCrashedRepliesOnly_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QJsonValue>("restoredTo"); // undefined: the field is absent
        QTest::addColumn<bool>("tampered");
        QTest::addColumn<qint64>("expected"); // -1: no restoredTo
        const QString crashed = QStringLiteral("crashed");
        QTest::newRow("an earlier request") << crashed << QJsonValue(2) << false << qint64(2);
        QTest::newRow("none kept") << crashed << QJsonValue(0) << false << qint64(0);
        QTest::newRow("absent") << crashed << QJsonValue(QJsonValue::Undefined) << false
                                << qint64(-1);
        QTest::newRow("on an ok reply, ignored")
            << QStringLiteral("ok") << QJsonValue(0) << false << qint64(-1);
        QTest::newRow("on an error reply, ignored")
            << QStringLiteral("error") << QJsonValue(QStringLiteral("2")) << false << qint64(-1);
        QTest::newRow("this very request") << crashed << QJsonValue(3) << true << qint64(-1);
        QTest::newRow("a later request") << crashed << QJsonValue(4) << true << qint64(-1);
        QTest::newRow("negative") << crashed << QJsonValue(-1) << true << qint64(-1);
        QTest::newRow("fractional") << crashed << QJsonValue(1.5) << true << qint64(-1);
        QTest::newRow("huge") << crashed << QJsonValue(1e300) << true << qint64(-1);
        QTest::newRow("a string") << crashed << QJsonValue(QStringLiteral("2")) << true
                                  << qint64(-1);
        QTest::newRow("null") << crashed << QJsonValue(QJsonValue::Null) << true << qint64(-1);
    }

    void restoredToIsCheckedOnCrashedRepliesOnly()
    {
        QFETCH(QString, status);
        QFETCH(QJsonValue, restoredTo);
        QFETCH(bool, tampered);
        QFETCH(qint64, expected);
        Reply r = valid(QStringLiteral("plain")); // request id 3
        QCOMPARE(r.header.value(QStringLiteral("id")).toInteger(), 3);
        r.header.insert(QStringLiteral("status"), status);
        if (!restoredTo.isUndefined())
            r.header.insert(QStringLiteral("restored_to"), restoredTo);
        const CellResult result = ReplyDecoder().decodeExecute(r.header, r.payload);
        if (tampered) {
            QCOMPARE(result.status, RunStatus::Tampered);
            QVERIFY2(result.violations.first().message.contains(QStringLiteral("restored_to")),
                     qPrintable(result.violations.first().message));
            QVERIFY(!result.restoredTo);
            return;
        }
        QVERIFY2(result.status != RunStatus::Tampered, qPrintable(result.stderrText));
        QCOMPARE(runStatusName(result.status), status);
        QCOMPARE(result.restoredTo,
                 expected < 0 ? std::optional<quint64>() : std::optional<quint64>(expected));
    }

    void aPngIsCheckedNotTrusted_data()
    {
        QTest::addColumn<QByteArray>("header"); // the IHDR chunk: length, type, data, CRC
        QTest::addColumn<bool>("tail");         // keep the IEND chunk
        QTest::addColumn<QString>("refusal");   // empty: accepted as 640x480
        // CRCs computed with zlib.crc32, so only the field under test is wrong.
        QTest::newRow("the real header")
            << QByteArray::fromHex("0000000d4948445200000280000001e0080600000035d1dce4") << true
            << QString();
        QTest::newRow("20000 pixels wide")
            << QByteArray::fromHex("0000000d4948445200004e20000000640806000000638d0067") << true
            << QStringLiteral("pixels");
        QTest::newRow("colour type 5")
            << QByteArray::fromHex("0000000d4948445200000280000001e008050000002764730a") << true
            << QStringLiteral("pixel format");
        QTest::newRow("checksum wrong")
            << QByteArray::fromHex("0000000d4948445200000280000001e0080600000035d1dce5") << true
            << QStringLiteral("checksum");
        QTest::newRow("no end chunk")
            << QByteArray::fromHex("0000000d4948445200000280000001e0080600000035d1dce4") << false
            << QStringLiteral("end chunk");
    }

    void aPngIsCheckedNotTrusted()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, tail);
        QFETCH(QString, refusal);
        QByteArray png = valid(QStringLiteral("figures")).payload.left(22298);
        png.replace(8, 25, header);
        if (!tail)
            png.chop(12);
        QString why;
        const auto size = ReplyDecoder::pngSize(png, &why);
        if (refusal.isEmpty()) {
            QCOMPARE(size, std::optional(QSize(640, 480)));
        } else {
            QVERIFY(!size);
            QVERIFY2(why.contains(refusal), qPrintable(why));
        }
    }

    void theSaverNamesFilesItselfAndRefusesWhatIsNotAPng()
    {
        const auto before = snapshotTree(m_dir.path());
        const Reply &plot = valid(QStringLiteral("figures"));
        QList<Figure> figures = ReplyDecoder().decodeExecute(plot.header, plot.payload).figures;
        figures[0].format = QStringLiteral("../../outside/evil");
        figures[0].path = m_dir.filePath(QStringLiteral("outside/evil.png"));
        figures[1].format = QString::fromUtf8("png\0x", 5);
        QString error;
        QVERIFY2(RecordedFiles::saveFigures(figures, m_figures, 77, &error), qPrintable(error));
        QCOMPARE(figures[0].path, m_figures + QStringLiteral("/run-77-figure-1.png"));
        QCOMPARE(figures[1].path, m_figures + QStringLiteral("/run-77-figure-2.png"));
        QVERIFY(test::isPng(test::readFile(figures[1].path)));

        QList<Figure> fake{Figure()};
        fake[0].data = QByteArray("not a png at all");
        QVERIFY(!RecordedFiles::saveFigures(fake, m_figures, 78, &error));
        QVERIFY(error.contains(QStringLiteral("PNG")));
        QVERIFY(!QFileInfo::exists(m_figures + QStringLiteral("/run-78-figure-1.png")));
        checkOnlyFiguresChanged(before);
    }

    void randomAndMutatedRepliesNeverCrashNorWriteOutsideTheFigureFolder()
    {
        bool ok = false;
        quint32 seed = qEnvironmentVariableIntValue("SANDBENCH_FUZZ_SEED", &ok);
        if (!ok)
            seed = kDefaultSeed;
        int iterations = qEnvironmentVariableIntValue("SANDBENCH_FUZZ_ITERATIONS", &ok);
        if (!ok || iterations <= 0)
            iterations = kDefaultIterations;
        qInfo("reply fuzz: seed %u, %d iterations (SANDBENCH_FUZZ_SEED, "
              "SANDBENCH_FUZZ_ITERATIONS)",
              seed, iterations);
        const ReplyLimits limits; // the default profile's
        Fuzzer fuzz(seed, m_valid, limits);
        const ReplyDecoder decoder(limits);
        const auto before = snapshotTree(m_dir.path());
        QElapsedTimer clock;
        clock.start();
        int accepted = 0, refused = 0;
        for (int i = 0; i < iterations; ++i) {
            Reply reply;
            Effect effect = Effect::Valid;
            if (fuzz.chance(10)) {
                reply = fuzz.noise();
                effect = Effect::Invalid;
            } else {
                reply = fuzz.pickValid();
                // Changes that keep it valid, then at most one that breaks it, last, so that
                // no later change can repair it.
                for (int n = 1 + fuzz.below(3); n > 0 && effect == Effect::Valid; --n)
                    effect = fuzz.mutate(reply);
            }
            const CellResult result = decoder.decodeExecute(reply.header, reply.payload);
            const QByteArray context =
                QStringLiteral("iteration %1 (seed %2, from %3): %4")
                    .arg(i)
                    .arg(seed)
                    .arg(reply.name,
                         QString::fromUtf8(
                             QJsonDocument(reply.header).toJson(QJsonDocument::Compact).left(400)))
                    .toUtf8();
            if (effect == Effect::Invalid) {
                // Noise may happen to be a well-formed "error" reply; nothing else passes.
                const bool errorReply =
                    reply.header.value(QStringLiteral("type")) == QStringLiteral("error") &&
                    reply.header.value(QStringLiteral("message")).isString();
                if (!errorReply) {
                    QVERIFY2(result.status == RunStatus::Tampered, context.constData());
                    QVERIFY2(result.figures.isEmpty() && result.violations.size() == 1 &&
                                 !result.violations.first().message.isEmpty(),
                             context.constData());
                }
                ++refused;
            } else {
                QVERIFY2(result.status != RunStatus::Tampered,
                         QByteArray(context + " -> " + result.stderrText.toUtf8()).constData());
                ++accepted;
            }
            if (!result.figures.isEmpty()) {
                QList<Figure> figures = result.figures;
                QString error;
                QVERIFY2(RecordedFiles::saveFigures(figures, m_figures, 1000 + i, &error),
                         qPrintable(error));
            }
        }
        qInfo("reply fuzz: %d accepted, %d refused in %lld ms", accepted, refused, clock.elapsed());
        QVERIFY(accepted > iterations / 20 && refused > iterations / 2); // both sides exercised
        checkOnlyFiguresChanged(before);
    }

    void aForgedReplyIsRecordedTamperedAndTheWorkerReplaced()
    {
        // A stand-in for a worker whose cell rewrote the reply: the protocol spoken correctly, an
        // "ok" with a real PNG whose format names a path outside the output folder. The run
        // must be recorded tampered, nothing written, and the next cell get a fresh worker.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("fake-worker"));
        QVERIFY(test::writeFile(fake, kFakeWorkerPreamble + QByteArray(R"(while True:
    request = receive()
    if request is None:
        break
    kind, rid = request.get("type"), request.get("id")
    if kind == "configure":
        send({"type": "configured", "id": rid, "profile": "default", "layers": {}})
    elif kind == "execute":
        send({"type": "result", "id": rid, "status": "ok", "stdout": "", "stderr": "",
              "result": None, "duration_ms": 1.0, "truncated": {"stdout": False, "stderr": False},
              "violations": [],
              "figures": [{"format": "png/../../../escaped", "bytes": len(png), "width": 640,
                           "height": 480}]}, png)
    elif kind == "shutdown":
        send({"type": "bye", "id": rid})
        break
    else:
        send({"type": "error", "id": rid, "message": "not in this fake"})
)")));
        QVERIFY(
            QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray png = valid(QStringLiteral("figures")).payload.left(22298);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("figure.png")), png));

        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("runs.db")), &error);
        QVERIFY2(store, qPrintable(error));
        SessionConfig config;
        config.outputDir = dir.filePath(QStringLiteral("a/b/session"));
        config.workerProgram = fake;
        SessionRunner runner(*store, config);
        QSignalSpy finished(&runner, &SessionRunner::runFinished);
        QVERIFY2(runner.start(&error), qPrintable(error));
        const auto before = snapshotTree(dir.path());
        const qint64 forgingWorker = runner.workerProcessId();
        QVERIFY(forgingWorker > 0);
        runner.submit({QString(), QStringLiteral("1 + 1"), {}, {}, 1});
        QVERIFY(finished.wait(20000));
        const RunRecord run = finished.first().at(0).value<RunRecord>();
        QCOMPARE(run.status, RunStatus::Tampered);
        QVERIFY(run.figures.isEmpty());
        QCOMPARE(run.violations.size(), 1);
        QVERIFY2(run.violations.first().message.contains(QStringLiteral("format")),
                 qPrintable(run.violations.first().message));
        QCOMPARE(store->run(run.id)->status, RunStatus::Tampered);
        // Nothing appeared: no "escaped" file, no figure; only the store's own files changed.
        const auto after = snapshotTree(dir.path());
        for (auto it = after.begin(); it != after.end(); ++it)
            QVERIFY2(before.value(it.key()) == it.value() ||
                         it.key().startsWith(QLatin1String("runs.db")),
                     qPrintable(it.key()));
        QTRY_VERIFY_WITH_TIMEOUT(
            runner.workerProcessId() != forgingWorker && runner.workerProcessId() > 0, 20000);
    }

    void realQueryRepliesPass()
    {
        const QList<Reply> replies = queryReplies();
        QVERIFY(replies.size() >= 10);
        const ReplyDecoder decoder;
        for (const Reply &r : replies) {
            const auto problem = decoder.checkQuery(r.request, r.header, r.payload);
            QVERIFY2(!problem,
                     qPrintable(r.name + QStringLiteral(": ") + problem.value_or(QString())));
        }
    }

    void hostileQueryRepliesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("path");     // field, or field/index/field into lists and objects
        QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
        QTest::addColumn<int>("payloadDelta");
        QTest::addColumn<QString>("named"); // what the reason must name

        const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("variables not a list") << "variables"
                                              << "variables" << QJsonValue(7) << 0 << "'variables'";
        QTest::newRow("variable name a number")
            << "variables"
            << "variables/0/name" << QJsonValue(5) << 0 << "'name'";
        QTest::newRow("variable repr huge")
            << "variables"
            << "variables/1/repr" << QJsonValue(QString(5000, QLatin1Char('x'))) << 0 << "'repr'";
        QTest::newRow("variable shape negative")
            << "variables"
            << "variables/0/shape" << QJsonValue(QJsonArray{3, -1}) << 0 << "'shape'";
        QTest::newRow("variable bytes infinite")
            << "variables"
            << "variables/0/bytes" << QJsonValue(1e300) << 0 << "'bytes'";
        QTest::newRow("reply type of another request")
            << "variables"
            << "type" << QJsonValue(QStringLiteral("table")) << 0 << "type";
        QTest::newRow("type missing") << "check_ok"
                                      << "type" << removed << 0 << "'type'";
        QTest::newRow("check verdict unknown")
            << "check_ok"
            << "verdict" << QJsonValue(QStringLiteral("approved")) << 0 << "approved";
        QTest::newRow("check violation layer unknown")
            << "check_error"
            << "violations/0/layer" << QJsonValue(QStringLiteral("kernel")) << 0 << "kernel";
        QTest::newRow("check violations missing") << "check_ok"
                                                  << "violations" << removed << 0 << "'violations'";
        QTest::newRow("table row wider than columns")
            << "table_json"
            << "data/0" << QJsonValue(QJsonArray{1, 2, 3, 4}) << 0 << "row 1";
        QTest::newRow("table cell an object")
            << "table_json"
            << "data/1/0" << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << 0 << "cell 1";
        QTest::newRow("table rows negative") << "table_json"
                                             << "rows" << QJsonValue(-3) << 0 << "'rows'";
        QTest::newRow("table index shorter than data")
            << "table_json"
            << "index" << QJsonValue(QJsonArray{0}) << 0 << "'index'";
        QTest::newRow("binary page payload cut")
            << "table_binary"
            << "offset" << QJsonValue(0) << -10 << "table page";
        QTest::newRow("binary page sizes lie") << "table_binary"
                                               << "sizes/0" << QJsonValue(1e9) << 0 << "table page";
        QTest::newRow("summary count a string")
            << "summary_numeric"
            << "count" << QJsonValue(QStringLiteral("3")) << 0 << "'count'";
        QTest::newRow("summary chart type unknown")
            << "summary_numeric"
            << "chart/type" << QJsonValue(QStringLiteral("pie")) << 0 << "pie";
        QTest::newRow("summary chart counts negative")
            << "summary_text"
            << "chart/counts/0" << QJsonValue(-1) << 0 << "'counts'";
        QTest::newRow("summary top not a pair")
            << "summary_text"
            << "top/0" << QJsonValue(QJsonArray{1}) << 0 << "'top'";
        QTest::newRow("summary mean an object")
            << "summary_numeric"
            << "mean" << QJsonValue(QJsonObject{}) << 0 << "'mean'";
        QTest::newRow("export path huge")
            << "export"
            << "path" << QJsonValue(QString(5000, QLatin1Char('/'))) << 0 << "'path'";
        QTest::newRow("export rows fractional") << "export"
                                                << "rows" << QJsonValue(2.5) << 0 << "'rows'";
        QTest::newRow("error message not text")
            << "error_table"
            << "message" << QJsonValue(QJsonArray{}) << 0 << "'message'";
        // Issue 15: the editor's completions and help, and Convert to Code.
        QTest::newRow("completion kind unknown")
            << "completions"
            << "matches/0/kind" << QJsonValue(QStringLiteral("<b>evil</b>")) << 0 << "'kind'";
        QTest::newRow("completion name empty")
            << "completions"
            << "matches/0/name" << QJsonValue(QString()) << 0 << "'name'";
        QTest::newRow("completion name huge")
            << "completions"
            << "matches/0/name" << QJsonValue(QString(5000, QLatin1Char('a'))) << 0 << "'name'";
        QTest::newRow("completions too many")
            << "completions"
            << "matches"
            << QJsonValue(QJsonArray::fromStringList(QStringList(6000, QStringLiteral("x")))) << 0
            << "'matches'";
        QTest::newRow("help doc huge")
            << "help"
            << "doc" << QJsonValue(QString(70 * 1024, QLatin1Char('d'))) << 0 << "'doc'";
        QTest::newRow("help signature a list")
            << "help"
            << "signature" << QJsonValue(QJsonArray{}) << 0 << "'signature'";
        QTest::newRow("help kind unknown")
            << "help"
            << "kind" << QJsonValue(QStringLiteral("trusted")) << 0 << "'kind'";
        QTest::newRow("view code not text")
            << "view_code"
            << "code" << QJsonValue(1) << 0 << "'code'";
    }

    void hostileQueryRepliesAreRefusedNamingTheField()
    {
        QFETCH(QString, start);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(int, payloadDelta);
        QFETCH(QString, named);
        Reply r = queryReply(start);
        r.header = setPath(r.header, path.split(QLatin1Char('/')), value).toObject();
        if (payloadDelta < 0)
            r.payload.chop(-payloadDelta);
        const auto problem = ReplyDecoder().checkQuery(r.request, r.header, r.payload);
        QVERIFY2(problem, QJsonDocument(r.header).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(problem->contains(named), qPrintable(*problem));
    }

    void randomQueryRepliesNeverCrashAndWrongTypesAreRefused()
    {
        bool ok = false;
        quint32 seed = qEnvironmentVariableIntValue("SANDBENCH_FUZZ_SEED", &ok);
        if (!ok)
            seed = kDefaultSeed;
        int iterations = qEnvironmentVariableIntValue("SANDBENCH_FUZZ_ITERATIONS", &ok);
        if (!ok || iterations <= 0)
            iterations = kDefaultIterations;
        const QList<Reply> replies = queryReplies();
        Fuzzer fuzz(seed, m_valid, ReplyLimits{});
        const ReplyDecoder decoder;
        const auto before = snapshotTree(m_dir.path());
        int accepted = 0, refused = 0;
        for (int i = 0; i < iterations; ++i) {
            Reply r = replies.at(fuzz.below(int(replies.size())));
            bool mustRefuse = false;
            // Somewhere in the reply, at any depth: a value replaced by a random one, or removed;
            // a top-level known field given a value of the wrong JSON type (must be refused).
            QStringList path = randomPath(fuzz, r.header);
            const int how = fuzz.below(4);
            if (how == 0 && path.size() == 1 && r.header.value(path.first()).isString() &&
                path.first() != QLatin1String("_request")) {
                r.header.insert(path.first(), QJsonArray{1});
                mustRefuse = true;
            } else if (how == 1) {
                r.header = setPath(r.header, path, QJsonValue(QJsonValue::Undefined)).toObject();
            } else if (how == 2) {
                r.payload = r.payload.left(fuzz.below(int(r.payload.size()) + 1)) +
                            fuzz.randomText(8).toUtf8();
            } else {
                r.header = setPath(r.header, path, fuzz.randomValue()).toObject();
            }
            const QString request = fuzz.chance(5) ? fuzz.randomText(10) : r.request;
            const auto problem = decoder.checkQuery(request, r.header, r.payload);
            if (mustRefuse)
                QVERIFY2(problem, qPrintable(QStringLiteral("iteration %1 (seed %2): %3 of %4")
                                                 .arg(i)
                                                 .arg(seed)
                                                 .arg(path.join(QLatin1Char('/')), r.name)));
            problem ? ++refused : ++accepted;
        }
        qInfo("query reply fuzz: %d accepted, %d refused", accepted, refused);
        QVERIFY(accepted > 0 && refused > iterations / 10);
        checkOnlyFiguresChanged(before);
    }

    void aMalformedQueryReplyIsAnErrorAndTheWorkerReplaced()
    {
        // A stand-in whose user objects wrote the variables list: a name that is no text. The
        // caller gets an error naming the field, never the list; the worker is stopped and the
        // next cell starts a fresh one.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("fake-worker"));
        QVERIFY(test::writeFile(fake, kFakeWorkerPreamble + QByteArray(R"(while True:
    request = receive()
    if request is None:
        break
    kind, rid = request.get("type"), request.get("id")
    if kind == "configure":
        send({"type": "configured", "id": rid, "profile": "default", "layers": {}})
    elif kind == "variables":
        send({"type": "variables", "id": rid,
              "variables": [{"name": {"$ne": 1}, "type": "int", "shape": None, "repr": "1"}]})
    elif kind == "shutdown":
        send({"type": "bye", "id": rid})
        break
    else:
        send({"type": "error", "id": rid, "message": "not in this fake"})
)")));
        QVERIFY(
            QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("figure.png")), "png"));
        QString error;
        auto store = RunStore::open(dir.filePath(QStringLiteral("runs.db")), &error);
        QVERIFY2(store, qPrintable(error));
        SessionConfig config;
        config.outputDir = dir.filePath(QStringLiteral("session"));
        config.workerProgram = fake;
        SessionRunner runner(*store, config);
        QVERIFY2(runner.start(&error), qPrintable(error));
        const qint64 first = runner.workerProcessId();
        QVERIFY(first > 0);
        QueryReply *query = runner.queryVariables();
        std::optional<VariablesReply> answer;
        QObject::connect(query, &QueryReply::finished, &runner,
                         [&] { answer = query->variables(); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(!answer->ok);
        const QString message = answer->error;
        QVERIFY2(message.contains(QStringLiteral("'name'")) &&
                     message.contains(QStringLiteral("variables")),
                 qPrintable(message));
        QCOMPARE(runner.workerState(), WorkerClient::State::Failed);
        // The next cell gets a fresh worker.
        QSignalSpy finished(&runner, &SessionRunner::runFinished);
        runner.submit({QString(), QStringLiteral("1 + 1"), {}, {}, 1});
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(runner.workerProcessId() != first && runner.workerProcessId() > 0,
                                 20000);
    }

private:
    QList<Reply> queryReplies() const
    {
        QList<Reply> out;
        const QDir dir(test::testDataDir() + QStringLiteral("/query-replies"));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            Reply r;
            r.name = QFileInfo(file).completeBaseName();
            r.header = QJsonDocument::fromJson(test::readFile(dir.filePath(file))).object();
            // What the reply answered: written down with it by the script that made it.
            r.request = r.header.take(QStringLiteral("_request")).toString();
            const QString bin = dir.filePath(r.name + QStringLiteral(".bin"));
            if (QFile::exists(bin))
                r.payload = test::readFile(bin);
            out.append(r);
        }
        return out;
    }

    Reply queryReply(const QString &name) const
    {
        for (const Reply &r : queryReplies())
            if (r.name == name)
                return r;
        qFatal("no recorded query reply %s", qPrintable(name));
    }

    // value at path inside node (objects by key, lists by index); an undefined value removes.
    static QJsonValue setPath(const QJsonValue &node, QStringList path, const QJsonValue &value)
    {
        if (path.isEmpty())
            return value;
        const QString key = path.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int at = key.toInt();
            if (at < 0 || at >= array.size())
                return array;
            if (path.isEmpty() && value.isUndefined())
                array.removeAt(at);
            else
                array[at] = setPath(array.at(at), path, value);
            return array;
        }
        QJsonObject object = node.toObject();
        if (path.isEmpty() && value.isUndefined())
            object.remove(key);
        else
            object.insert(key, setPath(object.value(key), path, value));
        return object;
    }

    // A random place in the reply: a key, then maybe deeper into its lists and objects.
    static QStringList randomPath(Fuzzer &fuzz, const QJsonObject &header)
    {
        QStringList path;
        QJsonValue node = header;
        while (true) {
            if (node.isObject() && !node.toObject().isEmpty()) {
                const QStringList keys = node.toObject().keys();
                path.append(keys.at(fuzz.below(int(keys.size()))));
                node = node.toObject().value(path.last());
            } else if (node.isArray() && !node.toArray().isEmpty()) {
                const int at = fuzz.below(int(node.toArray().size()));
                path.append(QString::number(at));
                node = node.toArray().at(at);
            } else {
                break;
            }
            if (fuzz.chance(40))
                break;
        }
        if (path.isEmpty())
            path.append(QStringLiteral("type"));
        return path;
    }

    const Reply &valid(const QString &name) const
    {
        for (const Reply &r : m_valid)
            if (r.name == name)
                return r;
        qFatal("no recorded reply %s", qPrintable(name));
    }

    // Only files named run-<id>-figure-<k>.png in the figure folder may have appeared or
    // changed; everything else in the tree is as it was.
    void checkOnlyFiguresChanged(const QMap<QString, QString> &before)
    {
        static const QRegularExpression figureName(
            QStringLiteral("^session-1-figures/run-\\d+-figure-\\d+\\.png$"));
        const auto after = snapshotTree(m_dir.path());
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) == it.value())
                continue;
            QVERIFY2(
                figureName.match(it.key()).hasMatch() &&
                    it.value().startsWith(QLatin1String("file")),
                qPrintable(QStringLiteral("unexpected change: %1 (%2)").arg(it.key(), it.value())));
        }
        for (auto it = before.begin(); it != before.end(); ++it)
            QVERIFY2(after.contains(it.key()), qPrintable(QStringLiteral("removed: ") + it.key()));
    }

    QTemporaryDir m_dir;
    QString m_figures;
    QList<Reply> m_valid;
};

QTEST_GUILESS_MAIN(TestReplyFuzz)
#include "tst_replyfuzz.moc"
