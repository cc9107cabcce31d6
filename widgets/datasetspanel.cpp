#include "datasetspanel.h"

#include "cellwidget.h"
#include "columnfit.h"

#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sandbench {
namespace {

enum Column
{
    NameColumn,
    FileColumn,
    SizeColumn,
    StateColumn,
    DatesColumn,
    LazyColumn
};

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

DatasetsPanel::DatasetsPanel(QWidget *parent) : QWidget(parent)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Variable"), tr("File"), tr("Size"), tr("File hash"), tr("Dates"),
                             tr("Larger than memory")});
    m_tree->headerItem()->setToolTip(
        DatesColumn, tr("Checked: text columns of ISO dates (2024-03-01) load as dates"));
    m_tree->headerItem()->setToolTip(
        LazyColumn, tr("Checked: the variable is a dask DataFrame read from the file in blocks, "
                       "for data larger than the session's memory"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("Double-click a variable name to rename it. Drop files here to add "
                          "them. Code may read these files and nothing else of yours. Right-click "
                          "a dataset to load its dates as text or to read it in blocks."));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DatasetsPanel::showContextMenu);
    m_tree->setAcceptDrops(false); // the panel takes the drop
    // In a narrow dock the switches go first (both stay in the context menu), then the size;
    // the hash's mark, which says the file is the one the runs recorded, goes last.
    new ColumnFitter(m_tree, {DatesColumn, LazyColumn, SizeColumn, StateColumn});
    layout->addWidget(m_tree);
    auto *add = new QToolButton(this);
    add->setText(tr("Add Dataset…"));
    add->setToolTip(tr("Register a CSV, TSV, JSON, JSON lines, Excel or Parquet file; the arrow "
                       "adds one larger than memory"));
    add->setPopupMode(QToolButton::MenuButtonPopup);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    add->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("Add Dataset…"), this, &DatasetsPanel::addFilesDialog);
    addMenu
        ->addAction(tr("Add Dataset Larger Than Memory…"), this, &DatasetsPanel::addLazyFilesDialog)
        ->setToolTip(tr("Read the file in blocks as a dask DataFrame: CSV, TSV, JSON lines, or "
                        "Parquet when pyarrow is installed"));
    add->setMenu(addMenu);
    layout->addWidget(add);
    connect(add, &QToolButton::clicked, this, &DatasetsPanel::addFilesDialog);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DatasetsPanel::onFileChanged);
    connect(m_tree, &QTreeWidget::itemChanged, this, &DatasetsPanel::onItemChanged);
}

