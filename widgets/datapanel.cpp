#include "datapanel.h"

#include "columnsummaryview.h"
#include "dataframemodel.h"
#include "sessionrunner.h"
#include "workermessages.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sandbench {
namespace {

// Missing values and rows still on their way read differently from data: grey, missing ones in
// italics, so a NaN is never mistaken for a value and a placeholder never for a missing one.
class DataCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool loading = index.data(DataFrameModel::LoadingRole).toBool();
        const bool missing = !loading && index.data(DataFrameModel::MissingRole).toBool();
        if (loading || missing) {
            const QColor grey = option->palette.color(QPalette::PlaceholderText);
            option->palette.setColor(QPalette::Text, grey);
            option->palette.setColor(QPalette::HighlightedText,
                                     option->palette.color(QPalette::HighlightedText).darker(120));
            option->font.setItalic(missing);
        }
    }
};

QString opLabel(const QString &op)
{
    if (op == QLatin1String("contains"))
        return DataPanel::tr("contains");
    if (op == QLatin1String("isnull"))
        return DataPanel::tr("is missing");
    if (op == QLatin1String("notnull"))
        return DataPanel::tr("is not missing");
    return op;
}

} // namespace

QStyledItemDelegate *makeDataCellDelegate(QObject *parent)
{
    return new DataCellDelegate(parent);
}

DataPanel::DataPanel(QWidget *parent) : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filterColumn = new QComboBox(this);
    m_filterColumn->setToolTip(tr("The column to filter on"));
    m_filterColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterOp = new QComboBox(this);
    for (const QString &op :
         {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral("<="),
          QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("contains"),
          QStringLiteral("isnull"), QStringLiteral("notnull")})
        m_filterOp->addItem(opLabel(op), op);
    m_filterValue = new QLineEdit(this);
    m_filterValue->setPlaceholderText(tr("value, e.g. 2.5, north or 2024-03-01"));
    m_filterValue->setClearButtonEnabled(true);
    // Actions in a tool bar: when the dock is narrow the ones that do not fit go into the bar's
    // » menu instead of being clipped to "ummar" and "v…".
    auto *apply = new QAction(tr("Filter"), this);
    apply->setToolTip(tr("Keep the rows that match (computed in the worker over every row)"));
    auto *clearButton = new QAction(tr("Show All"), this);
    clearButton->setToolTip(tr("Remove the filter"));
    m_summaryAction = new QAction(tr("Summary"), this);
    m_summaryAction->setToolTip(tr("Describe the current column and chart it"));
    auto *copyButton = new QAction(tr("Copy"), this);
    copyButton->setToolTip(tr("Copy the selected cells as tab-separated text (Ctrl+C)"));
    auto *exportButton = new QAction(tr("Export CSV…"), this);
    exportButton->setToolTip(
        tr("Write the sorted, filtered view as CSV into the session's output folder"));

    auto *codeButton = new QAction(tr("Convert to Code"), this);
    codeButton->setObjectName(QStringLiteral("convertToCode"));
    codeButton->setToolTip(tr("Put the current sort and filter into a new cell as pandas code"));
    connect(codeButton, &QAction::triggered, this, &DataPanel::convertToCode);

    m_table = new QTableView(this);
    m_table->setItemDelegate(new DataCellDelegate(m_table));
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Fixed row heights: the view never asks ten million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    auto *copy = new QAction(tr("Copy as TSV"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_summary = new ColumnSummaryView(this);

    m_filterValue->setMinimumWidth(
        m_filterValue->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_filterValue->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_toolBar = new QToolBar(tr("Data"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setContentsMargins(2, 0, 2, 0);
    m_toolBar->addWidget(m_filterColumn);
    m_toolBar->addWidget(m_filterOp);
    m_toolBar->addWidget(m_filterValue);
    m_toolBar->addAction(apply);
    m_toolBar->addAction(clearButton);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_summaryAction);
    m_toolBar->addAction(copyButton);
    m_toolBar->addAction(exportButton);
    m_toolBar->addAction(codeButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_status);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(apply, &QAction::triggered, this, &DataPanel::applyFilterBar);
    connect(m_filterValue, &QLineEdit::returnPressed, this, &DataPanel::applyFilterBar);
    connect(clearButton, &QAction::triggered, this, &DataPanel::clearFilter);
    connect(m_summaryAction, &QAction::triggered, this, [this] {
        const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column()
                                                             : m_filterColumn->currentIndex();
        summarize(column);
    });
    connect(copyButton, &QAction::triggered, this, &DataPanel::copySelection);
    connect(copy, &QAction::triggered, this, &DataPanel::copySelection);
    connect(exportButton, &QAction::triggered, this, &DataPanel::exportDialog);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &DataPanel::onHeaderClicked);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DataPanel::prefetchVisible);
    clear();
}

QString DataPanel::variable() const
{
    return m_model ? m_model->variable() : QString();
}

void DataPanel::reload()
{
    if (m_model)
        m_model->reload();
}

void DataPanel::clear()
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (m_session)
        m_session->disconnect(this);
    m_session = nullptr;
    // Answers still on their way are for the variable that was on show: not shown.
    for (const QPointer<QueryReply> &reply : std::as_const(m_openReplies)) {
        if (reply)
            reply->disconnect(this);
    }
    m_openReplies.clear();
    m_copying.clear();
    m_sortColumn = -1;
    m_filterColumn->clear();
    m_summary->clear();
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    setMessage(tr("Double-click a DataFrame, Series or array in Variables to see it here."));
}

