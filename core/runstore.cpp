#include "runstore.h"

#include "logging.h"
#include "schema.h"
#include "sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <cerrno>
#include <qplatformdefs.h>
#include <sqlite3.h>

namespace sandbench {
namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

RunStore::RunStore(QString path) : m_path(std::move(path)) {}

std::unique_ptr<RunStore> RunStore::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    // SQLite would fail on a folder with "unable to open", block for good on a FIFO and write
    // runs into a device (/dev/null keeps nothing): only a regular file, or a new one, will do.
    QT_STATBUF status;
    if (QT_STAT(QFile::encodeName(info.absoluteFilePath()).constData(), &status) == 0 &&
        !S_ISREG(status.st_mode)) {
        const QString kind = S_ISDIR(status.st_mode)    ? tr("a folder")
                             : S_ISFIFO(status.st_mode) ? tr("a named pipe (FIFO)")
                             : S_ISSOCK(status.st_mode) ? tr("a socket")
                                                        : tr("a device");
        setError(error, tr("%1 is %2, not a database file. Give --db the path of a database "
                           "file (a new one is created there), for example %3.")
                            .arg(info.absoluteFilePath(), kind,
                                 QDir(S_ISDIR(status.st_mode) ? info.absoluteFilePath()
                                                              : info.absolutePath())
                                     .filePath(QStringLiteral("sandbench.db"))));
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, tr("Cannot create the folder %1 for the database; choose another "
                           "place with --db.")
                            .arg(info.absolutePath()));
        return nullptr;
    }
    std::unique_ptr<RunStore> store(new RunStore(info.absoluteFilePath()));
    QString reason;
    if (!store->m_db.open(store->m_path, &reason)) {
        setError(error, store->describeFailure(tr("Cannot open the database"), reason));
        return nullptr;
    }
    // Another process (the window, a command line) may hold the write lock for a moment: wait for
    // it rather than report "database is locked".
    store->m_db.exec(QStringLiteral("PRAGMA busy_timeout = 10000"), nullptr);
    if (!store->m_db.addSha256Function(&reason)) {
        setError(error, tr("Cannot open the database %1: %2").arg(store->m_path, reason));
        return nullptr;
    }
    if (!store->check(error) || !store->migrate(error))
        return nullptr;
    qCDebug(lcStore) << "opened" << store->m_path;
    return store;
}

namespace {

// The tables the first `version` schema steps create, read from the steps themselves so that a
// new step's tables are expected without another list to keep in step.
QStringList tablesOfSchema(int version)
{
    static const QRegularExpression create(
        QStringLiteral(R"(CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    const QStringList &steps = schema::migrations();
    for (int step = 0; step < version && step < steps.size(); ++step) {
        auto matches = create.globalMatch(steps.at(step));
        while (matches.hasNext())
            tables.append(matches.next().captured(1));
    }
    return tables;
}

enum class Fault
{
    Full,
    ReadOnly,
    Damaged,
    NotADatabase,
    Disk,
    Other
};

Fault faultOf(int code, int systemErrno, const QString &reason)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_FULL || systemErrno == ENOSPC || systemErrno == EDQUOT)
        return Fault::Full;
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_AUTH ||
        systemErrno == EACCES || systemErrno == EPERM || systemErrno == EROFS)
        return Fault::ReadOnly;
    if (primary == SQLITE_CORRUPT)
        return Fault::Damaged;
    if (primary == SQLITE_NOTADB)
        return Fault::NotADatabase;
    if (primary == SQLITE_IOERR)
        return Fault::Disk;
    // A Sandbench database whose tables are gone: SQLite calls it a plain SQL error.
    if (primary == SQLITE_ERROR && (reason.startsWith(QLatin1String("no such table")) ||
                                    reason.startsWith(QLatin1String("no such column"))))
        return Fault::Damaged;
    return Fault::Other;
}

} // namespace

