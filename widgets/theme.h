// Light and dark looks for the window and the editor. A theme is a plain value: the window applies
// it to the application's palette, editors and highlighters take the colours they need.
#pragma once

#include <QColor>
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

} // namespace sandbench
