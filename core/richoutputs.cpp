#include "richoutputs.h"

#include "protocolnames.h"

#include <QJsonObject>

namespace sandbench {

namespace p = protocol;

QString RichOutput::outputType() const
{
    return isResult ? QString(wireName(p::kRichKindResult))
                    : QString(wireName(p::kRichKindDisplay));
}

QJsonObject RichOutput::mimeBundle() const
{
    QJsonObject data{{wireName(p::kMimePlain), plain}};
    if (!markdown.isEmpty())
        data.insert(wireName(p::kMimeMarkdown), markdown);
    if (!html.isEmpty())
        data.insert(wireName(p::kMimeHtml), html);
    if (!png.isEmpty())
        data.insert(wireName(p::kMimePng), QString::fromLatin1(png.toBase64()));
    return data;
}

bool RichOutput::operator==(const RichOutput &other) const
{
    return isResult == other.isResult && stdoutAt == other.stdoutAt && plain == other.plain &&
           markdown == other.markdown && html == other.html && png == other.png &&
           pngWidth == other.pngWidth && pngHeight == other.pngHeight &&
           tableName == other.tableName && tableRows == other.tableRows &&
           tableColumns == other.tableColumns;
}

QJsonArray richOutputsToJson(const QList<RichOutput> &outputs)
{
    QJsonArray array;
    for (const RichOutput &output : outputs) {
        QJsonObject item{{wireName(p::kRichKindField), output.outputType()},
                         {wireName(p::kRichStdoutAtField), double(output.stdoutAt)},
                         {wireName(p::kRichDataField), output.mimeBundle()}};
        if (output.png.size() > 0) {
            item.insert(QStringLiteral("png_width"), output.pngWidth);
            item.insert(QStringLiteral("png_height"), output.pngHeight);
        }
        if (output.hasTable())
            item.insert(
                wireName(p::kRichTableField),
                QJsonObject{{wireName(p::kRichTableNameField), output.tableName},
                            {wireName(p::kRichTableRowsField), double(output.tableRows)},
                            {wireName(p::kRichTableColumnsField), double(output.tableColumns)}});
        array.append(item);
    }
    return array;
}

QList<RichOutput> richOutputsFromJson(const QJsonArray &array)
{
    QList<RichOutput> outputs;
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        const QJsonObject data = item.value(wireName(p::kRichDataField)).toObject();
        RichOutput output;
        output.isResult =
            item.value(wireName(p::kRichKindField)).toString() == wireName(p::kRichKindResult);
        output.stdoutAt = qsizetype(item.value(wireName(p::kRichStdoutAtField)).toDouble());
        output.plain = data.value(wireName(p::kMimePlain)).toString();
        output.markdown = data.value(wireName(p::kMimeMarkdown)).toString();
        output.html = data.value(wireName(p::kMimeHtml)).toString();
        output.png =
            QByteArray::fromBase64(data.value(wireName(p::kMimePng)).toString().toLatin1());
        output.pngWidth = item.value(QStringLiteral("png_width")).toInt();
        output.pngHeight = item.value(QStringLiteral("png_height")).toInt();
        const QJsonObject table = item.value(wireName(p::kRichTableField)).toObject();
        output.tableName = table.value(wireName(p::kRichTableNameField)).toString();
        output.tableRows = qint64(table.value(wireName(p::kRichTableRowsField)).toDouble());
        output.tableColumns = qint64(table.value(wireName(p::kRichTableColumnsField)).toDouble());
        outputs.append(output);
    }
    return outputs;
}

bool isHiddenTableName(const QString &name)
{
    return name.startsWith(QLatin1String("_sb_out"));
}

} // namespace sandbench
