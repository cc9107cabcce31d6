#include "livechecker.h"

#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "codeeditor.h"
#include "runrecord.h"
#include "sessionrunner.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbench {

LiveChecker::LiveChecker(CellListView &cells, QObject *parent) : QObject(parent), m_cells(cells)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &LiveChecker::send);
    connect(&m_cells, &CellListView::currentRowChanged, this, &LiveChecker::follow);
}

void LiveChecker::setSession(SessionRunner *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_request = 0;
    if (m_session) {
        connect(m_session, &SessionRunner::queryAnswered, this,
                [this](quint64 id, const QJsonObject &reply) { onAnswered(id, reply); });
    }
}

void LiveChecker::follow(int row)
{
    disconnect(m_typing);
    CellWidget *cell = m_cells.cellWidget(row);
    m_editor = cell ? cell->editor() : nullptr;
    if (!m_editor)
        return;
    // Only typing asks for a check: the violations a run reported stay until the code changes.
    m_typing = connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_pause.start(); });
}

void LiveChecker::send()
{
    // One check at a time: while a long cell runs, checks wait behind it in the worker, and
    // typing must not pile them up there. The answer's arrival sends the newest code.
    if (!m_session || !m_editor || m_request != 0)
        return;
    // Markdown is prose, not Python: nothing to check (it was once flagged "invalid syntax").
    for (int row = 0; row < m_cells.model()->rowCount(); ++row) {
        const CellWidget *cell = m_cells.cellWidget(row);
        if (!cell || cell->editor() != m_editor)
            continue;
        if (!m_cells.model()->cell(row).isCode()) {
            m_editor->setViolations({});
            Q_EMIT checked(0); // nothing a sandbox could refuse in prose
            return;
        }
        break;
    }
    m_sentCode = m_editor->toPlainText();
    m_request = m_session->query(QJsonObject{{QStringLiteral("type"), QStringLiteral("check")},
                                             {QStringLiteral("code"), m_sentCode}});
}

void LiveChecker::onAnswered(quint64 requestId, const QJsonObject &reply)
{
    if (requestId == 0 || requestId != m_request)
        return;
    m_request = 0;
    if (!m_editor || reply.value(QStringLiteral("type")).toString() != QLatin1String("checked"))
        return;
    // An answer for code that has changed since would mark the wrong places: check again.
    if (m_editor->toPlainText() != m_sentCode) {
        send();
        return;
    }
    const QList<Violation> found =
        violationsFromJson(reply.value(QStringLiteral("violations")).toArray());
    m_editor->setViolations(found);
    Q_EMIT checked(int(found.size()));
}

} // namespace sandbench
