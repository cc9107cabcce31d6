#include "replydecoder.h"

#include "editorhelp.h"
#include "livestream.h"
#include "profile.h"
#include "protocolnames.h"
#include "statusnames.h"
#include "tablepage.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
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
constexpr qsizetype kMaxResultChars = protocol::kLimitResultChars + kStreamSlackChars;
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
// Query replies (checkQuery). Each bound is far above what the worker sends for a real session
// (inspect_vars.py, table_views.py) and low enough that a viewer can hold it.
constexpr qsizetype kMaxVariables = 100'000;
constexpr qsizetype kMaxNameChars = 64 * 1024;   // a variable's, a column's, a dtype's name
constexpr qsizetype kMaxPreviewChars = 4 * 1024; // inspect_vars.PREVIEW_CHARS is 120
constexpr qsizetype kMaxShapeDimensions = 64;
constexpr double kMaxCount = 9.0e15; // rows, bytes, sizes: below 2^53
constexpr qsizetype kMaxColumns = 100'000;
constexpr qsizetype kMaxPageRows = protocol::kLimitTablePageRows; // inspect_vars.MAX_TABLE_ROWS
constexpr qsizetype kMaxCellChars = 1024 * 1024;
constexpr qsizetype kMaxChartPoints = 100'000;
constexpr qsizetype kMaxPathChars = 4096; // PATH_MAX
// completion.py: MAX_MATCHES, MAX_NAME_CHARS, MAX_SIGNATURE_CHARS, MAX_DOC_CHARS, with room.
constexpr qsizetype kMaxCompletions = 5000;
constexpr qsizetype kMaxCompletionNameChars = 1024;
constexpr qsizetype kMaxSignatureChars = 16 * 1024;
constexpr qsizetype kMaxDocChars = 64 * 1024;

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

// violations: each {"rule", "message", "line", "col", "layer"} with a layer the worker has.
void checkViolations(Checker &check, const QJsonValue &value, QList<Violation> *out);

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

namespace {

// Python counts characters in code points, QString in UTF-16 units: the index in text after
// `points` code points, or -1 when the text is shorter.
qsizetype utf16Index(const QString &text, qint64 points)
{
    qsizetype at = 0;
    for (qint64 i = 0; i < points; ++i) {
        if (at >= text.size())
            return -1;
        at += (text.at(at).isHighSurrogate() && at + 1 < text.size() &&
               text.at(at + 1).isLowSurrogate())
                  ? 2
                  : 1;
    }
    return at;
}

// A hidden or ordinary variable name of the session: an identifier (Python allows non-ASCII
// letters), short, one line.
bool isVariableName(const QString &name)
{
    if (name.isEmpty() || name.size() > 256 || name.at(0).isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](QChar c) { return c == QLatin1Char('_') || c.isLetterOrNumber(); });
}

