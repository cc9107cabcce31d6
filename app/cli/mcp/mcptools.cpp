#include "mcptools.h"

#include "../runjson.h"
#include "mcpresources.h"
#include "profile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <climits>

namespace sandbench::cli::mcp {
namespace {

// Rows read_table returns at most per call: a page a model can read, not the whole frame.
constexpr int kMaxPageRows = 500;
constexpr int kDefaultPageRows = 50;
// Columns describe_table summarises; wider frames list the rest without a summary.
constexpr int kMaxSummaryColumns = 60;

QJsonObject str(const QString &description = {})
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("string")}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

QJsonObject typed(const QString &type, const QString &description = {})
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

QJsonObject nullable(const QString &type)
{
    return QJsonObject{{QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")}}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), items}};
}

QJsonObject schema(const QJsonObject &properties, const QStringList &required = {},
                   bool closed = false)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("object")},
                  {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        o.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    if (closed)
        o.insert(QStringLiteral("additionalProperties"), false);
    return o;
}

QJsonObject violationSchema()
{
    return schema(QJsonObject{{QStringLiteral("rule"), str()},
                              {QStringLiteral("line"), typed(QStringLiteral("integer"))},
                              {QStringLiteral("column"), typed(QStringLiteral("integer"))},
                              {QStringLiteral("message"), str()},
                              {QStringLiteral("layer"), str()}},
                  {QStringLiteral("rule"), QStringLiteral("message")});
}

QJsonArray violationsJson(const QList<Violation> &violations)
{
    QJsonArray out;
    for (const Violation &v : violations)
        out.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                               {QStringLiteral("line"), v.line},
                               {QStringLiteral("column"), v.col},
                               {QStringLiteral("message"), v.message},
                               {QStringLiteral("layer"), v.layer}});
    return out;
}

