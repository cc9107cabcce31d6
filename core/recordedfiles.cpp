#include "recordedfiles.h"

#include "nextsteps.h"
#include "replydecoder.h"
#include "sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sandbench {
namespace {

// True when path is zone or lies below it, comparing the real locations (links followed).
bool isWithin(const QString &path, const QString &zone)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    const QString realZone = QFileInfo(zone).canonicalFilePath();
    if (real.isEmpty() || realZone.isEmpty())
        return false;
    return real == realZone ||
           real.startsWith(realZone.endsWith(QLatin1Char('/')) ? realZone
                                                               : realZone + QLatin1Char('/'));
}

} // namespace

QString RecordedFiles::figureFolderFor(const QString &outputDir)
{
    return QDir::cleanPath(QFileInfo(outputDir).absoluteFilePath()) + QStringLiteral("-figures");
}

QString RecordedFiles::outputCopyFolderFor(const QString &outputDir)
{
    return QDir::cleanPath(QFileInfo(outputDir).absoluteFilePath()) + QStringLiteral("-recorded");
}

QString RecordedFiles::outputCopyPath(const QString &outputDir, qint64 runId,
                                      const QString &outputPath)
{
    if (outputDir.isEmpty())
        return {};
    const QString relative =
        QDir(QDir::cleanPath(QFileInfo(outputDir).absoluteFilePath())).relativeFilePath(outputPath);
    if (relative.isEmpty() || relative.startsWith(QLatin1String("..")) ||
        QDir::isAbsolutePath(relative))
        return {};
    return outputCopyFolderFor(outputDir) + QStringLiteral("/run-%1/").arg(runId) + relative;
}

