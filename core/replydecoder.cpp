#include "replydecoder.h"

#include "profile.h"

#include <QJsonArray>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace sandbench {
namespace {

// Bounds the worker stays within by construction; anything past them did not come from it.
// Room for the worker's own marker lines after a cut stream ("[... output cut ...]", dropped
// figures, late denials).
constexpr qsizetype kStreamSlackChars = 64 * 1024;
// sandbox/python/sandbench_worker/session.py, MAX_RESULT_CHARS, plus the same slack.
constexpr qsizetype kMaxResultChars = 200'000 + kStreamSlackChars;
constexpr qsizetype kMaxErrorMessageChars = 64 * 1024;
constexpr qsizetype kMaxViolations = 10'000;
constexpr qsizetype kMaxRuleChars = 128;
constexpr qsizetype kMaxViolationMessageChars = 8 * 1024; // a path up to PATH_MAX and its text
constexpr double kMaxPosition = 1e8;                      // line and column
constexpr double kMaxMilliseconds = 1e9;                  // about eleven days
constexpr double kMaxPeakRssKb = 1024.0 * 1024 * 1024;    // 1 TiB
constexpr qsizetype kMaxPackages = 1000;
constexpr qsizetype kMaxPackageChars = 200;
// Figures: the app asks for PNG (figures.py renders with Agg at 100 dpi). The sides and the area
// bound what a viewer allocates when it decodes one.
constexpr qsizetype kMaxFigureBytes = 64 * 1024 * 1024;
constexpr int kMaxFigureSide = 16384;
constexpr qint64 kMaxFigurePixels = 64LL * 1024 * 1024;
constexpr qsizetype kQuoteChars = 40;

const QString kFigureFormat = QStringLiteral("png");

// Worker text inside a reason: short, and with control characters (NUL, newlines, escapes)
// made visible, so a reason can neither hide what it quotes nor forge further lines.
QString quoted(const QString &text)
{
    QString out;
    for (const QChar c : QStringView(text).left(kQuoteChars)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > kQuoteChars)
        out += QStringLiteral("…");
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

std::uint32_t bigEndian32(QByteArrayView data, qsizetype at)
{
    return std::uint32_t(std::uint8_t(data[at])) << 24 |
           std::uint32_t(std::uint8_t(data[at + 1])) << 16 |
           std::uint32_t(std::uint8_t(data[at + 2])) << 8 |
           std::uint32_t(std::uint8_t(data[at + 3]));
}

// PNG's CRC-32 (ISO 3309, the one zlib computes), over a chunk's type and data.
std::uint32_t crc32(QByteArrayView data)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xffffffffu;
    for (const char byte : data)
        c = table[(c ^ std::uint8_t(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

// Checks one reply field after another; the first problem wins and names the field.
class Checker
{
public:
    explicit Checker(const QJsonObject &object) : m_object(object) {}

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    // A string of at most maxChars; nothing (and a problem) otherwise.
    std::optional<QString> string(const QString &where, const QJsonValue &value, qsizetype maxChars)
    {
        if (!isA(where, value, QJsonValue::String))
            return std::nullopt;
        QString text = value.toString();
        if (!within(where, text.size(), maxChars, ReplyDecoder::tr("characters")))
            return std::nullopt;
        return text;
    }

    // A finite number in [0, max]; integral when asked.
    std::optional<double> number(const QString &where, const QJsonValue &value, double max,
                                 bool integral)
    {
        if (!isA(where, value, QJsonValue::Double))
            return std::nullopt;
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0 || d > max || (integral && std::floor(d) != d)) {
            fail(ReplyDecoder::tr("%1 is %2, not %3 between 0 and %4")
                     .arg(where, QString::number(d, 'g', 17),
                          integral ? ReplyDecoder::tr("a whole number")
                                   : ReplyDecoder::tr("a number"),
                          QString::number(max, 'g', 17)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolean(const QString &where, const QJsonValue &value)
    {
        if (!isA(where, value, QJsonValue::Bool))
            return std::nullopt;
        return value.toBool();
    }

    // A list of at most maxItems.
    std::optional<QJsonArray> list(const QString &where, const QJsonValue &value,
                                   qsizetype maxItems)
    {
        if (!isA(where, value, QJsonValue::Array))
            return std::nullopt;
        QJsonArray array = value.toArray();
        if (!within(where, array.size(), maxItems, ReplyDecoder::tr("entries")))
            return std::nullopt;
        return array;
    }

    // An object of at most maxEntries (the frame's header limit bounds the others).
    std::optional<QJsonObject> object(const QString &where, const QJsonValue &value,
                                      qsizetype maxEntries = std::numeric_limits<qsizetype>::max())
    {
        if (!isA(where, value, QJsonValue::Object))
            return std::nullopt;
        QJsonObject object = value.toObject();
        if (!within(where, object.size(), maxEntries, ReplyDecoder::tr("entries")))
            return std::nullopt;
        return object;
    }

    QJsonValue field(const QString &key) const { return m_object.value(key); }
    static QString name(const QString &key) { return QLatin1Char('\'') + key + QLatin1Char('\''); }

private:
    bool isA(const QString &where, const QJsonValue &value, QJsonValue::Type type)
    {
        if (value.type() == type)
            return true;
        fail(ReplyDecoder::tr("%1 is %2, not %3")
                 .arg(where, jsonTypeName(value.type()), jsonTypeName(type)));
        return false;
    }

    bool within(const QString &where, qsizetype count, qsizetype max, const QString &unit)
    {
        if (count <= max)
            return true;
        fail(ReplyDecoder::tr("%1 has %2 %3, more than %4")
                 .arg(where)
                 .arg(count)
                 .arg(unit)
                 .arg(max));
        return false;
    }

    const QJsonObject &m_object;
    QString m_problem;
};

} // namespace

ReplyLimits ReplyLimits::fromProfile(const Profile &profile)
{
    // 0 (unset) means the worker's default, as in session.py's apply_policy.
    ReplyLimits limits;
    if (const int chars = profile.limit(QStringLiteral("output_chars")); chars > 0)
        limits.outputChars = chars;
    if (const int figures = profile.limit(QStringLiteral("figures")); figures > 0)
        limits.figures = figures;
    return limits;
}

const QStringList &ReplyDecoder::workerLayers()
{
    return violationLayers();
}

CellResult ReplyDecoder::tampered(const QString &reason)
{
    CellResult result;
    result.status = RunStatus::Tampered;
    result.stderrText = tr("The worker's reply was refused and nothing of it was kept: %1. The "
                           "cell's code may have written its own reply.")
                            .arg(reason);
    result.violations.append(
        {QStringLiteral("reply-invalid"), reason, 0, 0, QStringLiteral("app")});
    return result;
}

std::optional<QSize> ReplyDecoder::pngSize(QByteArrayView data, QString *problem)
{
    const auto refuse = [problem](const QString &why) -> std::optional<QSize> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
    static constexpr char kIend[] = "\0\0\0\0IEND\xae\x42\x60\x82";
    // signature (8), IHDR: length (4), type (4), data (13), CRC (4); IEND (12).
    constexpr qsizetype kHeaderEnd = 8 + 4 + 4 + 13 + 4;
    if (data.size() < kHeaderEnd + 12)
        return refuse(tr("it has %1 bytes, too few for a PNG").arg(data.size()));
    if (data.first(8) != QByteArrayView(kSignature, 8))
        return refuse(tr("it does not start with the PNG signature"));
    if (bigEndian32(data, 8) != 13 || data.sliced(12, 4) != QByteArrayView("IHDR"))
        return refuse(tr("its first chunk is not a PNG image header"));
    if (crc32(data.sliced(12, 4 + 13)) != bigEndian32(data, 12 + 4 + 13))
        return refuse(tr("its image header's checksum is wrong"));
    const std::uint32_t width = bigEndian32(data, 16);
    const std::uint32_t height = bigEndian32(data, 20);
    if (width < 1 || height < 1 || width > std::uint32_t(kMaxFigureSide) ||
        height > std::uint32_t(kMaxFigureSide) || qint64(width) * qint64(height) > kMaxFigurePixels)
        return refuse(tr("it claims %1×%2 pixels, outside 1 to %3 a side and %4 pixels")
                          .arg(width)
                          .arg(height)
                          .arg(kMaxFigureSide)
                          .arg(kMaxFigurePixels));
    const int depth = std::uint8_t(data[24]);
    const int colour = std::uint8_t(data[25]);
    // PNG 1.2, table 11.1: the bit depths each colour type allows.
    const bool depthOk =
        (colour == 0 && (depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16)) ||
        (colour == 3 && (depth == 1 || depth == 2 || depth == 4 || depth == 8)) ||
        ((colour == 2 || colour == 4 || colour == 6) && (depth == 8 || depth == 16));
    if (!depthOk || data[26] != 0 || data[27] != 0 || (data[28] != 0 && data[28] != 1))
        return refuse(tr("its image header names no valid PNG pixel format"));
    if (data.last(12) != QByteArrayView(kIend, 12))
        return refuse(tr("it does not end with the PNG end chunk"));
    return QSize(int(width), int(height));
}

CellResult ReplyDecoder::decodeExecute(const QJsonObject &reply, QByteArrayView payload) const
{
    Checker check(reply);
    const auto type = check.string(Checker::name(QStringLiteral("type")),
                                   check.field(QStringLiteral("type")), kQuoteChars);
    if (!type)
        return tampered(check.problem());
    if (*type == QLatin1String("error")) {
        // The worker could not run the cell at all (not configured, a bad request).
        const auto message =
            check.string(Checker::name(QStringLiteral("message")),
                         check.field(QStringLiteral("message")), kMaxErrorMessageChars);
        if (!message)
            return tampered(check.problem());
        CellResult result;
        result.status = RunStatus::Error;
        result.stderrText = *message;
        return result;
    }
    if (*type != QLatin1String("result"))
        return tampered(tr("'type' is %1, not \"result\" or \"error\"").arg(quoted(*type)));

    CellResult result;
    // status: only a name core/runstatus knows.
    if (const auto status = check.string(Checker::name(QStringLiteral("status")),
                                         check.field(QStringLiteral("status")), kQuoteChars)) {
        if (const auto known = runStatusFromName(*status))
            result.status = *known;
        else
            check.fail(tr("'status' is %1, which is no run status (%2)")
                           .arg(quoted(*status), runStatusNameList()));
    }
    const qsizetype streamChars = m_limits.outputChars + kStreamSlackChars;
    if (const auto text = check.string(Checker::name(QStringLiteral("stdout")),
                                       check.field(QStringLiteral("stdout")), streamChars))
        result.stdoutText = *text;
    if (const auto text = check.string(Checker::name(QStringLiteral("stderr")),
                                       check.field(QStringLiteral("stderr")), streamChars))
        result.stderrText = *text;
    // result: the repr of a last expression, or null.
    const QJsonValue value = check.field(QStringLiteral("result"));
    if (!value.isNull()) {
        if (const auto text =
                check.string(Checker::name(QStringLiteral("result")), value, kMaxResultChars))
            result.result = *text;
    }
    if (const auto ms =
            check.number(Checker::name(QStringLiteral("duration_ms")),
                         check.field(QStringLiteral("duration_ms")), kMaxMilliseconds, false))
        result.durationMs = *ms;
    if (const auto truncated = check.object(Checker::name(QStringLiteral("truncated")),
                                            check.field(QStringLiteral("truncated")))) {
        for (const QString &stream : {QStringLiteral("stdout"), QStringLiteral("stderr")})
            check.boolean(QStringLiteral("'truncated.%1'").arg(stream), truncated->value(stream));
    }
    // Measured by the cell's own process; optional because the keeper's replies (timeout,
    // crashed) have no such process to measure.
    if (const QJsonValue cpu = check.field(QStringLiteral("cpu_ms")); !cpu.isUndefined()) {
        if (const auto ms =
                check.number(Checker::name(QStringLiteral("cpu_ms")), cpu, kMaxMilliseconds, false))
            result.cpuMs = *ms;
    }
    if (const QJsonValue rss = check.field(QStringLiteral("peak_rss_kb")); !rss.isUndefined()) {
        if (const auto kb = check.number(Checker::name(QStringLiteral("peak_rss_kb")), rss,
                                         kMaxPeakRssKb, true))
            result.peakRssKb = qint64(*kb);
    }
    if (const QJsonValue packages = check.field(QStringLiteral("packages"));
        !packages.isUndefined()) {
        if (const auto object =
                check.object(Checker::name(QStringLiteral("packages")), packages, kMaxPackages)) {
            for (auto it = object->begin(); it != object->end() && !check.failed(); ++it) {
                if (it.key().isEmpty() || it.key().size() > kMaxPackageChars)
                    check.fail(tr("'packages' names a package %1").arg(quoted(it.key())));
                check.string(QStringLiteral("'packages.%1'").arg(quoted(it.key())), it.value(),
                             kMaxPackageChars);
            }
            if (!check.failed())
                result.packages = *object;
        }
    }
    // state_changes: names of state the cell changed on purpose (runrecord.h), from C++.
    if (const QJsonValue changes = check.field(QStringLiteral("state_changes"));
        !changes.isUndefined()) {
        if (const auto list = check.list(Checker::name(QStringLiteral("state_changes")), changes,
                                         kMaxStateChanges)) {
            for (qsizetype i = 0; i < list->size() && !check.failed(); ++i)
                check.string(tr("state change %1").arg(i + 1), list->at(i), kMaxStateChangeLength);
            if (!check.failed())
                result.stateChanges = stateChangesFromJson(*list);
        }
    }
    if (const QJsonValue rolledBack = check.field(QStringLiteral("rolled_back"));
        !rolledBack.isUndefined())
        result.stateKept = check.boolean(Checker::name(QStringLiteral("rolled_back")),
                                         rolledBack) == std::optional<bool>(false);

    // violations: each {"rule", "message", "line", "col", "layer"} with a layer the worker has.
    if (const auto list = check.list(Checker::name(QStringLiteral("violations")),
                                     check.field(QStringLiteral("violations")), kMaxViolations)) {
        for (qsizetype i = 0; i < list->size() && !check.failed(); ++i) {
            const QString where = tr("violation %1").arg(i + 1);
            const auto entry = check.object(where, list->at(i));
            if (!entry)
                break;
            Violation v;
            const auto rule = check.string(where + QStringLiteral(" 'rule'"),
                                           entry->value(QStringLiteral("rule")), kMaxRuleChars);
            const auto message =
                check.string(where + QStringLiteral(" 'message'"),
                             entry->value(QStringLiteral("message")), kMaxViolationMessageChars);
            const auto line =
                check.number(where + QStringLiteral(" 'line'"),
                             entry->value(QStringLiteral("line")), kMaxPosition, true);
            const auto col = check.number(where + QStringLiteral(" 'col'"),
                                          entry->value(QStringLiteral("col")), kMaxPosition, true);
            const auto layer = check.string(where + QStringLiteral(" 'layer'"),
                                            entry->value(QStringLiteral("layer")), kQuoteChars);
            if (check.failed())
                break;
            if (rule->isEmpty())
                check.fail(tr("%1 has an empty rule").arg(where));
            if (!workerLayers().contains(*layer))
                check.fail(
                    tr("%1 names the layer %2, which is none of %3")
                        .arg(where, quoted(*layer), workerLayers().join(QStringLiteral(", "))));
            result.violations.append({*rule, *message, int(*line), int(*col), *layer});
        }
    }

    // figures: each {"format": "png", "bytes", "width", "height"}, their bytes one after the
    // other in the payload, adding up to exactly its length.
    if (const auto list = check.list(Checker::name(QStringLiteral("figures")),
                                     check.field(QStringLiteral("figures")), m_limits.figures)) {
        qsizetype offset = 0;
        for (qsizetype i = 0; i < list->size() && !check.failed(); ++i) {
            const QString where = tr("figure %1").arg(i + 1);
            const auto entry = check.object(where, list->at(i));
            if (!entry)
                break;
            const auto format = check.string(where + QStringLiteral(" 'format'"),
                                             entry->value(QStringLiteral("format")), kQuoteChars);
            const auto bytes =
                check.number(where + QStringLiteral(" 'bytes'"),
                             entry->value(QStringLiteral("bytes")), double(kMaxFigureBytes), true);
            // The reply's own sizes are only checked for type: the PNG's header is what counts.
            check.number(where + QStringLiteral(" 'width'"), entry->value(QStringLiteral("width")),
                         kMaxFigureSide, true);
            check.number(where + QStringLiteral(" 'height'"),
                         entry->value(QStringLiteral("height")), kMaxFigureSide, true);
            if (check.failed())
                break;
            if (*format != kFigureFormat) {
                check.fail(tr("%1 has the format %2; the app asks for \"png\" only")
                               .arg(where, quoted(*format)));
                break;
            }
            const qsizetype size = qsizetype(*bytes);
            if (size > payload.size() - offset) {
                check.fail(tr("the figures claim more bytes than the %1 the reply carries")
                               .arg(payload.size()));
                break;
            }
            Figure figure;
            figure.format = kFigureFormat;
            const QByteArrayView data = payload.sliced(offset, size);
            QString why;
            const auto pixels = pngSize(data, &why);
            if (!pixels) {
                check.fail(tr("%1 is not a PNG the app accepts: %2").arg(where, why));
                break;
            }
            figure.data = data.toByteArray();
            figure.width = pixels->width();
            figure.height = pixels->height();
            offset += size;
            result.figures.append(figure);
        }
        if (!check.failed() && offset != payload.size())
            check.fail(tr("the figures account for %1 bytes but the reply carries %2")
                           .arg(offset)
                           .arg(payload.size()));
    }
    if (check.failed())
        return tampered(check.problem());
    return result;
}

} // namespace sandbench
