#include "sqlite.h"

#include <QCryptographicHash>
#include <sqlite3.h>

namespace sandbench {
namespace {

void sha256Function(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(values[0]));
    const QByteArray bytes = QByteArray::fromRawData(data, sqlite3_value_bytes(values[0]));
    const QByteArray hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db), m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = other.m_statement;
        other.m_statement = nullptr;
    }
    return *this;
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
}

SqliteStatement::Step SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &path, QString *error)
{
    close();
    const int rc = sqlite3_open_v2(
        path.toUtf8().constData(), &m_db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    m_openErrorCode = 0;
    m_openErrno = 0;
    if (rc != SQLITE_OK) {
        if (error)
            *error = m_db ? lastError() : QString::fromUtf8(sqlite3_errstr(rc));
        m_openErrorCode = m_db ? sqlite3_extended_errcode(m_db) : rc;
        m_openErrno = m_db ? sqlite3_system_errno(m_db) : 0;
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void SqliteConnection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteConnection::exec(const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : lastError();
    sqlite3_free(message);
    return false;
}

SqliteStatement SqliteConnection::prepare(const QString &sql, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = lastError();
        sqlite3_finalize(statement);
        return {};
    }
    return SqliteStatement(m_db, statement);
}

QVariant SqliteConnection::scalar(const QString &sql, QString *error)
{
    SqliteStatement statement = prepare(sql, error);
    if (!statement.isValid())
        return {};
    switch (statement.step()) {
    case SqliteStatement::Step::Row:
        return statement.isNull(0) ? QVariant() : QVariant(statement.text(0));
    case SqliteStatement::Step::Done:
        return {};
    case SqliteStatement::Step::Error:
        if (error)
            *error = statement.error();
        return {};
    }
    return {};
}

qint64 SqliteConnection::totalChanges() const
{
    return m_db ? qint64(sqlite3_total_changes64(m_db)) : 0;
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteConnection::addSha256Function(QString *error)
{
    const int rc =
        sqlite3_create_function_v2(m_db, "sandbench_sha256", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, sha256Function, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && error)
        *error = lastError();
    return rc == SQLITE_OK;
}

QString SqliteConnection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int SqliteConnection::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : m_openErrorCode;
}

int SqliteConnection::lastSystemErrno() const
{
    return m_db ? sqlite3_system_errno(m_db) : m_openErrno;
}

bool SqliteConnection::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

SqliteTransaction::SqliteTransaction(SqliteConnection &connection) : m_connection(connection)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not at COMMIT.
    m_active = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        m_connection.exec(QStringLiteral("ROLLBACK"), nullptr);
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_connection.exec(QStringLiteral("COMMIT"), &m_error))
        return false;
    m_active = false;
    return true;
}

} // namespace sandbench