QString RunStore::describeFailure(const QString &action, const QString &reason) const
{
    // A connection SQLite could only open for reading fails for that reason first.
    switch (m_db.isReadOnly() ? Fault::ReadOnly
                              : faultOf(m_db.lastErrorCode(), m_db.lastSystemErrno(), reason)) {
    case Fault::Full:
        return tr("%1: the disk holding %2 is full (%3). What was recorded before is kept; free "
                  "some space on that disk, or choose a database on another disk with --db, and "
                  "try again.")
            .arg(action, m_path, reason);
    case Fault::ReadOnly:
        return tr("%1: %2 is read-only (%3). Sandbench writes every run to it and creates %2-wal "
                  "and %2-shm beside it: make the file and its folder writable for you, or "
                  "choose another file with --db.")
            .arg(action, m_path, reason);
    case Fault::Damaged:
        return damaged(action, reason);
    case Fault::NotADatabase:
        return tr("%1: %2 is not a Sandbench database (SQLite says: %3). Nothing was changed; "
                  "move the file aside or choose another with --db.")
            .arg(action, m_path, reason);
    case Fault::Disk:
        return tr("%1: the disk failed while reading or writing %2 (%3). Check the disk (the "
                  "system log, 'dmesg'), then run 'sqlite3 %2 \"PRAGMA integrity_check\"': if "
                  "it reports anything but ok, the file is damaged; see \"The run store\" in "
                  "README to recover it.")
            .arg(action, m_path, reason);
    case Fault::Other:
        break;
    }
    return tr("%1 (database %2): %3").arg(action, m_path, reason);
}

QString RunStore::damaged(const QString &action, const QString &what) const
{
    // The copies migrate() made before each upgrade, newest first.
    const QFileInfo info(m_path);
    const QStringList backups = QDir(info.absolutePath())
                                    .entryList({info.fileName() + QStringLiteral(".v*.bak")},
                                               QDir::Files, QDir::Name | QDir::Reversed);
    const QString backup =
        backups.isEmpty()
            ? QString()
            : tr(" The copy made before its last upgrade, %1, holds the runs up to then: open "
                 "it with --db.")
                  .arg(info.dir().filePath(backups.first()));
    // .dump keeps neither pragma, so the recovered file would pass for another program's; a
    // file whose own version could not be trusted gets this build's.
    const int version = m_fileVersion > 0 ? m_fileVersion : kSchemaVersion;
    return tr("%1: %2 is damaged (%3). Nothing was written to it; keep it as it is.%4 To recover "
              "what is still readable: 'sqlite3 %2 .recover > recovered.sql' (with a sqlite3 "
              "that has no .recover, as Debian 12's: 'sqlite3 %2 .dump | sed \"s/^ROLLBACK; -- "
              "due to errors$/COMMIT;/\" > recovered.sql'), then 'sqlite3 recovered.db < "
              "recovered.sql' and 'sqlite3 recovered.db \"PRAGMA application_id = %5; PRAGMA "
              "user_version = %6\"', and open recovered.db with --db. Or choose another file "
              "with --db.")
        .arg(action, m_path, what, backup)
        .arg(schema::kApplicationId)
        .arg(version);
}

bool RunStore::fail(QString *error, const QString &action, const QString &reason) const
{
    qCDebug(lcStore) << m_path << action << "failed:" << reason;
    setError(error, describeFailure(action, reason));
    return false;
}

bool RunStore::readVersion(int *version, QString *error)
{
    QString reason;
    const QVariant value = m_db.scalar(QStringLiteral("PRAGMA user_version"), &reason);
    if (value.isNull())
        return fail(error, tr("Cannot read the database's schema version"), reason);
    *version = value.toInt();
    if (m_fileVersion == 0 && *version > 0 && *version <= kSchemaVersion)
        m_fileVersion = *version;
    // Negative or newer: no step of this build leads from there (steps.at() would be out of
    // range), so refuse before the upgrade lock is even taken.
    if (*version < 0) {
        setError(error,
                 damaged(tr("Cannot open the database"),
                         tr("its schema version is %1, which no Sandbench writes").arg(*version)));
        return false;
    }
    if (*version > kSchemaVersion) {
        setError(error, tr("%1 was written by a newer Sandbench (schema version %2; this one "
                           "knows up to %3). Nothing was changed; open it with the newer version "
                           "or choose another file with --db.")
                            .arg(m_path)
                            .arg(*version)
                            .arg(kSchemaVersion));
        return false;
    }
    return true;
}

