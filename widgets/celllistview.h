// The notebook as a scrolling list of cell widgets, kept in step with a CellModel. It shows and
// edits; running, moving and deleting are the window's actions on currentRow().
#pragma once

#include "richoutput.h"
#include "theme.h"

#include <QList>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>

class QAbstractItemModel;
class QVBoxLayout;

namespace sandbench {

class CellModel;
class CellWidget;
class CompletionProvider;

class CellListView : public QScrollArea
{
    Q_OBJECT

public:
    explicit CellListView(CellModel *model, QWidget *parent = nullptr);

    CellModel *model() const { return m_model; }
    int currentRow() const { return m_current; }
    // Makes row current, scrolls to it and, when focusEditor, puts the cursor in its editor.
    void setCurrentRow(int row, bool focusEditor = true);
    // Scrolls until row is in view, and keeps it there while the layout settles (a new cell's
    // editor sizing itself, outputs above it growing) until the user scrolls.
    void scrollToRow(int row);
    CellWidget *cellWidget(int row) const;

    void setTheme(const EditorTheme &theme);
    void setEditorFont(const QFont &font);
    void setCompletionModel(QAbstractItemModel *model);
    // Attribute completions and help for every cell's editor (CodeEditor::setCompletionProvider).
    void setCompletionProvider(CompletionProvider *provider);

Q_SIGNALS:
    void currentRowChanged(int row);
    void runRequested(int row);
    void figureActivated(qint64 runId, int index);
    // A cell's rich output shows a table whose rows the session has (CellWidget).
    void richTableShown(sandbench::RichOutputView *view);
    void openInDataRequested(const QString &variable);
    // A cell's "Fix with assistant" (fix true) or "Explain".
    void assistantRequested(int row, bool fix);

private:
    void rebuild();
    void insertWidgets(int first, int last);
    void removeWidgets(int first, int last);
    void refresh(int first, int last);
    void refreshNumbers();
    CellWidget *makeWidget();
    void tickElapsed();
    void followTarget();
    bool eventFilter(QObject *watched, QEvent *event) override;

    CellModel *m_model;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<CellWidget *> m_widgets;
    int m_current = -1;
    EditorTheme m_theme = EditorTheme::light();
    QFont m_font;
    bool m_hasFont = false;
    QAbstractItemModel *m_completion = nullptr;
    QPointer<CompletionProvider> m_completionProvider;
    QTimer m_elapsed;
    QPointer<CellWidget> m_scrollTarget; // the cell kept in view until the user scrolls
    QList<quint64> m_runningIds;         // to scroll to a cell when it starts running
};

} // namespace sandbench
