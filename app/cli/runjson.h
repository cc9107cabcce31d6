// One run as the command line's JSON reports it (`sandbench run --json`, `sandbench serve`,
// `sandbench show --json`).
#pragma once

#include "reviewqueue.h"
#include "runrecord.h"

#include <QJsonObject>

namespace sandbench::cli {

QJsonObject runToJson(const RunRecord &run, bool recorded, const QString &storeError);
// Everything the store keeps about a run: code, inputs, outputs, environment, execution,
// lineage and the approval it ran under.
QJsonObject runProvenanceToJson(const RunRecord &run,
                                const std::optional<ReviewDecision> &approval);
QJsonObject decisionToJson(const ReviewDecision &decision);

} // namespace sandbench::cli
