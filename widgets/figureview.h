// One figure, large: fits the view until the user zooms; drag to pan, Ctrl+wheel to zoom.
#pragma once

#include <QGraphicsView>
#include <QPixmap>

class QGraphicsPathItem;
class QGraphicsPixmapItem;

namespace sandbench {

class FigureView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);

    // False when the bytes are not an image Qt can read.
    bool showImage(const QByteArray &encoded);
    void showPixmap(const QPixmap &pixmap);
    void clear();
    bool hasFigure() const { return !m_pixmap.isNull(); }
    const QPixmap &pixmap() const { return m_pixmap; }

    // 1.0 is the figure's own pixel size.
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Scales the figure to the view (never above its own size, so a small plot stays sharp) and
    // keeps doing so as the view resizes, until the user zooms.
    void fitToView();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyZoom(double zoom);
    void updateCard();

    QGraphicsPixmapItem *m_item = nullptr;
    QGraphicsPathItem *m_card = nullptr;
    QPixmap m_pixmap;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace sandbench
