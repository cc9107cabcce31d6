// A proposed change to a cell, shown as a line diff (removed lines marked "-" on red, added "+"
// on green, so colour is not the only cue) with Replace and Cancel: the assistant's code replaces
// a cell only once the analyst has seen what changes.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sandbench {

class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    DiffDialog(const QString &title, const QString &before, const QString &after,
               QWidget *parent = nullptr);

    QPlainTextEdit *view() const { return m_view; }
    QPushButton *acceptButton() const { return m_accept; }
    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }

private:
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QPushButton *m_accept = nullptr;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace sandbench
