#include "notebookdocument.h"

#include "cellmodel.h"
#include "percentformat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
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
        ++m_edits;
        setModified(true);
        if (!m_autosave.isActive())
            m_autosave.start();
    });
}

NotebookDocument::~NotebookDocument()
{
    // Closing with nothing unsaved: the recovery copy has served its purpose. Queued behind the
    // writes already started; m_files waits for all of them.
    if (!m_modified && !isSaving())
        removeOwnRecoveryCopy();
}

void NotebookDocument::newNotebook()
{
    removeOwnRecoveryCopy();
    m_model->setNotebook({NotebookCell()});
    setPath(QString());
    setModified(false);
}

NotebookDocument::Read NotebookDocument::readNotebook(const QString &path)
{
    Read read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return read;
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        read.error = tr("Cannot open %1: it is not UTF-8 text. Save it as UTF-8 and open it again.")
                         .arg(path);
        return read;
    }
    read.cells = parsePercentFormat(text);
    if (read.cells.isEmpty())
        read.cells.append(NotebookCell());
    return read;
}

void NotebookDocument::open(const QString &path, QObject *receiver, Done done)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.call(
        "open notebook", receiver, [path] { return readNotebook(path); },
        [this, absolute, done = std::move(done)](Read read) {
            if (!read.error.isEmpty()) {
                done(read.error); // the notebook shown stays as it was
                return;
            }
            removeOwnRecoveryCopy();
            m_model->setNotebook(read.cells);
            setPath(absolute);
            setModified(false);
            RecentFiles::add(m_path);
            done(QString());
        });
}

QString NotebookDocument::text() const
{
    return writePercentFormat(m_model->notebook());
}

void NotebookDocument::save(QObject *receiver, Done done)
{
    if (m_path.isEmpty()) {
        done(tr("The notebook has no file yet; use Save As."));
        return;
    }
    saveAs(m_path, receiver, std::move(done));
}

void NotebookDocument::saveAs(const QString &path, QObject *receiver, Done done)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const quint64 edits = m_edits;
    ++m_savesInFlight;
    // Answered through this document (it owns m_files); done then goes to receiver if it is
    // still there. The document's own bookkeeping is done either way.
    QPointer<QObject> target(receiver);
    m_files.call(
        "save notebook", this,
        [path, text = text()] {
            QString error;
            writeText(path, text, &error);
            return error;
        },
        [this, absolute, edits, target, done = std::move(done)](const QString &error) {
            --m_savesInFlight;
            if (error.isEmpty()) {
                removeOwnRecoveryCopy();
                setPath(absolute);
                // Edited while the file was written: the file has the text of before the edit.
                if (m_edits == edits)
                    setModified(false);
                RecentFiles::add(m_path);
            }
            if (target)
                done(error);
            if (m_savesInFlight == 0)
                Q_EMIT savesFinished();
        });
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

void NotebookDocument::autosave()
{
    if (!m_modified)
        return;
    const QJsonObject about{
        {QStringLiteral("path"), m_path},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    m_wroteCopy = m_path;
    m_files.call(
        "autosave notebook", this,
        [dir = m_recoveryDir, copy = recoveryCopyPath(), text = text(),
         json = QString::fromUtf8(QJsonDocument(about).toJson())] {
            QString error;
            if (!QDir().mkpath(dir))
                return tr("Cannot autosave into %1: the folder cannot be created. Save the "
                          "notebook to keep your changes.")
                    .arg(dir);
            if (writeText(copy, text, &error))
                writeText(copy + QStringLiteral(".json"), json, &error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT autosaveFailed(error);
        });
}

void NotebookDocument::removeOwnRecoveryCopy()
{
    // Only a copy this document wrote: one with the same name may be a crashed session's, left
    // for pendingRecoveries (a new untitled notebook once deleted the untitled copy at start).
    if (!m_wroteCopy || *m_wroteCopy != m_path)
        return;
    m_wroteCopy.reset();
    // Behind the autosave that wrote it: the copy is never written again after this.
    m_files.post("remove recovery copy", [copy = recoveryCopyPath()] {
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral(".json"));
    });
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

void NotebookDocument::findRecoveries(QObject *receiver, std::function<void(QList<Recovery>)> done)
{
    m_files.call(
        "find recovery copies", receiver, [this] { return pendingRecoveries(); }, std::move(done));
}

void NotebookDocument::recover(const Recovery &recovery, QObject *receiver, Done done)
{
    m_files.call(
        "read recovery copy", receiver,
        [copy = recovery.copyPath] {
            Read read;
            QFile file(copy);
            if (!file.open(QIODevice::ReadOnly)) {
                read.error = tr("Cannot open %1: %2").arg(copy, file.errorString());
                return read;
            }
            read.cells = parsePercentFormat(QString::fromUtf8(file.readAll()));
            if (read.cells.isEmpty())
                read.cells.append(NotebookCell());
            return read;
        },
        [this, recovery, done = std::move(done)](Read read) {
            if (!read.error.isEmpty()) {
                done(read.error);
                return;
            }
            m_model->setNotebook(read.cells);
            setPath(recovery.originalPath);
            discardRecovery(recovery);
            setModified(true);
            autosave(); // under its own name now, in case this session ends badly too
            done(QString());
        });
}

void NotebookDocument::discardRecovery(const Recovery &recovery)
{
    m_files.post("discard recovery copy", [copy = recovery.copyPath] {
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral(".json"));
    });
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
