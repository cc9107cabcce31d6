// The session's output: each run's status line, printed text, result and errors, newest last.
#pragma once

#include <QPlainTextEdit>

namespace sandbench {

struct RunRecord;

class OutputView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit OutputView(QWidget *parent = nullptr);

    void appendRun(const RunRecord &run);
    void appendNote(const QString &text);
};

} // namespace sandbench
