#include "columnsummaryview.h"

#include "charttheme.h"
#include "quickchart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sandbench {
namespace {

QString number(const QJsonValue &value)
{
    if (value.isString())
        return value.toString(); // dates come as ISO text
    const double v = value.toDouble();
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QLocale().toString(qint64(v));
    return QLocale().toString(v, 'g', 6);
}

} // namespace

ColumnSummaryView::ColumnSummaryView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_stats = new QTreeWidget(this);
    m_stats->setRootIsDecorated(false);
    m_stats->setHeaderLabels({tr("Statistic"), tr("Value")});
    m_stats->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stats->setMinimumWidth(120);
    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(160, 160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    m_row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_row->addWidget(m_stats, 0);
    m_row->addWidget(m_chartView, 1);
    layout->addLayout(m_row, 1);
    clear();
}

void ColumnSummaryView::clear()
{
    showMessage(tr("Choose a column and press Summary to describe it."));
}

void ColumnSummaryView::showMessage(const QString &text)
{
    m_title->setText(text);
    m_stats->clear();
    replaceChart(new QChart);
}

void ColumnSummaryView::showSummary(const QJsonObject &summary)
{
    const QString column = summary.value(QStringLiteral("column")).toString();
    m_title->setText(tr("<b>%1</b> · %2")
                         .arg(column.toHtmlEscaped(),
                              summary.value(QStringLiteral("dtype")).toString().toHtmlEscaped()));
    m_stats->clear();
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("count"), tr("count")},   {QStringLiteral("missing"), tr("missing")},
        {QStringLiteral("unique"), tr("unique")}, {QStringLiteral("mean"), tr("mean")},
        {QStringLiteral("std"), tr("std")},       {QStringLiteral("min"), tr("min")},
        {QStringLiteral("q25"), tr("25%")},       {QStringLiteral("median"), tr("50%")},
        {QStringLiteral("q75"), tr("75%")},       {QStringLiteral("max"), tr("max")},
    };
    for (const auto &[key, label] : rows) {
        const QJsonValue value = summary.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        auto *item = new QTreeWidgetItem(m_stats, {label, number(value)});
        item->setData(0, Qt::UserRole, key);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QJsonArray top = summary.value(QStringLiteral("top")).toArray();
    for (int i = 0; i < std::min<qsizetype>(top.size(), 5); ++i) {
        const QJsonArray pair = top.at(i).toArray();
        auto *item = new QTreeWidgetItem(
            m_stats, {tr("top %1").arg(i + 1),
                      tr("%1 (%2)").arg(pair.at(0).toString(), number(pair.at(1)))});
        item->setData(0, Qt::UserRole, QStringLiteral("top%1").arg(i + 1));
    }
    fitStats();
    QChart *chart = QuickChart::make(summary.value(QStringLiteral("chart")).toObject(), column);
    replaceChart(chart ? chart : new QChart);
}

void ColumnSummaryView::replaceChart(QChart *next)
{
    // The view takes the new chart but lets go of the old one without deleting it.
    QChart *old = m_chartView->chart();
    applyChartTheme(next, palette());
    m_chartView->setChart(next);
    delete old;
}

void ColumnSummaryView::fitStats()
{
    // Issue 15: a third of a side dock cut the Value column ("North (1…"). The statistics get
    // the width their text needs; the chart takes the rest, or goes below when the rest would
    // be too narrow to read.
    // From the texts, not the view's size hints: those count only the rows on screen, and none
    // are while the panel is hidden behind another tab.
    const QFontMetrics metrics(m_stats->font());
    int label = metrics.horizontalAdvance(m_stats->headerItem()->text(0));
    int value = metrics.horizontalAdvance(m_stats->headerItem()->text(1));
    for (int i = 0; i < m_stats->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_stats->topLevelItem(i);
        label = qMax(label, metrics.horizontalAdvance(item->text(0)));
        value = qMax(value, metrics.horizontalAdvance(item->text(1)));
    }
    const int cellMargins =
        2 * (m_stats->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_stats) + 1) +
        metrics.averageCharWidth() * 2;
    const int needed = label + value + 2 * cellMargins + 2 * m_stats->frameWidth() +
                       m_stats->verticalScrollBar()->sizeHint().width();
    const int wide = qMax(120, needed);
    const bool beside = width() - wide - m_row->spacing() >= m_chartView->minimumWidth();
    m_row->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (beside)
        m_stats->setFixedWidth(wide);
    else {
        m_stats->setMinimumWidth(120);
        m_stats->setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

void ColumnSummaryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitStats();
}

void ColumnSummaryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme(m_chartView->chart(), palette());
}

QString ColumnSummaryView::statistic(const QString &key) const
{
    for (int i = 0; i < m_stats->topLevelItemCount(); ++i) {
        if (m_stats->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return m_stats->topLevelItem(i)->text(1);
    }
    return {};
}

QChart *ColumnSummaryView::chart() const
{
    QChart *chart = m_chartView->chart();
    return chart && !chart->series().isEmpty() ? chart : nullptr;
}

} // namespace sandbench
