// A list in a narrow dock shows its columns whole or not at all: optional columns are hidden,
// last first, while the list's width cannot show every column's content, and come back when it
// can (the hidden values stay in the row's tooltip or another panel).
#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace sandbench {

class ColumnFitter : public QObject
{
public:
    // optional: the columns that may go, in the order they go; the view owns the fitter.
    ColumnFitter(QTreeView *view, QList<int> optional);
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refitLater();

    QTreeView *m_view;
    QList<int> m_optional;
    bool m_pending = false;
};

} // namespace sandbench