QString violationsText(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &v : violations) {
        lines.append(v.line > 0 ? QStringLiteral("- line %1, column %2: %3 (%4)")
                                      .arg(v.line)
                                      .arg(v.col)
                                      .arg(v.message, v.rule)
                                : QStringLiteral("- %1 (%2)").arg(v.message, v.rule));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonArray statusNames()
{
    QJsonArray names;
    for (const QString &name : runStatusNameList().split(QStringLiteral(", ")))
        names.append(name);
    return names;
}

struct ToolSpec
{
    QString name;
    QString title;
    QString description;
    QJsonObject input;
    QJsonObject output;
    bool readOnly = true;
    bool destructive = false;
    bool idempotent = true;
};

QList<ToolSpec> toolSpecs()
{
    const QJsonObject name = str(McpTools::tr("The variable's name in the session."));
    const QJsonObject code = str(McpTools::tr("Python source, run as one notebook cell."));
    const QJsonObject runOutput = schema(
        QJsonObject{
            {QStringLiteral("run_id"), nullable(QStringLiteral("integer"))},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                         {QStringLiteral("enum"), statusNames()}}},
            {QStringLiteral("stdout"), str()},
            {QStringLiteral("stderr"), str()},
            {QStringLiteral("result"), nullable(QStringLiteral("string"))},
            {QStringLiteral("figures"),
             arrayOf(
                 schema(QJsonObject{{QStringLiteral("uri"), str()},
                                    {QStringLiteral("width"), typed(QStringLiteral("integer"))},
                                    {QStringLiteral("height"), typed(QStringLiteral("integer"))}},
                        {QStringLiteral("uri")}))},
            {QStringLiteral("violations"), arrayOf(violationSchema())},
            {QStringLiteral("duration_ms"), typed(QStringLiteral("number"))},
            {QStringLiteral("review"),
             schema(QJsonObject{{QStringLiteral("state"), str()},
                                {QStringLiteral("held_run_id"), typed(QStringLiteral("integer"))},
                                {QStringLiteral("reviewer"), str()},
                                {QStringLiteral("note"), str()}},
                    {QStringLiteral("state")})},
            {QStringLiteral("next_step"), str()}},
        {QStringLiteral("run_id"), QStringLiteral("status"), QStringLiteral("stdout"),
         QStringLiteral("stderr"), QStringLiteral("result"), QStringLiteral("figures"),
         QStringLiteral("violations")});
    const QJsonObject variable = schema(QJsonObject{{QStringLiteral("name"), str()},
                                                    {QStringLiteral("type"), str()},
                                                    {QStringLiteral("shape"), QJsonObject()},
                                                    {QStringLiteral("bytes"), QJsonObject()},
                                                    {QStringLiteral("repr"), str()}},
                                        {QStringLiteral("name"), QStringLiteral("type")});
    const QJsonObject page =
        schema(QJsonObject{{QStringLiteral("name"), str()},
                           {QStringLiteral("offset"), typed(QStringLiteral("integer"))},
                           {QStringLiteral("total_rows"), typed(QStringLiteral("integer"))},
                           {QStringLiteral("columns"), arrayOf(QJsonObject())},
                           {QStringLiteral("dtypes"), arrayOf(str())},
                           {QStringLiteral("index"), arrayOf(QJsonObject())},
                           {QStringLiteral("rows"), arrayOf(arrayOf(QJsonObject()))}},
               {QStringLiteral("name"), QStringLiteral("offset"), QStringLiteral("total_rows"),
                QStringLiteral("columns"), QStringLiteral("rows")});
    const QJsonObject checked =
        schema(QJsonObject{{QStringLiteral("verdict"), str()},
                           {QStringLiteral("violations"), arrayOf(violationSchema())},
                           {QStringLiteral("next_step"), str()}},
               {QStringLiteral("verdict"), QStringLiteral("violations")});

    return {
        {QStringLiteral("run_python"), McpTools::tr("Run Python in the sandbox"),
         McpTools::tr(
             "Runs Python code as one cell of a sandboxed notebook session on the analyst's "
             "datasets (loaded as pandas DataFrames named as list_datasets says). Variables "
             "persist between calls. Returns stdout, stderr, the last expression's value, "
             "figures (PNG) and, when the sandbox refuses something, the violations with line "
             "and column. A failing cell is rolled back. Code that needs a person's approval "
             "waits in Sandbench's Review Queue: the result says so and what to do. Every run "
             "is recorded with its provenance."),
         schema(QJsonObject{{QStringLiteral("code"), code},
                            {QStringLiteral("timeout"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                         {QStringLiteral("minimum"), kMinTimeoutSeconds},
                                         {QStringLiteral("maximum"), kMaxTimeoutSeconds},
                                         {QStringLiteral("description"),
                                          McpTools::tr("Time limit in seconds (default: the "
                                                       "profile's). Raising it may need a "
                                                       "review.")}}}},
                {QStringLiteral("code")}, true),
         runOutput, false, false, false},
        {QStringLiteral("check_code"), McpTools::tr("Check code without running it"),
         McpTools::tr("Runs the sandbox's static check and review triggers on code without "
                      "running it: ok, rejected (with the violations to fix) or pending_review "
                      "(a person would have to approve it)."),
         schema(QJsonObject{{QStringLiteral("code"), code}}, {QStringLiteral("code")}, true),
         checked},
        {QStringLiteral("list_variables"), McpTools::tr("List the session's variables"),
         McpTools::tr("The session's variables: name, type, shape, size and a short repr."),
         schema(QJsonObject(), {}, true),
         schema(QJsonObject{{QStringLiteral("variables"), arrayOf(variable)}},
                {QStringLiteral("variables")})},
        {QStringLiteral("describe_table"), McpTools::tr("Describe a DataFrame"),
         McpTools::tr("Columns, dtypes, row count and a summary of each column (count, missing, "
                      "mean/std/quartiles for numbers, unique and top values otherwise) of a "
                      "DataFrame variable."),
         schema(QJsonObject{{QStringLiteral("name"), name}}, {QStringLiteral("name")}, true),
         schema(QJsonObject{{QStringLiteral("name"), str()},
                            {QStringLiteral("rows"), typed(QStringLiteral("integer"))},
                            {QStringLiteral("columns"),
                             arrayOf(schema(QJsonObject{{QStringLiteral("name"), QJsonObject()},
                                                        {QStringLiteral("dtype"), str()},
                                                        {QStringLiteral("summary"),
                                                         typed(QStringLiteral("object"))}},
                                            {QStringLiteral("name"), QStringLiteral("dtype")}))}},
                {QStringLiteral("name"), QStringLiteral("rows"), QStringLiteral("columns")})},
        {QStringLiteral("read_table"), McpTools::tr("Read rows of a DataFrame"),
         McpTools::tr("A page of a DataFrame variable's rows (missing values as null)."),
         schema(QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("offset"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                         {QStringLiteral("minimum"), 0},
                                         {QStringLiteral("description"),
                                          McpTools::tr("First row, from 0 (default 0).")}}},
                            {QStringLiteral("limit"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                         {QStringLiteral("minimum"), 1},
                                         {QStringLiteral("maximum"), kMaxPageRows},
                                         {QStringLiteral("description"),
                                          McpTools::tr("Rows to return (default %1).")
                                              .arg(kDefaultPageRows)}}}},
                {QStringLiteral("name")}, true),
         page},
        {QStringLiteral("list_datasets"), McpTools::tr("List the datasets"),
         McpTools::tr("The analyst's datasets this session loaded: variable name, file, and "
                      "the resources with their schema and, when the profile lets code open "
                      "files, their content."),
         schema(QJsonObject(), {}, true),
         schema(QJsonObject{{QStringLiteral("datasets"),
                             arrayOf(schema(QJsonObject{{QStringLiteral("name"), str()},
                                                        {QStringLiteral("path"), str()},
                                                        {QStringLiteral("schema_uri"), str()},
                                                        {QStringLiteral("file_uri"), str()}},
                                            {QStringLiteral("name"), QStringLiteral("path")}))}},
                {QStringLiteral("datasets")})},
        {QStringLiteral("undo"), McpTools::tr("Undo the last cell"),
         McpTools::tr("Returns the session's variables to before the last cell that ended ok."),
         schema(QJsonObject(), {}, true),
         schema(QJsonObject{{QStringLiteral("undone"), typed(QStringLiteral("boolean"))}},
                {QStringLiteral("undone")}),
         false, true, false},
        {QStringLiteral("reset_session"), McpTools::tr("Start the session over"),
         McpTools::tr("Drops every variable and loads the datasets again. Recorded runs stay."),
         schema(QJsonObject(), {}, true),
         schema(QJsonObject{{QStringLiteral("reset"), typed(QStringLiteral("boolean"))}},
                {QStringLiteral("reset")}),
         false, true, true},
        {QStringLiteral("show_run"), McpTools::tr("Show a run's provenance"),
         McpTools::tr("Everything recorded about one run of this session: code and its hash, "
                      "inputs with their hashes, outputs, environment, limits, lineage and the "
                      "review decision it ran under."),
         schema(QJsonObject{{QStringLiteral("run_id"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                         {QStringLiteral("minimum"), 1}}}},
                {QStringLiteral("run_id")}, true),
         typed(QStringLiteral("object"))},
    };
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != double(qint64(d)) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

} // namespace

