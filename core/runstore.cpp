#include "runstore.h"

#include "schema.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

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
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, tr("Cannot create the folder %1 for the database; choose another "
                           "place with --db.")
                            .arg(info.absolutePath()));
        return nullptr;
    }
    std::unique_ptr<RunStore> store(new RunStore(info.absoluteFilePath()));
    QString reason;
    if (!store->m_db.open(store->m_path, &reason)) {
        setError(error, tr("Cannot open the database %1: %2. Check its permissions or "
                           "choose another file with --db.")
                            .arg(store->m_path, reason));
        return nullptr;
    }
    // Another process (the window, a command line) may hold the write lock for a moment: wait for
    // it rather than report "database is locked".
    store->m_db.exec(QStringLiteral("PRAGMA busy_timeout = 10000"), nullptr);
    if (!store->m_db.addSha256Function(&reason)) {
        setError(error, tr("Cannot open the database %1: %2").arg(store->m_path, reason));
        return nullptr;
    }
    if (!store->migrate(error))
        return nullptr;
    return store;
}

bool RunStore::migrate(QString *error)
{
    QString reason;
    const QVariant appId = m_db.scalar(QStringLiteral("PRAGMA application_id"), &reason);
    if (appId.isNull()) {
        setError(error, tr("%1 is not a Sandbench database (SQLite says: %2). Nothing was "
                           "changed; move the file aside or choose another with --db.")
                            .arg(m_path, reason));
        return false;
    }
    int version = m_db.scalar(QStringLiteral("PRAGMA user_version"), &reason).toInt();
    const qint32 id = appId.toInt();
    const int tableCount =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &reason).toInt();
    if ((id != 0 && id != schema::kApplicationId) || (id == 0 && tableCount > 0)) {
        setError(error, tr("%1 is an SQLite database of another program, not Sandbench's. "
                           "Nothing was changed; choose another file with --db.")
                            .arg(m_path));
        return false;
    }
    if (version > kSchemaVersion) {
        setError(error, tr("%1 was written by a newer Sandbench (schema version %2; this one "
                           "knows up to %3). Nothing was changed; open it with the newer version "
                           "or choose another file with --db.")
                            .arg(m_path)
                            .arg(version)
                            .arg(kSchemaVersion));
        return false;
    }
    if (!m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"), &reason) ||
        !m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &reason) ||
        !m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &reason)) {
        setError(error, tr("Cannot prepare the database %1: %2").arg(m_path, reason));
        return false;
    }
    if (version == kSchemaVersion)
        return true;

    // One process upgrades (and backs up) at a time: the window and a command line started
    // together must not both copy and migrate. The lock file goes with its process if it dies.
    QLockFile upgradeLock(m_path + QStringLiteral(".upgrade.lock"));
    if (!upgradeLock.tryLock(60000)) {
        setError(error, tr("Cannot upgrade %1: another Sandbench has been upgrading it for a "
                           "minute (lock file %2). Nothing was changed; try again later.")
                            .arg(m_path, upgradeLock.fileName()));
        return false;
    }
    version = m_db.scalar(QStringLiteral("PRAGMA user_version"), &reason).toInt();
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
            setError(error, tr("Cannot back up %1 to %2 before upgrading it: %3. Nothing "
                               "was changed; free some disk space and try again.")
                                .arg(m_path, backup, reason));
            return false;
        }
    }

    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(error, tr("Cannot upgrade %1: %2").arg(m_path, transaction.error()));
        return false;
    }
    // Another process (the window and a command line started together) may have upgraded the
    // file while this one waited for the write lock: start from what is there now.
    const int current = m_db.scalar(QStringLiteral("PRAGMA user_version"), &reason).toInt();
    if (current == kSchemaVersion)
        return true;
    const QStringList &steps = schema::migrations();
    for (int step = current; step < kSchemaVersion; ++step) {
        if (!m_db.exec(steps.at(step), &reason)) {
            setError(error, tr("Upgrading %1 from schema version %2 failed: %3. Nothing "
                               "was changed.")
                                .arg(m_path)
                                .arg(step)
                                .arg(reason));
            return false;
        }
    }
    if (!m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), &reason) ||
        !m_db.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId),
                   &reason) ||
        !transaction.commit()) {
        if (reason.isEmpty())
            reason = transaction.error();
        setError(error, tr("Upgrading %1 failed: %2. Nothing was changed.").arg(m_path, reason));
        return false;
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
    setError(error, tr("Cannot record a new session in %1: %2").arg(m_path, reason));
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
    setError(error, tr("Cannot record the session in %1: %2").arg(m_path, reason));
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
        QStringLiteral("INSERT OR REPLACE INTO session_datasets (session_id, name, path) "
                       "VALUES (?1, ?2, ?3)"),
        &reason);
    if (insert.isValid()) {
        insert.bind(1, sessionId);
        insert.bind(2, dataset.name);
        insert.bind(3, dataset.path);
        if (insert.step() == SqliteStatement::Step::Done)
            return true;
        reason = insert.error();
    }
    setError(error, tr("Cannot record dataset %1 in %2: %3").arg(dataset.name, m_path, reason));
    return false;
}

namespace {

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
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(error, tr("Cannot record the run in %1: %2").arg(m_path, transaction.error()));
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
                       "peak_rss_kb, parent_run_id, approval_id, state_changes) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                       "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)"),
        &reason);
    if (!insert.isValid()) {
        setError(error, tr("Cannot record the run in %1: %2").arg(m_path, reason));
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
    insert.bind(18, jsonText(run.environment));
    insert.bind(19, run.limitsSha256);
    insert.bind(20, run.inputsSha256);
    insert.bind(21, run.reviewBindsInputs);
    insert.bind(22, optionalValue(run.cpuMs));
    insert.bind(23, optionalValue(run.peakRssKb));
    insert.bind(24, idOrNull(run.parentRunId));
    insert.bind(25, idOrNull(run.approvalId));
    insert.bind(26, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(run.stateChanges))
                                          .toJson(QJsonDocument::Compact)));
    if (insert.step() != SqliteStatement::Step::Done) {
        setError(error, tr("Cannot record the run in %1: %2").arg(m_path, insert.error()));
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
        setError(error, tr("Cannot record the run in %1: %2").arg(m_path, transaction.error()));
        run.id = 0;
        return false;
    }
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
    setError(error, tr("Cannot record the run's provenance in %1: %2").arg(m_path, reason));
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
        setError(error, reason);
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
        QStringLiteral(
            "SELECT name, path FROM session_datasets WHERE session_id = ?1 ORDER BY name"),
        error);
    if (!query.isValid())
        return datasets;
    query.bind(1, sessionId);
    while (query.step() == SqliteStatement::Step::Row)
        datasets.append({query.text(0), query.text(1)});
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
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT id, session_id, cell_index, code, status, stdout, stderr, result, "
                       "started_at, finished_at, duration_ms, violations, profile, "
                       "profile_sha256, code_sha256, code_origin, llm_model, llm_prompt_sha256, "
                       "environment, limits_sha256, inputs_sha256, review_binds_inputs, cpu_ms, "
                       "peak_rss_kb, parent_run_id, approval_id, state_changes FROM runs WHERE ") +
            where + QStringLiteral(" ORDER BY id"),
        error);
    if (!query.isValid())
        return runs;
    query.bind(1, key);
    while (query.step() == SqliteStatement::Step::Row) {
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
        runs.append(run);
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
