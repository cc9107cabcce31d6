#include "outputsnapshot.h"

#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <algorithm>
#include <sys/stat.h>

namespace sandbench {

OutputSnapshot OutputSnapshot::take(const QString &folder, const QStringList &skipped)
{
    OutputSnapshot snapshot;
    if (folder.isEmpty())
        return snapshot;
    const QString root = QDir(folder).absolutePath() + QLatin1Char('/');
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size());
        const QString top = relative.section(QLatin1Char('/'), 0, 0);
        if (relative.contains(QLatin1Char('/')) &&
            std::any_of(skipped.begin(), skipped.end(),
                        [&top](const QString &prefix) { return top.startsWith(prefix); }))
            continue;
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            continue; // removed while we looked: not an output
        snapshot.m_files.insert(path,
                                {qint64(info.st_size), qint64(info.st_mtim.tv_sec) * 1000000000LL +
                                                           qint64(info.st_mtim.tv_nsec)});
    }
    return snapshot;
}

QList<OutputFile> OutputSnapshot::changedSince(const OutputSnapshot &before) const
{
    QList<OutputFile> changed;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const auto previous = before.m_files.constFind(it.key());
        if (previous != before.m_files.cend() && previous.value() == it.value())
            continue;
        const auto hash = sha256OfFile(it.key());
        if (hash)
            changed.append({it.key(), it.value().size, *hash});
    }
    std::sort(changed.begin(), changed.end(),
              [](const OutputFile &a, const OutputFile &b) { return a.path < b.path; });
    return changed;
}

} // namespace sandbench
