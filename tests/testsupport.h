// Small helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMap>
#include <QString>

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

// The worker is the sandbench process's child; find it through /proc as an outside observer would.
inline qint64 childWorkerOf(qint64 parentPid)
{
    QDirIterator it(QStringLiteral("/proc"));
    while (it.hasNext()) {
        const QString entry = it.next();
        bool numeric = false;
        const qint64 pid = QFileInfo(entry).fileName().toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = test::readFile(entry + QStringLiteral("/stat"));
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parentPid &&
            stat.contains("sandbench-work"))
            return pid;
    }
    return 0;
}

// The descendants of process ROOT named NAME (the keeper's roles: sb-cell, sb-standby, ...).
inline QList<qint64> descendantsNamed(qint64 root, const QByteArray &name)
{
    QMap<qint64, qint64> parents;
    QMap<qint64, QByteArray> names;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const int open = stat.indexOf('(');
        const int close = stat.lastIndexOf(')');
        const QList<QByteArray> f = stat.mid(close + 2).split(' ');
        if (open < 0 || f.size() < 2)
            continue;
        parents.insert(pid, f.at(1).toLongLong());
        names.insert(pid, stat.mid(open + 1, close - open - 1));
    }
    QList<qint64> found;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        qint64 up = parents.value(it.key());
        while (up > 1 && up != root)
            up = parents.value(up);
        if (up == root && it.value() == name)
            found.append(it.key());
    }
    return found;
}

} // namespace sandbench::test
