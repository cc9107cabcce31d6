// The session's runs on a timeline: each run's duration and peak memory, in the order they ran.
// Clicking a point selects that run.
#pragma once

#include "runrecord.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QValueAxis;

namespace sandbench {

class RunTimelineChart : public QChartView
{
    Q_OBJECT

public:
    explicit RunTimelineChart(QWidget *parent = nullptr);

    void setRuns(const QList<RunRecord> &runs);
    void addRun(const RunRecord &run);
    void clearRuns();
    qint64 runAt(int position) const { return m_runIds.value(position); }
    int count() const { return int(m_runIds.size()); }
    QLineSeries *durationSeries() const { return m_duration; }
    QLineSeries *memorySeries() const { return m_memory; }

Q_SIGNALS:
    void runClicked(qint64 runId);

protected:
    void changeEvent(QEvent *event) override; // follows the theme

private:
    void append(const RunRecord &run);
    void updateAxes();
    void onClicked(const QPointF &point);

    QList<qint64> m_runIds; // the run at each x position (1-based positions on the chart)
    QLineSeries *m_duration = nullptr;
    QLineSeries *m_memory = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_seconds = nullptr;
    QValueAxis *m_megabytes = nullptr;
};

} // namespace sandbench
