// What the output folder holds, taken before and after a run, so that the run's provenance lists
// every file it created or changed with its hash.
#pragma once

#include "runrecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sandbench {

class OutputSnapshot
{
public:
    OutputSnapshot() = default;

    // Every regular file below folder, except under the top-level entries named in skipped (the
    // libraries' scratch folder).
    static OutputSnapshot take(const QString &folder, const QStringList &skipped);

    // Files that are new or whose size or mtime changed since before, hashed; sorted by path.
    QList<OutputFile> changedSince(const OutputSnapshot &before) const;

private:
    struct Stamp
    {
        qint64 size = 0;
        qint64 mtimeNs = 0;
        bool operator==(const Stamp &other) const
        {
            return size == other.size && mtimeNs == other.mtimeNs;
        }
    };
    QHash<QString, Stamp> m_files;
};

} // namespace sandbench
