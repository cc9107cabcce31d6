#include "charttheme.h"

#include "theme.h"

#include <QChart>
#include <QPalette>

namespace sandbench {

void applyChartTheme(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QChart::ChartTheme wanted =
        isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != wanted)
        chart->setTheme(wanted); // re-colours series, axes, legend and title
    // On the panel's own colour rather than the theme's blue-grey, so the chart sits in the dock.
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
}

} // namespace sandbench
