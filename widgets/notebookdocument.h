// The notebook as a file: opens and saves percent-format .py files (the cells of a CellModel),
// knows whether there are unsaved changes, and autosaves a recovery copy so that a crash loses
// at most one autosave interval of work.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
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

    // recoveryDir: where autosaved copies go (created when needed).
    NotebookDocument(CellModel *model, QString recoveryDir, QObject *parent = nullptr);
    ~NotebookDocument() override;

    // Starts an untitled notebook with one empty code cell.
    void newNotebook();
    bool open(const QString &path, QString *error);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    // The text save() would write.
    QString text() const;

    QString path() const { return m_path; }
    QString displayName() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    void setAutosaveInterval(int ms);
    // Writes the recovery copy now (when there are unsaved changes); the timer calls this.
    bool autosave();
    QString recoveryCopyPath() const;

    QList<Recovery> pendingRecoveries() const;
    // Loads a recovery copy as this notebook, with unsaved changes, and removes the copy.
    bool recover(const Recovery &recovery, QString *error);
    void discardRecovery(const Recovery &recovery) const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    void removeOwnRecoveryCopy() const;
    void setPath(const QString &path);

    CellModel *m_model;
    QString m_recoveryDir;
    QString m_path;
    bool m_modified = false;
    QTimer m_autosave;
    mutable std::optional<QString> m_wroteCopy; // the path whose recovery copy this wrote
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