// The longest line of a cell's output a progress notification carries.
constexpr int kMaxProgressOutputChars = 200;

struct McpTools::Call
{
    McpRequest request;
    quint64 cell = 0; // the session's key for cancel()
    QTimer heartbeat;
    QDateTime started;
    int beats = 0;         // progress sent so far: each notification's progress is one more
    qint64 waitingRun = 0; // the held run whose review the call waits for; 0: none
};

McpTools::McpTools(McpProtocol &protocol, McpSession &session, QObject *parent)
    : QObject(parent), m_protocol(protocol), m_session(session)
{
    m_protocol.addMethod(QStringLiteral("tools/list"),
                         [this](const McpRequest &request) { list(request); });
    m_protocol.addMethod(QStringLiteral("tools/call"),
                         [this](const McpRequest &request) { call(request); });
    connect(&m_protocol, &McpProtocol::cancelled, this, &McpTools::onCancelled);
}

McpTools::~McpTools() = default;

QString McpTools::runUri(qint64 runId)
{
    return QStringLiteral("sandbench://runs/%1").arg(runId);
}

QString McpTools::figureUri(qint64 runId, int figure)
{
    return QStringLiteral("sandbench://runs/%1/figures/%2").arg(runId).arg(figure);
}

QJsonArray McpTools::describe() const
{
    QJsonArray tools;
    for (const ToolSpec &spec : toolSpecs()) {
        QJsonObject tool{{QStringLiteral("name"), spec.name},
                         {QStringLiteral("description"), spec.description},
                         {QStringLiteral("inputSchema"), spec.input}};
        if (m_protocol.supports("2025-06-18")) {
            tool.insert(QStringLiteral("title"), spec.title);
            tool.insert(QStringLiteral("outputSchema"), spec.output);
        }
        if (m_protocol.supports("2025-03-26")) {
            QJsonObject annotations{{QStringLiteral("title"), spec.title},
                                    {QStringLiteral("readOnlyHint"), spec.readOnly},
                                    {QStringLiteral("openWorldHint"), false}};
            if (!spec.readOnly) {
                annotations.insert(QStringLiteral("destructiveHint"), spec.destructive);
                annotations.insert(QStringLiteral("idempotentHint"), spec.idempotent);
            }
            tool.insert(QStringLiteral("annotations"), annotations);
        }
        tools.append(tool);
    }
    return tools;
}

void McpTools::list(const McpRequest &request)
{
    m_protocol.respond(request.key, QJsonObject{{QStringLiteral("tools"), describe()}});
}