QString DatasetsPanel::fileFilter()
{
    QStringList patterns;
    for (const QString &suffix : DatasetSpecParser::knownSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    return tr("Data files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

bool DatasetsPanel::isSupportedFile(const QString &path)
{
    return DatasetSpecParser::knownSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QString DatasetsPanel::suggestName(const QString &path, const QStringList &taken)
{
    static const QRegularExpression notIdentifier(QStringLiteral("[^A-Za-z0-9_]+"));
    QString base = QFileInfo(path).completeBaseName().toLower();
    base.replace(notIdentifier, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('_')) && base.size() > 1)
        base.remove(0, 1);
    if (base.isEmpty() || base.at(0).isDigit())
        base.prepend(QStringLiteral("data_"));
    if (!DatasetSpecParser::isValidName(base))
        base += QStringLiteral("_data");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QStringLiteral("_%1").arg(n);
    return name;
}

QStringList DatasetsPanel::names() const
{
    QStringList list;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        list.append(m_tree->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString());
    return list;
}

QTreeWidgetItem *DatasetsPanel::itemFor(const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name)
            return item;
    }
    return nullptr;
}

int DatasetsPanel::count() const
{
    return m_tree->topLevelItemCount();
}

QString DatasetsPanel::hashOf(const QString &name) const
{
    return m_hashes.value(name);
}

bool DatasetsPanel::isoDates(const QString &name) const
{
    const QTreeWidgetItem *item = itemFor(name);
    return item && item->checkState(DatesColumn) == Qt::Checked;
}

void DatasetsPanel::setIsoDates(const QString &name, bool isoDates)
{
    if (QTreeWidgetItem *item = itemFor(name))
        item->setCheckState(DatesColumn, isoDates ? Qt::Checked : Qt::Unchecked);
}

bool DatasetsPanel::isLazy(const QString &name) const
{
    const QTreeWidgetItem *item = itemFor(name);
    return item && item->checkState(LazyColumn) == Qt::Checked;
}

void DatasetsPanel::setLazy(const QString &name, bool lazy)
{
    if (QTreeWidgetItem *item = itemFor(name))
        item->setCheckState(LazyColumn, lazy ? Qt::Checked : Qt::Unchecked);
}

void DatasetsPanel::showLazy(const QString &name, bool lazy)
{
    m_updating = true;
    setLazy(name, lazy);
    m_updating = false;
}

void DatasetsPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    const QString name = item->data(NameColumn, Qt::UserRole).toString();
    QMenu menu(this);
    QAction *dates = menu.addAction(tr("Load ISO Dates as &Dates"));
    dates->setCheckable(true);
    dates->setChecked(isoDates(name));
    dates->setToolTip(tr("Text columns holding only ISO dates (2024-03-01) become dates; off, "
                         "they stay text as in the file"));
    QAction *lazy = menu.addAction(tr("Read in Blocks (&Larger Than Memory)"));
    lazy->setCheckable(true);
    lazy->setChecked(isLazy(name));
    lazy->setToolTip(tr("The variable becomes a dask DataFrame read from the file block by "
                        "block; off, the whole file loads as a pandas DataFrame"));
    QAction *chosen = menu.exec(m_tree->viewport()->mapToGlobal(pos));
    if (chosen == dates)
        setIsoDates(name, dates->isChecked());
    else if (chosen == lazy)
        setLazy(name, lazy->isChecked());
}

void DatasetsPanel::addDataset(const DatasetSpec &dataset)
{
    m_updating = true;
    const QFileInfo info(dataset.path);
    auto *item = new QTreeWidgetItem(m_tree);
    item->setText(NameColumn, dataset.name);
    item->setData(NameColumn, Qt::UserRole, dataset.name);
    item->setData(FileColumn, Qt::UserRole, dataset.path);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setText(FileColumn, info.fileName());
    item->setToolTip(FileColumn, dataset.path);
    item->setText(SizeColumn, QLocale().formattedDataSize(info.size()));
    item->setText(StateColumn, tr("hashing…"));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(DatesColumn, dataset.isoDates ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(DatesColumn,
                     tr("Checked: text columns of ISO dates (2024-03-01) load as dates; uncheck "
                        "to keep them as text (the file loads again)"));
    item->setCheckState(LazyColumn, dataset.lazy ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(LazyColumn,
                     tr("Checked: a dask DataFrame read in blocks, for data larger than memory; "
                        "unchecked: the whole file loads as a pandas DataFrame (the file loads "
                        "again)"));
    m_updating = false;
    m_watcher.addPath(dataset.path);
    computeHash(dataset.name, dataset.path);
}

void DatasetsPanel::computeHash(const QString &name, const QString &path)
{
    // Hashing a large file takes seconds: off the GUI thread, the result comes back as a value.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, name] {
        const QString hash = watcher->result();
        watcher->deleteLater();
        QTreeWidgetItem *item = itemFor(name);
        if (!item)
            return;
        m_updating = true;
        const QString known = m_hashes.value(name);
        if (hash.isEmpty()) {
            item->setText(StateColumn, tr("cannot read the file"));
        } else if (known.isEmpty() || known == hash) {
            m_hashes.insert(name, hash);
            // A short mark: the hash is for experts, in the tooltip and the Provenance panel,
            // and twelve hex digits pushed the columns out of a side dock.
            item->setText(StateColumn, tr("✓ same"));
            item->setToolTip(StateColumn,
                             tr("SHA-256 %1: the file is as it was registered").arg(hash));
        } else {
            item->setText(StateColumn, tr("⚠ changed"));
            item->setToolTip(StateColumn,
                             tr("Registered with SHA-256 %1; the file now has %2. Restart the "
                                "session to load it again.")
                                 .arg(known, hash));
        }
        m_updating = false;
        if (!hash.isEmpty())
            Q_EMIT hashComputed(name, hash);
    });
    watcher->setFuture(QtConcurrent::run(sha256Of, path));
}

