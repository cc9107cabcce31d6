// The run store: every session and run in one SQLite file (WAL), schema migrated forward on open.
#pragma once

#include "runrecord.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace sandbench {

struct SessionRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString origin;    // the script or notebook the session came from, when there was one
    QString outputDir; // where the session's figures and files went
    QString sandbox;   // JSON: what each sandbox layer reported when the worker was armed
};

struct SessionDataset
{
    QString name;
    QString path;
    bool isoDates = false; // ISO date columns loaded as dates (sessions before schema 5: no)
    bool lazy = false;     // read in blocks as a dask DataFrame (schema 8, issue 18)
};

class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    static constexpr int kSchemaVersion = 8;

    // Opens (creating when missing) the database at path and upgrades an older schema in one
    // transaction, after copying the file to "<path>.v<N>.bak". Refused and left untouched: a
    // folder, FIFO or device; a file that is not a Sandbench database; one written by a newer
    // version or with an impossible schema version; one that fails SQLite's quick_check or lacks
    // a table of its schema (damaged: the message gives the recovery steps); and a file that
    // is read-only or on a full disk (the message says which).
    static std::unique_ptr<RunStore> open(const QString &path, QString *error);

    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // 0 on failure, with the reason in *error.
    qint64 createSession(const QString &origin, const QString &outputDir, QString *error);
    bool setSessionOutputDir(qint64 sessionId, const QString &outputDir, QString *error);
    bool setSessionSandbox(qint64 sessionId, const QString &sandboxJson, QString *error);
    bool addSessionDataset(qint64 sessionId, const SessionDataset &dataset, QString *error);

    // Called inside recordRun's transaction once the run has its id: save the figures' files and
    // fill in their path and sha256. Returning false rolls the whole run back.
    using FigureWriter = std::function<bool(RunRecord &run, QString *error)>;

    // Stores run (setting run.id) and its figures atomically: either all of it is there or none.
    bool recordRun(RunRecord &run, const FigureWriter &writeFigures, QString *error);

    std::optional<SessionRecord> session(qint64 id, QString *error = nullptr) const;
    QList<SessionDataset> sessionDatasets(qint64 sessionId, QString *error = nullptr) const;
    std::optional<RunRecord> run(qint64 id, QString *error = nullptr) const;
    QList<RunRecord> runsOfSession(qint64 sessionId, QString *error = nullptr) const;
    QList<RunRecord> runsWithStatus(RunStatus status, QString *error = nullptr) const;
    // Whether code with this hash ever ran (was not only flagged) in this database.
    bool codeHasRun(const QString &codeSha256, QString *error = nullptr) const;

    // The connection, for the classes that keep their own tables in the same file (ReviewQueue,
    // RunHistory, FileHashCache). Only from a store the caller may change: a const store hands
    // out nothing that writes.
    SqliteConnection &connection() { return m_db; }

    // "<action>: <what is wrong with the file> (<SQLite's words>). <next step>", from the
    // connection's last failure: a full disk, a read-only file, a damaged file and a failing
    // disk each get their own words and remedy. Every store error goes through here.
    QString describeFailure(const QString &action, const QString &reason) const;

    static QString violationsToJson(const QList<Violation> &violations);
    static QList<Violation> violationsFromJson(const QString &json);

private:
    explicit RunStore(QString path);
    bool setSessionColumn(qint64 sessionId, const char *column, const QString &value,
                          QString *error);
    bool check(QString *error);
    bool readVersion(int *version, QString *error);
    bool migrate(QString *error);
    QString damaged(const QString &action, const QString &what) const;
    // Sets *error to describeFailure(action, reason) and returns false.
    bool fail(QString *error, const QString &action, const QString &reason) const;
    QList<Figure> figuresOfRun(qint64 runId, QString *error) const;
    QList<InputFile> inputsOfRun(qint64 runId, QString *error) const;
    QList<OutputFile> outputsOfRun(qint64 runId, QString *error) const;
    bool insertRows(const QString &sql, int count,
                    const std::function<void(SqliteStatement &, int)> &bindRow, QString *error);
    bool insertFigures(const RunRecord &run, QString *error);
    bool insertInputs(const RunRecord &run, QString *error);
    bool insertOutputs(const RunRecord &run, QString *error);
    QList<RunRecord> queryRuns(const QString &where, qint64 key, QString *error) const;

    QString m_path;
    // Mutable for the const queries only (preparing a statement changes the handle's state, not
    // the data); nothing outside this class gets it from a const store.
    mutable SqliteConnection m_db;
    int m_fileVersion = 0; // the schema version the file had when opened, once known
};

} // namespace sandbench
