// Server-sent events (the WHATWG "text/event-stream" format) decoded incrementally: bytes arrive
// in arbitrary packets, an event ends at a blank line, "data:" lines of one event are joined with
// newlines, lines starting with ':' are comments (keep-alives). Only what chat completions use is
// kept: each event's data.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbench::llm {

class SseDecoder
{
public:
    // Feeds the next packet; returns the data of every event it completed, in order.
    QList<QByteArray> feed(const QByteArray &bytes);
    // The stream ended: an event without its closing blank line still counts (some servers end
    // the last event with a single newline). Returns it when there is one.
    QList<QByteArray> finish();
    // Comment lines seen so far (keep-alives count as activity, not as content).
    int comments() const { return m_comments; }
    // Bytes held for a line that has not ended yet; bounded by the caller.
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }

private:
    void takeLine(QByteArray line, QList<QByteArray> &events);
    void dispatch(QList<QByteArray> &events);

    QByteArray m_line;      // the current line so far
    QByteArray m_data;      // the current event's data so far
    bool m_hasData = false; // a data field was seen (an empty "data:" is still data)
    bool m_lastWasCr = false;
    int m_comments = 0;
};

} // namespace sandbench::llm
