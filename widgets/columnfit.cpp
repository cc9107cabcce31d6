#include "columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

namespace sandbench {

ColumnFitter::ColumnFitter(QTreeView *view, QList<int> optional)
    : QObject(view), m_view(view), m_optional(std::move(optional))
{
    view->installEventFilter(this);
    const auto later = [this] { refitLater(); };
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, later);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, later);
    connect(view->model(), &QAbstractItemModel::dataChanged, this, later);
    connect(view->model(), &QAbstractItemModel::modelReset, this, later);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refitLater();
    return false;
}

void ColumnFitter::refitLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        refit();
    });
}

void ColumnFitter::refit()
{
    // The list's own width less a vertical scroll bar's, whether one shows or not: decided from
    // the viewport's, a scroll bar coming and going would hide and show columns in turn.
    const int available = m_view->width() - 2 * m_view->frameWidth() -
                          m_view->verticalScrollBar()->sizeHint().width();
    QHeaderView *header = m_view->header();
    const int last = header->count() - 1;
    const auto wanted = [&](int column) {
        const int whole = qMax(header->sectionSizeHint(column),
                               static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column));
        // The last column stretches and elides (a long value, a path): a little of it will do.
        return column == last && header->stretchLastSection() ? qMin(whole, 90) : whole;
    };
    int needed = 0;
    for (int column = 0; column < header->count(); ++column)
        needed += wanted(column);
    QList<int> hide;
    for (int column : std::as_const(m_optional)) {
        if (needed <= available)
            break;
        hide.append(column);
        needed -= wanted(column);
    }
    for (int column : std::as_const(m_optional))
        m_view->setColumnHidden(column, hide.contains(column));
}

} // namespace sandbench
