// The cell editor. A plain text editor tuned for Python; the workbench issue grows it
// (highlighting, line numbers, inline violations).
#pragma once

#include <QPlainTextEdit>

namespace sandbench {

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace sandbench
