#include "notebookdocument.h"

#include "cellmodel.h"
#include "percentformat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace sandbench {
namespace {

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = NotebookDocument::tr("Cannot save %1: %2. Choose another folder with Save As.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

NotebookDocument::NotebookDocument(CellModel *model, QString recoveryDir, QObject *parent)
    : QObject(parent), m_model(model), m_recoveryDir(std::move(recoveryDir))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(30000);
    connect(&m_autosave, &QTimer::timeout, this, &NotebookDocument::autosave);
    connect(m_model, &CellModel::notebookEdited, this, [this] {
        setModified(true);
        if (!m_autosave.isActive())
            m_autosave.start();
    });
}

NotebookDocument::~NotebookDocument()
{
    // Closing with nothing unsaved: the recovery copy has served its purpose.
    if (!m_modified)
        removeOwnRecoveryCopy();
}

void NotebookDocument::newNotebook()
{
    removeOwnRecoveryCopy();
    m_model->setNotebook({NotebookCell()});
    setPath(QString());
    setModified(false);
}

bool NotebookDocument::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        if (error)
            *error = tr("Cannot open %1: it is not UTF-8 text. Save it as UTF-8 and open it again.")
                         .arg(path);
        return false;
    }
    QList<NotebookCell> cells = parsePercentFormat(text);
    if (cells.isEmpty())
        cells.append(NotebookCell());
    removeOwnRecoveryCopy();
    m_model->setNotebook(cells);
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    RecentFiles::add(m_path);
    return true;
}

QString NotebookDocument::text() const
{
    return writePercentFormat(m_model->notebook());
}

bool NotebookDocument::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The notebook has no file yet; use Save As.");
        return false;
    }
    return saveAs(m_path, error);
}

bool NotebookDocument::saveAs(const QString &path, QString *error)
{
    if (!writeText(path, text(), error))
        return false;
    removeOwnRecoveryCopy();
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    RecentFiles::add(m_path);
    return true;
}

QString NotebookDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void NotebookDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    if (!modified)
        m_autosave.stop();
    Q_EMIT modifiedChanged(modified);
}

void NotebookDocument::setPath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    Q_EMIT pathChanged(path);
}

void NotebookDocument::setAutosaveInterval(int ms)
{
    m_autosave.setInterval(ms);
}

QString NotebookDocument::recoveryCopyPath() const
{
    const QString key = m_path.isEmpty()
                            ? QStringLiteral("untitled")
                            : QString::fromLatin1(QCryptographicHash::hash(m_path.toUtf8(),
                                                                           QCryptographicHash::Sha1)
                                                      .toHex()
                                                      .left(16));
    return m_recoveryDir + QStringLiteral("/recovery-") + key + QStringLiteral(".py");
}

bool NotebookDocument::autosave()
{
    if (!m_modified)
        return true;
    if (!QDir().mkpath(m_recoveryDir))
        return false;
    const QString copy = recoveryCopyPath();
    QString error;
    if (!writeText(copy, text(), &error))
        return false;
    const QJsonObject about{
        {QStringLiteral("path"), m_path},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    m_wroteCopy = m_path;
    return writeText(copy + QStringLiteral(".json"),
                     QString::fromUtf8(QJsonDocument(about).toJson()), &error);
}

void NotebookDocument::removeOwnRecoveryCopy() const
{
    // Only a copy this document wrote: one with the same name may be a crashed session's, left
    // for pendingRecoveries (a new untitled notebook once deleted the untitled copy at start).
    if (!m_wroteCopy || *m_wroteCopy != m_path)
        return;
    m_wroteCopy.reset();
    const QString copy = recoveryCopyPath();
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral(".json"));
}

QList<NotebookDocument::Recovery> NotebookDocument::pendingRecoveries() const
{
    QList<Recovery> found;
    const QDir dir(m_recoveryDir);
    const QStringList copies =
        dir.entryList({QStringLiteral("recovery-*.py")}, QDir::Files, QDir::Time);
    for (const QString &name : copies) {
        Recovery recovery;
        recovery.copyPath = dir.filePath(name);
        QFile about(recovery.copyPath + QStringLiteral(".json"));
        if (about.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(about.readAll()).object();
            recovery.originalPath = json.value(QStringLiteral("path")).toString();
            recovery.savedAt =
                QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        }
        if (!recovery.savedAt.isValid())
            recovery.savedAt = QFileInfo(recovery.copyPath).lastModified();
        found.append(recovery);
    }
    return found;
}

bool NotebookDocument::recover(const Recovery &recovery, QString *error)
{
    QFile file(recovery.copyPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(recovery.copyPath, file.errorString());
        return false;
    }
    QList<NotebookCell> cells = parsePercentFormat(QString::fromUtf8(file.readAll()));
    if (cells.isEmpty())
        cells.append(NotebookCell());
    file.close();
    m_model->setNotebook(cells);
    setPath(recovery.originalPath);
    discardRecovery(recovery);
    setModified(true);
    autosave(); // under its own name now, in case this session ends badly too
    return true;
}

void NotebookDocument::discardRecovery(const Recovery &recovery) const
{
    QFile::remove(recovery.copyPath);
    QFile::remove(recovery.copyPath + QStringLiteral(".json"));
}

QStringList RecentFiles::list()
{
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return files;
}

void RecentFiles::add(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMax)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
}

void RecentFiles::remove(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    settings.setValue(QStringLiteral("recentFiles"), files);
}

} // namespace sandbench
