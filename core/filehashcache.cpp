#include "filehashcache.h"

#include "sha256.h"

#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace sandbench {

std::optional<InputFile> FileHashCache::stat(const QString &name, const QString &path,
                                             QString *error)
{
    InputFile input;
    input.name = name;
    input.path = QFileInfo(path).absoluteFilePath();
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(input.path).constData(), &info) != 0) {
        if (error)
            *error = tr("cannot read %1: %2")
                         .arg(input.path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    input.size = qint64(info.st_size);
    input.mtimeNs = qint64(info.st_mtim.tv_sec) * 1000000000LL + qint64(info.st_mtim.tv_nsec);
    return input;
}

void FileHashCache::noteProblem(const QString &action, const QString &reason) const
{
    m_problem = m_store.describeFailure(action, reason);
}

bool FileHashCache::lookup(InputFile &input) const
{
    QString reason;
    SqliteStatement query = m_store.connection().prepare(
        QStringLiteral("SELECT sha256 FROM file_hashes WHERE path = ?1 AND size = ?2 AND "
                       "mtime_ns = ?3"),
        &reason);
    if (!query.isValid()) {
        noteProblem(tr("Cannot read the hash of %1 from the file hash cache").arg(input.path),
                    reason);
        return false;
    }
    query.bind(1, input.path);
    query.bind(2, input.size);
    query.bind(3, input.mtimeNs);
    const SqliteStatement::Step step = query.step();
    if (step == SqliteStatement::Step::Error)
        noteProblem(tr("Cannot read the hash of %1 from the file hash cache").arg(input.path),
                    query.error());
    if (step != SqliteStatement::Step::Row)
        return false;
    input.sha256 = query.text(0);
    return true;
}

void FileHashCache::remember(const InputFile &input)
{
    ++m_filesHashed;
    // Older entries for the path describe bytes that are gone; the cache keeps one per file.
    SqliteConnection &db = m_store.connection();
    SqliteTransaction transaction(db);
    QString reason;
    SqliteStatement forget =
        db.prepare(QStringLiteral("DELETE FROM file_hashes WHERE path = ?1"), &reason);
    SqliteStatement insert = db.prepare(
        QStringLiteral(
            "INSERT OR REPLACE INTO file_hashes (path, size, mtime_ns, sha256) VALUES (?1, ?2, "
            "?3, ?4)"),
        reason.isEmpty() ? &reason : nullptr);
    // A cache that cannot be written only costs another hash next time; problem() says why.
    const QString action =
        tr("Cannot remember the hash of %1 in the file hash cache").arg(input.path);
    if (!transaction.isActive()) {
        noteProblem(action, transaction.error());
        return;
    }
    if (!forget.isValid() || !insert.isValid()) {
        noteProblem(action, reason);
        return;
    }
    forget.bind(1, input.path);
    insert.bind(1, input.path);
    insert.bind(2, input.size);
    insert.bind(3, input.mtimeNs);
    insert.bind(4, input.sha256);
    if (forget.step() != SqliteStatement::Step::Done)
        noteProblem(action, forget.error());
    else if (insert.step() != SqliteStatement::Step::Done)
        noteProblem(action, insert.error());
    else if (!transaction.commit())
        noteProblem(action, transaction.error());
}

std::optional<InputFile> FileHashCache::describe(const QString &name, const QString &path,
                                                 QString *error)
{
    auto input = stat(name, path, error);
    if (!input || lookup(*input))
        return input;
    QString reason;
    const auto hash = sha256OfFile(input->path, &reason);
    if (!hash) {
        if (error)
            *error = tr("cannot read %1: %2").arg(input->path, reason);
        return std::nullopt;
    }
    input->sha256 = *hash;
    remember(*input);
    return input;
}

QString FileHashCache::combinedSha256(const QList<InputFile> &inputs)
{
    if (inputs.isEmpty())
        return {};
    QList<InputFile> sorted = inputs;
    std::sort(sorted.begin(), sorted.end(),
              [](const InputFile &a, const InputFile &b) { return a.name < b.name; });
    QByteArray text;
    for (const InputFile &input : std::as_const(sorted))
        text += input.name.toUtf8() + '\0' + input.sha256.toLatin1() + '\n';
    return sha256Hex(text);
}

} // namespace sandbench
