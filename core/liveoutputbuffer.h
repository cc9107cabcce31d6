// A running cell's output as a terminal would show it: "\r" returns to the start of the line and
// what follows overwrites it (a progress bar redraws itself in place), "\n" ends the line, "\b"
// steps back. Both streams go into one buffer in the order they came, as in a terminal. Bounded:
// only the last maxChars characters of finished lines are kept (a flood costs no memory and the
// view redraws a bounded text). ANSI escape sequences (colours, cursor moves) and other control
// characters are dropped: the text is the cell's, shown as plain text.
#pragma once

#include <QString>
#include <QStringView>

namespace sandbench {

class LiveOutputBuffer
{
public:
    static constexpr qsizetype kDefaultMaxChars = 64 * 1024;

    explicit LiveOutputBuffer(qsizetype maxChars = kDefaultMaxChars);

    // Text as a terminal shows it, whole: a run's recorded output, which keeps every "\r" the
    // cell wrote, shown as the live view showed it.
    static QString rendered(QStringView text);

    void clear();
    void append(QStringView text);

    // What a terminal would show now: the kept finished lines (at most twice maxChars) and the
    // current line.
    QString text() const;
    bool isEmpty() const { return m_done.isEmpty() && m_line.isEmpty(); }
    // Characters of finished lines dropped from the head to stay within maxChars.
    qint64 droppedChars() const { return m_dropped; }

private:
    void put(QChar c);
    void endLine();

    qsizetype m_maxChars;
    QString m_done; // finished lines, each ending in '\n'
    QString m_line; // the line the cursor is on
    qsizetype m_column = 0;
    qint64 m_dropped = 0;
    // An escape sequence cut between two appends: 0 none, 1 after ESC, 2 inside "ESC [".
    int m_escape = 0;
};

} // namespace sandbench
