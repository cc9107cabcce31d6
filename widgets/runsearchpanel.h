// Every run in the store, across sessions: full-text search over code, output and review notes,
// filtered by status and by date; a past run's code opens in a new cell.
#pragma once

#include "runhistory.h"

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

    // The store to search (not owned; it must outlive the panel or be unset first).
    void setStore(RunStore *store);
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
    void openCodeRequested(const QString &code);

private:
    HistoryQuery query() const;

    RunStore *m_store = nullptr;
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
