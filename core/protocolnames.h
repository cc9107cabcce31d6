// The protocol's names (sandbox/protocol/protocol.json, generated into protocol_constants.h) as Qt
// strings, so that core spells no message type, status or layer by hand.
#pragma once

#include "protocol_constants.h"

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <string_view>

namespace sandbench {

// A protocol name as a QLatin1String: no allocation, usable wherever Qt takes one (comparisons,
// QJsonObject values, QString concatenation). The generated names are string literals, so data()
// is null-terminated.
inline QLatin1String wireName(std::string_view name)
{
    return QLatin1String(name.data(), qsizetype(name.size()));
}

// A generated table of names (kStatuses, kLayers, ...) as a QStringList, in its order.
template <std::size_t N> QStringList wireNames(const std::array<std::string_view, N> &names)
{
    QStringList list;
    list.reserve(qsizetype(N));
    for (std::string_view name : names)
        list.append(wireName(name));
    return list;
}

} // namespace sandbench