int RecordedFiles::copyOutputs(const QList<OutputFile> &outputs, const QString &outputDir,
                               qint64 runId)
{
    int kept = 0;
    qint64 budget = kMaxCopiedBytesPerRun;
    // The run's folder marks a run whose outputs the app copies (check() expects copies only
    // then: runs recorded before copies were kept have none).
    if (!outputs.isEmpty() && !outputDir.isEmpty())
        QDir().mkpath(outputCopyFolderFor(outputDir) + QStringLiteral("/run-%1").arg(runId));
    for (const OutputFile &output : outputs) {
        const QString target = outputCopyPath(outputDir, runId, output.path);
        if (target.isEmpty() || output.size > kMaxCopiedBytes || output.size > budget)
            continue;
        budget -= output.size;
        // The file is in the worker's zone: a link put there since it was hashed is not followed,
        // and only bytes with the recorded hash are kept.
        const int fd = ::open(QFile::encodeName(output.path).constData(),
                              O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            continue;
        QFile source;
        if (!source.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            continue;
        QSaveFile copy(target);
        if (!copy.open(QIODevice::WriteOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 copied = 0;
        bool ok = true;
        while (ok && !source.atEnd()) {
            const QByteArray chunk = source.read(1024 * 1024);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
                ok = false;
            copied += chunk.size();
            ok = ok && copied <= output.size && copy.write(chunk) == chunk.size();
            hash.addData(chunk);
            if (chunk.isEmpty())
                break;
        }
        if (ok && copied == output.size &&
            QString::fromLatin1(hash.result().toHex()) == output.sha256 && copy.commit())
            ++kept;
        else
            copy.cancelWriting();
    }
    return kept;
}

QString RecordedFiles::figureFileName(qint64 runId, int k)
{
    return QStringLiteral("run-%1-figure-%2.png").arg(runId).arg(k);
}

bool RecordedFiles::prepareFigureFolder(const QString &folder, const QStringList &writeZones,
                                        const QString &context, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the figure folder %1; %2.")
                         .arg(folder, NextStep::chooseOutputFolder(context));
        return false;
    }
    for (const QString &zone : writeZones) {
        if (isWithin(folder, zone) || isWithin(zone, folder)) {
            if (error)
                *error = tr("The figure folder %1 overlaps the folder cells may write (%2), so a "
                            "later cell could change recorded figures; %3.")
                             .arg(folder, zone, NextStep::chooseOutputFolder(context));
            return false;
        }
    }
    return true;
}

bool RecordedFiles::prepareCopyFolder(const QString &folder, const QStringList &writeZones,
                                      const QString &context, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder for the app's copies of output files %1; %2.")
                         .arg(folder, NextStep::chooseOutputFolder(context));
        return false;
    }
    for (const QString &zone : writeZones) {
        if (isWithin(folder, zone) || isWithin(zone, folder)) {
            if (error)
                *error = tr("The folder for the app's copies of output files %1 overlaps the "
                            "folder cells may write (%2), so a later cell could change them; %3.")
                             .arg(folder, zone, NextStep::chooseOutputFolder(context));
            return false;
        }
    }
    return true;
}

bool RecordedFiles::saveFigures(QList<Figure> &figures, const QString &folder, qint64 runId,
                                QString *error)
{
    for (int i = 0; i < figures.size(); ++i) {
        Figure &figure = figures[i];
        QString why;
        if (!ReplyDecoder::pngSize(figure.data, &why)) {
            if (error)
                *error = tr("figure %1 was not saved: %2").arg(i + 1).arg(why);
            return false;
        }
        const QString path = QDir(folder).filePath(figureFileName(runId, i + 1));
        // QSaveFile writes a temporary file and renames it over the name: a link planted at
        // the name would be replaced, never followed.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(figure.data) != figure.data.size() ||
            !file.commit()) {
            if (error)
                *error = whyNotWritten(path, figure.data.size(), file.errorString());
            return false;
        }
        figure.format = QStringLiteral("png");
        figure.path = path;
        figure.sha256 = sha256Hex(figure.data);
    }
    return true;
}

bool RecordedFiles::stageFigures(QList<Figure> &figures, const QString &folder, QStringList *staged,
                                 QString *error)
{
    staged->clear();
    for (int i = 0; i < figures.size(); ++i) {
        Figure &figure = figures[i];
        QString why;
        if (!ReplyDecoder::pngSize(figure.data, &why)) {
            if (error)
                *error = tr("figure %1 was not saved: %2").arg(i + 1).arg(why);
            discardStaged(figures, *staged, folder);
            return false;
        }
        // A name no run's row uses and no other session's store picks (the uuid).
        const QString path =
            QDir(folder).filePath(QStringLiteral(".staged-%1.png")
                                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(figure.data) != figure.data.size() ||
            !file.commit()) {
            if (error)
                *error = whyNotWritten(path, figure.data.size(), file.errorString());
            discardStaged(figures, *staged, folder);
            return false;
        }
        staged->append(path);
        figure.format = QStringLiteral("png");
        figure.sha256 = sha256Hex(figure.data);
    }
    return true;
}

bool RecordedFiles::publishFigures(QList<Figure> &figures, const QStringList &staged,
                                   const QString &folder, qint64 runId, QString *error)
{
    for (int i = 0; i < figures.size() && i < staged.size(); ++i) {
        const QString path = QDir(folder).filePath(figureFileName(runId, i + 1));
        // rename(2) replaces whatever is at the name, a planted link included, never following
        // it; and it is atomic: the name holds the old file or the whole new one.
        if (::rename(QFile::encodeName(staged.at(i)).constData(),
                     QFile::encodeName(path).constData()) != 0) {
            if (error)
                *error = tr("cannot write %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            // The ones already renamed go back, so that discardStaged finds every file.
            for (int k = 0; k < i; ++k)
                ::rename(QFile::encodeName(figures.at(k).path).constData(),
                         QFile::encodeName(staged.at(k)).constData());
            return false;
        }
        figures[i].path = path;
    }
    return true;
}

void RecordedFiles::discardStaged(QList<Figure> &figures, const QStringList &staged,
                                  const QString &folder)
{
    Q_UNUSED(folder)
    for (const QString &path : staged)
        QFile::remove(path);
    // Published under the run's id, whose row was then not committed: no row names them.
    for (Figure &figure : figures) {
        if (!figure.path.isEmpty() && !staged.contains(figure.path))
            QFile::remove(figure.path);
        figure.path.clear();
    }
}

QString RecordedFiles::whyNotWritten(const QString &path, qint64 size, const QString &reported)
{
    // QSaveFile loses the reason when the write fails only as it commits (it says "Unknown
    // error"): a full disk is told by the space left where the file was to go.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < size + storage.blockSize())
        return tr("cannot write %1: the disk holding it is full (%2 bytes free, %3 needed); free "
                  "some space there or choose another output folder with --out")
            .arg(path)
            .arg(storage.bytesAvailable())
            .arg(size);
    return tr("cannot write %1: %2").arg(path, reported);
}

std::optional<QString> RecordedFiles::problemWith(const QString &path, const QString &sha256,
                                                  QString *current)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return tr("missing");
    if (info.isSymLink() || !info.isFile())
        return tr("replaced by a link or a folder");
    QString reason;
    const auto hash = sha256OfFile(path, &reason);
    if (!hash)
        return tr("unreadable (%1)").arg(reason);
    if (*hash == sha256)
        return std::nullopt;
    *current = *hash;
    return tr("changed: its sha256 is now %1, recorded %2").arg(*hash, sha256);
}

QList<RecordedFileProblem> RecordedFiles::check(const RunRecord &run,
                                                const QList<RunRecord> &sessionRuns,
                                                const QString &outputDir)
{
    QList<RecordedFileProblem> problems;
    for (const Figure &figure : run.figures) {
        if (figure.path.isEmpty())
            continue; // never saved (the run says why in its output)
        QString current;
        if (const auto problem = problemWith(figure.path, figure.sha256, &current))
            problems.append({run.id, figure.path, *problem});
    }
    qint64 budget = kMaxCopiedBytesPerRun;
    for (const OutputFile &output : run.outputs) {
        // The app's copy, when the caps let it keep one (copyOutputs walks the same order).
        const QString copy = outputCopyPath(outputDir, run.id, output.path);
        const bool withinCaps =
            !copy.isEmpty() && output.size <= kMaxCopiedBytes && output.size <= budget;
        if (withinCaps)
            budget -= output.size;
        const bool copied = withinCaps && QFileInfo(outputCopyFolderFor(outputDir) +
                                                    QStringLiteral("/run-%1").arg(run.id))
                                              .isDir();
        QString copyCurrent;
        const auto copyProblem =
            copied ? problemWith(copy, output.sha256, &copyCurrent) : std::nullopt;
        if (copyProblem)
            problems.append(
                {run.id, copy, tr("the app's copy of %1: %2").arg(output.path, *copyProblem)});
        QString current;
        const auto problem = problemWith(output.path, output.sha256, &current);
        if (!problem)
            continue;
        const bool rewrittenLater =
            !current.isEmpty() &&
            std::any_of(sessionRuns.cbegin(), sessionRuns.cend(), [&](const RunRecord &later) {
                return later.id > run.id &&
                       std::any_of(later.outputs.cbegin(), later.outputs.cend(),
                                   [&](const OutputFile &o) {
                                       return o.path == output.path && o.sha256 == current;
                                   });
            });
        if (rewrittenLater)
            continue;
        if (copied && !copyProblem)
            problems.append({run.id, output.path, *problem, copy});
        else if (!withinCaps && !copy.isEmpty())
            problems.append({run.id, output.path,
                             tr("%1; the app kept no copy (larger than %2 MiB, or past %3 MiB for "
                                "the run): only its size and SHA-256 are recorded")
                                 .arg(*problem)
                                 .arg(kMaxCopiedBytes / (1024 * 1024))
                                 .arg(kMaxCopiedBytesPerRun / (1024 * 1024))});
        else
            problems.append({run.id, output.path, *problem});
    }
    return problems;
}

QString RecordedFiles::describe(const RecordedFileProblem &problem)
{
    const QString line =
        tr("%1 (recorded by run %2) is %3").arg(problem.path).arg(problem.runId).arg(problem.what);
    if (problem.recordedCopy.isEmpty())
        return line;
    return tr("%1; the recorded copy is %2").arg(line, problem.recordedCopy);
}

} // namespace sandbench