bool RunStore::check(QString *error)
{
    const QString action = tr("Cannot open the database");
    // A file SQLite could only open for reading: say so now, not at the first run.
    if (m_db.isReadOnly())
        return fail(error, action, tr("SQLite could open it only for reading"));
    QString reason;
    const QVariant appId = m_db.scalar(QStringLiteral("PRAGMA application_id"), &reason);
    if (appId.isNull())
        return fail(error, action, reason);
    int version = 0;
    if (!readVersion(&version, error))
        return false;
    const QVariant tableCount =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &reason);
    if (tableCount.isNull())
        return fail(error, action, reason);
    const qint32 id = appId.toInt();
    if ((id != 0 && id != schema::kApplicationId) || (id == 0 && tableCount.toInt() > 0)) {
        setError(error, tr("%1 is an SQLite database of another program, not Sandbench's. "
                           "Nothing was changed; choose another file with --db.")
                            .arg(m_path));
        return false;
    }
    if (version == 0)
        return true; // new and empty: nothing to check yet

    // Garbage inside the file (a bad sector, a copy cut short) would otherwise show up later as
    // "malformed", after more runs were written on top of it. quick_check reads every page
    // but skips matching index entries to rows: about 2 ms for 2,000 runs
    // (tst_runstore prints the figure).
    const QVariant verdict = m_db.scalar(QStringLiteral("PRAGMA quick_check(1)"), &reason);
    if (verdict.isNull())
        return fail(error, action, reason);
    if (verdict.toString() != QLatin1String("ok")) {
        setError(error, damaged(action, verdict.toString()));
        return false;
    }
    SqliteStatement tables = m_db.prepare(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"), &reason);
    if (!tables.isValid())
        return fail(error, action, reason);
    QStringList present;
    while (tables.step() == SqliteStatement::Step::Row)
        present.append(tables.text(0));
    for (const QString &table : tablesOfSchema(version)) {
        if (!present.contains(table)) {
            setError(error, damaged(action, tr("its table %1 is missing").arg(table)));
            return false;
        }
    }
    return true;
}

bool RunStore::migrate(QString *error)
{
    QString reason;
    int version = 0;
    if (!readVersion(&version, error))
        return false;
    if (!m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"), &reason) ||
        !m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &reason) ||
        !m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &reason))
        return fail(error, tr("Cannot prepare the database"), reason);
    if (version == kSchemaVersion)
        return true;

    // One process upgrades (and backs up) at a time: the window and a command line started
    // together must not both copy and migrate. The lock file goes with its process if it dies,
    // and with this function on every return.
    QLockFile upgradeLock(m_path + QStringLiteral(".upgrade.lock"));
    if (!upgradeLock.tryLock(60000)) {
        setError(error, tr("Cannot upgrade %1: another Sandbench has been upgrading it for a "
                           "minute (lock file %2). Nothing was changed; try again later.")
                            .arg(m_path, upgradeLock.fileName()));
        return false;
    }
    if (!readVersion(&version, error))
        return false;
    if (version == kSchemaVersion)
        return true;

    if (version > 0) {
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        SqliteStatement vacuum = m_db.prepare(QStringLiteral("VACUUM INTO ?1"), &reason);
        if (vacuum.isValid()) {
            vacuum.bind(1, backup);
            if (vacuum.step() == SqliteStatement::Step::Error)
                reason = vacuum.error();
            else
                reason.clear();
        }
        if (!reason.isEmpty()) {
            QFile::remove(backup); // a copy cut short by a full disk is no backup
            return fail(error,
                        tr("Cannot back up %1 to %2 before upgrading it; nothing was changed")
                            .arg(m_path, backup),
                        reason);
        }
    }

    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, tr("Cannot upgrade the database"), transaction.error());
    // Another process (the window and a command line started together) may have upgraded the
    // file while this one waited for the write lock: start from what is there now.
    int current = 0;
    if (!readVersion(&current, error))
        return false;
    if (current == kSchemaVersion)
        return true;
    const QStringList &steps = schema::migrations();
    qCInfo(lcStore) << "upgrading" << m_path << "from schema version" << current << "to"
                    << kSchemaVersion;
    for (int step = current; step < kSchemaVersion; ++step) {
        if (!m_db.exec(steps.at(step), &reason))
            return fail(
                error, tr("Upgrading from schema version %1 failed; nothing was changed").arg(step),
                reason);
    }
    if (!m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), &reason) ||
        !m_db.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId),
                   &reason) ||
        !transaction.commit()) {
        if (reason.isEmpty())
            reason = transaction.error();
        return fail(error, tr("Upgrading failed; nothing was changed"), reason);
    }
    return true;
}

int RunStore::schemaVersion() const
{
    return m_db.scalar(QStringLiteral("PRAGMA user_version"), nullptr).toInt();
}

