// Small helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

} // namespace sandbench::test