// rich_outputs (protocol.json rich_output): at most kRichLimitCount outputs, each
// {kind, stdout_at, data: {MIME: string}, table?}, texts and images within their limits and all
// of them within kRichLimitTotalChars, stdout_at never going back and never past stdout.
void checkRichOutputs(Checker &check, const QJsonValue &value, const QString &stdoutText,
                      QList<RichOutput> *outputs)
{
    namespace p = protocol;
    const auto list =
        check.list(Checker::name(wireName(p::kRichOutputsField)), value, p::kRichLimitCount);
    if (!list)
        return;
    qint64 total = 0;
    qint64 lastAt = 0;
    // The base64 of the largest image the worker keeps.
    const qsizetype maxPngChars = (p::kRichLimitImageBytes + 2) / 3 * 4;
    for (qsizetype i = 0; i < list->size() && !check.failed(); ++i) {
        const QString where = ReplyDecoder::tr("rich output %1").arg(i + 1);
        const auto item = check.object(where, list->at(i));
        if (!item)
            return;
        RichOutput output;
        const auto kind = check.string(where + QStringLiteral(" 'kind'"),
                                       item->value(wireName(p::kRichKindField)), kQuoteChars);
        if (!kind)
            return;
        if (*kind == wireName(p::kRichKindResult))
            output.isResult = true;
        else if (*kind != wireName(p::kRichKindDisplay))
            return check.fail(ReplyDecoder::tr("%1 has the kind %2, not \"%3\" or \"%4\"")
                                  .arg(where, quoted(*kind), wireName(p::kRichKindDisplay),
                                       wireName(p::kRichKindResult)));
        const auto at = check.number(where + QStringLiteral(" 'stdout_at'"),
                                     item->value(wireName(p::kRichStdoutAtField)), kMaxCount, true);
        if (!at)
            return;
        // A place past the text (a stdout the verdict replaced) or before the previous output's
        // is only a place: it is clamped, the output is kept.
        const qint64 points = std::max(lastAt, qint64(*at));
        output.stdoutAt = utf16Index(stdoutText, points);
        if (output.stdoutAt < 0)
            output.stdoutAt = stdoutText.size();
        lastAt = points;
        const auto data = check.object(where + QStringLiteral(" 'data'"),
                                       item->value(wireName(p::kRichDataField)), 16);
        if (!data)
            return;
        const auto text = [&](std::string_view mime, QString *into, bool required) {
            const QJsonValue v = data->value(wireName(mime));
            if (v.isUndefined() && !required)
                return;
            if (const auto s = check.string(where + QStringLiteral(" '%1'").arg(wireName(mime)), v,
                                            p::kRichLimitTextChars)) {
                *into = *s;
                total += s->size();
            }
        };
        text(p::kMimePlain, &output.plain, true);
        text(p::kMimeMarkdown, &output.markdown, false);
        text(p::kMimeHtml, &output.html, false);
        if (const QJsonValue png = data->value(wireName(p::kMimePng)); !png.isUndefined()) {
            const QString name = where + QStringLiteral(" 'image/png'");
            const auto encoded = check.string(name, png, maxPngChars);
            if (!encoded)
                return;
            total += encoded->size();
            const auto decoded = QByteArray::fromBase64Encoding(
                encoded->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return check.fail(ReplyDecoder::tr("%1 is not base64").arg(name));
            QString why;
            const auto size = ReplyDecoder::pngSize(*decoded, &why);
            if (!size)
                return check.fail(
                    ReplyDecoder::tr("%1 is not a PNG the app accepts: %2").arg(name, why));
            output.png = *decoded;
            output.pngWidth = size->width();
            output.pngHeight = size->height();
        }
        if (const QJsonValue tableValue = item->value(wireName(p::kRichTableField));
            !tableValue.isUndefined()) {
            const QString name = where + QStringLiteral(" 'table'");
            const auto table = check.object(name, tableValue, 8);
            if (!table)
                return;
            const auto variable = check.string(name + QStringLiteral(" 'name'"),
                                               table->value(wireName(p::kRichTableNameField)), 256);
            const auto rows =
                check.number(name + QStringLiteral(" 'rows'"),
                             table->value(wireName(p::kRichTableRowsField)), kMaxCount, true);
            const auto columns = check.number(name + QStringLiteral(" 'columns'"),
                                              table->value(wireName(p::kRichTableColumnsField)),
                                              double(kMaxColumns), true);
            if (!variable || !rows || !columns)
                return;
            if (!isVariableName(*variable))
                return check.fail(ReplyDecoder::tr("%1 names %2, which is no variable name")
                                      .arg(name, quoted(*variable)));
            output.tableName = *variable;
            output.tableRows = qint64(*rows);
            output.tableColumns = qint64(*columns);
        }
        if (total > p::kRichLimitTotalChars)
            return check.fail(ReplyDecoder::tr("the rich outputs hold more than %1 characters")
                                  .arg(p::kRichLimitTotalChars));
        outputs->append(output);
    }
}

// The cluster_graph field: {computations, tasks, keys_sha256, reads [{path, blocks, bytes}]},
// rebuilt from checked values only; an empty object when a check fails (the problem ends the
// reply like any other field's).
QJsonObject clusterGraphFrom(Checker &check, const QJsonValue &value)
{
    const QString field = Checker::name(wireName(protocol::kClusterGraphField));
    const auto graph = check.object(field, value, 8);
    if (!graph)
        return {};
    const auto computations =
        check.number(field + QStringLiteral(" 'computations'"),
                     graph->value(QStringLiteral("computations")), kMaxCount, true);
    const auto tasks = check.number(field + QStringLiteral(" 'tasks'"),
                                    graph->value(QStringLiteral("tasks")), kMaxCount, true);
    const auto hash = check.string(field + QStringLiteral(" 'keys_sha256'"),
                                   graph->value(QStringLiteral("keys_sha256")), 64);
    static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{64})?$"));
    if (hash && !hex.match(*hash).hasMatch())
        check.fail(ReplyDecoder::tr("%1 'keys_sha256' is %2, not a SHA-256 in hexadecimal")
                       .arg(field, quoted(*hash)));
    const auto reads =
        check.list(field + QStringLiteral(" 'reads'"), graph->value(QStringLiteral("reads")),
                   protocol::kLimitClusterReadPaths);
    QJsonArray keptReads;
    for (qsizetype i = 0; reads && i < reads->size() && !check.failed(); ++i) {
        const QString where = field + QStringLiteral(" read %1").arg(i + 1);
        const auto read = check.object(where, reads->at(i));
        if (!read)
            break;
        const auto path = check.string(where + QStringLiteral(" 'path'"),
                                       read->value(QStringLiteral("path")), kMaxPathChars);
        const auto blocks = check.number(where + QStringLiteral(" 'blocks'"),
                                         read->value(QStringLiteral("blocks")), kMaxCount, true);
        const auto bytes = check.number(where + QStringLiteral(" 'bytes'"),
                                        read->value(QStringLiteral("bytes")), kMaxCount, true);
        if (!path || !blocks || !bytes)
            break;
        keptReads.append(QJsonObject{{QStringLiteral("path"), *path},
                                     {QStringLiteral("blocks"), qint64(*blocks)},
                                     {QStringLiteral("bytes"), qint64(*bytes)}});
    }
    if (check.failed() || !computations || !tasks || !hash || !reads)
        return {};
    return {{QStringLiteral("computations"), qint64(*computations)},
            {QStringLiteral("tasks"), qint64(*tasks)},
            {QStringLiteral("keys_sha256"), *hash},
            {QStringLiteral("reads"), keptReads}};
}

} // namespace

