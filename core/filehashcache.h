// SHA-256 of input files, remembered in the run store by (path, size, mtime) so that a large
// dataset is hashed once and not on every run; a changed file has a new size or mtime and is
// hashed again.
#pragma once

#include "runrecord.h"
#include "runstore.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>

namespace sandbench {

class FileHashCache
{
    Q_DECLARE_TR_FUNCTIONS(FileHashCache)

public:
    explicit FileHashCache(RunStore &store) : m_store(store) {}

    // The file as it is now: absolute path, size, mtime and hash. Nothing when it cannot be read,
    // with the reason in *error. Hashes the file when the cache has no entry for it.
    std::optional<InputFile> describe(const QString &name, const QString &path, QString *error);
    // The parts describe() takes, for hashing elsewhere (a background thread): the file's path,
    // size and mtime; its hash from the cache (false when not there); storing a new hash.
    static std::optional<InputFile> stat(const QString &name, const QString &path, QString *error);
    bool lookup(InputFile &input) const;
    void remember(const InputFile &input);

    // Why the cache could not be read or written, the last time it could not since taken (a full
    // disk, a read-only or damaged store), in RunStore::describeFailure's words; empty when it
    // worked. Not fatal: a file the cache cannot help with is hashed again. Taking it clears it.
    QString takeProblem() { return std::exchange(m_problem, QString()); }

    // How many files were actually read and hashed (cache misses), for tests and benchmarks.
    int filesHashed() const { return m_filesHashed; }

    // One hash over several inputs (their names and hashes), what an approval can bind to.
    static QString combinedSha256(const QList<InputFile> &inputs);

private:
    void noteProblem(const QString &action, const QString &reason) const;

    RunStore &m_store;
    int m_filesHashed = 0;
    mutable QString m_problem;
};

} // namespace sandbench