void McpTools::call(const McpRequest &request)
{
    const QJsonValue nameValue = request.params.value(QStringLiteral("name"));
    const QJsonValue argumentsValue = request.params.value(QStringLiteral("arguments"));
    if (!nameValue.isString()) {
        m_protocol.fail(request.key, RpcError::InvalidParams,
                        tr("tools/call needs \"name\": the tool to call"));
        return;
    }
    if (!argumentsValue.isUndefined() && !argumentsValue.isObject()) {
        m_protocol.fail(request.key, RpcError::InvalidParams,
                        tr("\"arguments\" must be an object"));
        return;
    }
    const QString name = nameValue.toString();
    const QJsonObject arguments = argumentsValue.toObject();
    // Arguments the tool does not know are a mistake the model should hear about.
    for (const ToolSpec &spec : toolSpecs()) {
        if (spec.name != name)
            continue;
        const QJsonObject known = spec.input.value(QStringLiteral("properties")).toObject();
        for (auto it = arguments.begin(); it != arguments.end(); ++it) {
            if (!known.contains(it.key())) {
                toolError(request,
                          tr("%1 has no argument \"%2\"; it takes: %3")
                              .arg(name, it.key(),
                                   known.isEmpty() ? tr("none")
                                                   : known.keys().join(QStringLiteral(", "))));
                return;
            }
        }
    }
    if (name == QLatin1String("run_python")) {
        runPython(request, arguments);
    } else if (name == QLatin1String("check_code")) {
        checkCode(request, arguments);
    } else if (name == QLatin1String("list_variables")) {
        query(request, {{QStringLiteral("type"), QStringLiteral("variables")}},
              [](const QJsonObject &reply) {
                  return QJsonObject{{QStringLiteral("variables"),
                                      reply.value(QStringLiteral("variables")).toArray()}};
              });
    } else if (name == QLatin1String("describe_table") || name == QLatin1String("read_table")) {
        const QJsonValue table = arguments.value(QStringLiteral("name"));
        if (!table.isString() || table.toString().isEmpty()) {
            toolError(request, tr("%1 needs \"name\": a DataFrame variable (list_variables "
                                  "lists them)")
                                   .arg(name));
            return;
        }
        if (name == QLatin1String("describe_table")) {
            describeTable(request, table.toString());
            return;
        }
        const QJsonValue offsetValue = arguments.value(QStringLiteral("offset"));
        const QJsonValue limitValue = arguments.value(QStringLiteral("limit"));
        const auto offset = offsetValue.isUndefined() ? std::optional<qint64>(0)
                                                      : wholeNumber(offsetValue, 0, INT_MAX);
        const auto limit = limitValue.isUndefined() ? std::optional<qint64>(kDefaultPageRows)
                                                    : wholeNumber(limitValue, 1, kMaxPageRows);
        if (!offset || !limit) {
            toolError(request, tr("\"offset\" must be a whole number from 0 and \"limit\" one "
                                  "from 1 to %1")
                                   .arg(kMaxPageRows));
            return;
        }
        query(request,
              {{QStringLiteral("type"), QStringLiteral("table")},
               {QStringLiteral("name"), table},
               {QStringLiteral("offset"), int(*offset)},
               {QStringLiteral("limit"), int(*limit)}},
              [](const QJsonObject &reply) {
                  return QJsonObject{
                      {QStringLiteral("name"), reply.value(QStringLiteral("name"))},
                      {QStringLiteral("offset"), reply.value(QStringLiteral("offset")).toInt()},
                      {QStringLiteral("total_rows"), reply.value(QStringLiteral("rows")).toInt()},
                      {QStringLiteral("columns"), reply.value(QStringLiteral("columns")).toArray()},
                      {QStringLiteral("dtypes"), reply.value(QStringLiteral("dtypes")).toArray()},
                      {QStringLiteral("index"), reply.value(QStringLiteral("index")).toArray()},
                      {QStringLiteral("rows"), reply.value(QStringLiteral("data")).toArray()}};
              });
    } else if (name == QLatin1String("list_datasets")) {
        QJsonArray datasets;
        const bool files = McpResources::datasetFilesReadable(m_session.profile());
        for (const DatasetSpec &dataset : m_session.datasets()) {
            QJsonObject entry{{QStringLiteral("name"), dataset.name},
                              {QStringLiteral("path"), dataset.path},
                              {QStringLiteral("schema_uri"),
                               QStringLiteral("sandbench://datasets/%1/schema").arg(dataset.name)}};
            if (dataset.lazy) // a dask DataFrame read in blocks: larger than memory
                entry.insert(QStringLiteral("lazy"), true);
            if (files)
                entry.insert(QStringLiteral("file_uri"),
                             QStringLiteral("sandbench://datasets/%1/file").arg(dataset.name));
            datasets.append(entry);
        }
        answer(request, QJsonObject{{QStringLiteral("datasets"), datasets}}, QString(), false);
    } else if (name == QLatin1String("undo")) {
        m_session.undo([this, request](bool ok, const QString &message) {
            if (!ok)
                toolError(request, message);
            else
                answer(request, QJsonObject{{QStringLiteral("undone"), true}},
                       tr("The session's variables are back to before the last cell that "
                          "ended ok."),
                       false);
        });
    } else if (name == QLatin1String("reset_session")) {
        m_session.reset([this, request](bool ok, const QString &message) {
            if (!ok)
                toolError(request, message);
            else
                answer(request, QJsonObject{{QStringLiteral("reset"), true}},
                       tr("The session starts over: no variables, the datasets loaded again."),
                       false);
        });
    } else if (name == QLatin1String("show_run")) {
        showRun(request, arguments);
    } else {
        QStringList names;
        for (const ToolSpec &spec : toolSpecs())
            names.append(spec.name);
        m_protocol.fail(request.key, RpcError::InvalidParams,
                        tr("unknown tool \"%1\"; this server has: %2")
                            .arg(name, names.join(QStringLiteral(", "))));
    }
}

