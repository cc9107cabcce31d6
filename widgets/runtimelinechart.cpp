#include "runtimelinechart.h"

#include "charttheme.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace sandbench {

RunTimelineChart::RunTimelineChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Runs of this session"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_duration = new QLineSeries(chart);
    m_duration->setName(tr("duration (s)"));
    m_duration->setPointsVisible(true);
    m_memory = new QLineSeries(chart);
    m_memory->setName(tr("peak memory (MB)"));
    m_memory->setPointsVisible(true);
    chart->addSeries(m_duration);
    chart->addSeries(m_memory);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("run"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_seconds = new QValueAxis(chart);
    m_seconds->setTitleText(tr("seconds"));
    m_megabytes = new QValueAxis(chart);
    m_megabytes->setTitleText(tr("MB"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_seconds, Qt::AlignLeft);
    chart->addAxis(m_megabytes, Qt::AlignRight);
    m_duration->attachAxis(m_x);
    m_duration->attachAxis(m_seconds);
    m_memory->attachAxis(m_x);
    m_memory->attachAxis(m_megabytes);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    setToolTip(tr("Click a point to see that run's provenance"));
    connect(m_duration, &QLineSeries::clicked, this, &RunTimelineChart::onClicked);
    connect(m_memory, &QLineSeries::clicked, this, &RunTimelineChart::onClicked);
    updateAxes();
    applyChartTheme(chart, palette());
}

void RunTimelineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme(chart(), palette());
}

void RunTimelineChart::clearRuns()
{
    m_runIds.clear();
    m_duration->clear();
    m_memory->clear();
    updateAxes();
}

void RunTimelineChart::setRuns(const QList<RunRecord> &runs)
{
    m_runIds.clear();
    m_duration->clear();
    m_memory->clear();
    for (const RunRecord &run : runs)
        append(run);
    updateAxes();
}

void RunTimelineChart::addRun(const RunRecord &run)
{
    if (run.id <= 0 || m_runIds.contains(run.id))
        return;
    append(run);
    updateAxes();
}

void RunTimelineChart::append(const RunRecord &run)
{
    m_runIds.append(run.id);
    const double x = double(m_runIds.size());
    m_duration->append(x, run.durationMs / 1000.0);
    // A run that never started (held for review, refused before running) used no memory.
    m_memory->append(x, run.peakRssKb ? double(*run.peakRssKb) / 1024.0 : 0.0);
}

void RunTimelineChart::updateAxes()
{
    double seconds = 0.1;
    double megabytes = 1.0;
    for (const QPointF &p : m_duration->points())
        seconds = std::max(seconds, p.y());
    for (const QPointF &p : m_memory->points())
        megabytes = std::max(megabytes, p.y());
    // Whole runs on the axis, about ten labels however many runs there are.
    const qsizetype runs = std::max<qsizetype>(1, m_runIds.size());
    m_x->setRange(0, double(runs + 1));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(double(std::max<qsizetype>(1, (runs + 9) / 10)));
    m_seconds->setRange(0, seconds * 1.1);
    m_seconds->applyNiceNumbers();
    m_megabytes->setRange(0, megabytes * 1.1);
    m_megabytes->applyNiceNumbers();
}

void RunTimelineChart::onClicked(const QPointF &point)
{
    const int position = int(std::lround(point.x())) - 1;
    if (position >= 0 && position < m_runIds.size())
        Q_EMIT runClicked(m_runIds.at(position));
}

} // namespace sandbench
