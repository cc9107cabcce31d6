#include "recordedfiles.h"

#include "replydecoder.h"
#include "sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
                *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        figure.format = QStringLiteral("png");
        figure.path = path;
        figure.sha256 = sha256Hex(figure.data);
    }
    return true;
}

QList<RecordedFileProblem> RecordedFiles::check(const RunRecord &run)
{
    QList<RecordedFileProblem> problems;
    for (const Figure &figure : run.figures) {
        if (figure.path.isEmpty())
            continue; // never saved (the run says why in its output)
        const QFileInfo info(figure.path);
        if (!info.exists() && !info.isSymLink()) {
            problems.append({run.id, figure.path, tr("missing")});
            continue;
        }
        if (info.isSymLink() || !info.isFile()) {
            problems.append({run.id, figure.path, tr("replaced by a link or a folder")});
            continue;
        }
        QString reason;
        const auto hash = sha256OfFile(figure.path, &reason);
        if (!hash)
            problems.append({run.id, figure.path, tr("unreadable (%1)").arg(reason)});
        else if (*hash != figure.sha256)
            problems.append(
                {run.id, figure.path,
                 tr("changed: its sha256 is now %1, recorded %2").arg(*hash, figure.sha256)});
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
