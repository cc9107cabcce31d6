// Every run in the store, across sessions: full-text search over code, output and review notes,
// filtered by status and by date; a past run's code opens in a new cell.
#pragma once

#include "runhistory.h"
#include "storethread.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sandbench {

class RunSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunSearchPanel(QWidget *parent = nullptr);

    // The store to search (not owned; a store that goes first is let go of by itself). The search
    // runs on the store's thread; searched() tells when its results show.
    void setStore(StoreThread *store);
    // Sets the fields and searches at once.
    void search(const QString &words, const QString &status = QString(), const QDate &since = {},
                const QDate &until = {});
    // Searches again with the fields as they are.
    void refresh();

    QList<qint64> foundRuns() const;
    QTreeWidget *results() const { return m_results; }
    // Opens the code of the run in the results as a new cell.
    bool openInNewCell(qint64 runId);

Q_SIGNALS:
    void runSelected(qint64 runId);
    void searched();
    void openCodeRequested(const QString &code);

private:
    HistoryQuery query() const;
    void showResults(const QList<HistoryEntry> &entries, const QString &error);

    QPointer<StoreThread> m_store;
    quint64 m_generation = 0; // the newest search: older answers are not shown
    QTimer m_debounce;
    QLineEdit *m_words = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_count = nullptr;
    QTreeWidget *m_results = nullptr;
};

} // namespace sandbench