void McpTools::answer(const McpRequest &request, const QJsonObject &structured, const QString &text,
                      bool isError, const QJsonArray &extraContent)
{
    QJsonArray content{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"),
         text.isEmpty()
             ? QString::fromUtf8(QJsonDocument(structured).toJson(QJsonDocument::Indented))
             : text}}};
    for (const QJsonValue &item : extraContent)
        content.append(item);
    QJsonObject result{{QStringLiteral("content"), content}};
    if (m_protocol.supports("2025-06-18") && !structured.isEmpty())
        result.insert(QStringLiteral("structuredContent"), structured);
    if (isError)
        result.insert(QStringLiteral("isError"), true);
    m_protocol.respond(request.key, result);
}

void McpTools::toolError(const McpRequest &request, const QString &message)
{
    // No structuredContent: an error result need not match the output schema.
    m_protocol.respond(
        request.key,
        QJsonObject{{QStringLiteral("content"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                            {QStringLiteral("text"), message}}}},
                    {QStringLiteral("isError"), true}});
}

void McpTools::query(const McpRequest &request, const QJsonObject &workerRequest,
                     const std::function<QJsonObject(const QJsonObject &reply)> &shape)
{
    m_session.query(workerRequest, [this, request, shape](const QJsonObject &reply) {
        const QString type = reply.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("error") || type == QLatin1String("result")) {
            toolError(request, reply
                                   .value(reply.contains(QStringLiteral("message"))
                                              ? QStringLiteral("message")
                                              : QStringLiteral("stderr"))
                                   .toString());
            return;
        }
        answer(request, shape(reply), QString(), false);
    });
}

void McpTools::describeTable(const McpRequest &request, const QString &name)
{
    m_session.query(
        {{QStringLiteral("type"), QStringLiteral("table")},
         {QStringLiteral("name"), name},
         {QStringLiteral("offset"), 0},
         {QStringLiteral("limit"), 0}},
        [this, request, name](const QJsonObject &reply) {
            if (reply.value(QStringLiteral("type")).toString() != QLatin1String("table")) {
                toolError(request, reply.value(QStringLiteral("message")).toString());
                return;
            }
            const QJsonArray names = reply.value(QStringLiteral("columns")).toArray();
            const QJsonArray dtypes = reply.value(QStringLiteral("dtypes")).toArray();
            auto columns = std::make_shared<QJsonArray>();
            for (qsizetype i = 0; i < names.size(); ++i)
                columns->append(QJsonObject{{QStringLiteral("name"), names.at(i)},
                                            {QStringLiteral("dtype"), dtypes.at(i).toString()}});
            const int rows = reply.value(QStringLiteral("rows")).toInt();
            // One summary per column, one after another: the worker answers them in order. The
            // chain keeps itself alive through the pending query only (a weak self-reference).
            auto next = std::make_shared<std::function<void(int)>>();
            std::weak_ptr<std::function<void(int)>> self = next;
            *next = [this, request, name, columns, rows, self](int column) {
                if (column >= std::min<qsizetype>(columns->size(), kMaxSummaryColumns)) {
                    answer(request,
                           QJsonObject{{QStringLiteral("name"), name},
                                       {QStringLiteral("rows"), rows},
                                       {QStringLiteral("columns"), *columns}},
                           QString(), false);
                    return;
                }
                m_session.query(
                    {{QStringLiteral("type"), QStringLiteral("summary")},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("column"), column}},
                    [columns, column, strong = self.lock()](const QJsonObject &summary) {
                        if (summary.value(QStringLiteral("type")).toString() ==
                            QLatin1String("summary")) {
                            QJsonObject entry = columns->at(column).toObject();
                            QJsonObject s = summary;
                            for (const char *drop : {"type", "id", "chart", "name", "column"})
                                s.remove(QLatin1String(drop));
                            entry.insert(QStringLiteral("summary"), s);
                            columns->replace(column, entry);
                        }
                        (*strong)(column + 1);
                    });
            };
            (*next)(0);
        });
}

