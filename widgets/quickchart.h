// The chart that suits a column, from a "summary" reply's "chart" (sandbox/PROTOCOL.md): a
// histogram of a numeric column, the top values of a categorical one as bars, a time series as a
// line against its dates. Built with Qt Charts; the caller owns the chart.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class QChart;

namespace sandbench {

class QuickChart
{
    Q_DECLARE_TR_FUNCTIONS(QuickChart)

public:
    // Nothing when the reply has no chart (an empty column, say).
    static QChart *make(const QJsonObject &chart, const QString &column);

private:
    static QChart *histogram(const QJsonObject &chart, const QString &column);
    static QChart *topValues(const QJsonObject &chart, const QString &column);
    static QChart *timeSeries(const QJsonObject &chart, const QString &column);
};

} // namespace sandbench
