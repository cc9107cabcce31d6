#include "ssedecoder.h"

namespace sandbench::llm {

QList<QByteArray> SseDecoder::feed(const QByteArray &bytes)
{
    QList<QByteArray> events;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\n' && c != '\r')
            continue;
        // "\r\n" split across packets: the '\n' after a '\r' that ended a line is not a line.
        if (c == '\n' && i == 0 && m_lastWasCr && m_line.isEmpty()) {
            start = 1;
            m_lastWasCr = false;
            continue;
        }
        m_line += bytes.mid(start, i - start);
        takeLine(std::exchange(m_line, QByteArray()), events);
        if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            ++i;
        m_lastWasCr = c == '\r' && i + 1 >= bytes.size();
        start = i + 1;
    }
    if (start < bytes.size()) {
        m_line += bytes.mid(start);
        m_lastWasCr = false;
    }
    return events;
}

QList<QByteArray> SseDecoder::finish()
{
    QList<QByteArray> events;
    if (!m_line.isEmpty())
        takeLine(std::exchange(m_line, QByteArray()), events);
    dispatch(events);
    return events;
}

void SseDecoder::takeLine(QByteArray line, QList<QByteArray> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    }
    // "event", "id" and "retry" carry nothing chat completions use.
}

void SseDecoder::dispatch(QList<QByteArray> &events)
{
    if (m_hasData)
        events.append(std::exchange(m_data, QByteArray()));
    m_data.clear();
    m_hasData = false;
}

} // namespace sandbench::llm
