// One run and its provenance as text, for `sandbench show` and `sandbench review show`.
#pragma once

#include "recordedfiles.h"
#include "reviewqueue.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

namespace sandbench::cli {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(RunText)

public:
    // problems: the run's recorded files that are missing or changed (RecordedFiles::check).
    static void printProvenance(QTextStream &out, const RunRecord &run,
                                const std::optional<ReviewDecision> &approval,
                                const QList<RecordedFileProblem> &problems = {});
    static void printDecision(QTextStream &out, const ReviewDecision &decision);
    static void printReasons(QTextStream &out, const QList<Violation> &reasons);
    static void printBlock(QTextStream &out, const QString &title, const QString &text);
    // The code's first line, cut to width characters, for one-line listings.
    static QString firstLine(const QString &code, int width);
};

} // namespace sandbench::cli
