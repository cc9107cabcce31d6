// A thin RAII layer over the SQLite C API: only what the run store needs, errors as text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sandbench {

class SqliteStatement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are 1-based like SQLite's. A null QVariant binds NULL.
    void bind(int index, const QVariant &value);
    Step step();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

    QString error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db != nullptr; }
    void close();

    bool exec(const QString &sql, QString *error);
    SqliteStatement prepare(const QString &sql, QString *error);
    // Runs a single-value query ("PRAGMA user_version"); a null QVariant on error.
    QVariant scalar(const QString &sql, QString *error);
    qint64 lastInsertRowId() const;
    // Rows this connection inserted, updated or deleted since it opened (sqlite3_total_changes64).
    qint64 totalChanges() const;
    // Makes sandbench_sha256(text) available to SQL (migrations fill hashes of old rows with it).
    bool addSha256Function(QString *error);
    QString lastError() const;
    // SQLite's extended result code for the last failure (also after a failed open), and the
    // operating system's errno behind it when there was one: they tell a full disk, a read-only
    // file and a damaged one apart where the message text alone does not.
    int lastErrorCode() const;
    int lastSystemErrno() const;
    // True when SQLite could only open the file for reading (it, or its folder, is read-only).
    bool isReadOnly() const;

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    int m_openErrorCode = 0;
    int m_openErrno = 0;
};

// Commits only when told to; anything else rolls back, so an early return loses nothing half-done.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection &connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    bool commit();

private:
    SqliteConnection &m_connection;
    bool m_active = false;
    QString m_error;
};

} // namespace sandbench
