// The red-team and benign suites, run through the real `sandbench run` and judged from OUTSIDE:
// a canary folder, a secret, a listening port, the process table and a fake home folder say
// whether an attack had an effect, whatever status the run reported.
//
// CMake registration (tests/CMakeLists.txt): three passes, each in SANDBENCH_REDTEAM_SHARDS shards
// (SANDBENCH_REDTEAM_SHARD=K/N) that CTest runs side by side: tst_redteam_user_K (attacks and
// benign scripts as the current user), tst_redteam_as_nobody_K (the attacks as an unprivileged
// user: as root, RLIMIT_NPROC is not enforced and file modes hide escapes; needs root and
// util-linux setpriv, skips otherwise) and tst_redteam_kernel_layers_K (the same with the
// in-process layers off).
//
// Files: SANDBENCH_REDTEAM_DIR/attacks/*.py and SANDBENCH_REDTEAM_DIR/../benign/*.py. One row per
// file; run one with `tst_redteam
// attackIsBlockedWithoutSideEffects:042_methodcaller_subclasses_popen.py`.
//
// Attack header (tests/redteam/README.md), one "# key: value" line each:
//   - attack: what it tries
//   - expect: statuses that count as blocked (rejected denied error timeout memory output_limit
//     crashed tampered)
//   - check: side-effect checks (canary secret port survivor outside-write)
//   - attack-cell: N (optional; default the last cell; numbered as `sandbench run` numbers cells)
//   - state-cell: N (optional; a later cell that must end ok: the attack's state is gone)
//   - layers-off: static runtime (optional; the advisory Python layers the row runs without)
// Every row is judged from the run store too: the recorded status must be the reported one.
// Benign header:
//   # benign: what it does
//   # writes: files it must leave in the output folder
// Placeholders substituted in the text: {CANARY_DIR} {SECRET_FILE} {PORT} {TOKEN} {HOME} {DB}
// {OTHER_OUT} {DATA_DIR}.
//
// Environment: SANDBENCH_REDTEAM_AS_USER=nobody runs sandbench as uid/gid 65534 through setpriv
// (when the test runs as root) with every file of the fixture world-writable, so only the sandbox
// can stop an attack. SANDBENCH_REDTEAM_ALL_CHECKS=1 runs every side-effect check on every row.
// SANDBENCH_REDTEAM_PROFILE=NAME|PATH passes `--profile` to the attack runs (e.g. a profile with
// the in-process layers relaxed, to prove the kernel layers hold on their own).
// SANDBENCH_REDTEAM_SHARD=K/N keeps the K-th of every N rows of each suite (rows K-1, K-1+N, ...
// in file order), so CTest can run a pass as N tests side by side; the N shards together run
// every row.
#include "percentformat.h"
#include "runstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sandbench;

namespace {

constexpr int kRunTimeoutMs = 90000;
// How long a process of a finished run may take to go with its namespace before it counts as a
// survivor. Not a pause: the check ends as soon as none is left.
constexpr int kSurvivorGraceMs = 10000;
// pending_review: the cell waits unrun for a reviewer (code it hides, such as unpickling); what an
// approved cell could do is what the layers-off rows prove the audit hook and kernel still stop.
const QStringList kStatuses{
    QStringLiteral("rejected"), QStringLiteral("denied"),   QStringLiteral("error"),
    QStringLiteral("timeout"),  QStringLiteral("memory"),   QStringLiteral("output_limit"),
    QStringLiteral("crashed"),  QStringLiteral("tampered"), QStringLiteral("pending_review")};
// Layers an attack may ask to run without (`# layers-off:`): the Python advisors, which the issue
// showed a cell can get around, so the row tests what holds behind them.
const QStringList kAdvisoryLayers{QStringLiteral("static"), QStringLiteral("runtime")};
const QStringList kChecks{QStringLiteral("canary"), QStringLiteral("secret"),
                          QStringLiteral("port"), QStringLiteral("survivor"),
                          QStringLiteral("outside-write")};
const QByteArray kKeepContent("keep me: the canary must stay exactly like this\n");

QString sandbenchProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sandbench");
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QStringList headerValues(const QString &text, const QString &key, bool *present = nullptr)
{
    const QRegularExpression re(
        QStringLiteral("^#\\s*%1:(.*)$").arg(QRegularExpression::escape(key)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = re.match(text);
    if (present)
        *present = match.hasMatch();
    return match.hasMatch() ? match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                            : QStringList();
}

// Everything under a folder, for "did anything change": mode, size, mtime and content hash.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        QByteArray value = QByteArray::number(st.st_mode, 8) + ' ' +
                           QByteArray::number(qint64(st.st_size)) + ' ' +
                           QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' +
                           QByteArray::number(qint64(st.st_mtim.tv_nsec));
        if (S_ISREG(st.st_mode) && st.st_size < 64 * 1024 * 1024)
            value +=
                ' ' +
                QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex();
        else if (S_ISLNK(st.st_mode))
            value += " -> " + QFile::encodeName(QFile::symLinkTarget(path));
        entries.insert(QDir(root).relativeFilePath(path), value);
    }
    return entries;
}

QStringList snapshotDiff(const QMap<QString, QByteArray> &before,
                         const QMap<QString, QByteArray> &after)
{
    QStringList changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes << QStringLiteral("created %1").arg(it.key());
        else if (before.value(it.key()) != it.value())
            changes << QStringLiteral("changed %1").arg(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes << QStringLiteral("deleted %1").arg(it.key());
    }
    return changes;
}

// Streams a file (following a planted symlink on purpose: what the output folder shows is what
// the app would export) and looks for needle, across chunk borders.
bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray carry;
    while (true) {
        const QByteArray chunk = file.read(4 * 1024 * 1024);
        if (chunk.isEmpty())
            return false;
        const QByteArray window = carry + chunk;
        if (window.contains(needle))
            return true;
        carry = window.right(needle.size() - 1);
    }
}

