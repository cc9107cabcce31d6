#include "dataframemodel.h"

#include "sessionrunner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <climits>
#include <cmath>
#include <limits>

namespace sandbench {
namespace {

QString kindName(TableColumn::Kind kind)
{
    switch (kind) {
    case TableColumn::Kind::Float:
        return QStringLiteral("number");
    case TableColumn::Kind::Integer:
        return QStringLiteral("integer");
    case TableColumn::Kind::Boolean:
        return QStringLiteral("bool");
    case TableColumn::Kind::DateTime:
        return QStringLiteral("date");
    case TableColumn::Kind::Text:
        return QStringLiteral("text");
    }
    return {};
}

constexpr int kMaxDecimals = 6;

} // namespace

DataFrameModel::DataFrameModel(SessionRunner &session, const QString &variable, QObject *parent)
    : QAbstractTableModel(parent), m_session(&session), m_variable(variable)
{
    requestPage(0);
}

int DataFrameModel::rowCount(const QModelIndex &parent) const
{
    // A view shows at most INT_MAX rows; a frame has far fewer in practice.
    return parent.isValid() ? 0
                            : int(std::min<qint64>(m_shownRows, std::numeric_limits<int>::max()));
}

int DataFrameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const TablePage *DataFrameModel::pageFor(int row) const
{
    const qint64 page = row / kPageRows;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    if (m_recent.isEmpty() || m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    return &it.value();
}

QVariant DataFrameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const TablePage *page = pageFor(index.row());
    if (role == LoadingRole)
        return page == nullptr;
    if (!page) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        return {};
    }
    const int row = int(index.row() - page->offset);
    const TableColumn &column = page->data.at(index.column());
    if (row < 0 || row >= column.size())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        if (column.isMissing(row)) {
            return column.kind() == TableColumn::Kind::DateTime ? QStringLiteral("NaT")
                   : column.kind() == TableColumn::Kind::Float  ? QStringLiteral("NaN")
                                                                : tr("missing");
        }
        return displayText(index.column(), column.value(row));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return column.isMissing(row) ? tr("missing value") : QVariant();
    case MissingRole:
        return column.isMissing(row);
    case ValueRole:
        return column.value(row);
    case KindRole:
        return kindName(column.kind());
    default:
        return {};
    }
}

QString DataFrameModel::displayText(int column, const QVariant &value) const
{
    switch (value.typeId()) {
    case QMetaType::Double: {
        const int decimals = m_decimals.value(column, kMaxDecimals);
        return QString::number(value.toDouble(), 'f', decimals);
    }
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        return when.time() == QTime(0, 0) ? when.toString(QStringLiteral("yyyy-MM-dd"))
                                          : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    default:
        return value.toString();
    }
}

QVariant DataFrameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1\n%2").arg(m_columns.at(section), m_dtypes.value(section));
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(m_columns.at(section), m_dtypes.value(section));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // The frame's own index labels, once their page is here.
    const auto it = m_pages.constFind(section / kPageRows);
    if (it == m_pages.constEnd())
        return section;
    const int row = int(section - it->offset);
    if (row < 0 || row >= it->index.size())
        return section;
    const QVariant label = it->index.value(row);
    return label.isValid() ? displayText(-1, label) : QStringLiteral("NaN");
}

void DataFrameModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        m_sort = {};
    } else {
        m_sort =
            QJsonArray{QJsonObject{{QStringLiteral("column"), column},
                                   {QStringLiteral("ascending"), order == Qt::AscendingOrder}}};
    }
    restartView();
}

void DataFrameModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    restartView();
}

void DataFrameModel::clearFilter()
{
    m_filter.reset();
    restartView();
}

void DataFrameModel::restartView()
{
    ++m_generation;
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    requestPage(0);
}

