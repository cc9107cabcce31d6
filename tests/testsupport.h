// Small helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbench::test {

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a program a test started printed, and how it ended (-1: it crashed or was killed).
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The end of both streams, for a failure message.
    QString text() const { return QString::fromLocal8Bit(out + err).right(3000); }
};

// Runs `program` to its end; `timeoutMs` is a backstop against a hang, after which it is killed.
inline ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// One JSON object per non-empty line, as `--json` output and `serve` replies come.
inline QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

inline bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
}

inline QString testDataDir()
{
    return qEnvironmentVariable("SANDBENCH_TEST_DATA");
}

inline QString sampleSalesCsv()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/sandbench/sample/sales.csv"));
}

struct ProcessInfo
{
    qint64 parent = 0;
    QByteArray name;  // the command name, as prctl(PR_SET_NAME) set it
    qint64 start = 0; // clock ticks after boot
};

// Every process as an outside observer sees it in /proc.
inline QMap<qint64, ProcessInfo> processes()
{
    QMap<qint64, ProcessInfo> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        const QList<QByteArray> f = stat.mid(close + 2).split(' ');
        if (open < 0 || close < 0 || f.size() < 20)
            continue;
        all.insert(pid, {f.at(1).toLongLong(), stat.mid(open + 1, close - open - 1),
                         f.at(19).toLongLong()});
    }
    return all;
}

inline bool isDescendant(const QMap<qint64, ProcessInfo> &all, qint64 pid, qint64 root)
{
    qint64 up = all.value(pid).parent;
    while (up > 1 && up != root)
        up = all.value(up).parent;
    return up == root;
}

// The worker is the sandbench process's child.
inline qint64 childWorkerOf(qint64 parentPid)
{
    const QMap<qint64, ProcessInfo> all = processes();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().parent == parentPid && it.value().name.contains("sandbench-work"))
            return it.key();
    }
    return 0;
}

// The descendants of process ROOT named NAME (the keeper's roles: sb-cell, sb-standby, ...).
inline QList<qint64> descendantsNamed(qint64 root, const QByteArray &name)
{
    const QMap<qint64, ProcessInfo> all = processes();
    QList<qint64> found;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().name == name && isDescendant(all, it.key(), root))
            found.append(it.key());
    }
    return found;
}

// Why this machine cannot run a sandboxed Dask cluster (issue 18), or empty when it can: the
// worker's interpreter (/usr/bin/python3) must import distributed and cryptography (the members'
// certificates), and the kernel's Landlock must have TCP port rules (ABI 4 or later), which limit
// every member to the cluster's ports. The cluster tests skip with this reason, loudly.
inline QString clusterUnavailableReason()
{
    const ProcessResult probe = runProcess(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import distributed, cryptography")}, 120000);
    if (probe.exitCode != 0)
        return QStringLiteral("python3-distributed or python3-cryptography is not importable by "
                              "/usr/bin/python3 (the worker's interpreter): the cluster needs "
                              "both (%1)")
            .arg(QString::fromLocal8Bit(probe.err.trimmed()).right(300));
#ifdef __NR_landlock_create_ruleset
    // LANDLOCK_CREATE_RULESET_VERSION (flag 1 << 0) answers the ABI version, or -1 without
    // Landlock.
    const long abi = ::syscall(__NR_landlock_create_ruleset, nullptr, 0, 1U << 0);
#else
    const long abi = -1;
#endif
    if (abi < 4)
        return QStringLiteral("this kernel's Landlock has no TCP port rules (ABI %1, 4 or later "
                              "needed): the members could not be limited to the cluster's ports")
            .arg(abi);
    return {};
}

// Requests of `sandbench serve`'s JSON-lines protocol, as the serve and fault tests send them.
namespace serve {

inline QJsonObject execute(int id, const QString &code)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("execute")},
            {QStringLiteral("code"), code}};
}

inline QJsonObject op(int id, const char *name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("op"), QLatin1String(name)}};
}

} // namespace serve

} // namespace sandbench::test
