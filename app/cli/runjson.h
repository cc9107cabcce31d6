// One run as the command line's JSON reports it (`sandbench run --json`, `sandbench serve`).
#pragma once

#include "runrecord.h"

#include <QJsonObject>

namespace sandbench::cli {

QJsonObject runToJson(const RunRecord &run, bool recorded, const QString &storeError);

} // namespace sandbench::cli
