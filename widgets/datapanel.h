// A table variable of the live session (DataFrame, Series, 1-D/2-D array), however large: a
// table that holds only the rows on screen (DataFrameModel), sorting by a header click and a
// filter bar both computed in the worker, a column's summary with its quick chart, copying a
// selection as TSV and exporting the view as CSV into the session's output folder.
#pragma once

#include "queryreply.h"

#include <QJsonObject>
#include <QModelIndexList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStyledItemDelegate;
class QTableView;
class QAction;
class QToolBar;

namespace sandbench {

class ColumnSummaryView;
class DataFrameModel;
class SessionRunner;

// The Data panel's cell painter (missing values grey and italic), for other tables of data.
QStyledItemDelegate *makeDataCellDelegate(QObject *parent = nullptr);

class DataPanel : public QWidget
{
    Q_OBJECT

public:
    // Copying pulls the rows through the page cache: larger selections are for Export.
    static constexpr int kMaxCopyRows = 10'000;
    // The filter and the actions; what does not fit the width is in its » menu.
    QToolBar *toolBar() const { return m_toolBar; }

    explicit DataPanel(QWidget *parent = nullptr);

    // Shows the variable name of session, replacing what was shown.
    void showVariable(SessionRunner *session, const QString &name);
    // Forgets the table (the session is going away).
    void clear();
    // The variable as the session holds it now (after a cell or an undo), same sort and filter.
    void reload();
    QString variable() const;

    DataFrameModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ColumnSummaryView *summaryView() const { return m_summary; }

    // Keeps the rows whose column compares with value (op: ==, !=, <, <=, >, >=, contains,
    // isnull, notnull); the worker filters all rows.
    void applyFilter(int column, const QString &op, const QString &value);
    void clearFilter();
    void sortByColumn(int column, Qt::SortOrder order);
    // Asks the worker to describe the column of the current (filtered) view.
    void summarize(int column);
    // Puts the selected cells on the clipboard as TSV once their rows are here.
    void copySelection();
    // Writes the sorted, filtered view as file (a plain name) into the output folder.
    void exportView(const QString &file);
    // Asks the worker for the current sort and filter as pandas code (Convert to Code); the
    // answer comes by codeRequested.
    void convertToCode();

Q_SIGNALS:
    void summaryShown(int column);
    void copied(const QString &tsv);
    void exported(const QString &path, qint64 rows);
    // The view as a cell's code: the window puts it in a new cell.
    void codeRequested(const QString &code);
    // Something the user should read (a refused filter, a failed export); also in the panel.
    void message(const QString &text);

private:
    void onReady();
    void prefetchVisible();
    void tryCopy();
    void onHeaderClicked(int section);
    void exportDialog();
    void applyFilterBar();
    void updateStatus();
    void setMessage(const QString &text);

    QPointer<SessionRunner> m_session;
    DataFrameModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QComboBox *m_filterOp = nullptr;
    QLineEdit *m_filterValue = nullptr;
    QAction *m_summaryAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    ColumnSummaryView *m_summary = nullptr;
    QPointer<QueryReply> m_summaryReply;        // the newest summary asked for
    QList<QPointer<QueryReply>> m_openReplies; // asked for the variable on show
    int m_summaryColumn = -1;
    QModelIndexList m_copying; // a selection waiting for its rows
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sandbench