struct Process
{
    qint64 pid = 0;
    QString what;
};

// Processes that belong to the run: a command line carrying the token (anything the attack
// spawned), or a working directory inside the row's folder (the worker, its forks and their
// children, which inherit the output folder as their cwd).
QList<Process> processesOfRun(const QString &rowRoot, const QByteArray &token)
{
    QList<Process> found;
    const qint64 self = QCoreApplication::applicationPid();
    QDirIterator it(QStringLiteral("/proc"));
    while (it.hasNext()) {
        const QString entry = it.next();
        bool numeric = false;
        const qint64 pid = QFileInfo(entry).fileName().toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        const QByteArray cmdline = test::readFile(entry + QStringLiteral("/cmdline"));
        const QString cwd = QFile::symLinkTarget(entry + QStringLiteral("/cwd"));
        const bool byToken = !token.isEmpty() && cmdline.contains(token);
        const bool byCwd =
            !cwd.isEmpty() && (cwd == rowRoot || cwd.startsWith(rowRoot + QLatin1Char('/')));
        if (byToken || byCwd) {
            QByteArray shown = cmdline;
            shown.replace('\0', ' ');
            found.append({pid, QStringLiteral("%1 [%2] %3")
                                   .arg(pid)
                                   .arg(byToken ? QStringLiteral("token") : QStringLiteral("cwd"))
                                   .arg(QString::fromUtf8(shown.left(100)))});
        }
    }
    return found;
}

void chmodTree(const QString &root)
{
    ::chmod(QFile::encodeName(root).constData(), 0777);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink())
            continue;
        ::chmod(QFile::encodeName(path).constData(), info.isDir() ? 0777 : 0666);
    }
}

// One row's world: every path an attack may aim at, outside every zone but the output folder.
struct Fixture
{
    QString root;   // the row's folder
    QString canary; // a folder outside every zone holding keep.txt
    QString secretFile;
    QString home;     // HOME of the sandbench process, with .ssh/id_rsa = the secret
    QString out;      // the run's output folder
    QString otherOut; // another session's output folder holding the secret
    QString db;       // the run store, seeded with an earlier run that printed the secret
    QString dataDir;  // registered datasets
    QString script;
    QByteArray secret;
    QByteArray token;
    QMap<QString, QByteArray> homeBefore;
    QMap<QString, QByteArray> canaryBefore;
    mode_t canaryMode = 0;
    QString setupError;
};

struct RunOutcome
{
    bool finished = false; // exited on its own within the time limit
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    int connections = 0;
    QList<QJsonObject> lines;
    QList<Process> survivors;
};

} // namespace

class TestRedTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_attacksDir;
    QString m_benignDir;
    bool m_asNobody = false;
    bool m_allChecks = false;
    QString m_setpriv;
    QString m_attackProfile;
    // SANDBENCH_REDTEAM_KERNEL_LAYERS=1: the in-process layers (static check, restricted runtime)
    // are switched off, so every attack meets the audit hook and the kernel alone; only the side
    // effects are judged, since a verdict like "rejected" cannot happen without the static check.
    bool m_kernelLayersOnly = false;
    int m_rowCounter = 0;
    // SANDBENCH_REDTEAM_SHARD=K/N: this process runs rows K-1, K-1+N, ... of each suite.
    int m_shard = 1;
    int m_shards = 1;

    // The rows of a suite this shard runs: every N-th file, starting at the K-th.
    QStringList shardOf(const QStringList &files) const
    {
        QStringList kept;
        for (qsizetype i = m_shard - 1; i < files.size(); i += m_shards)
            kept << files.at(i);
        return kept;
    }

    QString redteamDir() const
    {
        QString dir = qEnvironmentVariable("SANDBENCH_REDTEAM_DIR");
        if (dir.isEmpty() && !test::testDataDir().isEmpty())
            dir = test::testDataDir() + QStringLiteral("/../redteam");
        if (dir.isEmpty() || !QFileInfo(dir).isDir())
            dir = QFINDTESTDATA("redteam");
        return QDir::cleanPath(dir);
    }

    static QStringList scriptsIn(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    }

    Fixture makeFixture(const QString &scriptText, bool benign)
    {
        Fixture f;
        f.root =
            m_root.filePath(QStringLiteral("row-%1").arg(++m_rowCounter, 3, 10, QLatin1Char('0')));
        f.canary = f.root + QStringLiteral("/canary");
        f.secretFile = f.root + QStringLiteral("/secret.txt");
        f.home = f.root + QStringLiteral("/home");
        f.out = f.root + QStringLiteral("/runs/out");
        f.otherOut = f.root + QStringLiteral("/runs/session-7");
        f.db = f.root + QStringLiteral("/sandbench.db");
        f.dataDir = f.root + QStringLiteral("/data");
        f.script = f.root + QStringLiteral("/cell_script.py");
        f.secret = "SBSECRET-" + randomHex(16).toLatin1();
        f.token = "sbtok" + randomHex(8).toLatin1();

        QDir().mkpath(f.canary);
        QDir().mkpath(f.out);
        QDir().mkpath(f.dataDir);
        test::writeFile(f.canary + QStringLiteral("/keep.txt"), kKeepContent);
        test::writeFile(f.secretFile, f.secret + '\n');
        test::writeFile(f.home + QStringLiteral("/.ssh/id_rsa"),
                        "-----BEGIN OPENSSH PRIVATE KEY-----\n" + f.secret +
                            "\n-----END OPENSSH PRIVATE KEY-----\n");
        test::writeFile(f.home + QStringLiteral("/.bashrc"), "# fake home of the red-team run\n");
        test::writeFile(f.otherOut + QStringLiteral("/report.csv"),
                        "name,value\ntoken," + f.secret + '\n');
        if (benign) {
            const QString sample = QFileInfo(test::sampleSalesCsv()).absolutePath();
            QFile::copy(sample + QStringLiteral("/sales.csv"),
                        f.dataDir + QStringLiteral("/sales.csv"));
            QFile::copy(sample + QStringLiteral("/regions.csv"),
                        f.dataDir + QStringLiteral("/regions.csv"));
        } else {
            test::writeFile(f.dataDir + QStringLiteral("/d.csv"), "a\n1\n2\n3\n");
        }
        f.setupError = seedDatabase(f);
        Q_UNUSED(scriptText)
        if (m_asNobody)
            chmodTree(f.root);
        f.homeBefore = snapshot(f.home);
        f.canaryBefore = snapshot(f.canary);
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(f.canary).constData(), &st) == 0)
            f.canaryMode = st.st_mode;
        return f;
    }

    // An earlier session whose output held the secret: reading the database must not leak it.
    static QString seedDatabase(const Fixture &f)
    {
        QString error;
        auto store = RunStore::open(f.db, &error);
        if (!store)
            return error;
        const qint64 session =
            store->createSession(QStringLiteral("earlier.py"), f.otherOut, &error);
        if (session <= 0)
            return error;
        RunRecord run;
        run.sessionId = session;
        run.cellIndex = 1;
        run.code = QStringLiteral("print(api_key)");
        run.status = RunStatus::Ok;
        run.stdoutText = QString::fromLatin1(f.secret) + QLatin1Char('\n');
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        if (!store->recordRun(run, {}, &error))
            return error;
        return QString();
    }

    QString substitute(QString text, const Fixture &f, quint16 port) const
    {
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("CANARY_DIR"), f.canary},
            {QStringLiteral("SECRET_FILE"), f.secretFile},
            {QStringLiteral("PORT"), QString::number(port)},
            {QStringLiteral("TOKEN"), QString::fromLatin1(f.token)},
            {QStringLiteral("HOME"), f.home},
            {QStringLiteral("DB"), f.db},
            {QStringLiteral("OTHER_OUT"), f.otherOut},
            {QStringLiteral("DATA_DIR"), f.dataDir},
        };
        for (const auto &[name, value] : values)
            text.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
        return text;
    }

    RunOutcome runSandbench(const Fixture &f, const QStringList &arguments, QTcpServer &server)
    {
        RunOutcome outcome;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &outcome] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++outcome.connections;
                socket->abort(); // an HTTP client gets no answer: it fails instead of hanging
                socket->deleteLater();
            }
        });

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), f.home);
        env.insert(QStringLiteral("SANDBENCH_TEST_SECRET"), QString::fromLatin1(f.secret));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("xdg-cache")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(f.root);
        const bool nobody = m_asNobody;
        process.setChildProcessModifier([nobody] {
            // Its own process group, so a run that hangs is killed as a whole. The limits are a
            // safety net looser than every profile limit: they never produce a "blocked" status
            // of their own, they only keep the machine alive while the sandbox is incomplete.
            ::setsid();
            const auto limit = [](int resource, rlim_t value) {
                struct rlimit current
                {
                };
                if (::getrlimit(resource, &current) == 0 &&
                    (current.rlim_max == RLIM_INFINITY || current.rlim_max > value)) {
                    const struct rlimit wanted
                    {
                        value, value
                    };
                    ::setrlimit(resource, &wanted);
                }
            };
            limit(RLIMIT_AS, rlim_t(12) << 30);
            limit(RLIMIT_FSIZE, rlim_t(4) << 30);
            limit(RLIMIT_CORE, 0);
            if (nobody)
                limit(RLIMIT_NPROC, 2048);
        });
        QStringList fullArguments = arguments;
        QString program = sandbenchProgram();
        if (m_asNobody) {
            fullArguments =
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                arguments;
            program = m_setpriv;
        }

        constexpr qsizetype kKeep = 256 * 1024 * 1024;
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            const QByteArray chunk = process.readAllStandardOutput();
            if (outcome.out.size() < kKeep)
                outcome.out += chunk.left(kKeep - outcome.out.size());
        });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
            const QByteArray chunk = process.readAllStandardError();
            if (outcome.err.size() < kKeep)
                outcome.err += chunk.left(kKeep - outcome.err.size());
        });
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop,
                         [&loop](QProcess::ProcessError e) {
                             if (e == QProcess::FailedToStart)
                                 loop.quit();
                         });
        process.start(program, fullArguments);
        deadline.start(kRunTimeoutMs);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        outcome.finished = process.state() == QProcess::NotRunning && deadline.isActive();
        if (process.state() != QProcess::NotRunning) {
            const qint64 pid = process.processId();
            if (pid > 0) {
                ::kill(pid_t(-pid), SIGKILL);
                ::kill(pid_t(pid), SIGKILL);
            }
            process.waitForFinished(10000);
        }
        outcome.out +=
            process.readAllStandardOutput().left(qMax<qsizetype>(0, kKeep - outcome.out.size()));
        outcome.err +=
            process.readAllStandardError().left(qMax<qsizetype>(0, kKeep - outcome.err.size()));
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;

        // Nothing of the run may remain. The sandbox's processes go with the worker's namespace,
        // which the kernel tears down on its own time: wait until none is left rather than for a
        // fixed grace. What an attack scheduled for later (a detached child's late write or
        // connection) needs a live process, so once none is left it cannot happen any more, and
        // one still there after seconds has escaped and is a survivor.
        QList<Process> remaining;
        (void)QTest::qWaitFor(
            [&] { return (remaining = processesOfRun(f.root, f.token)).isEmpty(); },
            kSurvivorGraceMs);
        outcome.survivors = remaining;
        for (const Process &p : std::as_const(remaining))
            ::kill(pid_t(p.pid), SIGKILL);
        (void)QTest::qWaitFor(
            [&] {
                remaining = processesOfRun(f.root, f.token);
                for (const Process &p : std::as_const(remaining))
                    ::kill(pid_t(p.pid), SIGKILL); // a survivor may have forked meanwhile
                return remaining.isEmpty();
            },
            kSurvivorGraceMs);
        // A connection made before the run's processes ended sits in the listen queue already:
        // take it now (newConnection counts it) instead of waiting for the event loop to.
        for (int i = 0; i < 1000 && server.waitForNewConnection(0); ++i) {
        }
        server.close();

        for (const QByteArray &line : outcome.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (doc.isObject())
                outcome.lines.append(doc.object());
        }
        return outcome;
    }

    // The default profile with these layers switched off, written once; empty on failure.
    QString profileWithout(const QStringList &layers)
    {
        QJsonObject profile =
            QJsonDocument::fromJson(test::readFile(QCoreApplication::applicationDirPath() +
                                                   QStringLiteral("/../share/sandbench/"
                                                                  "profiles/default.json")))
                .object();
        if (profile.isEmpty())
            return QString();
        const QString name = QStringLiteral("without-") + layers.join(QLatin1Char('-'));
        QJsonObject off;
        for (const QString &layer : layers)
            off.insert(layer, false);
        profile.insert(QStringLiteral("name"), name);
        profile.insert(QStringLiteral("layers"), off);
        const QString path = m_root.filePath(name + QStringLiteral(".json"));
        if (!test::writeFile(path, QJsonDocument(profile).toJson()))
            return QString();
        ::chmod(QFile::encodeName(path).constData(), 0644);
        return path;
    }

    // What the run store recorded for a cell's run, the record the review queue, the export and
    // `--check` vouch for: it must say what the --json line said.
    static QString recordedStatus(const Fixture &f, const QJsonObject &line)
    {
        const QJsonValue id = line.value(QStringLiteral("run_id"));
        if (!id.isDouble())
            return QStringLiteral("(not recorded)");
        QString error;
        auto store = RunStore::open(f.db, &error);
        const auto run = store ? store->run(id.toInteger(), &error) : std::nullopt;
        return run ? runStatusName(run->status) : QStringLiteral("(unreadable: %1)").arg(error);
    }

    QStringList baseArguments(const Fixture &f) const
    {
        return {QStringLiteral("run"),   QStringLiteral("--json"),
                QStringLiteral("--db"),  f.db,
                QStringLiteral("--out"), f.out};
    }

    static int codeCellCount(const QString &text)
    {
        int count = 0;
        for (const NotebookCell &cell : parsePercentFormat(text)) {
            if (cell.kind == NotebookCell::Kind::Code)
                ++count;
        }
        return count;
    }

    static QString describe(const RunOutcome &run)
    {
        QStringList cells;
        for (const QJsonObject &line : run.lines) {
            cells << QStringLiteral("cell %1 %2: %3")
                         .arg(line.value(QStringLiteral("cell")).toInt())
                         .arg(line.value(QStringLiteral("status")).toString(),
                              line.value(QStringLiteral("stderr")).toString().right(300).trimmed());
        }
        if (cells.isEmpty())
            cells << QStringLiteral("no cell reported");
        return QStringLiteral("exit %1%2; %3; app stderr: %4")
            .arg(run.exitCode)
            .arg(run.finished ? QString()
                              : QStringLiteral(" (killed after %1 s)").arg(kRunTimeoutMs / 1000))
            .arg(cells.join(QStringLiteral(" | ")),
                 QString::fromUtf8(run.err.right(400)).trimmed());
    }

    QStringList sideEffects(const QSet<QString> &checks, const Fixture &f, const RunOutcome &run)
    {
        QStringList failures;
        if (checks.contains(QStringLiteral("canary"))) {
            const QStringList diff = snapshotDiff(f.canaryBefore, snapshot(f.canary));
            const QStringList entries = QDir(f.canary).entryList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            if (!QFileInfo(f.canary).isDir())
                failures << QStringLiteral("canary: the folder is gone");
            else if (entries != QStringList{QStringLiteral("keep.txt")} || !diff.isEmpty() ||
                     test::readFile(f.canary + QStringLiteral("/keep.txt")) != kKeepContent)
                failures << QStringLiteral("canary: %1 (entries: %2)")
                                .arg(diff.join(QStringLiteral(", ")),
                                     entries.join(QStringLiteral(", ")));
            struct stat st
            {
            };
            if (::stat(QFile::encodeName(f.canary).constData(), &st) == 0 &&
                st.st_mode != f.canaryMode)
                failures << QStringLiteral("canary: folder mode changed to %1")
                                .arg(st.st_mode & 07777, 0, 8);
        }
        if (checks.contains(QStringLiteral("secret"))) {
            QStringList where;
            if (run.out.contains(f.secret))
                where << QStringLiteral("stdout of sandbench (cell output, result or violations)");
            if (run.err.contains(f.secret))
                where << QStringLiteral("stderr of sandbench");
            QDirIterator it(f.out, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (fileContains(path, f.secret))
                    where << QDir(f.out).relativeFilePath(path);
            }
            if (!where.isEmpty())
                failures << QStringLiteral("secret leaked into: %1")
                                .arg(where.join(QStringLiteral(", ")));
        }
        if (checks.contains(QStringLiteral("port")) && run.connections > 0)
            failures << QStringLiteral("port: the listener accepted %1 connection(s)")
                            .arg(run.connections);
        if (checks.contains(QStringLiteral("survivor")) && !run.survivors.isEmpty()) {
            QStringList shown;
            for (const Process &p : run.survivors.mid(0, 5))
                shown << p.what;
            failures << QStringLiteral(
                            "survivor: %1 process(es) of the run still alive after it ended "
                            "(killed now): %2")
                            .arg(run.survivors.size())
                            .arg(shown.join(QStringLiteral("; ")));
        }
        if (checks.contains(QStringLiteral("outside-write"))) {
            const QStringList diff = snapshotDiff(f.homeBefore, snapshot(f.home));
            if (!diff.isEmpty())
                failures << QStringLiteral("outside-write in HOME: %1")
                                .arg(diff.join(QStringLiteral(", ")));
        }
        return failures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(QFileInfo::exists(sandbenchProgram()), qPrintable(sandbenchProgram()));
        const QString dir = redteamDir();
        m_attacksDir = dir + QStringLiteral("/attacks");
        m_benignDir = QDir::cleanPath(dir + QStringLiteral("/../benign"));
        QVERIFY2(QFileInfo(m_attacksDir).isDir(),
                 qPrintable(QStringLiteral("no attacks folder at %1; set SANDBENCH_REDTEAM_DIR")
                                .arg(m_attacksDir)));
        QVERIFY2(QFileInfo(m_benignDir).isDir(), qPrintable(m_benignDir));
        m_allChecks = qEnvironmentVariableIntValue("SANDBENCH_REDTEAM_ALL_CHECKS") != 0;

        const QString asUser = qEnvironmentVariable("SANDBENCH_REDTEAM_AS_USER");
        if (!asUser.isEmpty()) {
            if (asUser != QStringLiteral("nobody"))
                QFAIL("SANDBENCH_REDTEAM_AS_USER supports only 'nobody'");
            if (::geteuid() == 0) {
                m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
                if (m_setpriv.isEmpty())
                    QSKIP("SANDBENCH_REDTEAM_AS_USER=nobody needs util-linux setpriv");
                m_asNobody = true;
            } else {
                qInfo("Not root: the suites already run unprivileged, as uid %d", int(::geteuid()));
            }
        }
        for (const char *sub : {"xdg-data", "xdg-cache"})
            QDir().mkpath(m_root.filePath(QLatin1String(sub)));
        if (m_asNobody)
            chmodTree(m_root.path());

        m_attackProfile = qEnvironmentVariable("SANDBENCH_REDTEAM_PROFILE");
        m_kernelLayersOnly = qEnvironmentVariableIntValue("SANDBENCH_REDTEAM_KERNEL_LAYERS") != 0;
        if (m_kernelLayersOnly) {
            m_attackProfile = profileWithout(kAdvisoryLayers);
            QVERIFY(!m_attackProfile.isEmpty());
            m_allChecks = true;
        }
        const QString shard = qEnvironmentVariable("SANDBENCH_REDTEAM_SHARD");
        if (!shard.isEmpty()) {
            const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("^(\\d+)/(\\d+)$")).match(shard);
            m_shard = match.hasMatch() ? match.captured(1).toInt() : 0;
            m_shards = match.hasMatch() ? match.captured(2).toInt() : 0;
            QVERIFY2(m_shard >= 1 && m_shard <= m_shards,
                     qPrintable(QStringLiteral("SANDBENCH_REDTEAM_SHARD=%1: expected K/N with 1 "
                                               "<= K <= N")
                                    .arg(shard)));
        }
        qInfo("running sandbench as %s, shard %d of %d",
              m_asNobody ? "nobody (setpriv)" : "the current user", m_shard, m_shards);
    }

    void attackIsBlockedWithoutSideEffects_data()
    {
        QTest::addColumn<QString>("script");
        const QStringList all = scriptsIn(m_attacksDir);
        QVERIFY2(!all.isEmpty(), qPrintable(m_attacksDir));
        const QStringList files = shardOf(all);
        QVERIFY2(!files.isEmpty(), "this shard has no attack: fewer attacks than shards");
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << m_attacksDir + QLatin1Char('/') + name;
    }

    void attackIsBlockedWithoutSideEffects()
    {
        QFETCH(QString, script);
        const QString text = QString::fromUtf8(test::readFile(script));
        bool hasAttack = false;
        const QString attack =
            headerValues(text, QStringLiteral("attack"), &hasAttack).join(QLatin1Char(' '));
        const QStringList expect = headerValues(text, QStringLiteral("expect"));
        bool hasCheck = false;
        const QStringList listed = headerValues(text, QStringLiteral("check"), &hasCheck);
        QVERIFY2(hasAttack && hasCheck && !expect.isEmpty(),
                 "header needs attack:, expect: and check:");
        for (const QString &status : expect)
            QVERIFY2(kStatuses.contains(status),
                     qPrintable(QStringLiteral("unknown status %1").arg(status)));
        for (const QString &check : listed)
            QVERIFY2(kChecks.contains(check),
                     qPrintable(QStringLiteral("unknown check %1").arg(check)));
        QSet<QString> checks(listed.cbegin(), listed.cend());
        checks.insert(QStringLiteral("survivor")); // nothing of a run may outlive it, ever
        if (m_allChecks)
            checks = QSet<QString>(kChecks.cbegin(), kChecks.cend());

        Fixture f = makeFixture(text, false);
        QVERIFY2(f.setupError.isEmpty(), qPrintable(f.setupError));
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString cellText = substitute(text, f, server.serverPort());
        QVERIFY(test::writeFile(f.script, cellText.toUtf8()));
        if (m_asNobody)
            ::chmod(QFile::encodeName(f.script).constData(), 0666);
        const int cells = codeCellCount(cellText);
        const QStringList attackCellValue = headerValues(text, QStringLiteral("attack-cell"));
        const int attackCell = attackCellValue.isEmpty() ? cells : attackCellValue.first().toInt();
        QVERIFY2(attackCell >= 1 && attackCell <= cells, "attack-cell out of range");
        // A later cell that must end ok: it asserts that nothing the attack cell set was kept.
        const QStringList stateCellValue = headerValues(text, QStringLiteral("state-cell"));
        const int stateCell = stateCellValue.isEmpty() ? 0 : stateCellValue.first().toInt();
        QVERIFY2(stateCell == 0 || (stateCell > attackCell && stateCell <= cells),
                 "state-cell out of range");
        const QStringList layersOff = headerValues(text, QStringLiteral("layers-off"));
        for (const QString &layer : layersOff)
            QVERIFY2(kAdvisoryLayers.contains(layer),
                     qPrintable(QStringLiteral("layers-off: %1 is not advisory").arg(layer)));

        QStringList arguments = baseArguments(f);
        QString profile = m_attackProfile;
        if (!layersOff.isEmpty() && profile.isEmpty())
            profile = profileWithout(layersOff);
        if (!profile.isEmpty())
            arguments << QStringLiteral("--profile") << profile;
        // Endless loops need not wait for the default profile's minute.
        arguments << QStringLiteral("--timeout") << QStringLiteral("10");
        arguments << QStringLiteral("--data")
                  << QStringLiteral("d=") + f.dataDir + QStringLiteral("/d.csv") << f.script;
        const RunOutcome run = runSandbench(f, arguments, server);

        QStringList failures;
        QString status;
        for (const QJsonObject &line : run.lines) {
            const int cell = line.value(QStringLiteral("cell")).toInt();
            const QString reported = line.value(QStringLiteral("status")).toString();
            if (cell == attackCell)
                status = reported;
            if (cell == stateCell && reported != QStringLiteral("ok"))
                failures << QStringLiteral("state cell %1 ended '%2': the attack cell's state was "
                                           "kept")
                                .arg(cell)
                                .arg(reported);
            const QString recorded = recordedStatus(f, line);
            if ((cell == attackCell || cell == stateCell) && recorded != reported)
                failures << QStringLiteral("cell %1 was recorded as '%2' but reported as '%3'")
                                .arg(cell)
                                .arg(recorded, reported);
        }
        if (run.lines.size() != cells)
            failures << QStringLiteral("the run did not complete: %1 of %2 cell(s) reported")
                            .arg(run.lines.size())
                            .arg(cells);
        if (status.isEmpty())
            failures << QStringLiteral("no status for the attack cell %1").arg(attackCell);
        else if (!m_kernelLayersOnly && !expect.contains(status))
            failures << QStringLiteral("attack cell %1 ended '%2', expected one of: %3")
                            .arg(attackCell)
                            .arg(status, expect.join(QLatin1Char(' ')));
        failures += sideEffects(checks, f, run);
        qInfo().noquote() << QStringLiteral("%1 -> %2")
                                 .arg(QFileInfo(script).fileName(),
                                      status.isEmpty() ? QStringLiteral("(none)") : status);
        QVERIFY2(
            failures.isEmpty(),
            qPrintable(QStringLiteral("\n  attack: %1\n  %2\n  run: %3")
                           .arg(attack, failures.join(QStringLiteral("\n  ")), describe(run))));
    }

    void benignScriptRunsClean_data()
    {
        QTest::addColumn<QString>("script");
        const QStringList all = scriptsIn(m_benignDir);
        QVERIFY2(!all.isEmpty(), qPrintable(m_benignDir));
        const QStringList files = shardOf(all);
        QVERIFY2(!files.isEmpty(), "this shard has no benign script: fewer scripts than shards");
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << m_benignDir + QLatin1Char('/') + name;
    }

    void benignScriptRunsClean()
    {
        QFETCH(QString, script);
        const QString text = QString::fromUtf8(test::readFile(script));
        bool hasWrites = false;
        const QStringList writes = headerValues(text, QStringLiteral("writes"), &hasWrites);
        QVERIFY2(hasWrites, "header needs '# writes:' (may be empty)");

        Fixture f = makeFixture(text, true);
        QVERIFY2(f.setupError.isEmpty(), qPrintable(f.setupError));
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString cellText = substitute(text, f, server.serverPort());
        QVERIFY(test::writeFile(f.script, cellText.toUtf8()));
        if (m_asNobody)
            ::chmod(QFile::encodeName(f.script).constData(), 0666);
        const int cells = codeCellCount(cellText);

        QStringList arguments = baseArguments(f);
        arguments << QStringLiteral("--data")
                  << QStringLiteral("sales=") + f.dataDir + QStringLiteral("/sales.csv")
                  << QStringLiteral("--data")
                  << QStringLiteral("regions=") + f.dataDir + QStringLiteral("/regions.csv");
        arguments << QStringLiteral("--read") << f.dataDir << QStringLiteral("--workdir") << f.out;
        arguments << f.script;
        const RunOutcome run = runSandbench(f, arguments, server);

        QStringList failures;
        if (!run.finished || run.exitCode != 0)
            failures << QStringLiteral("sandbench exited %1").arg(run.exitCode);
        if (run.lines.size() != cells)
            failures
                << QStringLiteral("%1 of %2 cell(s) reported").arg(run.lines.size()).arg(cells);
        for (const QJsonObject &line : run.lines) {
            const QString status = line.value(QStringLiteral("status")).toString();
            const QJsonArray violations = line.value(QStringLiteral("violations")).toArray();
            if (status != QStringLiteral("ok") || !violations.isEmpty())
                failures << QStringLiteral("false block: cell %1 ended '%2' with violations %3: %4")
                                .arg(line.value(QStringLiteral("cell")).toInt())
                                .arg(status,
                                     QString::fromUtf8(
                                         QJsonDocument(violations).toJson(QJsonDocument::Compact)),
                                     line.value(QStringLiteral("stderr")).toString().right(600));
        }
        for (const QString &name : writes) {
            if (!QFileInfo(f.out + QLatin1Char('/') + name).isFile())
                failures << QStringLiteral("%1 was not written into the output folder").arg(name);
        }
        failures +=
            sideEffects({QStringLiteral("canary"), QStringLiteral("secret"), QStringLiteral("port"),
                         QStringLiteral("survivor"), QStringLiteral("outside-write")},
                        f, run);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestRedTeam)
#include "tst_redteam.moc"
