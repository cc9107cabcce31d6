#include "figurepanel.h"

#include "figureview.h"
#include "filejobs.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sandbench {

FigurePanel::FigurePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *tools = new QHBoxLayout;
    const auto button = [this, tools](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
        return b;
    };
    m_view = new FigureView(this);
    m_zoomButtons = {
        button(tr("Fit"), tr("Fit the figure to the panel"), [this] { m_view->fitToView(); }),
        button(tr("100%"), tr("Show the figure at its own size"), [this] { m_view->setZoom(1.0); }),
        button(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"), [this] { m_view->zoomOut(); }),
        button(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"), [this] { m_view->zoomIn(); }),
    };
    tools->addStretch(1);
    m_copy = button(tr("Copy"), tr("Copy the figure to the clipboard"), [this] { copyCurrent(); });
    m_save = button(tr("Save…"), tr("Save the figure as PNG or SVG"), [this] { saveDialog(); });
    layout->addLayout(tools);

    auto *stack = new QStackedLayout;
    m_stack = stack;
    m_placeholder = new QLabel(tr("Figures a cell draws with matplotlib appear here."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_view);
    layout->addLayout(stack, 1);

    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);

    m_strip = new QListWidget(this);
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMovement(QListView::Static);
    m_strip->setIconSize(QSize(96, 72));
    m_strip->setFixedHeight(108);
    m_strip->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_strip->setToolTip(tr("Every figure of this session; double-click to go to its cell"));
    layout->addWidget(m_strip);
    connect(m_strip, &QListWidget::currentRowChanged, this, &FigurePanel::select);
    connect(m_strip, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int row = m_strip->row(item);
        if (row >= 0)
            Q_EMIT cellRequested(m_entries.at(row).cellIndex);
    });
    connect(m_view, &FigureView::zoomChanged, this, [this] {
        if (currentIndex() >= 0)
            m_caption->setText(caption());
    });
    updateButtons();
}

void FigurePanel::addRun(const RunRecord &run)
{
    const bool onDisk =
        std::any_of(run.figures.cbegin(), run.figures.cend(), [](const Figure &figure) {
            return figure.data.isEmpty() && !figure.path.isEmpty();
        });
    if (!onDisk) {
        addFigures(run);
        return;
    }
    // Figures kept only as files are read off the window's thread; the strip shows them when
    // they are in.
    FileJobs::read(
        "load figures", this,
        [run] {
            RunRecord loaded = run;
            readFigureFiles(loaded.figures);
            return loaded;
        },
        [this](const RunRecord &loaded) { addFigures(loaded); });
}

void FigurePanel::addFigures(const RunRecord &run)
{
    for (int i = 0; i < run.figures.size(); ++i) {
        const Figure &figure = run.figures.at(i);
        Entry entry{run.id, run.cellIndex, i, figure.path, QPixmap()};
        if (!entry.pixmap.loadFromData(figure.data))
            continue;
        m_entries.append(entry);
        auto *item = new QListWidgetItem(QIcon(entry.pixmap), tr("[%1]").arg(run.cellIndex));
        item->setToolTip(
            tr("Cell [%1], run %2, figure %3").arg(run.cellIndex).arg(run.id).arg(i + 1));
        m_strip->addItem(item);
    }
    if (!run.figures.isEmpty() && m_strip->count() > 0)
        m_strip->setCurrentRow(m_strip->count() - 1);
}

void FigurePanel::clear()
{
    m_entries.clear();
    m_strip->clear();
    m_view->clear();
    select(-1);
}

int FigurePanel::count() const
{
    return int(m_entries.size());
}

int FigurePanel::currentIndex() const
{
    return m_strip->currentRow();
}

bool FigurePanel::showFigure(qint64 runId, int index)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).runId == runId && m_entries.at(row).index == index) {
            m_strip->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString FigurePanel::caption() const
{
    const int row = currentIndex();
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(row);
    // [n]: the cell's execution count, which an insert above it does not change.
    return tr("Cell [%1] · run %2 · figure %3 · %4×%5 · %6%")
        .arg(e.cellIndex)
        .arg(e.runId)
        .arg(e.index + 1)
        .arg(e.pixmap.width())
        .arg(e.pixmap.height())
        .arg(qRound(m_view->zoom() * 100));
}

void FigurePanel::select(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        m_stack->setCurrentWidget(m_placeholder);
        m_caption->clear();
    } else {
        m_stack->setCurrentWidget(m_view);
        m_view->showPixmap(m_entries.at(row).pixmap);
        m_caption->setText(caption());
        m_caption->setToolTip(m_entries.at(row).path);
    }
    updateButtons();
}

void FigurePanel::updateButtons()
{
    const bool any = currentIndex() >= 0;
    m_save->setEnabled(any);
    m_copy->setEnabled(any);
    for (QToolButton *b : std::as_const(m_zoomButtons))
        b->setEnabled(any);
}

bool FigurePanel::saveCurrent(const QString &path, QString *error) const
{
    const int row = currentIndex();
    if (row < 0) {
        if (error)
            *error = tr("There is no figure to save.");
        return false;
    }
    const QPixmap &pixmap = m_entries.at(row).pixmap;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(pixmap.size());
        svg.setViewBox(QRect(QPoint(0, 0), pixmap.size()));
        svg.setTitle(
            tr("Cell [%1], run %2").arg(m_entries.at(row).cellIndex).arg(m_entries.at(row).runId));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1; choose a folder you can write to.").arg(path);
            return false;
        }
        painter.drawPixmap(0, 0, pixmap);
        painter.end();
        if (!QFileInfo(path).isFile()) {
            if (error)
                *error = tr("Cannot write %1; choose a folder you can write to.").arg(path);
            return false;
        }
        return true;
    }
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1; choose a folder you can write to.").arg(path);
        return false;
    }
    return true;
}

void FigurePanel::copyCurrent() const
{
    const int row = currentIndex();
    if (row >= 0)
        QApplication::clipboard()->setPixmap(m_entries.at(row).pixmap);
}

void FigurePanel::saveDialog()
{
    const int row = currentIndex();
    if (row < 0)
        return;
    const QString suggested = QStringLiteral("cell-%1-figure-%2.png")
                                  .arg(m_entries.at(row).cellIndex)
                                  .arg(m_entries.at(row).index + 1);
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Figure"), suggested,
                                                tr("PNG image (*.png);;SVG (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path +=
            filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!saveCurrent(path, &error))
        QMessageBox::warning(this, tr("Save Figure"), error);
}

} // namespace sandbench