void DataPanel::showVariable(SessionRunner *session, const QString &name)
{
    clear();
    if (!session)
        return;
    m_session = session;
    m_model = new DataFrameModel(*session, name, this);
    m_table->setModel(m_model);
    // The columns and the first rows come before every row is in the model (ready).
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataPanel::onReady);
    connect(m_model, &DataFrameModel::ready, this, &DataPanel::updateStatus);
    connect(m_model, &DataFrameModel::pageArrived, this, [this](int first) {
        if (first == 0)
            updateStatus(); // a new view's first page: its row count is known
        if (!m_copying.isEmpty())
            tryCopy();
    });
    connect(m_model, &DataFrameModel::failed, this, [this](const QString &text) {
        setMessage(tr("%1: %2").arg(variable(), WorkerMessages::translate(text)));
    });
    setMessage(tr("Loading %1…").arg(name));
}

void DataPanel::onReady()
{
    // The columns are known now; a new view (sorted, filtered) also repaints from its top.
    const QString current = m_filterColumn->currentText();
    m_filterColumn->clear();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_filterColumn->addItem(m_model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                                c);
    if (!current.isEmpty())
        m_filterColumn->setCurrentText(current);
    m_table->viewport()->update();
    m_table->verticalHeader()->viewport()->update();
    updateStatus();
}

