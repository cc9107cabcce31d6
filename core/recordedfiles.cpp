#include "recordedfiles.h"

#include "replydecoder.h"
#include "sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <algorithm>

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

QString RecordedFiles::figureFileName(qint64 runId, int k)
{
    return QStringLiteral("run-%1-figure-%2.png").arg(runId).arg(k);
}

bool RecordedFiles::prepareFigureFolder(const QString &folder, const QStringList &writeZones,
                                        QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the figure folder %1; choose another output folder with "
                        "--out.")
                         .arg(folder);
        return false;
    }
    for (const QString &zone : writeZones) {
        if (isWithin(folder, zone) || isWithin(zone, folder)) {
            if (error)
                *error = tr("The figure folder %1 overlaps the folder cells may write (%2), so a "
                            "later cell could change recorded figures; choose another output "
                            "folder with --out.")
                             .arg(folder, zone);
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
                                                const QList<RunRecord> &sessionRuns)
{
    QList<RecordedFileProblem> problems;
    for (const Figure &figure : run.figures) {
        if (figure.path.isEmpty())
            continue; // never saved (the run says why in its output)
        QString current;
        if (const auto problem = problemWith(figure.path, figure.sha256, &current))
            problems.append({run.id, figure.path, *problem});
    }
    for (const OutputFile &output : run.outputs) {
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
        if (!rewrittenLater)
            problems.append({run.id, output.path, *problem});
    }
    return problems;
}

QString RecordedFiles::describe(const RecordedFileProblem &problem)
{
    return tr("%1 (recorded by run %2) is %3")
        .arg(problem.path)
        .arg(problem.runId)
        .arg(problem.what);
}

} // namespace sandbench
