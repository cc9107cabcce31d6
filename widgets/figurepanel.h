// Every figure of the session: a strip of thumbnails, newest last, and the selected one large with
// zoom, fit and pan; which cell and run made it; save as PNG or SVG; copy to the clipboard.
#pragma once

#include "runrecord.h"

#include <QPixmap>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedLayout;
class QToolButton;

namespace sandbench {

class FigureView;

class FigurePanel : public QWidget
{
    Q_OBJECT

public:
    explicit FigurePanel(QWidget *parent = nullptr);

    // Adds the run's figures to the strip and shows the last one.
    void addRun(const RunRecord &run);
    void clear();
    int count() const;
    // Selects the figure the run made at that index; false when there is none.
    bool showFigure(qint64 runId, int index);
    int currentIndex() const;
    FigureView *view() const { return m_view; }
    QString caption() const;

    // Writes the current figure; the format follows the suffix (.png or .svg; an SVG embeds the
    // rendered image, at its size). False with a message naming the file when it cannot.
    bool saveCurrent(const QString &path, QString *error) const;
    void copyCurrent() const;

Q_SIGNALS:
    // The user wants to see the cell that made the figure.
    void cellRequested(int cellIndex);

private:
    void addFigures(const RunRecord &run);
    struct Entry
    {
        qint64 runId = 0;
        int cellIndex = 0;
        int index = 0;
        QString path;
        QPixmap pixmap;
    };

    void select(int row);
    void saveDialog();
    void updateButtons();

    QList<Entry> m_entries;
    QListWidget *m_strip = nullptr;
    FigureView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_copy = nullptr;
    QList<QToolButton *> m_zoomButtons;
};

} // namespace sandbench
