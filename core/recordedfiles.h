// The app's own copies of what a run recorded (its figures), kept where no later cell can reach
// them, and the check that they are still what the store says.
//
// The session's output folder is the worker's write zone: a later cell could overwrite a figure
// kept there, or put a folder where the next one goes. So the app keeps figures in a sibling
// folder, "<output folder>-figures", which is in no zone the worker gets, and names every file
// itself: nothing of a file's path comes from the worker.
#pragma once

#include "runrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sandbench {

// A recorded file that is gone or no longer has the recorded content.
struct RecordedFileProblem
{
    qint64 runId = 0;
    QString path;
    QString what; // readable: "missing", "changed: sha256 is now …, recorded …"
    // An output file's copy the app kept, still with the recorded content: the recorded one.
    QString recordedCopy;
};

class RecordedFiles
{
    Q_DECLARE_TR_FUNCTIONS(RecordedFiles)

public:
    // Where a session whose output folder is outputDir keeps its figures.
    static QString figureFolderFor(const QString &outputDir);
    // The name of a run's k-th figure (1-based): run-<runId>-figure-<k>.png.
    static QString figureFileName(qint64 runId, int k);
    // Creates the figure folder and checks that it lies outside every write zone (after
    // following links); false with a reason otherwise, naming the next step where the user is
    // (context: a WorkerContext value).
    static bool prepareFigureFolder(const QString &folder, const QStringList &writeZones,
                                    const QString &context, QString *error);
    // The same for the folder of output copies (outputCopyFolderFor).
    static bool prepareCopyFolder(const QString &folder, const QStringList &writeZones,
                                  const QString &context, QString *error);
    // Writes each figure's bytes as figureFileName(runId, k) into folder and fills in its path
    // and hash. Refuses (false, with a reason) a figure that is not a PNG the reply decoder
    // accepts; the figure's own format and path are never read.
    // saveFigures in two steps, so that a store writes no file inside its transaction:
    // stageFigures writes each figure's bytes under a staging name in folder (refusing, like
    // saveFigures, what is not a PNG) and fills in its hash; publishFigures, once the run has its
    // id, renames them to figureFileName(runId, k) and fills in their paths; discardStaged
    // removes what a failed recording left. staged holds the staging names, in order.
    static bool stageFigures(QList<Figure> &figures, const QString &folder, QStringList *staged,
                             QString *error);
    static bool publishFigures(QList<Figure> &figures, const QStringList &staged,
                               const QString &folder, qint64 runId, QString *error);
    static void discardStaged(QList<Figure> &figures, const QStringList &staged,
                              const QString &folder);
    static bool saveFigures(QList<Figure> &figures, const QString &folder, qint64 runId,
                            QString *error);
    // Output files stay in the worker's write zone, so the app keeps its own copy of each file a
    // run recorded, in "<output folder>-recorded/run-<id>/<path in the output folder>", beside
    // the figures and like them in no zone the worker gets. A file above kMaxCopiedBytes (or past
    // kMaxCopiedBytesPerRun for the run) gets no copy: its size and SHA-256 are the record.
    static constexpr qint64 kMaxCopiedBytes = 64LL * 1024 * 1024;
    static constexpr qint64 kMaxCopiedBytesPerRun = 256LL * 1024 * 1024;
    static QString outputCopyFolderFor(const QString &outputDir);
    // The copy of the output file at outputPath; empty when it is not in outputDir.
    static QString outputCopyPath(const QString &outputDir, qint64 runId,
                                  const QString &outputPath);
    // Copies the run's recorded outputs (within the caps) and keeps a copy only when its bytes
    // have the recorded SHA-256 (the file may have changed since it was hashed). Returns how
    // many were kept; a copy that cannot be made is reported later by check().
    static int copyOutputs(const QList<OutputFile> &outputs, const QString &outputDir,
                           qint64 runId);
    // The run's recorded figures and output files that are missing or whose SHA-256 no longer
    // matches. With the session's output folder, an output's own copy is checked too: a
    // changed file whose copy is intact names the copy as the recorded one; a missing or
    // changed copy (of a file within the caps) is a problem of its own. Output files stay in the
    // worker's write zone, where a later cell of the session may rewrite one on purpose: that
    // change is explained, and not reported, when a later run among sessionRuns recorded the file's
    // present content.
    static QList<RecordedFileProblem> check(const RunRecord &run,
                                            const QList<RunRecord> &sessionRuns = {},
                                            const QString &outputDir = {});
    // One line per problem, naming the file and the run.
    static QString describe(const RecordedFileProblem &problem);

private:
    // Why size bytes could not be written to path, naming a full disk as one.
    static QString whyNotWritten(const QString &path, qint64 size, const QString &reported);
    // Why the file at path is no longer the recorded one; nothing when it still is. Its present
    // hash goes to current when it could be read.
    static std::optional<QString> problemWith(const QString &path, const QString &sha256,
                                              QString *current);
};

} // namespace sandbench
