#include "celllistview.h"

#include "cellmodel.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "completionprovider.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace sandbench {

CellListView::CellListView(CellModel *model, QWidget *parent) : QScrollArea(parent), m_model(model)
{
    setWidgetResizable(true);
    // Always there, so the cells' width never depends on their total height: a bar that came and
    // went with the height would change every cell's width, hence heights, hence the bar again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    setWidget(m_content);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CellListView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertWidgets(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeWidgets(first, last); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int from, int, const QModelIndex &, int to) {
                const int target = to > from ? to - 1 : to;
                CellWidget *moved = m_widgets.takeAt(from);
                m_widgets.insert(target, moved);
                m_layout->removeWidget(moved);
                m_layout->insertWidget(target, moved);
                refreshNumbers();
                setCurrentRow(target);
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                refresh(topLeft.row(), bottomRight.row());
            });
    // Any scrolling of the user's own ends the following of a target.
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this,
            [this] { m_scrollTarget = nullptr; });
    m_content->installEventFilter(this);
    m_elapsed.setInterval(100);
    connect(&m_elapsed, &QTimer::timeout, this, &CellListView::tickElapsed);
    rebuild();
}

CellWidget *CellListView::cellWidget(int row) const
{
    return row >= 0 && row < m_widgets.size() ? m_widgets.at(row) : nullptr;
}

CellWidget *CellListView::makeWidget()
{
    auto *widget = new CellWidget(m_content);
    widget->setTheme(m_theme);
    if (m_hasFont)
        widget->editor()->setFont(m_font);
    if (m_completion)
        widget->editor()->setCompletionModel(m_completion);
    if (m_completionProvider)
        widget->editor()->setCompletionProvider(m_completionProvider);
    connect(widget, &CellWidget::codeEdited, this, [this, widget](const QString &code) {
        m_model->setCode(int(m_widgets.indexOf(widget)), code);
    });
    connect(widget, &CellWidget::activated, this,
            [this, widget] { setCurrentRow(int(m_widgets.indexOf(widget)), false); });
    connect(widget, &CellWidget::runClicked, this, [this, widget] {
        const int row = int(m_widgets.indexOf(widget));
        setCurrentRow(row, false);
        Q_EMIT runRequested(row);
    });
    connect(widget, &CellWidget::figureClicked, this, &CellListView::figureActivated);
    connect(widget, &CellWidget::richTableShown, this, &CellListView::richTableShown);
    connect(widget, &CellWidget::openInDataRequested, this, &CellListView::openInDataRequested);
    connect(widget->editor(), &CodeEditor::pasted, this,
            [this, widget] { m_model->markPasted(int(m_widgets.indexOf(widget))); });
    connect(widget, &CellWidget::fixRequested, this,
            [this, widget] { Q_EMIT assistantRequested(int(m_widgets.indexOf(widget)), true); });
    connect(widget, &CellWidget::explainRequested, this,
            [this, widget] { Q_EMIT assistantRequested(int(m_widgets.indexOf(widget)), false); });
    // Editors do not scroll themselves: the notebook keeps the typing cursor in view.
    connect(widget->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this, widget] {
        if (!widget->editor()->hasFocus())
            return;
        QTimer::singleShot(0, this, [this, widget = QPointer<CellWidget>(widget)] {
            if (!widget || !widget->editor()->hasFocus())
                return;
            CodeEditor *editor = widget->editor();
            const QRect cursor = editor->cursorRect();
            const QPoint at = editor->viewport()->mapTo(m_content, cursor.center());
            ensureVisible(at.x(), at.y(), 0, cursor.height());
        });
    });
    return widget;
}

void CellListView::rebuild()
{
    qDeleteAll(m_widgets);
    m_widgets.clear();
    m_current = -1;
    if (m_model->rowCount() > 0)
        insertWidgets(0, m_model->rowCount() - 1);
    setCurrentRow(m_model->rowCount() > 0 ? 0 : -1, false);
}

void CellListView::insertWidgets(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        CellWidget *widget = makeWidget();
        m_widgets.insert(row, widget);
        m_layout->insertWidget(row, widget);
        widget->showCell(m_model->cell(row), row);
    }
    if (m_current >= first)
        m_current += last - first + 1;
    refreshNumbers();
}