qint64 RunStore::createSession(const QString &origin, const QString &outputDir, QString *error)
{
    QString reason;
    SqliteStatement insert = m_db.prepare(
        QStringLiteral("INSERT INTO sessions (created_at, origin, output_dir) VALUES (?1, ?2, ?3)"),
        &reason);
    if (insert.isValid()) {
        insert.bind(1, isoTime(QDateTime::currentDateTimeUtc()));
        insert.bind(2, origin);
        insert.bind(3, outputDir);
        if (insert.step() == SqliteStatement::Step::Done)
            return m_db.lastInsertRowId();
        reason = insert.error();
    }
    fail(error, tr("Cannot record a new session"), reason);
    return 0;
}

bool RunStore::setSessionColumn(qint64 sessionId, const char *column, const QString &value,
                                QString *error)
{
    QString reason;
    SqliteStatement update = m_db.prepare(
        QStringLiteral("UPDATE sessions SET %1 = ?2 WHERE id = ?1").arg(QLatin1String(column)),
        &reason);
    if (update.isValid()) {
        update.bind(1, sessionId);
        update.bind(2, value);
        if (update.step() == SqliteStatement::Step::Done)
            return true;
        reason = update.error();
    }
    fail(error, tr("Cannot record the session"), reason);
    return false;
}

bool RunStore::setSessionOutputDir(qint64 sessionId, const QString &outputDir, QString *error)
{
    return setSessionColumn(sessionId, "output_dir", outputDir, error);
}

bool RunStore::setSessionSandbox(qint64 sessionId, const QString &sandboxJson, QString *error)
{
    return setSessionColumn(sessionId, "sandbox", sandboxJson, error);
}

