#include "cellmodel.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sandbench {

CellModel::CellModel(QObject *parent) : QAbstractListModel(parent) {}

int CellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant CellModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &c = m_cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case CodeRole:
        return c.source.source;
    case KindRole:
        return c.isCode() ? QStringLiteral("code") : QStringLiteral("markdown");
    case StateRole:
        return int(c.state);
    case StatusRole:
        if (c.undone)
            return QStringLiteral("undone");
        return c.lastRun ? runStatusName(c.lastRun->status) : QString();
    case DurationRole:
        return c.lastRun ? QVariant(c.lastRun->durationMs) : QVariant();
    case CellIdRole:
        return c.id;
    case ExecutionCountRole:
        return c.executionCount;
    case StaleRole:
        return c.stale ? c.stale->name : QString();
    default:
        return {};
    }
}

bool CellModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::EditRole && role != CodeRole))
        return false;
    setCode(index.row(), value.toString());
    return true;
}

Qt::ItemFlags CellModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QHash<int, QByteArray> CellModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(StatusRole, "status");
    names.insert(DurationRole, "duration");
    names.insert(CellIdRole, "cellId");
    names.insert(ExecutionCountRole, "executionCount");
    names.insert(StaleRole, "stale");
    return names;
}

int CellModel::rowOfId(quint64 id) const
{
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i).id == id)
            return i;
    }
    return -1;
}

namespace {

// Where a cell's code came from, as the notebook file keeps it (the marker's sandbench={...}).
// Only what the file can honestly say: pasted, or llm with the model, the endpoint's host and the
// prompt's SHA-256. A file cannot make code "typed" or "file": those are what the app sees.
QJsonObject originMetadata(const CodeSource &source)
{
    if (source.origin == CodeOrigin::Pasted)
        return {{QStringLiteral("origin"), source.origin}};
    if (source.origin != CodeOrigin::Llm)
        return {};
    QJsonObject o{{QStringLiteral("origin"), source.origin}};
    if (!source.llmModel.isEmpty())
        o.insert(QStringLiteral("model"), source.llmModel);
    if (!source.endpointHost.isEmpty())
        o.insert(QStringLiteral("endpoint"), source.endpointHost);
    if (!source.promptSha256.isEmpty())
        o.insert(QStringLiteral("prompt_sha256"), source.promptSha256);
    return o;
}

CodeSource sourceFromMetadata(const QJsonObject &metadata)
{
    CodeSource source;
    const QString origin = metadata.value(QStringLiteral("origin")).toString();
    if (origin == CodeOrigin::Pasted) {
        source.origin = origin;
    } else if (origin == CodeOrigin::Llm) {
        static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
        source.origin = origin;
        // Short strings, as the app writes them; anything else is left out, not trusted.
        const auto text = [&](const char *key) {
            const QString value = metadata.value(QLatin1String(key)).toString();
            return value.size() <= 200 ? value : QString();
        };
        source.llmModel = text("model");
        source.endpointHost = text("endpoint");
        const QString prompt = metadata.value(QStringLiteral("prompt_sha256")).toString();
        if (sha.match(prompt).hasMatch())
            source.promptSha256 = prompt;
    }
    return source;
}

} // namespace

Cell CellModel::makeCell(const NotebookCell &source)
{
    Cell c;
    c.id = m_nextId++;
    c.source = source;
    if (source.kind == NotebookCell::Kind::Code)
        c.codeSource = sourceFromMetadata(source.metadata);
    return c;
}

void CellModel::setNotebook(const QList<NotebookCell> &cells)
{
    beginResetModel();
    m_cells.clear();
    for (const NotebookCell &source : cells)
        m_cells.append(makeCell(source));
    endResetModel();
}

QList<NotebookCell> CellModel::notebook() const
{
    QList<NotebookCell> cells;
    cells.reserve(m_cells.size());
    for (const Cell &c : m_cells) {
        NotebookCell cell = c.source;
        const QJsonObject metadata =
            cell.kind == NotebookCell::Kind::Code ? originMetadata(c.codeSource) : QJsonObject();
        if (metadata != cell.metadata) {
            // A new marker says where the code came from now (the title stays).
            cell.metadata = metadata;
            cell.marker.clear();
        }
        cells.append(cell);
    }
    return cells;
}

int CellModel::insertCell(int row, NotebookCell::Kind kind, const QString &code)
{
    row = qBound(0, row, int(m_cells.size()));
    NotebookCell source;
    source.kind = kind;
    source.source = code;
    beginInsertRows({}, row, row);
    m_cells.insert(row, makeCell(source));
    endInsertRows();
    Q_EMIT notebookEdited();
    return row;
}

bool CellModel::removeCell(int row)
{
    if (row < 0 || row >= m_cells.size())
        return false;
    beginRemoveRows({}, row, row);
    m_cells.removeAt(row);
    endRemoveRows();
    Q_EMIT notebookEdited();
    return true;
}

bool CellModel::moveCell(int from, int to)
{
    if (from < 0 || from >= m_cells.size() || to < 0 || to >= m_cells.size() || from == to)
        return false;
    // Qt's destination is the row before which the cell lands, counted before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_cells.move(from, to);
    endMoveRows();
    Q_EMIT notebookEdited();
    return true;
}

int CellModel::duplicateCell(int row)
{
    if (row < 0 || row >= m_cells.size())
        return -1;
    NotebookCell copy = m_cells.at(row).source;
    copy.marker.clear(); // a copy gets a marker of its own when written
    Cell duplicate = makeCell(copy);
    duplicate.codeSource = m_cells.at(row).codeSource; // the copy's code came from there too
    beginInsertRows({}, row + 1, row + 1);
    m_cells.insert(row + 1, duplicate);
    endInsertRows();
    Q_EMIT notebookEdited();
    return row + 1;
}

