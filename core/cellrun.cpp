#include "cellrun.h"

#include "sessionrunner.h"

namespace sandbench {

CellRun::CellRun(SessionRunner *session, CellRequest request)
    : QObject(session), m_session(session), m_request(std::move(request))
{}

void CellRun::interrupt()
{
    if (m_status == Status::Finished)
        return;
    m_interruptRequested = true;
    if (m_session)
        m_session->interruptRun(this);
}

void CellRun::setStatus(Status status)
{
    if (m_status == status || m_status == Status::Finished)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void CellRun::finish(const RunRecord &run, bool recorded, const QString &storeError)
{
    if (m_status == Status::Finished)
        return;
    m_record = run;
    m_status = Status::Finished;
    Q_EMIT statusChanged(m_status);
    Q_EMIT finished(run, recorded, storeError);
    // The runner's part ends here (see the header): the caller read what it needed in its slot.
    deleteLater();
}

} // namespace sandbench
