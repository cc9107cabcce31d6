#include "tablepage.h"

#include "protocol_constants.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>

namespace sandbench {
namespace {

constexpr quint32 kMissingText = protocol::kLimitMissingTextLength;

QString tr(const char *text)
{
    return QCoreApplication::translate("TablePage", text);
}

template <typename T> QVector<T> readArray(const QByteArray &bytes, int rows)
{
    QVector<T> values(rows);
    for (int i = 0; i < rows; ++i)
        values[i] = qFromLittleEndian<T>(bytes.constData() + qsizetype(i) * qsizetype(sizeof(T)));
    return values;
}

} // namespace

std::optional<TableColumn> TableColumn::decode(QChar kind, const QByteArray &bytes, int rows,
                                               QString *error)
{
    TableColumn column;
    column.m_size = rows;
    auto expect = [&](qsizetype width) {
        if (bytes.size() == width * rows)
            return true;
        if (error)
            *error = tr("a column of kind '%1' has %2 bytes for %3 rows")
                         .arg(kind)
                         .arg(bytes.size())
                         .arg(rows);
        return false;
    };
    switch (kind.toLatin1()) {
    case 'f':
        column.m_kind = Kind::Float;
        if (!expect(8))
            return std::nullopt;
        column.m_floats = readArray<double>(bytes, rows);
        return column;
    case 'i':
    case 'M':
        column.m_kind = kind == QLatin1Char('i') ? Kind::Integer : Kind::DateTime;
        if (!expect(8))
            return std::nullopt;
        column.m_integers = readArray<qint64>(bytes, rows);
        return column;
    case 'b':
        column.m_kind = Kind::Boolean;
        if (!expect(1))
            return std::nullopt;
        column.m_integers.resize(rows);
        for (int i = 0; i < rows; ++i)
            column.m_integers[i] = quint8(bytes.at(i));
        return column;
    case 's': {
        column.m_kind = Kind::Text;
        column.m_texts.reserve(rows);
        column.m_missingText.reserve(rows);
        qsizetype at = 0;
        for (int i = 0; i < rows; ++i) {
            if (at + 4 > bytes.size())
                break;
            const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + at);
            at += 4;
            if (length == kMissingText) {
                column.m_texts.append(QString());
                column.m_missingText.append(true);
                continue;
            }
            if (at + qsizetype(length) > bytes.size())
                break;
            column.m_texts.append(QString::fromUtf8(bytes.constData() + at, qsizetype(length)));
            column.m_missingText.append(false);
            at += qsizetype(length);
        }
        if (column.m_texts.size() != rows || at != bytes.size()) {
            if (error)
                *error = tr("a text column does not hold exactly %1 values").arg(rows);
            return std::nullopt;
        }
        return column;
    }
    default:
        if (error)
            *error = tr("unknown column kind '%1'").arg(kind);
        return std::nullopt;
    }
}

bool TableColumn::isMissing(int row) const
{
    if (row < 0 || row >= m_size)
        return true;
    switch (m_kind) {
    case Kind::Float:
        return std::isnan(m_floats.at(row));
    case Kind::DateTime:
        return m_integers.at(row) == std::numeric_limits<qint64>::min();
    case Kind::Text:
        return m_missingText.at(row);
    case Kind::Integer:
    case Kind::Boolean:
        return false;
    }
    return false;
}

QVariant TableColumn::value(int row) const
{
    if (isMissing(row))
        return {};
    switch (m_kind) {
    case Kind::Float:
        return m_floats.at(row);
    case Kind::Integer:
        return m_integers.at(row);
    case Kind::Boolean:
        return m_integers.at(row) != 0;
    case Kind::DateTime: {
        const qint64 nanoseconds = m_integers.at(row);
        // Floor division: dates before 1970 are negative.
        qint64 ms = nanoseconds / 1000000;
        if (nanoseconds % 1000000 < 0)
            --ms;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    case Kind::Text:
        return m_texts.at(row);
    }
    return {};
}

std::optional<TablePage> TablePage::decode(const QJsonObject &header, const QByteArray &payload,
                                           QString *error)
{
    TablePage page;
    page.rows = header.value(QStringLiteral("rows")).toInteger();
    page.totalRows = header.value(QStringLiteral("total_rows")).toInteger(page.rows);
    page.offset = header.value(QStringLiteral("offset")).toInteger();
    const int count = header.value(QStringLiteral("count")).toInt();
    for (const QJsonValue &v : header.value(QStringLiteral("columns")).toArray())
        page.columns.append(v.toString());
    for (const QJsonValue &v : header.value(QStringLiteral("dtypes")).toArray())
        page.dtypes.append(v.toString());
    page.indexDtype = header.value(QStringLiteral("index_dtype")).toString();
    const QJsonArray kinds = header.value(QStringLiteral("kinds")).toArray();
    const QJsonArray sizes = header.value(QStringLiteral("sizes")).toArray();
    if (kinds.size() != page.columns.size() + 1 || sizes.size() != kinds.size() || count < 0) {
        if (error)
            *error = tr("the page describes %1 columns but sends %2")
                         .arg(page.columns.size())
                         .arg(kinds.size() - 1);
        return std::nullopt;
    }
    qsizetype at = 0;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const qsizetype size = sizes.at(i).toInteger(-1);
        const QString kind = kinds.at(i).toString();
        if (size < 0 || at + size > payload.size() || kind.size() != 1) {
            if (error)
                *error = tr("the page's payload is shorter than its columns say");
            return std::nullopt;
        }
        auto column = TableColumn::decode(kind.at(0), payload.mid(at, size), count, error);
        if (!column)
            return std::nullopt;
        at += size;
        if (i == 0)
            page.index = *column;
        else
            page.data.append(*column);
    }
    return page;
}

} // namespace sandbench
