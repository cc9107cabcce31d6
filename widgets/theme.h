// Light and dark looks for the window and the editor. A theme is a plain value: the window applies
// it to the application's palette, editors and highlighters take the colours they need.
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace sandbench {

struct EditorTheme
{
    enum class Kind
    {
        Light,
        Dark
    };

    Kind kind = Kind::Light;
    QColor background;
    QColor text;
    QColor keyword;
    QColor builtin;
    QColor string;
    QColor number;
    QColor comment;
    QColor decorator;
    QColor definition; // the name after def / class
    QColor lineNumbers;
    QColor lineNumbersBackground;
    QColor currentLine;
    QColor bracketMatch;
    QColor violation; // the underline under code the sandbox refused

    static EditorTheme light();
    static EditorTheme dark();
    static EditorTheme forKind(Kind kind);
    // "light" or "dark", as kept in the settings; anything else is light.
    static Kind kindFromName(const QString &name);
    static QString nameOf(Kind kind);

    // The window's palette in this theme (used with the Fusion style, which honours it fully).
    QPalette windowPalette() const;
};

// The WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white). Text needs 4.5.
double contrastRatio(const QColor &a, const QColor &b);
// The colour with its lightness moved away from the background's (darker on a light background,
// lighter on a dark one), hue kept, until it reaches the contrast ratio against every background.
QColor readableOn(const QColor &color, const QList<QColor> &backgrounds, double ratio = 4.5);
// Whether a palette is a dark one (light text on a dark base).
bool isDark(const QPalette &palette);

} // namespace sandbench
