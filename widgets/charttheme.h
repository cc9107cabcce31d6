// Qt Charts in the window's theme: a chart keeps the look it was made with, so every chart the
// window shows is given the palette's (light or dark) when made and when the theme changes.
#pragma once

class QChart;
class QPalette;

namespace sandbench {

// The Qt Charts theme that matches the palette (dark or light), on the palette's window colour.
void applyChartTheme(QChart *chart, const QPalette &palette);

} // namespace sandbench
