// A table variable of the live session (DataFrame, Series, 1-D/2-D array) as a Qt model that
// holds only the pages on screen: rows arrive from the worker in binary pages of kPageRows,
// asynchronously, and a bounded cache keeps the recent ones. Sorting and filtering happen in the
// worker; the model only asks for pages of the view.
#pragma once

#include "queryreply.h"
#include "tablepage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

namespace sandbench {

class SessionRunner;

class DataFrameModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        MissingRole = Qt::UserRole + 1, // bool: the cell holds a missing value
        LoadingRole,                    // bool: its page has not arrived yet
        ValueRole, // the typed value (double, qint64, bool, QDateTime, QString)
        KindRole   // the column's kind: "number", "integer", "bool", "date", "text"
    };

    struct Filter
    {
        int column = -1;
        QString op; // ==, !=, <, <=, >, >=, contains, isnull, notnull
        QVariant value;
    };

    static constexpr int kPageRows = 200;
    static constexpr int kCachedPages = 64;
    // A view's header keeps one entry per row, and growing it by ten million at once blocks for
    // about 100 ms: rows are added to the view in steps of this many, one per event-loop turn,
    // so the first rows show at once and the window never stalls.
    static constexpr int kRowsPerStep = 1'000'000;

    DataFrameModel(SessionRunner &session, const QString &variable, QObject *parent = nullptr);

    const QString &variable() const { return m_variable; }
    // Rows of the variable before any filter; rowCount() is the view's.
    qint64 totalRows() const { return m_totalRows; }
    // Every row of the view is there (ready() was emitted); the first ones show earlier.
    bool isReady() const { return m_ready; }
    QString dtype(int column) const { return m_dtypes.value(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorting is done by the worker over all rows; the view then shows its pages.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads the variable again, keeping the sort and filter: a cell or an undo may have changed it.
    void reload();
    void setFilter(const Filter &filter);
    void clearFilter();
    const std::optional<Filter> &filter() const { return m_filter; }
    // Asks for the pages covering these rows (plus one page either side) that are not cached.
    void prefetch(int firstRow, int lastRow);
    // The rows as tab-separated text, with a header line, for the clipboard.
    QString toTsv(const QModelIndexList &indexes) const;
    // The current view's sort and filter, as the worker's requests spell them.
    QJsonObject viewRequest(const QString &type) const;

    // The value as the table shows it: numbers with the column's precision, ISO dates.
    QString displayText(int column, const QVariant &value) const;

Q_SIGNALS:
    // The first page of the (new) view arrived and all its rows are in the model: row count and
    // columns are known.
    void ready();
    void pageArrived(int firstRow, int lastRow);
    void failed(const QString &message);

private:
    void requestPage(qint64 page) const;
    void restartView();
    void onPage(int generation, qint64 pageNumber, const TablePageReply &reply);
    void adoptFirstPage(const TablePage &page);
    void addRowsStep();
    const TablePage *pageFor(int row) const;
    int decimalsFor(const TablePage &page, int column) const;

    // Not owned: a session that ends first leaves the model asking nobody (no page arrives).
    QPointer<SessionRunner> m_session;
    QString m_variable;
    bool m_ready = false;
    qint64 m_rows = 0;
    qint64 m_shownRows = 0; // rows added to the model so far (see kRowsPerStep)
    bool m_stepping = false;
    qint64 m_totalRows = 0;
    QStringList m_columns;
    QStringList m_dtypes;
    QVector<int> m_decimals; // per float column, chosen from the first page: one precision a column
    QJsonArray m_sort;
    std::optional<Filter> m_filter;
    int m_generation = 0; // replies for an earlier view are dropped
    // Caches are filled from const data(): a view asks for rows as it paints them.
    mutable QHash<qint64, TablePage> m_pages;
    mutable QList<qint64> m_recent; // most recently used last
    mutable QSet<qint64> m_pending;
};

} // namespace sandbench
