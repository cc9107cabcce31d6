// Prints the C++ side's protocol constants as JSON, for tests/python/test_protocol_constants.py,
// which compares them with the Python side's and with protocol.json. Besides the generated tables
// it prints what core builds from them (run status names, violation layers, dataset suffixes), so
// the test also catches a hand-made table that drifted from the one source.
#include "datasetspec.h"
#include "protocol_constants.h"
#include "runrecord.h"
#include "runstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace sandbench;

namespace {

QString text(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

template <std::size_t N> QJsonArray list(const std::array<std::string_view, N> &names)
{
    QJsonArray out;
    for (std::string_view name : names)
        out.append(text(name));
    return out;
}

template <std::size_t N>
QJsonObject mapping(const std::array<std::pair<std::string_view, std::string_view>, N> &pairs)
{
    QJsonObject out;
    for (const auto &[key, value] : pairs)
        out.insert(text(key), text(value));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QJsonObject strings;
    for (const auto &[name, value] : protocol::kNamedStrings)
        strings.insert(text(name), text(value));
    QJsonObject numbers;
    for (const auto &[name, value] : protocol::kNamedNumbers)
        numbers.insert(text(name), qint64(value));
    QJsonArray runStatuses;
    for (std::string_view name : protocol::kStatuses) {
        const auto status = runStatusFromName(text(name));
        runStatuses.append(status ? runStatusName(*status) : QString());
    }
    const QJsonObject dump{
        {QStringLiteral("strings"), strings},
        {QStringLiteral("numbers"), numbers},
        {QStringLiteral("STATUSES"), list(protocol::kStatuses)},
        {QStringLiteral("REPORTED_STATUSES"), list(protocol::kReportedStatuses)},
        {QStringLiteral("CHECK_VERDICTS"), list(protocol::kCheckVerdicts)},
        {QStringLiteral("VERDICT_BASES"), list(protocol::kVerdictBases)},
        {QStringLiteral("LAYERS"), list(protocol::kLayers)},
        {QStringLiteral("DATASET_FORMATS"), list(protocol::kDatasetFormats)},
        {QStringLiteral("QUERY_REPLIES"), mapping(protocol::kQueryReplies)},
        {QStringLiteral("DATASET_FORMATS_BY_EXTENSION"), mapping(protocol::kDatasetExtensions)},
        // What core builds from them.
        {QStringLiteral("core_run_statuses"), runStatuses},
        {QStringLiteral("core_violation_layers"), QJsonArray::fromStringList(violationLayers())},
        {QStringLiteral("core_dataset_suffixes"),
         QJsonArray::fromStringList(DatasetSpecParser::knownSuffixes())},
    };
    const QByteArray json = QJsonDocument(dump).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
