#include "quickchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QValueAxis>

namespace sandbench {
namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis *countAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart *QuickChart::histogram(const QJsonObject &chart, const QString &column)
{
    const QJsonArray edges = chart.value(QStringLiteral("edges")).toArray();
    const QJsonArray counts = chart.value(QStringLiteral("counts")).toArray();
    if (counts.isEmpty() || edges.size() != counts.size() + 1)
        return nullptr;
    QChart *result = newChart(tr("Histogram of %1").arg(column));
    auto *bins = new QBarSet(column);
    double highest = 0;
    QStringList categories;
    for (int i = 0; i < counts.size(); ++i) {
        bins->append(counts.at(i).toDouble());
        highest = std::max(highest, counts.at(i).toDouble());
        categories.append(QString::number(edges.at(i).toDouble(), 'g', 4));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(1.0); // bins touch, as a histogram's do
    series->append(bins);
    result->addSeries(series);
    // The bars sit on categories, one per bin; a value axis over the same width reads the edges.
    auto *binAxis = new QBarCategoryAxis;
    binAxis->append(categories);
    binAxis->setVisible(false);
    result->addAxis(binAxis, Qt::AlignBottom);
    series->attachAxis(binAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(edges.first().toDouble(), edges.last().toDouble());
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%.3g"));
    result->addAxis(valueAxis, Qt::AlignBottom);
    QValueAxis *y = countAxis(highest);
    result->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return result;
}

QChart *QuickChart::topValues(const QJsonObject &chart, const QString &column)
{
    const QJsonArray labels = chart.value(QStringLiteral("labels")).toArray();
    const QJsonArray counts = chart.value(QStringLiteral("counts")).toArray();
    if (labels.isEmpty() || labels.size() != counts.size())
        return nullptr;
    QChart *result = newChart(tr("Most frequent values of %1").arg(column));
    auto *set = new QBarSet(column);
    QStringList categories;
    double highest = 0;
    // Horizontal bars list from the bottom: reversed, the most frequent value reads first.
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        QString label = labels.at(i).toString();
        if (label.size() > 24)
            label = label.left(23) + QStringLiteral("…");
        categories.append(label);
        set->append(counts.at(i).toDouble());
        highest = std::max(highest, counts.at(i).toDouble());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    result->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    result->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis *x = countAxis(highest);
    result->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return result;
}

QChart *QuickChart::timeSeries(const QJsonObject &chart, const QString &column)
{
    const QJsonArray x = chart.value(QStringLiteral("x")).toArray();
    const QJsonArray y = chart.value(QStringLiteral("y")).toArray();
    if (x.isEmpty() || x.size() != y.size())
        return nullptr;
    QChart *result = newChart(tr("%1 over time").arg(column));
    auto *series = new QLineSeries;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (int i = 0; i < x.size(); ++i) {
        if (y.at(i).isNull())
            continue; // a gap in the data, not a zero
        const double value = y.at(i).toDouble();
        series->append(x.at(i).toDouble(), value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (series->count() == 0) {
        delete series;
        delete result;
        return nullptr;
    }
    result->addSeries(series);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTickCount(5);
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x.first().toDouble()), Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(qint64(x.last().toDouble()), Qt::UTC));
    result->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);
    auto *values = new QValueAxis;
    values->setRange(low, high > low ? high : low + 1);
    values->applyNiceNumbers();
    result->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return result;
}

QChart *QuickChart::make(const QJsonObject &chart, const QString &column)
{
    const QString type = chart.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("histogram"))
        return histogram(chart, column);
    if (type == QLatin1String("bar"))
        return topValues(chart, column);
    if (type == QLatin1String("line"))
        return timeSeries(chart, column);
    return nullptr;
}

} // namespace sandbench