QString RunStore::violationsToJson(const QList<Violation> &violations)
{
    QJsonArray array;
    for (const Violation &v : violations)
        array.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                                 {QStringLiteral("message"), v.message},
                                 {QStringLiteral("line"), v.line},
                                 {QStringLiteral("col"), v.col},
                                 {QStringLiteral("layer"), v.layer}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Violation> RunStore::violationsFromJson(const QString &json)
{
    return sandbench::violationsFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

bool RunStore::addSessionDataset(qint64 sessionId, const SessionDataset &dataset, QString *error)
{
    QString reason;
    SqliteStatement insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO session_datasets (session_id, name, path, "
                       "iso_dates, lazy) VALUES (?1, ?2, ?3, ?4, ?5)"),
        &reason);
    if (insert.isValid()) {
        insert.bind(1, sessionId);
        insert.bind(2, dataset.name);
        insert.bind(3, dataset.path);
        insert.bind(4, qint64(dataset.isoDates ? 1 : 0));
        insert.bind(5, qint64(dataset.lazy ? 1 : 0));
        if (insert.step() == SqliteStatement::Step::Done)
            return true;
        reason = insert.error();
    }
    fail(error, tr("Cannot record dataset %1").arg(dataset.name), reason);
    return false;
}

namespace {

// Issue 13: a run whose state this session kept although the cell raised (on-error keep) says so
// in its environment blob, which needs no schema change; RunRecord::stateKeptOnError carries it
// in memory and the key never reaches the environment a reader sees.
const QString kStateKeptOnErrorKey = QStringLiteral("state_kept_on_error");
// Issue 15: the run's rich outputs (richoutputs.h), the same way: no schema change.
const QString kRichOutputsKey = QStringLiteral("rich_outputs");

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

bool RunStore::recordRun(RunRecord &run, const FigureWriter &writeFigures, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(error, tr("Cannot record the run"), transaction.error());
        return false;
    }
    if (run.codeSha256.isEmpty())
        run.codeSha256 = sha256Hex(run.code.toUtf8());
    QString reason;
    SqliteStatement insert = m_db.prepare(
        QStringLiteral("INSERT INTO runs (session_id, cell_index, code, status, stdout, stderr, "
                       "result, started_at, finished_at, duration_ms, violations, profile, "
                       "profile_sha256, code_sha256, code_origin, llm_model, llm_prompt_sha256, "
                       "environment, limits_sha256, inputs_sha256, review_binds_inputs, cpu_ms, "
                       "peak_rss_kb, parent_run_id, approval_id, state_changes, names_read, "
                       "names_written, llm_endpoint_host) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                       "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)"),
        &reason);
    if (!insert.isValid()) {
        fail(error, tr("Cannot record the run"), reason);
        return false;
    }
    insert.bind(1, run.sessionId);
    insert.bind(2, run.cellIndex);
    insert.bind(3, run.code);
    insert.bind(4, runStatusName(run.status));
    insert.bind(5, run.stdoutText);
    insert.bind(6, run.stderrText);
    insert.bind(7, run.result ? QVariant(*run.result) : QVariant());
    insert.bind(8, isoTime(run.startedAt));
    insert.bind(9, isoTime(run.finishedAt));
    insert.bind(10, run.durationMs);
    insert.bind(11, violationsToJson(run.violations));
    insert.bind(12, run.profileName);
    insert.bind(13, run.profileSha256);
    insert.bind(14, run.codeSha256);
    insert.bind(15, run.codeOrigin);
    insert.bind(16, run.llmModel);
    insert.bind(17, run.llmPromptSha256);
    QJsonObject environment = run.environment;
    if (run.stateKeptOnError)
        environment.insert(kStateKeptOnErrorKey, true);
    if (!run.richOutputs.isEmpty())
        environment.insert(kRichOutputsKey, richOutputsToJson(run.richOutputs));
    insert.bind(18, jsonText(environment));
    insert.bind(19, run.limitsSha256);
    insert.bind(20, run.inputsSha256);
    insert.bind(21, run.reviewBindsInputs);
    insert.bind(22, optionalValue(run.cpuMs));
    insert.bind(23, optionalValue(run.peakRssKb));
    insert.bind(24, idOrNull(run.parentRunId));
    insert.bind(25, idOrNull(run.approvalId));
    insert.bind(26, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(run.stateChanges))
                                          .toJson(QJsonDocument::Compact)));
    const auto namesText = [&run](const QStringList &names) {
        return run.names.known ? QVariant(QString::fromUtf8(
                                     QJsonDocument(QJsonArray::fromStringList(names))
                                         .toJson(QJsonDocument::Compact)))
                               : QVariant();
    };
    insert.bind(27, namesText(run.names.read));
    insert.bind(28, namesText(run.names.written));
    insert.bind(29, run.llmEndpointHost);
    if (insert.step() != SqliteStatement::Step::Done) {
        fail(error, tr("Cannot record the run"), insert.error());
        return false;
    }
    run.id = m_db.lastInsertRowId();

    if (writeFigures && !run.figures.isEmpty() && !writeFigures(run, error)) {
        run.id = 0;
        return false;
    }
    if (!insertFigures(run, error) || !insertInputs(run, error) || !insertOutputs(run, error)) {
        run.id = 0;
        return false;
    }
    if (!transaction.commit()) {
        fail(error, tr("Cannot record the run"), transaction.error());
        run.id = 0;
        return false;
    }
    // How long the caller's thread was held (the window's, when the window records).
    qCDebug(lcStore) << "recorded run" << run.id << "in" << clock.elapsed() << "ms";
    return true;
}

bool RunStore::insertRows(const QString &sql, int count,
                          const std::function<void(SqliteStatement &, int)> &bindRow,
                          QString *error)
{
    if (count == 0)
        return true;
    QString reason;
    SqliteStatement statement = m_db.prepare(sql, &reason);
    for (int i = 0; statement.isValid() && i < count; ++i) {
        statement.reset();
        bindRow(statement, i);
        if (statement.step() != SqliteStatement::Step::Done) {
            reason = statement.error();
            break;
        }
        if (i == count - 1)
            return true;
    }
    fail(error, tr("Cannot record the run's provenance"), reason);
    return false;
}

bool RunStore::insertFigures(const RunRecord &run, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO figures (run_id, idx, format, path, sha256, width, height) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        int(run.figures.size()),
        [&run](SqliteStatement &row, int i) {
            const Figure &f = run.figures.at(i);
            row.bind(1, run.id);
            row.bind(2, i);
            row.bind(3, f.format);
            row.bind(4, f.path);
            row.bind(5, f.sha256);
            row.bind(6, f.width);
            row.bind(7, f.height);
        },
        error);
}

bool RunStore::insertInputs(const RunRecord &run, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO run_inputs (run_id, name, path, size, mtime_ns, sha256) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
        int(run.inputs.size()),
        [&run](SqliteStatement &row, int i) {
            const InputFile &input = run.inputs.at(i);
            row.bind(1, run.id);
            row.bind(2, input.name);
            row.bind(3, input.path);
            row.bind(4, input.size);
            row.bind(5, input.mtimeNs);
            row.bind(6, input.sha256);
        },
        error);
}