void McpTools::showRun(const McpRequest &request, const QJsonObject &arguments)
{
    const auto id = wholeNumber(arguments.value(QStringLiteral("run_id")), 1,
                                std::numeric_limits<qint64>::max() / 2);
    if (!id) {
        toolError(request, tr("show_run needs \"run_id\": a run id from run_python's results"));
        return;
    }
    QString error;
    const std::optional<RunRecord> run = m_session.store().run(*id, &error);
    // Runs of other sessions in the same store are the analyst's, not this agent's.
    if (!run || run->sessionId != m_session.sessionId()) {
        toolError(request,
                  error.isEmpty() ? tr("run %1 is not a run of this session").arg(*id) : error);
        return;
    }
    std::optional<ReviewDecision> approval;
    if (run->approvalId > 0)
        approval = ReviewQueue(m_session.store()).decision(run->approvalId);
    answer(request, runProvenanceToJson(*run, approval), QString(), false);
}

void McpTools::checkCode(const McpRequest &request, const QJsonObject &arguments)
{
    const QJsonValue code = arguments.value(QStringLiteral("code"));
    if (!code.isString()) {
        toolError(request, tr("check_code needs \"code\" as a string"));
        return;
    }
    m_session.query(
        {{QStringLiteral("type"), QStringLiteral("check")}, {QStringLiteral("code"), code}},
        [this, request](const QJsonObject &reply) {
            if (reply.value(QStringLiteral("type")).toString() != QLatin1String("checked")) {
                toolError(request, reply.value(QStringLiteral("message")).toString());
                return;
            }
            const QString verdict = reply.value(QStringLiteral("verdict")).toString();
            const QList<Violation> violations =
                violationsFromJson(reply.value(QStringLiteral("violations")).toArray());
            QString next;
            if (verdict == QLatin1String("rejected"))
                next = tr("The sandbox would refuse this code: rewrite the lines named.");
            else if (verdict == QLatin1String("pending_review"))
                next = tr("This code would wait for a person's review in Sandbench's Review "
                          "Queue before it runs.");
            else if (verdict == QLatin1String("error"))
                next = tr("The code does not parse: fix the syntax.");
            QString text = tr("Verdict: %1").arg(verdict);
            if (!violations.isEmpty())
                text += QLatin1Char('\n') + violationsText(violations);
            if (!next.isEmpty())
                text += QLatin1Char('\n') + next;
            answer(request,
                   QJsonObject{{QStringLiteral("verdict"), verdict},
                               {QStringLiteral("violations"), violationsJson(violations)},
                               {QStringLiteral("next_step"), next}},
                   text, false);
        });
}

