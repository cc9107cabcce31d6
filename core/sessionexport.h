// A recorded session as something a colleague can re-run: which runs make up its final state,
// which were left out and why, the datasets with their hashes, the approvals; and the
// self-contained Python script (`sandbench export`) that re-runs and checks it.
#pragma once

#include "recordedfiles.h"
#include "reviewqueue.h"
#include "runrecord.h"
#include "runstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sandbench {

struct ExportedDataset
{
    QString name;
    QString path;
    QString format; // csv, tsv, json, jsonl, excel, parquet: as the worker chose it
    QString sha256; // empty when the session could not hash it
    qint64 size = 0;
    bool isoDates = false; // its ISO date columns loaded as dates
    bool lazy = false;     // read in blocks as a dask DataFrame (issue 18)
};

struct LeftOutRun
{
    RunRecord run;
    QString reason;
};

struct ExportedApproval
{
    ReviewDecision decision; // its runId is the flagged run the reviewer looked at
    QList<qint64> ranAs;     // the runs that executed under it
};

class SessionExport
{
    Q_DECLARE_TR_FUNCTIONS(SessionExport)

public:
    // Reads the session from the store; nothing, with a reason naming the session, when it does
    // not exist or has no run that ended ok.
    static std::optional<SessionExport> load(RunStore &store, qint64 sessionId, QString *error);

    const SessionRecord &session() const { return m_session; }
    // The runs the session's final state derives from, oldest first: the cells to re-run.
    const QList<RunRecord> &keptRuns() const { return m_kept; }
    const QList<LeftOutRun> &leftOut() const { return m_leftOut; }
    const QList<ExportedDataset> &datasets() const { return m_datasets; }
    const QList<ExportedApproval> &approvals() const { return m_approvals; }
    // Figures and output files of the session's runs that are gone or no longer match their
    // recorded SHA-256 (checked when loaded; RecordedFiles::check); the header lists them too.
    const QList<RecordedFileProblem> &recordedFileProblems() const { return m_fileProblems; }
    QString pythonVersion() const;
    QJsonObject packages() const; // name -> version, over all kept runs

    // The whole script (header docstring, the record, the runner and the cells), for a file
    // named scriptName.
    QString pythonScript(const QString &scriptName) const;
    // The header alone (also the first markdown cell of a notebook export).
    QString headerText(const QString &scriptName) const;

    // An output file's path relative to the session's output folder; empty when outside it.
    QString relativeOutputPath(const QString &path) const;
    // The code as the exported file holds it (and its hash, which --check compares).
    static QString normalizedCode(const QString &code);
    // A file's data format from its extension, as the worker's datasets.py decides it.
    static QString datasetFormat(const QString &path);

private:
    SessionExport() = default;
    QJsonObject record() const;
    QStringList determinismNotes() const;

    SessionRecord m_session;
    QString m_ranBy;
    QList<RunRecord> m_all;
    QList<RunRecord> m_kept;
    QList<LeftOutRun> m_leftOut;
    QList<ExportedDataset> m_datasets;
    QList<ExportedApproval> m_approvals;
    QStringList m_datasetNotes;
    QList<RecordedFileProblem> m_fileProblems;
};

// Python source for a JSON value: a literal with None/True/False, strings escaped so that any
// text (quotes, backslashes, control characters) survives.
QString pythonLiteral(const QJsonValue &value, int indent = 0);

} // namespace sandbench