bool RunStore::insertOutputs(const RunRecord &run, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO run_outputs (run_id, path, size, sha256) "
                       "VALUES (?1, ?2, ?3, ?4)"),
        int(run.outputs.size()),
        [&run](SqliteStatement &row, int i) {
            const OutputFile &output = run.outputs.at(i);
            row.bind(1, run.id);
            row.bind(2, output.path);
            row.bind(3, output.size);
            row.bind(4, output.sha256);
        },
        error);
}

std::optional<SessionRecord> RunStore::session(qint64 id, QString *error) const
{
    QString reason;
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT id, created_at, origin, output_dir, sandbox FROM sessions "
                       "WHERE id = ?1"),
        &reason);
    if (!query.isValid()) {
        fail(error, tr("Cannot read the session"), reason);
        return std::nullopt;
    }
    query.bind(1, id);
    if (query.step() != SqliteStatement::Step::Row)
        return std::nullopt;
    SessionRecord record;
    record.id = query.int64(0);
    record.createdAt = fromIsoTime(query.text(1));
    record.origin = query.text(2);
    record.outputDir = query.text(3);
    record.sandbox = query.text(4);
    return record;
}

QList<SessionDataset> RunStore::sessionDatasets(qint64 sessionId, QString *error) const
{
    QList<SessionDataset> datasets;
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT name, path, iso_dates, lazy FROM session_datasets WHERE "
                       "session_id = ?1 ORDER BY name"),
        error);
    if (!query.isValid())
        return datasets;
    query.bind(1, sessionId);
    while (query.step() == SqliteStatement::Step::Row)
        datasets.append({query.text(0), query.text(1), query.int64(2) != 0, query.int64(3) != 0});
    return datasets;
}

QList<Figure> RunStore::figuresOfRun(qint64 runId, QString *error) const
{
    QList<Figure> figures;
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT format, path, sha256, width, height FROM figures WHERE run_id = ?1 "
                       "ORDER BY idx"),
        error);
    if (!query.isValid())
        return figures;
    query.bind(1, runId);
    while (query.step() == SqliteStatement::Step::Row) {
        Figure figure;
        figure.format = query.text(0);
        figure.path = query.text(1);
        figure.sha256 = query.text(2);
        figure.width = int(query.int64(3));
        figure.height = int(query.int64(4));
        figures.append(figure);
    }
    return figures;
}

QList<InputFile> RunStore::inputsOfRun(qint64 runId, QString *error) const
{
    QList<InputFile> inputs;
    SqliteStatement query =
        m_db.prepare(QStringLiteral("SELECT name, path, size, mtime_ns, sha256 FROM run_inputs "
                                    "WHERE run_id = ?1 ORDER BY name"),
                     error);
    if (!query.isValid())
        return inputs;
    query.bind(1, runId);
    while (query.step() == SqliteStatement::Step::Row)
        inputs.append(
            {query.text(0), query.text(1), query.int64(2), query.int64(3), query.text(4)});
    return inputs;
}

QList<OutputFile> RunStore::outputsOfRun(qint64 runId, QString *error) const
{
    QList<OutputFile> outputs;
    SqliteStatement query = m_db.prepare(
        QStringLiteral(
            "SELECT path, size, sha256 FROM run_outputs WHERE run_id = ?1 ORDER BY path"),
        error);
    if (!query.isValid())
        return outputs;
    query.bind(1, runId);
    while (query.step() == SqliteStatement::Step::Row)
        outputs.append({query.text(0), query.int64(1), query.text(2)});
    return outputs;
}

