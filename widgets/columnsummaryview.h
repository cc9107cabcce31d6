// One column of a table described: count, missing, mean, spread and quartiles (or the most
// frequent values) from a "summary" reply, with its quick chart below.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QBoxLayout;
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
    QTreeWidget *statsView() const { return m_stats; }

protected:
    void changeEvent(QEvent *event) override; // the chart follows the theme
    void resizeEvent(QResizeEvent *event) override;

private:
    void replaceChart(QChart *next);
    // The statistics as wide as their longest label and value; the chart beside them when the
    // panel has room for both, else below.
    void fitStats();

    QLabel *m_title = nullptr;
    QTreeWidget *m_stats = nullptr;
    QChartView *m_chartView = nullptr;
    QBoxLayout *m_row = nullptr;
};

} // namespace sandbench
