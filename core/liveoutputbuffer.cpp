#include "liveoutputbuffer.h"

namespace sandbench {

LiveOutputBuffer::LiveOutputBuffer(qsizetype maxChars) : m_maxChars(qMax<qsizetype>(1, maxChars)) {}

QString LiveOutputBuffer::rendered(QStringView text)
{
    // Fast path: most output has nothing a terminal would treat specially.
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    LiveOutputBuffer buffer(text.size() + 1); // nothing is dropped
    buffer.append(text);
    return buffer.text();
}

void LiveOutputBuffer::clear()
{
    m_done.clear();
    m_line.clear();
    m_column = 0;
    m_dropped = 0;
    m_escape = 0;
}

void LiveOutputBuffer::append(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (m_escape == 1) {
            // "ESC [" opens a control sequence; any other character ends a two-character one.
            m_escape = u == u'[' ? 2 : 0;
            continue;
        }
        if (m_escape == 2) {
            // Parameters and intermediates until a final byte (0x40-0x7e).
            if (u >= 0x40 && u <= 0x7e)
                m_escape = 0;
            continue;
        }
        switch (u) {
        case u'\n':
            endLine();
            break;
        case u'\r':
            m_column = 0;
            break;
        case u'\b':
            m_column = qMax<qsizetype>(0, m_column - 1);
            break;
        case u'\t':
            put(c);
            break;
        case 0x1b:
            m_escape = 1;
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                break; // other control characters have no place in plain text
            put(c);
        }
    }
    // A line that never ends (one giant print) is bounded too: its head goes.
    if (m_line.size() > m_maxChars) {
        const qsizetype cut = m_line.size() - m_maxChars;
        m_line.remove(0, cut);
        m_column = qMax<qsizetype>(0, m_column - cut);
        m_dropped += cut;
    }
}

void LiveOutputBuffer::put(QChar c)
{
    if (m_column < m_line.size())
        m_line[m_column] = c;
    else
        m_line.append(c);
    ++m_column;
}

void LiveOutputBuffer::endLine()
{
    m_done += m_line;
    m_done += QLatin1Char('\n');
    m_line.clear();
    m_column = 0;
    // Trimmed when twice the bound, so a flood of short lines moves the text once per maxChars,
    // not once per line. Whole lines go from the head, so the view never starts mid-line.
    if (m_done.size() > 2 * m_maxChars) {
        qsizetype cut = m_done.size() - m_maxChars;
        const qsizetype newline = m_done.indexOf(QLatin1Char('\n'), cut - 1);
        if (newline >= 0)
            cut = newline + 1;
        m_done.remove(0, cut);
        m_dropped += cut;
    }
}

QString LiveOutputBuffer::text() const
{
    return m_done + m_line;
}

} // namespace sandbench
