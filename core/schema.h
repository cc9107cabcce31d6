// The run store's schema as a list of forward migrations; index i upgrades version i to i + 1.
#pragma once

#include <QStringList>

namespace sandbench::schema {

// Written to PRAGMA application_id so that another program's SQLite file is never taken for ours.
inline constexpr qint32 kApplicationId = 0x53424e43; // "SBNC"

// Never edit a released step: add a new one. Tests open a frozen copy of every old version.
const QStringList &migrations();

} // namespace sandbench::schema
