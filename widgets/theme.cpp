#include "theme.h"

#include <cmath>

namespace sandbench {

EditorTheme EditorTheme::light()
{
    EditorTheme t;
    t.kind = Kind::Light;
    t.background = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x1f, 0x23, 0x28);
    t.keyword = QColor(0x00, 0x33, 0xb3);
    t.builtin = QColor(0x00, 0x80, 0x80);
    t.string = QColor(0x06, 0x7d, 0x17);
    t.number = QColor(0x17, 0x50, 0xeb);
    t.comment = QColor(0x8c, 0x8c, 0x8c);
    t.decorator = QColor(0x9e, 0x88, 0x0d);
    t.definition = QColor(0x00, 0x62, 0x7a);
    t.lineNumbers = QColor(0x99, 0x99, 0x99);
    t.lineNumbersBackground = QColor(0xf5, 0xf5, 0xf5);
    t.currentLine = QColor(0xf3, 0xf6, 0xfd);
    t.bracketMatch = QColor(0xc8, 0xe6, 0xc9);
    t.violation = QColor(0xd3, 0x2f, 0x2f);
    return t;
}

EditorTheme EditorTheme::dark()
{
    EditorTheme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x1e, 0x1f, 0x22);
    t.text = QColor(0xbc, 0xbe, 0xc4);
    t.keyword = QColor(0xcf, 0x8e, 0x6d);
    t.builtin = QColor(0x88, 0x88, 0xc6);
    t.string = QColor(0x6a, 0xab, 0x73);
    t.number = QColor(0x2a, 0xac, 0xb8);
    t.comment = QColor(0x7a, 0x7e, 0x85);
    t.decorator = QColor(0xb3, 0xae, 0x60);
    t.definition = QColor(0x56, 0xa8, 0xf5);
    t.lineNumbers = QColor(0x6f, 0x73, 0x7a);
    t.lineNumbersBackground = QColor(0x1e, 0x1f, 0x22);
    t.currentLine = QColor(0x26, 0x28, 0x2e);
    t.bracketMatch = QColor(0x43, 0x45, 0x4a);
    t.violation = QColor(0xf7, 0x54, 0x64);
    return t;
}

EditorTheme EditorTheme::forKind(Kind kind)
{
    return kind == Kind::Dark ? dark() : light();
}

EditorTheme::Kind EditorTheme::kindFromName(const QString &name)
{
    return name == QLatin1String("dark") ? Kind::Dark : Kind::Light;
}

QString EditorTheme::nameOf(Kind kind)
{
    return kind == Kind::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

QPalette EditorTheme::windowPalette() const
{
    if (kind == Kind::Light) {
        QPalette p(QColor(0xef, 0xf0, 0xf1), QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(QPalette::HighlightedText, Qt::white);
        return p;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x31, 0x34));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x73, 0x7a));
    return p;
}

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.2;
}

QColor readableOn(const QColor &color, const QList<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty())
        return color;
    double meanLuminance = 0;
    for (const QColor &background : backgrounds)
        meanLuminance += relativeLuminance(background) / double(backgrounds.size());
    const bool lighten = meanLuminance < 0.2;
    const auto reads = [&](const QColor &c) {
        for (const QColor &background : backgrounds) {
            if (contrastRatio(c, background) < ratio)
                return false;
        }
        return true;
    };
    QColor c = color.toHsl();
    // Lightness in 1/255 steps: at most 255 of them reach black or white, which read on any
    // background a caller would use for text (the caller's palette decides, so no loop forever).
    for (int step = 0; step < 256 && !reads(c); ++step) {
        const int l = c.lightness() + (lighten ? 1 : -1);
        if (l < 0 || l > 255)
            break;
        c.setHsl(c.hslHue(), c.hslSaturation(), l, c.alpha());
    }
    return c.toRgb();
}

} // namespace sandbench
