// Shows one figure, scaled down to fit the view (never up, so a small plot stays sharp).
#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;

namespace sandbench {

class FigureView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);

    // False when the bytes are not an image Qt can read.
    bool showImage(const QByteArray &encoded, const QString &caption);
    void clear();
    bool hasFigure() const { return !m_pixmap.isNull(); }
    const QPixmap &pixmap() const { return m_pixmap; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();

    QLabel *m_image = nullptr;
    QLabel *m_caption = nullptr;
    QPixmap m_pixmap;
};

} // namespace sandbench
