// One page of a table variable as the worker sends it in binary form (sandbox/PROTOCOL.md,
// "table" with "encoding": "binary"): the index and every column, each typed.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <optional>

namespace sandbench {

class TableColumn
{
public:
    enum class Kind
    {
        Float,    // float64; NaN is missing
        Integer,  // int64
        Boolean,  // uint8
        DateTime, // int64 nanoseconds since the epoch, UTC; INT64_MIN (NaT) is missing
        Text      // UTF-8 strings (objects, categories); missing marked apart
    };

    static std::optional<TableColumn> decode(QChar kind, const QByteArray &bytes, int rows,
                                             QString *error);

    Kind kind() const { return m_kind; }
    int size() const { return m_size; }
    bool isMissing(int row) const;
    bool isNumeric() const { return m_kind == Kind::Float || m_kind == Kind::Integer; }
    // The value as a number, integer, bool, QDateTime (UTC) or QString; invalid when missing.
    QVariant value(int row) const;

private:
    Kind m_kind = Kind::Text;
    int m_size = 0;
    QVector<double> m_floats;
    QVector<qint64> m_integers; // integers and datetimes
    QStringList m_texts;
    QVector<bool> m_missingText;
};

struct TablePage
{
    qint64 rows = 0;      // rows of the view (after a filter)
    qint64 totalRows = 0; // rows of the variable
    qint64 offset = 0;    // the first row of this page in the view
    QStringList columns;
    QStringList dtypes;
    QString indexDtype;
    TableColumn index;
    QList<TableColumn> data; // one per column

    int count() const { return index.size(); }

    static std::optional<TablePage> decode(const QJsonObject &header, const QByteArray &payload,
                                           QString *error);
};

} // namespace sandbench
