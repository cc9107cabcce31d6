// SHA-256 as lowercase hex, the form every hash takes in the run store and its provenance.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace sandbench {

QString sha256Hex(const QByteArray &bytes);
// Reads the file in chunks (a 1 GB dataset is never held in memory); nothing when unreadable.
std::optional<QString> sha256OfFile(const QString &path, QString *error = nullptr);

} // namespace sandbench
