// One column of a table described: count, missing, mean, spread and quartiles (or the most
// frequent values) from a "summary" reply, with its quick chart below.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTreeWidget;

namespace sandbench {

class ColumnSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnSummaryView(QWidget *parent = nullptr);

    void showSummary(const QJsonObject &summary);
    void showMessage(const QString &text);
    void clear();

    // The statistic's text as shown ("mean", "missing", ...), empty when not shown.
    QString statistic(const QString &key) const;
    // The chart on show, or nothing.
    QChart *chart() const;

protected:
    void changeEvent(QEvent *event) override; // the chart follows the theme

private:
    void replaceChart(QChart *next);

    QLabel *m_title = nullptr;
    QTreeWidget *m_stats = nullptr;
    QChartView *m_chartView = nullptr;
};

} // namespace sandbench