void CellListView::removeWidgets(int first, int last)
{
    for (int row = last; row >= first; --row)
        delete m_widgets.takeAt(row);
    refreshNumbers();
    if (m_current > last)
        m_current -= last - first + 1;
    else if (m_current >= first)
        m_current = -1;
    if (m_current < 0 && !m_widgets.isEmpty())
        setCurrentRow(qMin(first, int(m_widgets.size()) - 1));
    else if (m_widgets.isEmpty())
        Q_EMIT currentRowChanged(-1);
}

void CellListView::refresh(int first, int last)
{
    bool running = false;
    for (int row = first; row <= last && row < m_widgets.size(); ++row) {
        const Cell &cell = m_model->cell(row);
        m_widgets.at(row)->showCell(cell, row);
        // A cell that starts running comes into view (Run All walks down the notebook).
        const bool wasRunning = m_runningIds.contains(cell.id);
        if (cell.state == Cell::State::Running && !wasRunning) {
            m_runningIds.append(cell.id);
            scrollToRow(row);
        } else if (cell.state != Cell::State::Running && wasRunning) {
            m_runningIds.removeAll(cell.id);
        }
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        running = running || m_model->cell(row).state == Cell::State::Running;
    if (running && !m_elapsed.isActive())
        m_elapsed.start();
    else if (!running)
        m_elapsed.stop();
}

void CellListView::refreshNumbers()
{
    for (int row = 0; row < m_widgets.size(); ++row)
        m_widgets.at(row)->showCell(m_model->cell(row), row);
}

void CellListView::tickElapsed()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Cell &cell = m_model->cell(row);
        if (cell.state == Cell::State::Running)
            m_widgets.at(row)->showElapsed(
                cell.runningSince.msecsTo(QDateTime::currentDateTimeUtc()));
    }
}

void CellListView::setCurrentRow(int row, bool focusEditor)
{
    if (row >= m_widgets.size())
        row = int(m_widgets.size()) - 1;
    const bool changed = row != m_current;
    if (CellWidget *old = cellWidget(m_current))
        old->setCurrent(false);
    m_current = row;
    if (CellWidget *widget = cellWidget(row)) {
        widget->setCurrent(true);
        if (focusEditor)
            widget->editor()->setFocus(Qt::OtherFocusReason);
        scrollToRow(row);
    }
    if (changed)
        Q_EMIT currentRowChanged(row);
}

void CellListView::scrollToRow(int row)
{
    m_scrollTarget = cellWidget(row);
    // Layouts settle after the event loop runs: scroll now and again whenever they change.
    followTarget();
    QTimer::singleShot(0, this, &CellListView::followTarget);
}

void CellListView::followTarget()
{
    if (m_scrollTarget && m_widgets.contains(m_scrollTarget.data())) {
        const QRect shown(m_scrollTarget->pos(), m_scrollTarget->size());
        const int top = verticalScrollBar()->value();
        const int bottom = top + viewport()->height();
        // Its header and as much of it as fits: a cell taller than the view shows its top.
        if (shown.top() < top || shown.bottom() > bottom)
            ensureWidgetVisible(m_scrollTarget, 0, 24);
    }
}

bool CellListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && m_scrollTarget &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, &CellListView::followTarget);
    return QScrollArea::eventFilter(watched, event);
}

void CellListView::setTheme(const EditorTheme &theme)
{
    m_theme = theme;
    for (CellWidget *widget : std::as_const(m_widgets))
        widget->setTheme(theme);
}

void CellListView::setEditorFont(const QFont &font)
{
    m_font = font;
    m_hasFont = true;
    for (CellWidget *widget : std::as_const(m_widgets))
        widget->editor()->setFont(font);
}

void CellListView::setCompletionProvider(CompletionProvider *provider)
{
    m_completionProvider = provider;
    for (CellWidget *widget : std::as_const(m_widgets))
        widget->editor()->setCompletionProvider(provider);
}

void CellListView::setCompletionModel(QAbstractItemModel *model)
{
    m_completion = model;
    for (CellWidget *widget : std::as_const(m_widgets))
        widget->editor()->setCompletionModel(model);
}

} // namespace sandbench