void DatasetsPanel::onFileChanged(const QString &path)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(FileColumn, Qt::UserRole).toString() == path) {
            item->setText(SizeColumn, QLocale().formattedDataSize(QFileInfo(path).size()));
            computeHash(item->data(NameColumn, Qt::UserRole).toString(), path);
        }
    }
    // Editors that save by replacing the file drop it from the watch list: watch it again.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void DatasetsPanel::setLoadState(const QString &name, bool ok, const QString &message)
{
    if (QTreeWidgetItem *item = itemFor(name)) {
        item->setToolTip(NameColumn, ok ? tr("Loaded as the DataFrame %1").arg(name)
                                        : tr("Not loaded: %1").arg(message));
        // Ok: the palette's own colour, so it follows the theme.
        if (ok)
            clearStatusForeground(item, NameColumn);
        else
            setStatusForeground(item, NameColumn, QStringLiteral("error"));
    }
}

void DatasetsPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating)
        return;
    if (column == DatesColumn) {
        Q_EMIT isoDatesChanged(item->data(NameColumn, Qt::UserRole).toString(),
                               item->checkState(DatesColumn) == Qt::Checked);
        return;
    }
    if (column == LazyColumn) {
        Q_EMIT lazyChanged(item->data(NameColumn, Qt::UserRole).toString(),
                           item->checkState(LazyColumn) == Qt::Checked);
        return;
    }
    if (column != NameColumn)
        return;
    const QString old = item->data(NameColumn, Qt::UserRole).toString();
    const QString wanted = item->text(NameColumn).trimmed();
    m_updating = true;
    item->setText(NameColumn, old); // the row shows the new name once the session has it
    m_updating = false;
    if (wanted == old)
        return;
    if (!DatasetSpecParser::isValidName(wanted) || names().contains(wanted)) {
        QMessageBox::warning(this, tr("Rename Dataset"),
                             tr("'%1' cannot be the variable's name: use letters, digits and "
                                "underscores, not starting with a digit, and a name no other "
                                "dataset has (for example sales_2025).")
                                 .arg(wanted));
        return;
    }
    // The file loads again under the new name; the old variable stays until the session restarts.
    Q_EMIT datasetRequested({wanted, item->data(FileColumn, Qt::UserRole).toString(),
                             item->checkState(DatesColumn) == Qt::Checked,
                             item->checkState(LazyColumn) == Qt::Checked});
}

void DatasetsPanel::addFilesDialog()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add Dataset"), QString(), fileFilter());
    requestFiles(paths);
}

void DatasetsPanel::addLazyFilesDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Dataset Larger Than Memory"), QString(), fileFilter());
    requestFiles(paths, true);
}

void DatasetsPanel::requestFiles(const QStringList &paths, bool lazy)
{
    QStringList taken = names();
    QStringList refused;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || !isSupportedFile(path)) {
            refused.append(info.fileName());
            continue;
        }
        const QString name = suggestName(path, taken);
        taken.append(name);
        DatasetSpec spec{name, info.absoluteFilePath()};
        spec.lazy = lazy;
        Q_EMIT datasetRequested(spec);
    }
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Add Dataset"),
                             tr("Not added: %1. Sandbench reads CSV, TSV, JSON, JSON lines, Excel "
                                "and Parquet files.")
                                 .arg(refused.join(QStringLiteral(", "))));
}

void DatasetsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DatasetsPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    requestFiles(paths);
    event->acceptProposedAction();
}

} // namespace sandbench
