#include "figureview.h"

#include "richoutput.h"

#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QPainterPath>
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
    // The figure's card (widgets/richoutput.h) behind it, as in the cells.
    m_card = scene()->addPath(QPainterPath());
    m_card->setZValue(-1);
    m_item = scene()->addPixmap(QPixmap());
    m_item->setTransformationMode(Qt::SmoothTransformation);
}

void FigureView::updateCard()
{
    if (m_pixmap.isNull()) {
        m_card->setPath(QPainterPath());
        scene()->setSceneRect(QRectF());
        return;
    }
    const QRectF card = m_item->boundingRect().adjusted(-figurecard::kMargin, -figurecard::kMargin,
                                                        figurecard::kMargin, figurecard::kMargin);
    QPainterPath path;
    path.addRoundedRect(card, figurecard::kRadius, figurecard::kRadius);
    m_card->setPath(path);
    m_card->setBrush(figurecard::paper());
    QPen pen(figurecard::frame(palette()), 1);
    pen.setCosmetic(true);
    m_card->setPen(pen);
    scene()->setSceneRect(card.adjusted(-2, -2, 2, 2));
}

void FigureView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateCard(); // the frame follows the theme
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
    updateCard();
    fitToView();
}

void FigureView::clear()
{
    m_pixmap = QPixmap();
    m_item->setPixmap(QPixmap());
    updateCard();
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
    const QSizeF card = scene()->sceneRect().size();
    const double scale =
        qMin(double(available.width()) / card.width(), double(available.height()) / card.height());
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
