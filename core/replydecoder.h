// The one place the app reads a worker's answer to an `execute` request. The reply is untrusted
// input: the cell's code shares the interpreter that writes it, so it may have written any field
// itself. Every field is checked for its JSON type, its size and its allowed values before any of
// it reaches the store, the window or a file name; a reply that fails any check becomes a run with
// status Tampered and a reason naming the field, never an ok run and never a crash.
#pragma once

#include "runrecord.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbench {

class Profile;

// What a valid reply may hold. Derived from the profile the worker was armed with, because the
// worker cuts its output and its figures at the same limits (sandbox/python/sandbench_worker).
struct ReplyLimits
{
    qsizetype outputChars = 1024 * 1024; // limits.output_chars: stdout and stderr each
    int figures = 20;                    // limits.figures: figures a cell keeps

    static ReplyLimits fromProfile(const Profile &profile);
};

// One piece of a running cell's live output (an `output` frame's part): display text only.
struct OutputPart
{
    QString stream; // "stdout" or "stderr"
    QString text;
};

class ReplyDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ReplyDecoder)

public:
    explicit ReplyDecoder(ReplyLimits limits = {}) : m_limits(limits) {}

    // The reply to an execute request and its frame's payload (the figures' bytes). Unknown
    // fields are ignored (never read, so they cannot change the record); a missing, mistyped,
    // oversized or unknown-valued known field makes the run Tampered (tampered()).
    CellResult decodeExecute(const QJsonObject &reply, QByteArrayView payload) const;

    // The reply to any other request the app sends through WorkerClient::query (variables,
    // table, summary, check, export_view), with the same rules: the reply's type is one the
    // request allows ("error" always), every known field has its JSON type and stays within its
    // bounds, a binary table page decodes (TablePage). Unknown fields are ignored. Returns the
    // problem, naming the field; nothing when the reply may be used.
    std::optional<QString> checkQuery(const QString &requestType, const QJsonObject &reply,
                                      QByteArrayView payload) const;

    // An `output` frame (sandbox/PROTOCOL.md, live output): `parts` a list of at most
    // protocol::kMaxOutputFrameParts objects, each `stream` "stdout" or "stderr" and `text` a
    // string, the texts at most protocol::kMaxOutputFrameTextBytes characters in all. The parts
    // in order in parts; the problem, naming the field, when the frame may not be shown.
    std::optional<QString> decodeOutput(const QJsonObject &message, QList<OutputPart> &parts) const;

    // A run the trusted side refuses to believe: status Tampered, the reason in stderr and as a
    // violation of layer "app". Nothing of the reply is kept.
    static CellResult tampered(const QString &reason);

    // The layers a worker may name in a violation (sandbox/python/.../policy/violations.py).
    static const QStringList &workerLayers();

    // The pixel size from a PNG's header when data is a PNG with a sane, intact IHDR chunk
    // (signature, CRC, known bit depth and colour type, each side and the area within bounds)
    // and ends with IEND; otherwise nothing, with the reason in problem.
    static std::optional<QSize> pngSize(QByteArrayView data, QString *problem);

private:
    ReplyLimits m_limits;
};

} // namespace sandbench
