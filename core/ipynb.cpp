#include "ipynb.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbench {
namespace {

const QString kExportSentinel = QStringLiteral("# ---- Sandbench export: the session's cells ----");

// Jupyter's multiline strings: a list of lines, each but the last ending in "\n".
QJsonArray multiline(const QString &text)
{
    QJsonArray lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append(text.mid(start));
            break;
        }
        lines.append(text.mid(start, end - start + 1));
        start = end + 1;
    }
    return lines;
}

QString joined(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QString text;
    for (const QJsonValue &line : value.toArray())
        text += line.toString();
    return text;
}

QJsonObject stream(const QString &name, const QString &text)
{
    return QJsonObject{{QStringLiteral("output_type"), QStringLiteral("stream")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("text"), multiline(text)}};
}

QJsonObject markdownCell(const QString &id, const QString &text)
{
    return QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("markdown")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("source"), multiline(text)}};
}

// A rich output's MIME bundle as nbformat writes "data": texts as multiline strings, the PNG as
// one base64 string.
QJsonObject nbData(const RichOutput &output)
{
    QJsonObject data = output.mimeBundle();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.key().startsWith(QLatin1String("text/")))
            it.value() = multiline(it.value().toString());
    }
    return data;
}

QJsonObject richOutput(const RichOutput &output, int executionCount)
{
    QJsonObject metadata;
    if (!output.png.isEmpty())
        metadata.insert(QStringLiteral("image/png"),
                        QJsonObject{{QStringLiteral("width"), output.pngWidth},
                                    {QStringLiteral("height"), output.pngHeight}});
    if (output.hasTable())
        // Not nbformat's: what Sandbench paged, for a reader of the file.
        metadata.insert(
            QStringLiteral("sandbench"),
            QJsonObject{{QStringLiteral("table_rows"), double(output.tableRows)},
                        {QStringLiteral("table_columns"), double(output.tableColumns)}});
    QJsonObject item{{QStringLiteral("output_type"), output.outputType()},
                     {QStringLiteral("data"), nbData(output)},
                     {QStringLiteral("metadata"), metadata}};
    if (output.isResult)
        item.insert(QStringLiteral("execution_count"), executionCount);
    return item;
}

QJsonArray outputsOf(const RunRecord &run, int executionCount)
{
    QJsonArray outputs;
    // The printed text and the rich outputs in the order the cell made them, as Jupyter keeps
    // them: the text before each output, the output, and so on.
    qsizetype printed = 0;
    bool richResult = false;
    for (const RichOutput &output : run.richOutputs) {
        const qsizetype at = qBound(printed, output.stdoutAt, run.stdoutText.size());
        if (at > printed)
            outputs.append(
                stream(QStringLiteral("stdout"), run.stdoutText.mid(printed, at - printed)));
        printed = at;
        if (output.isResult) {
            richResult = true;
            continue; // after the figures, where Jupyter puts it
        }
        outputs.append(richOutput(output, executionCount));
    }
    if (printed < run.stdoutText.size())
        outputs.append(stream(QStringLiteral("stdout"), run.stdoutText.mid(printed)));
    if (!run.stderrText.isEmpty())
        outputs.append(stream(QStringLiteral("stderr"), run.stderrText));
    for (const Figure &figure : run.figures) {
        QFile file(figure.path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // the output folder was cleaned up: the notebook keeps the text
        outputs.append(QJsonObject{
            {QStringLiteral("output_type"), QStringLiteral("display_data")},
            {QStringLiteral("data"),
             QJsonObject{
                 {QStringLiteral("image/png"), QString::fromLatin1(file.readAll().toBase64())},
                 {QStringLiteral("text/plain"),
                  QStringLiteral("<Figure %1x%2>").arg(figure.width).arg(figure.height)}}},
            {QStringLiteral("metadata"), QJsonObject()}});
    }
    if (richResult) {
        for (const RichOutput &output : run.richOutputs) {
            if (output.isResult)
                outputs.append(richOutput(output, executionCount));
        }
    } else if (run.result) {
        outputs.append(
            QJsonObject{{QStringLiteral("output_type"), QStringLiteral("execute_result")},
                        {QStringLiteral("execution_count"), executionCount},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("text/plain"), multiline(*run.result)}}},
                        {QStringLiteral("metadata"), QJsonObject()}});
    }
    return outputs;
}

