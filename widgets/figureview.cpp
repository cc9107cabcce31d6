#include "figureview.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QWheelEvent>

namespace sandbench {

FigureView::FigureView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setAlignment(Qt::AlignCenter);
    setMinimumSize(160, 120);
    m_item = scene()->addPixmap(QPixmap());
    m_item->setTransformationMode(Qt::SmoothTransformation);
}

bool FigureView::showImage(const QByteArray &encoded)
{
    QPixmap pixmap;
    if (!pixmap.loadFromData(encoded))
        return false;
    showPixmap(pixmap);
    return true;
}

void FigureView::showPixmap(const QPixmap &pixmap)
{
    m_pixmap = pixmap;
    m_item->setPixmap(pixmap);
    scene()->setSceneRect(m_item->boundingRect());
    fitToView();
}

void FigureView::clear()
{
    m_pixmap = QPixmap();
    m_item->setPixmap(QPixmap());
    scene()->setSceneRect(QRectF());
}

void FigureView::applyZoom(double zoom)
{
    m_zoom = qBound(0.05, zoom, 16.0);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    Q_EMIT zoomChanged(m_zoom);
}

void FigureView::setZoom(double zoom)
{
    m_fit = false;
    applyZoom(zoom);
}

void FigureView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void FigureView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void FigureView::fitToView()
{
    m_fit = true;
    if (m_pixmap.isNull())
        return;
    const QSize available = viewport()->size() - QSize(4, 4);
    const double scale = qMin(double(available.width()) / m_pixmap.width(),
                              double(available.height()) / m_pixmap.height());
    applyZoom(qMin(1.0, scale));
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToView();
}

void FigureView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace sandbench