void DataPanel::updateStatus()
{
    if (!m_model)
        return;
    const QLocale locale;
    QString text = tr("<b>%1</b> · %2 rows × %3 columns")
                       .arg(variable().toHtmlEscaped(), locale.toString(m_model->totalRows()))
                       .arg(m_model->columnCount());
    if (m_model->filter()) {
        const DataFrameModel::Filter &f = *m_model->filter();
        text += tr(" · filter: %1 %2 %3 → %4 rows")
                    .arg(m_model->headerData(f.column, Qt::Horizontal, Qt::ToolTipRole)
                             .toString()
                             .toHtmlEscaped(),
                         opLabel(f.op).toHtmlEscaped(), f.value.toString().toHtmlEscaped(),
                         locale.toString(m_model->rowCount()));
    }
    if (m_sortColumn >= 0)
        text +=
            tr(" · sorted by %1 %2")
                .arg(m_model->headerData(m_sortColumn, Qt::Horizontal, Qt::ToolTipRole)
                         .toString()
                         .toHtmlEscaped(),
                     m_sortOrder == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓"));
    m_status->setText(text);
}

void DataPanel::setMessage(const QString &text)
{
    m_status->setText(text.toHtmlEscaped());
}

void DataPanel::prefetchVisible()
{
    if (!m_model)
        return;
    const int height = m_table->viewport()->height();
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(height - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->prefetch(first, last);
}

void DataPanel::onHeaderClicked(int section)
{
    // Click once for ascending, again for descending, as spreadsheets do.
    const Qt::SortOrder order = section == m_sortColumn && m_sortOrder == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    sortByColumn(section, order);
}

void DataPanel::sortByColumn(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(column >= 0);
    header->setSortIndicator(column, order);
    m_model->sort(column, order);
    m_table->viewport()->update();
    updateStatus();
}

void DataPanel::applyFilterBar()
{
    const QString op = m_filterOp->currentData().toString();
    const QString value = m_filterValue->text().trimmed();
    if (value.isEmpty() && op != QLatin1String("isnull") && op != QLatin1String("notnull")) {
        setMessage(tr("Type a value to compare with, or choose \"is missing\"."));
        return;
    }
    applyFilter(m_filterColumn->currentData().toInt(), op, value);
}

void DataPanel::applyFilter(int column, const QString &op, const QString &value)
{
    if (!m_model || column < 0 || column >= m_model->columnCount())
        return;
    m_model->setFilter({column, op, value});
    m_table->viewport()->update();
    setMessage(tr("Filtering %1…").arg(variable()));
}

void DataPanel::clearFilter()
{
    if (!m_model || !m_model->filter())
        return;
    m_model->clearFilter();
    m_table->viewport()->update();
}

void DataPanel::summarize(int column)
{
    if (!m_session || !m_model || column < 0 || column >= m_model->columnCount())
        return;
    // The summary describes what the table shows: the filter applies, the order does not matter.
    QJsonObject request = m_model->viewRequest(QStringLiteral("summary"));
    request.remove(QStringLiteral("sort"));
    request.insert(QStringLiteral("column"), column);
    m_summaryColumn = column;
    // Only the newest summary is shown: an older one describes another column.
    if (m_summaryReply)
        m_summaryReply->disconnect(this);
    QueryReply *reply = m_session->query(request);
    m_summaryReply = reply;
    m_openReplies.append(reply);
    connect(reply, &QueryReply::finished, this, [this, reply] {
        const SummaryReply summary = reply->summary();
        if (!summary.ok) {
            m_summary->showMessage(
                tr("No summary: %1").arg(WorkerMessages::translate(summary.error)));
            return;
        }
        m_summary->showSummary(summary.summary);
        Q_EMIT summaryShown(m_summaryColumn);
    });
    m_summary->showMessage(
        tr("Describing %1…")
            .arg(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString()));
}

void DataPanel::copySelection()
{
    if (!m_model)
        return;
    const QModelIndexList selection = m_table->selectionModel()->selectedIndexes();
    if (selection.isEmpty())
        return;
    int top = INT_MAX, bottom = -1;
    for (const QModelIndex &index : selection) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
    }
    if (bottom - top + 1 > kMaxCopyRows) {
        setMessage(tr("%1 rows are too many to copy; use Export CSV for the whole view.")
                       .arg(QLocale().toString(bottom - top + 1)));
        return;
    }
    m_copying = selection;
    m_model->prefetch(top, bottom);
    tryCopy();
}

void DataPanel::tryCopy()
{
    // The clipboard gets the values, never placeholders: wait until every row is here.
    int top = INT_MAX, bottom = -1;
    for (const QModelIndex &index : std::as_const(m_copying)) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
    }
    for (int row = top; row <= bottom; row += DataFrameModel::kPageRows) {
        if (m_model->data(m_model->index(row, 0), DataFrameModel::LoadingRole).toBool())
            return;
    }
    if (m_model->data(m_model->index(bottom, 0), DataFrameModel::LoadingRole).toBool())
        return;
    const QString tsv = m_model->toTsv(m_copying);
    m_copying.clear();
    QApplication::clipboard()->setText(tsv);
    Q_EMIT copied(tsv);
}

void DataPanel::exportDialog()
{
    if (!m_model)
        return;
    bool ok = false;
    const QString file =
        QInputDialog::getText(this, tr("Export View as CSV"),
                              tr("File name in the session's output folder (%1):")
                                  .arg(m_session ? m_session->outputDir() : QString()),
                              QLineEdit::Normal, variable() + QStringLiteral("-view.csv"), &ok);
    if (ok && !file.trimmed().isEmpty())
        exportView(file.trimmed());
}

void DataPanel::exportView(const QString &file)
{
    if (!m_session || !m_model)
        return;
    QJsonObject request = m_model->viewRequest(QStringLiteral("export_view"));
    request.insert(QStringLiteral("file"), file);
    QueryReply *reply = m_session->query(request);
    m_openReplies.append(reply);
    connect(reply, &QueryReply::finished, this, [this, reply] {
        const ExportViewReply done = reply->exportView();
        if (!done.ok) {
            const QString text = tr("The view was not exported: %1").arg(done.error);
            setMessage(text);
            Q_EMIT message(text);
            return;
        }
        const QString text = tr("Exported %1 rows of %2 to %3")
                                 .arg(QLocale().toString(done.rows), variable(), done.path);
        updateStatus();
        Q_EMIT message(text);
        Q_EMIT exported(done.path, done.rows);
    });
    setMessage(tr("Exporting %1 to %2…").arg(variable(), file));
}

void DataPanel::convertToCode()
{
    if (!m_session || !m_model)
        return;
    QueryReply *reply = m_session->query(m_model->viewRequest(wireName(protocol::kTypeViewCode)));
    m_openReplies.append(reply);
    connect(reply, &QueryReply::finished, this, [this, reply] {
        const ViewCodeReply code = reply->viewCode();
        if (!code.ok) {
            const QString text = tr("The view could not become code: %1").arg(code.error);
            setMessage(text);
            Q_EMIT message(text);
            return;
        }
        Q_EMIT codeRequested(code.code);
    });
}

} // namespace sandbench
