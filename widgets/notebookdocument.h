// The notebook as a file: opens and saves percent-format .py files (the cells of a CellModel),
// knows whether there are unsaved changes, and autosaves a recovery copy so that a crash loses
// at most one autosave interval of work.
//
// Every read and write runs on the document's own file thread (FileJobs, serial): a slow or
// stalled disk holds up the file, never the window. The text is taken on the caller's thread
// when a save starts, so what is written is the notebook as it was then; writes reach the disk
// in the order they were started, and the document's destructor waits for them, so a save or
// an autosave started before quit is finished before the process ends.
#pragma once

#include "filejobs.h"
#include "percentformat.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace sandbench {

class CellModel;

class NotebookDocument : public QObject
{
    Q_OBJECT

public:
    // A recovery copy left behind by a session that did not end cleanly.
    struct Recovery
    {
        QString copyPath;     // the autosaved text
        QString originalPath; // the notebook it belongs to; empty for an untitled one
        QDateTime savedAt;
    };
    // The answer to one open or save: empty when it worked, else why not, naming the file and
    // what to do.
    using Done = std::function<void(const QString &error)>;

    // recoveryDir: where autosaved copies go (created when needed).
    NotebookDocument(CellModel *model, QString recoveryDir, QObject *parent = nullptr);
    ~NotebookDocument() override;

    // Starts an untitled notebook with one empty code cell.
    void newNotebook();
    // Reads path; the notebook is replaced only once the whole file was read and parsed. A file
    // that cannot be read leaves the notebook as it was. done runs on receiver's thread (not at
    // all when receiver is gone).
    void open(const QString &path, QObject *receiver, Done done);
    // Writes the notebook as it is now; it counts as saved unless it was edited meanwhile.
    void save(QObject *receiver, Done done);
    void saveAs(const QString &path, QObject *receiver, Done done);
    // The text save() would write.
    QString text() const;
    // Saves started and not answered yet.
    bool isSaving() const { return m_savesInFlight > 0; }
    // Blocks until every read and write started has reached the disk (quit).
    void finishWrites() { m_files.waitForDone(); }

    QString path() const { return m_path; }
    QString displayName() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    void setAutosaveInterval(int ms);
    // Starts writing the recovery copy (when there are unsaved changes); the timer calls this.
    // A copy that cannot be written is told by autosaveFailed().
    void autosave();
    QString recoveryCopyPath() const;

    // Reads the recovery folder: blocking, for a file thread (the window asks through
    // findRecoveries()).
    QList<Recovery> pendingRecoveries() const;
    void findRecoveries(QObject *receiver, std::function<void(QList<Recovery>)> done);
    // Loads a recovery copy as this notebook, with unsaved changes, and removes the copy.
    void recover(const Recovery &recovery, QObject *receiver, Done done);
    void discardRecovery(const Recovery &recovery);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    // Every save started has answered (whoever started it; each answer went to its own done).
    void savesFinished();
    // The recovery copy could not be written: unsaved work is not protected against a crash.
    void autosaveFailed(const QString &error);

private:
    struct Read
    {
        QString error;
        QList<NotebookCell> cells;
    };
    static Read readNotebook(const QString &path);
    void removeOwnRecoveryCopy();
    void setPath(const QString &path);

    CellModel *m_model;
    QString m_recoveryDir;
    QString m_path;
    bool m_modified = false;
    quint64 m_edits = 0; // edits so far: a save counts only when none came while it wrote
    int m_savesInFlight = 0;
    QTimer m_autosave;
    std::optional<QString> m_wroteCopy; // the path whose recovery copy this wrote
    // Last member, so destroyed first: its jobs finish before anything else of this goes.
    FileJobs m_files{FileJobs::Order::Serial};
};

// The most recently opened notebooks, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace sandbench