void McpTools::runPython(const McpRequest &request, const QJsonObject &arguments)
{
    const QJsonValue code = arguments.value(QStringLiteral("code"));
    if (!code.isString()) {
        toolError(request, tr("run_python needs \"code\": the Python source to run"));
        return;
    }
    int timeoutMs = 0;
    if (arguments.contains(QStringLiteral("timeout"))) {
        const double seconds = arguments.value(QStringLiteral("timeout")).toDouble(-1);
        if (!(seconds >= kMinTimeoutSeconds && seconds <= kMaxTimeoutSeconds)) {
            toolError(request, tr("\"timeout\" must be a number of seconds from %1 to %2 (a week)")
                                   .arg(kMinTimeoutSeconds)
                                   .arg(kMaxTimeoutSeconds));
            return;
        }
        timeoutMs = int(seconds * 1000);
    }
    CodeSource source;
    source.origin = CodeOrigin::Llm;
    // The agent that wrote the code, as its client introduced itself.
    source.llmModel =
        QString(m_protocol.clientName() + QLatin1Char(' ') + m_protocol.clientVersion()).trimmed();
    auto call = std::make_shared<Call>();
    call->request = request;
    m_calls.insert(request.key, call);
    const bool wantsProgress = !request.progressToken.isUndefined();
    if (wantsProgress) {
        call->heartbeat.setInterval(kProgressIntervalMs);
        // A raw pointer: the timer is the call's own, so it never outlives it.
        connect(&call->heartbeat, &QTimer::timeout, this, [this, call = call.get()] {
            const qint64 seconds = call->started.secsTo(QDateTime::currentDateTimeUtc());
            m_protocol.sendProgress(call->request, ++call->beats,
                                    call->waitingRun > 0
                                        ? tr("run %1 waits for a reviewer's decision (%2 s)")
                                              .arg(call->waitingRun)
                                              .arg(seconds)
                                        : tr("running for %1 s").arg(seconds));
        });
    }
    call->cell = m_session.submit(
        code.toString(), timeoutMs, source,
        [this, call](const McpSession::CellOutcome &outcome) {
            call->heartbeat.stop();
            m_calls.remove(call->request.key);
            QString text;
            QJsonArray images;
            bool isError = false;
            const QJsonObject structured = runResult(outcome, &text, &images, &isError);
            answer(call->request, structured, text, isError, images);
        },
        [this, call, wantsProgress] {
            call->started = QDateTime::currentDateTimeUtc();
            call->waitingRun = 0;
            if (wantsProgress) {
                m_protocol.sendProgress(call->request, ++call->beats, tr("the cell started"));
                call->heartbeat.start();
            }
        },
        [this, call, wantsProgress](qint64 runId) {
            // Progress while a person decides keeps a client that counts its timeout from the
            // last progress waiting.
            call->started = QDateTime::currentDateTimeUtc();
            call->waitingRun = runId;
            if (wantsProgress) {
                m_protocol.sendProgress(
                    call->request, ++call->beats,
                    tr("run %1 waits for review: a reviewer approves it in Sandbench's Review "
                       "Queue")
                        .arg(runId));
                call->heartbeat.start();
            }
        },
        [this, call, wantsProgress](const QString &, const QString &text) {
            // What the cell prints, as it prints it (CellRun::output): the progress message
            // shows its last line, so an agent sees a long cell's own progress.
            if (!wantsProgress)
                return;
            const QString line =
                text.trimmed().section(QLatin1Char('\n'), -1).right(kMaxProgressOutputChars);
            if (!line.isEmpty())
                m_protocol.sendProgress(call->request, ++call->beats, line);
        });
}

void McpTools::onCancelled(const QString &key)
{
    const std::shared_ptr<Call> call = m_calls.take(key);
    if (!call)
        return;
    call->heartbeat.stop();
    // A running cell is interrupted (it ends "interrupted", rolled back, and is recorded); one
    // that has not started is dropped.
    m_session.cancel(call->cell);
}

