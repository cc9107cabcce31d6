#include "figureview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sandbench {

FigureView::FigureView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(120, 90);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_caption);
    clear();
}

bool FigureView::showImage(const QByteArray &encoded, const QString &caption)
{
    QPixmap pixmap;
    if (!pixmap.loadFromData(encoded))
        return false;
    m_pixmap = pixmap;
    m_caption->setText(caption);
    rescale();
    return true;
}

void FigureView::clear()
{
    m_pixmap = QPixmap();
    m_image->setText(tr("Figures a cell draws with matplotlib appear here."));
    m_caption->clear();
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rescale();
}

void FigureView::rescale()
{
    if (m_pixmap.isNull())
        return;
    const QSize available = m_image->size();
    if (m_pixmap.width() <= available.width() && m_pixmap.height() <= available.height())
        m_image->setPixmap(m_pixmap);
    else
        m_image->setPixmap(
            m_pixmap.scaled(available, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace sandbench
