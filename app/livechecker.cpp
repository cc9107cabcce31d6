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
    if (m_request)
        m_request->disconnect(this);
    m_request = nullptr;
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

void LiveChecker::checkNow()
{
    follow(m_cells.currentRow());
    m_pause.stop();
    send();
}

int LiveChecker::rowOfEditor() const
{
    for (int row = 0; row < m_cells.model()->rowCount(); ++row) {
        const CellWidget *cell = m_cells.cellWidget(row);
        if (cell && cell->editor() == m_editor)
            return row;
    }
    return -1;
}

void LiveChecker::send()
{
    // One check at a time: while a long cell runs, checks wait behind it in the worker, and
    // typing must not pile them up there. The answer's arrival sends the newest code.
    if (!m_session || !m_editor || m_request)
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
    QueryReply *reply =
        m_session->query(QJsonObject{{QStringLiteral("type"), wireName(protocol::kTypeCheck)},
                                     {QStringLiteral("code"), m_sentCode}});
    m_request = reply;
    connect(reply, &QueryReply::finished, this, [this, reply] {
        m_request = nullptr;
        onAnswered(reply->check());
    });
}

void LiveChecker::onAnswered(const CheckReply &reply)
{
    if (!m_editor || !reply.ok)
        return;
    // An answer for code that has changed since would mark the wrong places: check again.
    if (m_editor->toPlainText() != m_sentCode) {
        send();
        return;
    }
    QList<Violation> found = reply.violations;
    // The review the app adds (the worker does not know where code came from): model code that
    // has never run goes to a reviewer first.
    const int row = rowOfEditor();
    if (!m_session || row < 0) {
        show(found);
        return;
    }
    const QString code = m_sentCode;
    m_session->llmFirstRunReason(code, m_cells.model()->cell(row).codeSource, this,
                                 [this, code, found](std::optional<Violation> reason) mutable {
                                     // The code may have changed while the store answered: the
                                     // newer check shows.
                                     if (!m_editor || m_editor->toPlainText() != code)
                                         return;
                                     if (reason)
                                         found.append(*reason);
                                     show(found);
                                 });
}

void LiveChecker::show(const QList<Violation> &found)
{
    m_editor->setViolations(found);
    Q_EMIT checked(int(found.size()));
}

} // namespace sandbench