QJsonObject McpTools::runResult(const McpSession::CellOutcome &outcome, QString *text,
                                QJsonArray *images, bool *isError) const
{
    const RunRecord &run = outcome.run;
    QJsonArray figures;
    int n = 0;
    for (const Figure &figure : run.figures) {
        ++n;
        QByteArray png = figure.data;
        if (png.isEmpty() && !figure.path.isEmpty()) {
            QFile file(figure.path);
            if (file.open(QIODevice::ReadOnly))
                png = file.readAll();
        }
        if (!png.isEmpty())
            images->append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                            {QStringLiteral("data"), QString::fromLatin1(png.toBase64())},
                            {QStringLiteral("mimeType"), QStringLiteral("image/png")}});
        figures.append(QJsonObject{
            {QStringLiteral("uri"), outcome.recorded ? figureUri(run.id, n) : QString()},
            {QStringLiteral("width"), figure.width},
            {QStringLiteral("height"), figure.height}});
    }
    QJsonObject out{
        {QStringLiteral("run_id"), outcome.recorded ? QJsonValue(run.id) : QJsonValue()},
        {QStringLiteral("status"), runStatusName(run.status)},
        {QStringLiteral("stdout"), run.stdoutText},
        {QStringLiteral("stderr"), run.stderrText},
        {QStringLiteral("result"), run.result ? QJsonValue(*run.result) : QJsonValue()},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("violations"), violationsJson(run.violations)},
        {QStringLiteral("duration_ms"), run.durationMs}};

    QString next;
    const bool rejectedByReviewer =
        outcome.decision && !outcome.decision->approved && run.status == RunStatus::PendingReview;
    if (rejectedByReviewer) {
        const ReviewDecision &d = *outcome.decision;
        out.insert(QStringLiteral("review"),
                   QJsonObject{{QStringLiteral("state"), QStringLiteral("rejected")},
                               {QStringLiteral("held_run_id"), run.id},
                               {QStringLiteral("reviewer"), d.reviewer},
                               {QStringLiteral("note"), d.note}});
        next = d.note.isEmpty()
                   ? tr("%1 rejected run %2: it will not run. Rewrite the code without what "
                        "needed review.")
                         .arg(d.reviewer)
                         .arg(run.id)
                   : tr("%1 rejected run %2: \"%3\". It will not run. Rewrite the code "
                        "accordingly.")
                         .arg(d.reviewer)
                         .arg(run.id)
                         .arg(d.note);
    } else if (outcome.heldRunId > 0 && outcome.decision) {
        out.insert(QStringLiteral("review"),
                   QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")},
                               {QStringLiteral("held_run_id"), outcome.heldRunId},
                               {QStringLiteral("reviewer"), outcome.decision->reviewer},
                               {QStringLiteral("note"), outcome.decision->note}});
    }
    if (next.isEmpty()) {
        switch (run.status) {
        case RunStatus::Ok:
            break;
        case RunStatus::PendingReview:
            out.insert(QStringLiteral("review"),
                       QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")},
                                   {QStringLiteral("held_run_id"), run.id}});
            next = m_session.reviewWait() > 0
                       ? tr("Run %1 waits for review and no reviewer decided within %2 s. A "
                            "reviewer approves it in Sandbench's Review Queue (or with "
                            "'sandbench review approve %1'); then call run_python again with the "
                            "same code. Or rewrite the code without what needs review.")
                             .arg(run.id)
                             .arg(m_session.reviewWait() / 1000)
                       : tr("Run %1 waits for review: a reviewer approves it in Sandbench's "
                            "Review Queue (or with 'sandbench review approve %1'); then call "
                            "run_python again with the same code. Or rewrite the code without "
                            "what needs review.")
                             .arg(run.id);
            break;
        case RunStatus::Rejected:
        case RunStatus::Denied:
            next = tr("The sandbox refused this code (nothing it did was kept). Rewrite it "
                      "without what the violations name; check_code checks a draft without "
                      "running it.");
            break;
        case RunStatus::Error:
            next = run.stateKeptOnError
                       ? tr("The code raised an exception; what it did before is kept.")
                       : tr("The code raised an exception; the session is as it was before "
                            "this cell. Fix the code and run it again.");
            break;
        case RunStatus::Timeout:
            next = tr("The cell hit its time limit and was stopped (rolled back). Make it "
                      "faster, or pass a larger \"timeout\" (a raised limit may need review).");
            break;
        case RunStatus::Memory:
            next = tr("The cell hit its memory limit and was stopped (rolled back). Work on "
                      "smaller pieces of the data.");
            break;
        case RunStatus::OutputLimit:
            next = tr("The cell printed more than the output limit and was stopped (rolled "
                      "back). Print less: a summary or head() of the data.");
            break;
        case RunStatus::Interrupted:
            next = tr("The cell was interrupted; what it did was rolled back.");
            break;
        case RunStatus::Crashed:
            next = tr("The sandboxed worker died while the cell ran; a fresh one took over with "
                      "the datasets loaded again (earlier variables may be gone: "
                      "list_variables shows what is left).");
            break;
        case RunStatus::Tampered:
            next = tr("The cell's reply disagreed with what the sandbox saw: it is recorded as "
                      "tampered and rolled back.");
            break;
        }
    }
    if (!next.isEmpty())
        out.insert(QStringLiteral("next_step"), next);
    *isError = run.status != RunStatus::Ok;

    QStringList parts;
    parts.append(
        outcome.recorded
            ? tr("Run %1: %2").arg(run.id).arg(runStatusName(run.status))
            : tr("Run (not recorded: %1): %2").arg(outcome.storeError, runStatusName(run.status)));
    if (!run.stdoutText.isEmpty())
        parts.append(tr("stdout:\n%1").arg(run.stdoutText));
    if (!run.stderrText.isEmpty())
        parts.append(tr("stderr:\n%1").arg(run.stderrText));
    if (run.result)
        parts.append(tr("result:\n%1").arg(*run.result));
    if (!run.figures.isEmpty())
        parts.append(tr("%n figure(s) attached as PNG.", nullptr, int(run.figures.size())));
    if (!run.violations.isEmpty())
        parts.append(tr("violations:\n%1").arg(violationsText(run.violations)));
    if (!next.isEmpty())
        parts.append(next);
    *text = parts.join(QStringLiteral("\n\n"));
    return out;
}

} // namespace sandbench::cli::mcp