void DataFrameModel::reload()
{
    restartView();
    // Every row shown may have changed: the view repaints what is on screen, asking for its pages.
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

QJsonObject DataFrameModel::viewRequest(const QString &type) const
{
    QJsonObject request{{QStringLiteral("type"), type}, {QStringLiteral("name"), m_variable}};
    if (!m_sort.isEmpty())
        request.insert(QStringLiteral("sort"), m_sort);
    if (m_filter) {
        request.insert(
            QStringLiteral("filter"),
            QJsonObject{{QStringLiteral("column"), m_filter->column},
                        {QStringLiteral("op"), m_filter->op},
                        {QStringLiteral("value"), QJsonValue::fromVariant(m_filter->value)}});
    }
    return request;
}

void DataFrameModel::requestPage(qint64 page) const
{
    if (m_pending.contains(page) || !m_session)
        return;
    QJsonObject request = viewRequest(QStringLiteral("table"));
    request.insert(QStringLiteral("offset"), page * kPageRows);
    request.insert(QStringLiteral("limit"), kPageRows);
    request.insert(QStringLiteral("encoding"), QStringLiteral("binary"));
    QueryReply *reply = m_session->query(request);
    m_pending.insert(page);
    // The page and the view it was asked for travel with its own reply.
    auto *self = const_cast<DataFrameModel *>(this);
    connect(reply, &QueryReply::finished, self, [self, reply, generation = m_generation, page] {
        self->onPage(generation, page, reply->tablePage());
    });
}

void DataFrameModel::prefetch(int firstRow, int lastRow)
{
    if (m_shownRows == 0)
        return;
    const qint64 first = std::max(0, firstRow / kPageRows - 1);
    const qint64 last = std::min<qint64>((m_rows - 1) / kPageRows, lastRow / kPageRows + 1);
    for (qint64 page = first; page <= last; ++page) {
        if (!m_pages.contains(page))
            requestPage(page);
    }
}

void DataFrameModel::onPage(int generation, qint64 pageNumber, const TablePageReply &reply)
{
    if (generation != m_generation)
        return; // asked for before the view changed
    m_pending.remove(pageNumber);
    if (!reply.ok || !reply.page) {
        Q_EMIT failed(reply.ok ? tr("%1 sent no rows").arg(m_variable) : reply.error);
        return;
    }
    const auto &page = reply.page;
    const bool firstView = !m_ready && m_shownRows == 0;
    if (pageNumber == 0 && (firstView || page->rows != m_rows || page->columns != m_columns ||
                            page->dtypes != m_dtypes)) {
        adoptFirstPage(*page);
    }
    m_pages.insert(pageNumber, *page);
    m_recent.removeOne(pageNumber);
    m_recent.append(pageNumber);
    while (m_recent.size() > kCachedPages)
        m_pages.remove(m_recent.takeFirst());
    const int first = int(page->offset);
    const int last = std::min(first + page->count(), rowCount()) - 1;
    if (last >= first && !m_columns.isEmpty()) {
        Q_EMIT dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, first, last);
    }
    Q_EMIT pageArrived(first, last);
}

void DataFrameModel::adoptFirstPage(const TablePage &page)
{
    // The view's shape is known only now: rebuild it with the rows on screen cached from the start.
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_rows = page.rows;
    m_shownRows = std::min<qint64>(m_rows, kRowsPerStep);
    m_totalRows = page.totalRows;
    m_columns = page.columns;
    m_dtypes = page.dtypes;
    m_decimals.fill(kMaxDecimals, int(m_columns.size()));
    for (int c = 0; c < page.data.size(); ++c)
        m_decimals[c] = decimalsFor(page, c);
    m_ready = m_shownRows == m_rows;
    endResetModel();
    if (m_ready)
        Q_EMIT ready();
    else if (!m_stepping) {
        m_stepping = true;
        QTimer::singleShot(0, this, &DataFrameModel::addRowsStep);
    }
}

void DataFrameModel::addRowsStep()
{
    m_stepping = false;
    if (m_ready || m_shownRows >= m_rows)
        return;
    const qint64 next = std::min<qint64>(m_rows, m_shownRows + kRowsPerStep);
    beginInsertRows({}, int(m_shownRows), int(next - 1));
    m_shownRows = next;
    endInsertRows();
    if (m_shownRows < m_rows) {
        m_stepping = true;
        QTimer::singleShot(0, this, &DataFrameModel::addRowsStep);
        return;
    }
    m_ready = true;
    Q_EMIT ready();
}

int DataFrameModel::decimalsFor(const TablePage &page, int column) const
{
    // The fewest decimals (up to six) that show every value of the first page exactly, so a
    // column of prices reads 12.50, 3.10 and a column of measurements keeps its digits.
    const TableColumn &values = page.data.at(column);
    if (values.kind() != TableColumn::Kind::Float)
        return 0;
    int needed = 0;
    for (int row = 0; row < values.size() && needed < kMaxDecimals; ++row) {
        if (values.isMissing(row))
            continue;
        const double v = values.value(row).toDouble();
        while (needed < kMaxDecimals) {
            const double scaled = v * std::pow(10.0, needed);
            if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
                break;
            ++needed;
        }
    }
    return std::max(needed, 1);
}

QString DataFrameModel::toTsv(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QString text;
    QTextStream out(&text);
    for (int c = left; c <= right; ++c)
        out << (c > left ? QStringLiteral("\t") : QString()) << m_columns.value(c);
    out << '\n';
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            const QModelIndex cell = index(r, c);
            const QString value = data(cell, MissingRole).toBool()
                                      ? QString()
                                      : data(cell, Qt::DisplayRole).toString();
            out << (c > left ? QStringLiteral("\t") : QString()) << value;
        }
        out << '\n';
    }
    return text;
}

} // namespace sandbench