CellResult ReplyDecoder::decodeExecute(const QJsonObject &reply, QByteArrayView payload) const
{
    Checker check(reply);
    const auto type = check.string(Checker::name(QStringLiteral("type")),
                                   check.field(QStringLiteral("type")), kQuoteChars);
    if (!type)
        return tampered(check.problem());
    if (*type == wireName(protocol::kTypeError)) {
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
    if (*type != wireName(protocol::kTypeResult))
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
    // reads, writes: the session names the run read and wrote (stale cells), both or neither.
    {
        const QString readsField = wireName(protocol::kReadsField);
        const QString writesField = wireName(protocol::kWritesField);
        const QJsonValue reads = check.field(readsField);
        const QJsonValue writes = check.field(writesField);
        if (reads.isUndefined() != writes.isUndefined()) {
            check.fail(tr("'%1' comes without '%2'")
                           .arg(reads.isUndefined() ? writesField : readsField,
                                reads.isUndefined() ? readsField : writesField));
        } else if (!reads.isUndefined()) {
            const auto names = [&check](const QString &field, const QJsonValue &value) {
                QStringList out;
                const auto list = check.list(Checker::name(field), value, protocol::kLimitRunNames);
                for (qsizetype i = 0; list && i < list->size() && !check.failed(); ++i) {
                    const QString where = QStringLiteral("'%1[%2]'").arg(field).arg(i);
                    if (const auto name =
                            check.string(where, list->at(i), protocol::kLimitRunNameChars)) {
                        if (!isSessionName(*name))
                            check.fail(
                                tr("%1 is %2, which is no Python name").arg(where, quoted(*name)));
                        out.append(*name);
                    }
                }
                out.sort();
                out.removeDuplicates();
                return out;
            };
            result.names.read = names(readsField, reads);
            result.names.written = names(writesField, writes);
            result.names.known = !check.failed();
        }
    }
    // lazy_reads: the blocks of larger-than-memory datasets the cell computed (issue 18), the
    // cell's process's own account like packages; each entry's fields are checked and rebuilt.
    if (const QJsonValue reads = check.field(wireName(protocol::kLazyReadsField));
        !reads.isUndefined()) {
        const QString field = wireName(protocol::kLazyReadsField);
        const auto list = check.list(Checker::name(field), reads, protocol::kLimitLazyReadDatasets);
        QJsonArray kept;
        for (qsizetype i = 0; list && i < list->size() && !check.failed(); ++i) {
            const QString where = QStringLiteral("'%1[%2]'").arg(field).arg(i);
            const auto entry = check.object(where, list->at(i));
            if (!entry)
                break;
            const auto dataset =
                check.string(where + QStringLiteral(" 'dataset'"),
                             entry->value(QStringLiteral("dataset")), protocol::kLimitRunNameChars);
            if (dataset && !isSessionName(*dataset))
                check.fail(
                    tr("%1 'dataset' is %2, which is no Python name").arg(where, quoted(*dataset)));
            const auto path = check.string(where + QStringLiteral(" 'path'"),
                                           entry->value(QStringLiteral("path")), kMaxPathChars);
            const auto bytes = check.number(where + QStringLiteral(" 'bytes'"),
                                            entry->value(QStringLiteral("bytes")), kMaxCount, true);
            const auto of = check.number(where + QStringLiteral(" 'of_blocks'"),
                                         entry->value(QStringLiteral("of_blocks")),
                                         protocol::kLimitLazyReadBlocks, true);
            const auto blocks =
                check.list(where + QStringLiteral(" 'blocks'"),
                           entry->value(QStringLiteral("blocks")), protocol::kLimitLazyReadBlocks);
            QJsonArray keptBlocks;
            for (qsizetype b = 0; blocks && b < blocks->size() && !check.failed(); ++b) {
                const QString at = where + QStringLiteral(" block %1").arg(b + 1);
                const auto triple = check.list(at, blocks->at(b), 3);
                if (!triple)
                    break;
                if (triple->size() != 3) {
                    check.fail(tr("%1 has %2 numbers, not 3 (block, first byte, end byte)")
                                   .arg(at)
                                   .arg(triple->size()));
                    break;
                }
                QJsonArray numbers;
                for (const QJsonValue &n : *triple) {
                    if (const auto value = check.number(at, n, kMaxCount, true))
                        numbers.append(qint64(*value));
                }
                keptBlocks.append(numbers);
            }
            if (check.failed() || !dataset || !path || !bytes || !of || !blocks)
                break;
            kept.append(QJsonObject{{QStringLiteral("dataset"), *dataset},
                                    {QStringLiteral("path"), *path},
                                    {QStringLiteral("bytes"), qint64(*bytes)},
                                    {QStringLiteral("of_blocks"), qint64(*of)},
                                    {QStringLiteral("blocks"), keptBlocks}});
        }
        if (!check.failed())
            result.lazyReads = kept;
    }
    // cluster_graph: what a cell on a cluster sent there (issue 18), the cell's process's own
    // account; each field is checked and rebuilt, and the app records it as the worker's report.
    if (const QJsonValue graph = check.field(wireName(protocol::kClusterGraphField));
        !graph.isUndefined())
        result.clusterGraph = clusterGraphFrom(check, graph);
    if (const QJsonValue rolledBack = check.field(QStringLiteral("rolled_back"));
        !rolledBack.isUndefined())
        result.stateKept = check.boolean(Checker::name(QStringLiteral("rolled_back")),
                                         rolledBack) == std::optional<bool>(false);

    // restored_to: read on crashed replies only (the keeper's own; a cell cannot reply crashed),
    // and it names an earlier request than this one.
    const QString restoredField = wireName(protocol::kRestoredToField);
    if (const QJsonValue restored = check.field(restoredField);
        !restored.isUndefined() && result.status == RunStatus::Crashed) {
        const double id = reply.value(QStringLiteral("id")).toDouble();
        const double bound = std::isfinite(id) && id >= 1 && id <= kMaxCount ? id - 1 : 0;
        if (const auto to = check.number(Checker::name(restoredField), restored, bound, true))
            result.restoredTo = quint64(*to);
    }

    checkViolations(check, check.field(QStringLiteral("violations")), &result.violations);

    // rich_outputs: optional (the keeper's own replies and older workers have none).
    if (const QJsonValue rich = check.field(wireName(protocol::kRichOutputsField));
        !rich.isUndefined() && !check.failed())
        checkRichOutputs(check, rich, result.stdoutText, &result.richOutputs);

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

namespace {

void checkViolations(Checker &check, const QJsonValue &value, QList<Violation> *out)
{
    if (const auto list =
            check.list(Checker::name(QStringLiteral("violations")), value, kMaxViolations)) {
        for (qsizetype i = 0; i < list->size() && !check.failed(); ++i) {
            const QString where = ReplyDecoder::tr("violation %1").arg(i + 1);
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
                check.fail(ReplyDecoder::tr("%1 has an empty rule").arg(where));
            if (!ReplyDecoder::workerLayers().contains(*layer))
                check.fail(ReplyDecoder::tr("%1 names the layer %2, which is none of %3")
                               .arg(where, quoted(*layer),
                                    ReplyDecoder::workerLayers().join(QStringLiteral(", "))));
            if (out)
                out->append({*rule, *message, int(*line), int(*col), *layer});
        }
    }
}

// Every entry a list of strings of at most maxChars.
void checkStrings(Checker &check, const QString &where, const QJsonValue &value, qsizetype maxItems,
                  qsizetype maxChars)
{
    if (const auto list = check.list(where, value, maxItems)) {
        for (qsizetype i = 0; i < list->size() && !check.failed(); ++i)
            check.string(ReplyDecoder::tr("%1 entry %2").arg(where).arg(i + 1), list->at(i),
                         maxChars);
    }
}

// A table cell as JSON carries it (inspect_vars._cell): null, a boolean, a number or text.
void checkCell(Checker &check, const QString &where, const QJsonValue &value)
{
    if (value.isString())
        check.string(where, value, kMaxCellChars);
    else if (!value.isNull() && !value.isBool() && !value.isDouble())
        check.fail(ReplyDecoder::tr("%1 is %2, not a value a table cell holds")
                       .arg(where, jsonTypeName(value.type())));
}

void checkVariables(Checker &check)
{
    const auto list = check.list(Checker::name(QStringLiteral("variables")),
                                 check.field(QStringLiteral("variables")), kMaxVariables);
    for (qsizetype i = 0; list && i < list->size() && !check.failed(); ++i) {
        const QString where = ReplyDecoder::tr("variable %1").arg(i + 1);
        const auto entry = check.object(where, list->at(i));
        if (!entry)
            return;
        check.string(where + QStringLiteral(" 'name'"), entry->value(QStringLiteral("name")),
                     kMaxNameChars);
        check.string(where + QStringLiteral(" 'type'"), entry->value(QStringLiteral("type")),
                     kMaxNameChars);
        check.string(where + QStringLiteral(" 'repr'"), entry->value(QStringLiteral("repr")),
                     kMaxPreviewChars);
        const QJsonValue shape = entry->value(QStringLiteral("shape"));
        if (!shape.isNull()) {
            const QString at = where + QStringLiteral(" 'shape'");
            if (const auto sides = check.list(at, shape, kMaxShapeDimensions)) {
                for (const QJsonValue &side : *sides) {
                    if (!side.isNull()) // a lazy frame's rows before they are counted
                        check.number(at, side, kMaxCount, true);
                }
            }
        }
        for (const char *key : {"bytes", "partitions", "estimated_bytes", "file_bytes"}) {
            if (const QJsonValue n = entry->value(QLatin1String(key)); !n.isUndefined())
                check.number(where + QStringLiteral(" '%1'").arg(QLatin1String(key)), n, kMaxCount,
                             true);
        }
        if (const QJsonValue lazy = entry->value(QStringLiteral("lazy")); !lazy.isUndefined())
            check.boolean(where + QStringLiteral(" 'lazy'"), lazy);
    }
}

// A kind the editor knows, or empty where the reply may leave it so (a help that found nothing).
void checkKind(Checker &check, const QString &where, const QJsonValue &value, bool mayBeEmpty)
{
    const auto kind = check.string(where, value, kQuoteChars);
    if (kind && !(mayBeEmpty && kind->isEmpty()) && !completionKinds().contains(*kind))
        check.fail(ReplyDecoder::tr("%1 is %2, which is none of %3")
                       .arg(where, quoted(*kind), completionKinds().join(QStringLiteral(", "))));
}

void checkCompletions(Checker &check)
{
    check.string(Checker::name(QStringLiteral("prefix")), check.field(QStringLiteral("prefix")),
                 kMaxCompletionNameChars);
    const auto list = check.list(Checker::name(QStringLiteral("matches")),
                                 check.field(QStringLiteral("matches")), kMaxCompletions);
    for (qsizetype i = 0; list && i < list->size() && !check.failed(); ++i) {
        const QString where = ReplyDecoder::tr("match %1").arg(i + 1);
        const auto entry = check.object(where, list->at(i));
        if (!entry)
            return;
        const auto name =
            check.string(where + QStringLiteral(" 'name'"), entry->value(QStringLiteral("name")),
                         kMaxCompletionNameChars);
        if (name && name->isEmpty())
            check.fail(ReplyDecoder::tr("%1 'name' is empty").arg(where));
        checkKind(check, where + QStringLiteral(" 'kind'"), entry->value(QStringLiteral("kind")),
                  false);
    }
}

void checkHelp(Checker &check)
{
    for (const char *key : {"name", "type"})
        check.string(Checker::name(QLatin1String(key)), check.field(QLatin1String(key)),
                     kMaxCompletionNameChars);
    checkKind(check, Checker::name(QStringLiteral("kind")), check.field(QStringLiteral("kind")),
              true);
    check.string(Checker::name(QStringLiteral("signature")),
                 check.field(QStringLiteral("signature")), kMaxSignatureChars);
    check.string(Checker::name(QStringLiteral("doc")), check.field(QStringLiteral("doc")),
                 kMaxDocChars);
}

void checkTable(Checker &check, const QJsonObject &reply, QByteArrayView payload)
{
    check.string(Checker::name(QStringLiteral("name")), reply.value(QStringLiteral("name")),
                 kMaxNameChars);
    if (const QJsonValue indexDtype = reply.value(QStringLiteral("index_dtype"));
        !indexDtype.isUndefined())
        check.string(Checker::name(QStringLiteral("index_dtype")), indexDtype, kMaxNameChars);
    if (check.failed())
        return;
    if (reply.value(QStringLiteral("encoding")).toString() == QLatin1String("binary")) {
        QString error;
        if (!TablePage::decode(reply, payload.toByteArray(), &error))
            check.fail(ReplyDecoder::tr("the table page cannot be read: %1").arg(error));
        return;
    }
    for (const char *key : {"rows", "total_rows", "offset"})
        check.number(Checker::name(QString::fromLatin1(key)), reply.value(QLatin1String(key)),
                     kMaxCount, true);
    checkStrings(check, Checker::name(QStringLiteral("columns")),
                 reply.value(QStringLiteral("columns")), kMaxColumns, kMaxNameChars);
    checkStrings(check, Checker::name(QStringLiteral("dtypes")),
                 reply.value(QStringLiteral("dtypes")), kMaxColumns, kMaxNameChars);
    if (check.failed())
        return;
    const qsizetype columns = reply.value(QStringLiteral("columns")).toArray().size();
    const auto index = check.list(Checker::name(QStringLiteral("index")),
                                  reply.value(QStringLiteral("index")), kMaxPageRows);
    const auto rows = check.list(Checker::name(QStringLiteral("data")),
                                 reply.value(QStringLiteral("data")), kMaxPageRows);
    if (!index || !rows)
        return;
    if (index->size() != rows->size())
        check.fail(ReplyDecoder::tr("'index' has %1 entries for %2 rows of 'data'")
                       .arg(index->size())
                       .arg(rows->size()));
    for (qsizetype r = 0; r < index->size() && !check.failed(); ++r)
        checkCell(check, ReplyDecoder::tr("'index' entry %1").arg(r + 1), index->at(r));
    for (qsizetype r = 0; r < rows->size() && !check.failed(); ++r) {
        const QString where = ReplyDecoder::tr("row %1 of 'data'").arg(r + 1);
        const auto row = check.list(where, rows->at(r), columns);
        if (!row)
            return;
        if (row->size() != columns)
            check.fail(ReplyDecoder::tr("%1 has %2 cells for %3 columns")
                           .arg(where)
                           .arg(row->size())
                           .arg(columns));
        for (qsizetype c = 0; c < row->size() && !check.failed(); ++c)
            checkCell(check, ReplyDecoder::tr("%1, cell %2").arg(where).arg(c + 1), row->at(c));
    }
}

void checkSummary(Checker &check)
{
    check.string(Checker::name(QStringLiteral("column")), check.field(QStringLiteral("column")),
                 kMaxNameChars);
    check.string(Checker::name(QStringLiteral("dtype")), check.field(QStringLiteral("dtype")),
                 kMaxNameChars);
    check.number(Checker::name(QStringLiteral("count")), check.field(QStringLiteral("count")),
                 kMaxCount, true);
    check.number(Checker::name(QStringLiteral("missing")), check.field(QStringLiteral("missing")),
                 kMaxCount, true);
    // The optional statistics (columnsummaryview.cpp): null, a finite number or a short text
    // (a date's ISO form).
    for (const char *key : {"unique", "mean", "std", "min", "q25", "median", "q75", "max"}) {
        const QJsonValue value = check.field(QLatin1String(key));
        const QString where = Checker::name(QString::fromLatin1(key));
        if (value.isUndefined() || value.isNull())
            continue;
        if (value.isString())
            check.string(where, value, kMaxNameChars);
        else if (!value.isDouble() || !std::isfinite(value.toDouble()))
            check.fail(ReplyDecoder::tr("%1 is %2, not a number or a text")
                           .arg(where, jsonTypeName(value.type())));
    }
    // top: [label, count] pairs.
    if (const QJsonValue top = check.field(QStringLiteral("top")); !top.isUndefined()) {
        const QString where = Checker::name(QStringLiteral("top"));
        const auto pairs = check.list(where, top, kMaxChartPoints);
        for (qsizetype i = 0; pairs && i < pairs->size() && !check.failed(); ++i) {
            const QString at = ReplyDecoder::tr("%1 entry %2").arg(where).arg(i + 1);
            const auto pair = check.list(at, pairs->at(i), 2);
            if (!pair)
                break;
            if (pair->size() != 2) {
                check.fail(ReplyDecoder::tr("%1 is not a [label, count] pair").arg(at));
                break;
            }
            check.string(at, pair->at(0), kMaxNameChars);
            check.number(at, pair->at(1), kMaxCount, true);
        }
    }
    const QJsonValue chartValue = check.field(QStringLiteral("chart"));
    if (chartValue.isUndefined() || chartValue.isNull() || check.failed())
        return;
    const auto chart = check.object(Checker::name(QStringLiteral("chart")), chartValue);
    if (!chart)
        return;
    const QString type = chart->value(QStringLiteral("type")).toString();
    static const QStringList kinds{QStringLiteral("line"), QStringLiteral("histogram"),
                                   QStringLiteral("bar")};
    if (!kinds.contains(type)) {
        check.fail(ReplyDecoder::tr("the chart's 'type' is %1, which is none of %2")
                       .arg(quoted(type), kinds.join(QStringLiteral(", "))));
        return;
    }
    // Numbers any sign (values, edges, times); counts whole and not negative; labels text.
    const auto numbers = [&check](const QString &where, const QJsonValue &value, bool counts) {
        if (const auto list = check.list(where, value, kMaxChartPoints)) {
            for (qsizetype i = 0; i < list->size() && !check.failed(); ++i) {
                const QJsonValue v = list->at(i);
                if (counts)
                    check.number(where, v, kMaxCount, true);
                else if (!v.isNull() && !(v.isDouble() && std::isfinite(v.toDouble())))
                    check.fail(ReplyDecoder::tr("%1 entry %2 is not a finite number")
                                   .arg(where)
                                   .arg(i + 1));
            }
        }
    };
    const auto key = [&chart](const char *name) { return chart->value(QLatin1String(name)); };
    const auto named = [](const char *name) {
        return ReplyDecoder::tr("the chart's %1").arg(Checker::name(QString::fromLatin1(name)));
    };
    if (type == QLatin1String("line")) {
        numbers(named("x"), key("x"), false);
        numbers(named("y"), key("y"), false);
    } else if (type == QLatin1String("histogram")) {
        numbers(named("edges"), key("edges"), false);
        numbers(named("counts"), key("counts"), true);
    } else {
        checkStrings(check, named("labels"), key("labels"), kMaxChartPoints, kMaxNameChars);
        numbers(named("counts"), key("counts"), true);
    }
}

} // namespace

std::optional<QString> ReplyDecoder::decodeOutput(const QJsonObject &message,
                                                  QList<OutputPart> &parts) const
{
    parts.clear();
    const auto field = [](std::string_view name) {
        return QString::fromLatin1(name.data(), qsizetype(name.size()));
    };
    const QJsonValue list = message.value(field(protocol::kOutputPartsField));
    if (!list.isArray())
        return tr("'parts' is not a list");
    const QJsonArray array = list.toArray();
    if (std::size_t(array.size()) > protocol::kMaxOutputFrameParts)
        return tr("'parts' holds %1 entries, more than %2")
            .arg(array.size())
            .arg(protocol::kMaxOutputFrameParts);
    const QString stdoutName = field(protocol::kStreamStdout);
    const QString stderrName = field(protocol::kStreamStderr);
    qsizetype total = 0;
    for (const QJsonValue &entry : array) {
        const QJsonObject part = entry.toObject();
        const QString stream = part.value(field(protocol::kOutputStreamField)).toString();
        const QJsonValue text = part.value(field(protocol::kOutputTextField));
        if (!entry.isObject() || (stream != stdoutName && stream != stderrName))
            return tr("a part's 'stream' is not \"stdout\" or \"stderr\"");
        if (!text.isString())
            return tr("a part's 'text' is not a string");
        OutputPart decoded{stream, text.toString()};
        total += decoded.text.size();
        if (std::size_t(total) > protocol::kMaxOutputFrameTextBytes)
            return tr("the parts' text is longer than %1 characters")
                .arg(protocol::kMaxOutputFrameTextBytes);
        parts.append(std::move(decoded));
    }
    return std::nullopt;
}

std::optional<QString> ReplyDecoder::checkQuery(const QString &requestType,
                                                const QJsonObject &reply,
                                                QByteArrayView payload) const
{
    Checker check(reply);
    const auto type = check.string(Checker::name(QStringLiteral("type")),
                                   check.field(QStringLiteral("type")), kQuoteChars);
    if (!type)
        return check.problem();
    static const QHash<QString, QString> kAnswers = [] {
        QHash<QString, QString> answers;
        for (const auto &[request, answer] : protocol::kQueryReplies)
            answers.insert(wireName(request), wireName(answer));
        return answers;
    }();
    if (*type == wireName(protocol::kTypeError)) {
        check.string(Checker::name(QStringLiteral("message")),
                     check.field(QStringLiteral("message")), kMaxErrorMessageChars);
    } else if (!kAnswers.contains(requestType) || kAnswers.value(requestType) != *type) {
        return tr("the reply to a %1 request is of type %2")
            .arg(quoted(requestType), quoted(*type));
    } else if (*type == wireName(protocol::kTypeVariables)) {
        checkVariables(check);
    } else if (*type == wireName(protocol::kTypeTable)) {
        checkTable(check, reply, payload);
    } else if (*type == wireName(protocol::kTypeSummary)) {
        checkSummary(check);
    } else if (*type == wireName(protocol::kTypeChecked)) {
        static const QStringList verdicts = wireNames(protocol::kCheckVerdicts);
        if (const auto verdict = check.string(Checker::name(QStringLiteral("verdict")),
                                              check.field(QStringLiteral("verdict")), kQuoteChars);
            verdict && !verdicts.contains(*verdict))
            check.fail(tr("'verdict' is %1, which is none of %2")
                           .arg(quoted(*verdict), verdicts.join(QStringLiteral(", "))));
        checkViolations(check, check.field(QStringLiteral("violations")), nullptr);
    } else if (*type == wireName(protocol::kTypeCompletions)) {
        checkCompletions(check);
    } else if (*type == wireName(protocol::kTypeHelp)) {
        checkHelp(check);
    } else if (*type == wireName(protocol::kTypeViewCode)) {
        check.string(Checker::name(QStringLiteral("code")), check.field(QStringLiteral("code")),
                     kMaxDocChars);
        check.string(Checker::name(QStringLiteral("result")), check.field(QStringLiteral("result")),
                     kMaxCompletionNameChars);
    } else if (*type == wireName(protocol::kTypeExported)) {
        check.string(Checker::name(QStringLiteral("path")), check.field(QStringLiteral("path")),
                     kMaxPathChars);
        check.number(Checker::name(QStringLiteral("rows")), check.field(QStringLiteral("rows")),
                     kMaxCount, true);
    }
    if (check.failed())
        return check.problem();
    return std::nullopt;
}

} // namespace sandbench