void CellModel::setCode(int row, const QString &code)
{
    if (row < 0 || row >= m_cells.size() || m_cells.at(row).source.source == code)
        return;
    Cell &c = m_cells[row];
    c.source.source = code;
    c.editedSinceRun = c.lastRun.has_value();
    changed(row, {Qt::DisplayRole, Qt::EditRole, CodeRole});
    Q_EMIT notebookEdited();
}

void CellModel::setCodeSource(int row, const CodeSource &source)
{
    if (row < 0 || row >= m_cells.size())
        return;
    const QJsonObject before = originMetadata(m_cells.at(row).codeSource);
    m_cells[row].codeSource = source;
    if (originMetadata(source) != before)
        Q_EMIT notebookEdited(); // the file keeps where the code came from
}

void CellModel::markPasted(int row)
{
    if (row < 0 || row >= m_cells.size() || m_cells.at(row).codeSource.origin != CodeOrigin::Typed)
        return;
    m_cells[row].codeSource.origin = CodeOrigin::Pasted;
    Q_EMIT notebookEdited();
}

void CellModel::setKind(int row, NotebookCell::Kind kind)
{
    if (row < 0 || row >= m_cells.size() || m_cells.at(row).source.kind == kind)
        return;
    Cell &c = m_cells[row];
    c.source.kind = kind;
    c.source.marker.clear(); // the old marker names the old kind
    changed(row, {KindRole});
    Q_EMIT notebookEdited();
}

void CellModel::markQueued(int row)
{
    if (row < 0 || row >= m_cells.size())
        return;
    m_cells[row].state = Cell::State::Queued;
    changed(row, {StateRole});
}

void CellModel::markRunning(int row)
{
    if (row < 0 || row >= m_cells.size())
        return;
    m_cells[row].state = Cell::State::Running;
    m_cells[row].runningSince = QDateTime::currentDateTimeUtc();
    changed(row, {StateRole});
}

void CellModel::markNotRun(int row)
{
    if (row < 0 || row >= m_cells.size())
        return;
    Cell &c = m_cells[row];
    c.state = c.lastRun ? Cell::State::Done : Cell::State::NotRun;
    changed(row, {StateRole});
}

void CellModel::finishRun(int row, const RunRecord &run)
{
    if (row < 0 || row >= m_cells.size())
        return;
    Cell &c = m_cells[row];
    c.state = Cell::State::Done;
    c.lastRun = run;
    c.editedSinceRun = c.source.source != run.code;
    c.undone = false;
    changed(row, {StateRole, StatusRole, DurationRole});
    m_staleness.record(c.id, run);
    updateStaleness();
}

void CellModel::markUndone(int row)
{
    if (row < 0 || row >= m_cells.size() || !m_cells.at(row).lastRun)
        return;
    m_cells[row].undone = true;
    changed(row, {StatusRole});
    m_staleness.undo(m_cells.at(row).id);
    updateStaleness();
}

void CellModel::setExecutionCount(int row, int count)
{
    if (row < 0 || row >= m_cells.size() || m_cells.at(row).executionCount == count)
        return;
    m_cells[row].executionCount = count;
    changed(row, {ExecutionCountRole});
}

void CellModel::updateStaleness()
{
    QHash<quint64, int> rows;
    for (int row = 0; row < m_cells.size(); ++row)
        rows.insert(m_cells.at(row).id, row);
    for (int row = 0; row < m_cells.size(); ++row) {
        Cell &c = m_cells[row];
        std::optional<StaleMark> mark =
            c.isCode() ? m_staleness.staleness(c.id, &rows) : std::nullopt;
        if (mark != c.stale) {
            c.stale = std::move(mark);
            changed(row, {StaleRole});
        }
    }
}

QList<int> CellModel::staleRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_cells.size(); ++row) {
        if (m_cells.at(row).stale)
            rows.append(row);
    }
    return rows;
}

QString CellModel::staleText(int row) const
{
    if (row < 0 || row >= m_cells.size() || !m_cells.at(row).stale)
        return {};
    return staleDescription(*m_cells.at(row).stale);
}

QString staleDescription(const StaleMark &mark)
{
    return CellModel::tr("uses `%1`, redefined by [%2]").arg(mark.name).arg(mark.executionCount);
}

void CellModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, roles);
}

QString statusWord(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok:
        return CellModel::tr("ok");
    case RunStatus::Error:
        return CellModel::tr("error");
    case RunStatus::Rejected:
        return CellModel::tr("rejected");
    case RunStatus::Denied:
        return CellModel::tr("denied");
    case RunStatus::Timeout:
        return CellModel::tr("timeout");
    case RunStatus::Memory:
        return CellModel::tr("memory");
    case RunStatus::OutputLimit:
        return CellModel::tr("output limit");
    case RunStatus::Crashed:
        return CellModel::tr("crashed");
    case RunStatus::PendingReview:
        return CellModel::tr("pending review");
    case RunStatus::Interrupted:
        return CellModel::tr("interrupted");
    case RunStatus::Tampered:
        return CellModel::tr("tampered");
    }
    return runStatusName(status);
}

QString firstCodeLine(const QString &code)
{
    for (const QString &line : code.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            return trimmed;
    }
    return code.section(QLatin1Char('\n'), 0, 0);
}

} // namespace sandbench