// A markdown cell's text as percent-format lines: "# text", "#" for a blank line.
QString commented(const QString &markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QJsonObject Ipynb::fromSession(const SessionExport &session)
{
    const SessionRecord &record = session.session();
    QJsonArray cells{markdownCell(
        QStringLiteral("sandbench-header"),
        tr("# Sandbench session %1\n\nExported from Sandbench with every kept cell's recorded "
           "output. Its provenance:\n\n```text\n%2\n```\n")
            .arg(record.id)
            .arg(session.headerText(QStringLiteral("analysis.py"))))};
    const QList<RunRecord> &runs = session.keptRuns();
    for (int i = 0; i < runs.size(); ++i) {
        const RunRecord &run = runs.at(i);
        cells.append(QJsonObject{
            {QStringLiteral("cell_type"), QStringLiteral("code")},
            {QStringLiteral("id"), QStringLiteral("cell-%1").arg(i + 1)},
            {QStringLiteral("execution_count"), i + 1},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("sandbench"),
                          QJsonObject{{QStringLiteral("run"), run.id},
                                      {QStringLiteral("status"), runStatusName(run.status)},
                                      {QStringLiteral("code_sha256"), run.codeSha256},
                                      {QStringLiteral("state_changes"),
                                       QJsonArray::fromStringList(run.stateChanges)},
                                      {QStringLiteral("started_at"),
                                       run.startedAt.toUTC().toString(Qt::ISODateWithMs)}}}}},
            {QStringLiteral("source"), multiline(SessionExport::normalizedCode(run.code))},
            {QStringLiteral("outputs"), outputsOf(run, i + 1)}});
    }
    QJsonArray datasets;
    for (const ExportedDataset &d : session.datasets())
        datasets.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("path"), d.path},
                                    {QStringLiteral("sha256"), d.sha256}});
    const QJsonObject metadata{
        {QStringLiteral("kernelspec"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("python3")},
                     {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                     {QStringLiteral("language"), QStringLiteral("python")}}},
        {QStringLiteral("language_info"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("python")},
                     {QStringLiteral("version"), session.pythonVersion()}}},
        {QStringLiteral("sandbench"), QJsonObject{{QStringLiteral("session"), record.id},
                                                  {QStringLiteral("packages"), session.packages()},
                                                  {QStringLiteral("datasets"), datasets}}}};
    return QJsonObject{{QStringLiteral("nbformat"), 4},
                       {QStringLiteral("nbformat_minor"), 5},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("cells"), cells}};
}

std::optional<QList<NotebookCell>> Ipynb::parse(const QByteArray &json, const QString &path,
                                                QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QList<NotebookCell>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not a notebook: invalid JSON at byte %2 (%3)")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject notebook = document.object();
    const int version = notebook.value(QStringLiteral("nbformat")).toInt();
    if (version != 4)
        return fail(tr("%1 is nbformat %2; Sandbench reads nbformat 4. Convert it with "
                       "'jupyter nbconvert --to notebook --nbformat 4 %1'")
                        .arg(path)
                        .arg(version));
    if (!notebook.value(QStringLiteral("cells")).isArray())
        return fail(tr("%1 has no list of cells; is it a Jupyter notebook?").arg(path));
    QList<NotebookCell> cells;
    for (const QJsonValue &value : notebook.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject cell = value.toObject();
        const QString type = cell.value(QStringLiteral("cell_type")).toString();
        NotebookCell parsed;
        if (type == QLatin1String("code")) {
            parsed.source =
                SessionExport::normalizedCode(joined(cell.value(QStringLiteral("source"))));
        } else if (type == QLatin1String("markdown")) {
            parsed.kind = NotebookCell::Kind::Markdown;
            parsed.source = commented(joined(cell.value(QStringLiteral("source"))));
        } else {
            continue; // raw cells are for nbconvert, not for running
        }
        cells.append(parsed);
    }
    return cells;
}

QList<NotebookCell> cellsOfScript(const QString &text)
{
    static const QRegularExpression exportMarker(QStringLiteral(R"(^cell \d+ \(run \d+\)$)"));
    const qsizetype sentinel =
        text.indexOf(QLatin1Char('\n') + kExportSentinel + QLatin1Char('\n'));
    if (sentinel < 0)
        return parsePercentFormat(text);
    QList<NotebookCell> cells = parsePercentFormat(text.mid(sentinel + kExportSentinel.size() + 2));
    for (NotebookCell &cell : cells) {
        if (exportMarker.match(cell.title).hasMatch()) {
            cell.title.clear();
            cell.marker.clear();
        }
    }
    return cells;
}

std::optional<QList<NotebookCell>> readNotebookFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Ipynb::tr("cannot read %1: %2")
                         .arg(path, QFileInfo::exists(path) ? file.errorString()
                                                            : Ipynb::tr("no such file"));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (QFileInfo(path).suffix().compare(QLatin1String("ipynb"), Qt::CaseInsensitive) == 0)
        return Ipynb::parse(bytes, path, error);
    return cellsOfScript(QString::fromUtf8(bytes));
}

} // namespace sandbench
