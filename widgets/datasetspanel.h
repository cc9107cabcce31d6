// The session's datasets: each file the user registered (menu, button or drag and drop), the
// DataFrame variable it becomes, its size, and its SHA-256 with whether the file still matches it.
// The registered files are what the sandbox lets code read.
#pragma once

#include "datasetspec.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace sandbench {

class DatasetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetsPanel(QWidget *parent = nullptr);

    // Shows a dataset already part of the session.
    void addDataset(const DatasetSpec &dataset);
    // Marks whether the worker loaded it (message: why not).
    void setLoadState(const QString &name, bool ok, const QString &message);
    int count() const;
    QTreeWidget *tree() const { return m_tree; }
    // The hash shown for a dataset once computed (hex), else empty.
    QString hashOf(const QString &name) const;
    // Whether the dataset's ISO date columns load as dates (its "Dates" box); setting it as the
    // user would emits isoDatesChanged.
    bool isoDates(const QString &name) const;
    void setIsoDates(const QString &name, bool isoDates);
    // Whether the dataset is read in blocks as a dask DataFrame, larger than memory (its
    // "Larger than memory" box); setting it as the user would emits lazyChanged.
    bool isLazy(const QString &name) const;
    void setLazy(const QString &name, bool lazy);
    // Shows the session's own choice (the profile's size rule) without emitting lazyChanged.
    void showLazy(const QString &name, bool lazy);

    // The formats the worker reads, for file dialogs.
    static QString fileFilter();
    static bool isSupportedFile(const QString &path);
    // A variable name derived from the file name ("Sales 2025.csv" -> sales_2025), unique among
    // taken.
    static QString suggestName(const QString &path, const QStringList &taken);

Q_SIGNALS:
    // The user asks to register a file under a variable name.
    void datasetRequested(const sandbench::DatasetSpec &dataset);
    void hashComputed(const QString &name, const QString &sha256);
    // The user turned the reading of ISO date columns as dates on or off for NAME.
    void isoDatesChanged(const QString &name, bool isoDates);
    // The user chose to read NAME in blocks (larger than memory) or whole.
    void lazyChanged(const QString &name, bool lazy);

public Q_SLOTS:
    // Asks for files and registers each.
    void addFilesDialog();
    // The same for files larger than memory: each is read in blocks as a dask DataFrame.
    void addLazyFilesDialog();
    void requestFiles(const QStringList &paths, bool lazy = false);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void computeHash(const QString &name, const QString &path);
    void onFileChanged(const QString &path);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void showContextMenu(const QPoint &pos);
    QStringList names() const;
    QTreeWidgetItem *itemFor(const QString &name) const;

    QTreeWidget *m_tree = nullptr;
    QFileSystemWatcher m_watcher;
    QHash<QString, QString> m_hashes; // name -> sha256 when registered
    bool m_updating = false;
};

} // namespace sandbench