QList<RunRecord> RunStore::queryRuns(const QString &where, qint64 key, QString *error) const
{
    QList<RunRecord> runs;
    QString reason;
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT id, session_id, cell_index, code, status, stdout, stderr, result, "
                       "started_at, finished_at, duration_ms, violations, profile, "
                       "profile_sha256, code_sha256, code_origin, llm_model, llm_prompt_sha256, "
                       "environment, limits_sha256, inputs_sha256, review_binds_inputs, cpu_ms, "
                       "peak_rss_kb, parent_run_id, approval_id, state_changes, names_read, "
                       "names_written, llm_endpoint_host FROM runs WHERE ") +
            where + QStringLiteral(" ORDER BY id"),
        &reason);
    if (!query.isValid()) {
        fail(error, tr("Cannot read the runs"), reason);
        return runs;
    }
    query.bind(1, key);
    SqliteStatement::Step step;
    while ((step = query.step()) == SqliteStatement::Step::Row) {
        RunRecord run;
        run.id = query.int64(0);
        run.sessionId = query.int64(1);
        run.cellIndex = int(query.int64(2));
        run.code = query.text(3);
        run.status = runStatusFromName(query.text(4)).value_or(RunStatus::Error);
        run.stdoutText = query.text(5);
        run.stderrText = query.text(6);
        if (!query.isNull(7))
            run.result = query.text(7);
        run.startedAt = fromIsoTime(query.text(8));
        run.finishedAt = fromIsoTime(query.text(9));
        run.durationMs = query.real(10);
        run.violations = violationsFromJson(query.text(11));
        run.profileName = query.text(12);
        run.profileSha256 = query.text(13);
        run.codeSha256 = query.text(14);
        run.codeOrigin = query.text(15);
        run.llmModel = query.text(16);
        run.llmPromptSha256 = query.text(17);
        run.environment = QJsonDocument::fromJson(query.text(18).toUtf8()).object();
        // Only an error keeps its state that way: an edited file cannot make an ok run say so.
        run.stateKeptOnError =
            run.environment.take(kStateKeptOnErrorKey).toBool() && run.status == RunStatus::Error;
        run.richOutputs = richOutputsFromJson(run.environment.take(kRichOutputsKey).toArray());
        run.limitsSha256 = query.text(19);
        run.inputsSha256 = query.text(20);
        run.reviewBindsInputs = query.int64(21) != 0;
        if (!query.isNull(22))
            run.cpuMs = query.real(22);
        if (!query.isNull(23))
            run.peakRssKb = query.int64(23);
        run.parentRunId = query.int64(24);
        run.approvalId = query.int64(25);
        // Validated again on the way out: the database is a file a user may have edited.
        run.stateChanges =
            stateChangesFromJson(QJsonDocument::fromJson(query.text(26).toUtf8()).array());
        if (!query.isNull(27) && !query.isNull(28)) {
            run.names.known = true;
            run.names.read =
                sessionNamesFromJson(QJsonDocument::fromJson(query.text(27).toUtf8()).array());
            run.names.written =
                sessionNamesFromJson(QJsonDocument::fromJson(query.text(28).toUtf8()).array());
        }
        run.llmEndpointHost = query.text(29);
        runs.append(run);
    }
    // A damaged page part way through must not pass for the end of the list.
    if (step == SqliteStatement::Step::Error) {
        fail(error, tr("Cannot read the runs"), query.error());
        return {};
    }
    for (RunRecord &run : runs) {
        run.figures = figuresOfRun(run.id, error);
        run.inputs = inputsOfRun(run.id, error);
        run.outputs = outputsOfRun(run.id, error);
    }
    return runs;
}

std::optional<RunRecord> RunStore::run(qint64 id, QString *error) const
{
    const QList<RunRecord> runs = queryRuns(QStringLiteral("id = ?1"), id, error);
    if (runs.isEmpty())
        return std::nullopt;
    return runs.first();
}

QList<RunRecord> RunStore::runsOfSession(qint64 sessionId, QString *error) const
{
    return queryRuns(QStringLiteral("session_id = ?1"), sessionId, error);
}

QList<RunRecord> RunStore::runsWithStatus(RunStatus status, QString *error) const
{
    QList<RunRecord> runs;
    SqliteStatement ids =
        m_db.prepare(QStringLiteral("SELECT id FROM runs WHERE status = ?1 ORDER BY id"), error);
    if (!ids.isValid())
        return runs;
    ids.bind(1, runStatusName(status));
    while (ids.step() == SqliteStatement::Step::Row) {
        if (auto found = run(ids.int64(0), error))
            runs.append(*found);
    }
    return runs;
}

bool RunStore::codeHasRun(const QString &codeSha256, QString *error) const
{
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT 1 FROM runs WHERE code_sha256 = ?1 AND status != ?2 LIMIT 1"),
        error);
    if (!query.isValid())
        return false;
    query.bind(1, codeSha256);
    query.bind(2, runStatusName(RunStatus::PendingReview));
    return query.step() == SqliteStatement::Step::Row;
}

} // namespace sandbench
