// Find and replace in one editor (the current cell's), as a bar under the notebook.
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sandbench {

class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    void setEditor(QPlainTextEdit *editor);
    // Shows the bar with the editor's selection (if any) as the text to find; focus goes to the
    // replace field when replace is true.
    void start(bool replace);

    // Selects the next (or previous) match after the cursor, wrapping around; false when none.
    bool findNext(bool backwards = false);
    // Replaces the selected match and moves to the next one.
    bool replaceCurrent();
    // Returns how many were replaced (one undo step).
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool selectionMatches() const;

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sandbench
