#include "profile.h"

#include "clusterstate.h"
#include "paths.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbench {
namespace {

const QStringList kTopLevel = {QStringLiteral("name"),       QStringLiteral("description"),
                               QStringLiteral("imports"),    QStringLiteral("builtins"),
                               QStringLiteral("attributes"), QStringLiteral("files"),
                               QStringLiteral("limits"),     QStringLiteral("layers"),
                               QStringLiteral("review"),     QStringLiteral("datasets"),
                               QStringLiteral("cluster")};
const QStringList kLimits = {QStringLiteral("timeout_s"),    QStringLiteral("memory_mb"),
                             QStringLiteral("cpu_s"),        QStringLiteral("output_chars"),
                             QStringLiteral("figures"),      QStringLiteral("file_size_mb"),
                             QStringLiteral("output_files"), QStringLiteral("output_mb"),
                             QStringLiteral("open_files"),   QStringLiteral("processes"),
                             QStringLiteral("snapshots"),    QStringLiteral("snapshot_memory_mb")};
const QStringList kLayers = {QStringLiteral("static"),    QStringLiteral("runtime"),
                             QStringLiteral("audit"),     QStringLiteral("landlock"),
                             QStringLiteral("seccomp"),   QStringLiteral("rlimits"),
                             QStringLiteral("namespaces")};

QString checkKeys(const QJsonObject &object, const QString &prefix, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return ProfileLoader::tr("unknown key '%1%2' (known: %3)")
                .arg(prefix, it.key(), allowed.join(QStringLiteral(", ")));
    }
    return {};
}

QString checkNameList(const QJsonObject &section, const QString &path, const QString &key)
{
    const QJsonValue value = section.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return ProfileLoader::tr("'%1.%2' must be a list of names").arg(path, key);
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return ProfileLoader::tr("'%1.%2' must hold only non-empty names").arg(path, key);
    }
    return {};
}

QString checkSection(const QJsonObject &json, const QString &section, const QStringList &keys)
{
    const QJsonValue value = json.value(section);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return ProfileLoader::tr("'%1' must be an object").arg(section);
    return checkKeys(value.toObject(), section + QLatin1Char('.'), keys);
}

} // namespace

int Profile::lazyAboveMb() const
{
    return json.value(QStringLiteral("datasets"))
        .toObject()
        .value(QStringLiteral("lazy_above_mb"))
        .toInt(0);
}

int Profile::limit(const QString &key) const
{
    return json.value(QStringLiteral("limits")).toObject().value(key).toInt();
}

void Profile::setLimit(const QString &key, int value)
{
    QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    limits.insert(key, value);
    json.insert(QStringLiteral("limits"), limits);
}

bool Profile::layerEnabled(const QString &layer) const
{
    return json.value(QStringLiteral("layers")).toObject().value(layer).toBool(true);
}

QStringList Profile::reviewTriggers() const
{
    QStringList triggers;
    const QJsonArray list =
        json.value(QStringLiteral("review")).toObject().value(QStringLiteral("triggers")).toArray();
    for (const QJsonValue &value : list)
        triggers.append(value.toString());
    return triggers;
}

bool Profile::reviewTriggerEnabled(const QString &trigger) const
{
    return reviewTriggers().contains(trigger);
}

bool Profile::reviewBindsInputs() const
{
    return json.value(QStringLiteral("review"))
        .toObject()
        .value(QStringLiteral("bind_inputs"))
        .toBool(false);
}

QStringList Profile::raisedLimits() const
{
    QStringList raised;
    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const int original = fileLimits.value(it.key()).toInt();
        // 0 means "no limit" for most keys: going from a limit to none raises it too.
        if (original > 0 && (it.value().toInt() > original || it.value().toInt() == 0))
            raised.append(it.key());
    }
    return raised;
}

QString Profile::limitsSha256() const
{
    return sha256Hex(QJsonDocument(json.value(QStringLiteral("limits")).toObject())
                         .toJson(QJsonDocument::Compact));
}

QStringList ProfileLoader::reviewTriggerNames()
{
    return {QStringLiteral("output_files"), QStringLiteral("raised_limits"),
            QStringLiteral("llm_first_run"), QStringLiteral("cluster")};
}

QStringList ProfileLoader::searchPaths()
{
    return {paths::userProfileDir(), paths::installedProfileDir()};
}

QStringList ProfileLoader::available()
{
    QStringList names;
    for (const QString &dir : searchPaths()) {
        for (const QFileInfo &file :
             QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (!names.contains(file.completeBaseName()))
                names.append(file.completeBaseName());
        }
    }
    return names;
}

QString ProfileLoader::validate(const QJsonObject &json)
{
    QString problem = checkKeys(json, QString(), kTopLevel);
    if (problem.isEmpty() && !json.value(QStringLiteral("name")).isString())
        problem = tr("'name' must be a string");
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("imports"),
                               {QStringLiteral("allow"), QStringLiteral("review")});
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("builtins"), {QStringLiteral("blocked")});
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("attributes"), {QStringLiteral("blocked")});
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("files"), {QStringLiteral("write_output")});
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("limits"), kLimits);
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("layers"), kLayers);
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("datasets"), {QStringLiteral("lazy_above_mb")});
    const QJsonValue lazyAbove =
        json.value(QStringLiteral("datasets")).toObject().value(QStringLiteral("lazy_above_mb"));
    if (problem.isEmpty() && !lazyAbove.isUndefined() &&
        (!lazyAbove.isDouble() || lazyAbove.toDouble() < 0 ||
         lazyAbove.toDouble() != double(qint64(lazyAbove.toDouble())) ||
         lazyAbove.toDouble() > 1e9))
        problem = tr("'datasets.lazy_above_mb' must be a whole number of megabytes from 0 (never) "
                     "to 1000000000");
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("cluster"), clusterstate::profileKeys());
    if (problem.isEmpty() &&
        json.value(QStringLiteral("cluster")).toObject().contains(QStringLiteral("allowed")) &&
        !json.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("allowed")).isBool())
        problem = tr("'cluster.allowed' must be true or false");
    if (problem.isEmpty())
        problem = checkSection(json, QStringLiteral("review"),
                               {QStringLiteral("triggers"), QStringLiteral("bind_inputs")});
    const QJsonObject review = json.value(QStringLiteral("review")).toObject();
    if (problem.isEmpty())
        problem = checkNameList(review, QStringLiteral("review"), QStringLiteral("triggers"));
    for (const QJsonValue &trigger : review.value(QStringLiteral("triggers")).toArray()) {
        if (problem.isEmpty() && !reviewTriggerNames().contains(trigger.toString()))
            problem = tr("unknown trigger '%1' in 'review.triggers' (known: %2)")
                          .arg(trigger.toString(), reviewTriggerNames().join(QStringLiteral(", ")));
    }
    if (problem.isEmpty() && review.contains(QStringLiteral("bind_inputs")) &&
        !review.value(QStringLiteral("bind_inputs")).isBool())
        problem = tr("'review.bind_inputs' must be true or false");
    const QJsonObject imports = json.value(QStringLiteral("imports")).toObject();
    for (const QString &key : {QStringLiteral("allow"), QStringLiteral("review")}) {
        if (problem.isEmpty())
            problem = checkNameList(imports, QStringLiteral("imports"), key);
    }
    if (problem.isEmpty())
        problem = checkNameList(json.value(QStringLiteral("builtins")).toObject(),
                                QStringLiteral("builtins"), QStringLiteral("blocked"));
    if (problem.isEmpty())
        problem = checkNameList(json.value(QStringLiteral("attributes")).toObject(),
                                QStringLiteral("attributes"), QStringLiteral("blocked"));
    const QJsonObject files = json.value(QStringLiteral("files")).toObject();
    if (problem.isEmpty() && files.contains(QStringLiteral("write_output")) &&
        !files.value(QStringLiteral("write_output")).isBool())
        problem = tr("'files.write_output' must be true or false");
    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    for (auto it = limits.begin(); problem.isEmpty() && it != limits.end(); ++it) {
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value < 0 || value != double(qint64(value)) || value > 1e9)
            problem = tr("'limits.%1' must be a whole number from 0 to 1000000000").arg(it.key());
    }
    if (problem.isEmpty() &&
        (limits.value(QStringLiteral("timeout_s")).toInt(1) == 0 ||
         limits.value(QStringLiteral("timeout_s")).toDouble(0) > kMaxTimeoutSeconds))
        problem = tr("'limits.timeout_s' must be from 1 to %1 (a week)").arg(kMaxTimeoutSeconds);
    const QJsonObject layers = json.value(QStringLiteral("layers")).toObject();
    for (auto it = layers.begin(); problem.isEmpty() && it != layers.end(); ++it) {
        if (!it.value().isBool())
            problem = tr("'layers.%1' must be true or false").arg(it.key());
    }
    return problem;
}

std::optional<Profile> ProfileLoader::load(const QString &nameOrPath, QString *error)
{
    QString path = nameOrPath;
    const bool isPath =
        nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"));
    if (!isPath) {
        path.clear();
        for (const QString &dir : searchPaths()) {
            const QString candidate = dir + QLatin1Char('/') + nameOrPath + QStringLiteral(".json");
            if (QFileInfo(candidate).isFile()) {
                path = candidate;
                break;
            }
        }
        if (path.isEmpty()) {
            if (error)
                *error = tr("no profile named '%1'; available: %2 (or give a path to a .json file)")
                             .arg(nameOrPath, available().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the profile %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("the profile %1 is not a JSON object: %2 at offset %3")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QString problem = validate(document.object());
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("the profile %1: %2").arg(path, problem);
        return std::nullopt;
    }
    Profile profile;
    profile.json = document.object();
    profile.name = profile.json.value(QStringLiteral("name")).toString();
    profile.fileLimits = profile.json.value(QStringLiteral("limits")).toObject();
    profile.path = QFileInfo(path).absoluteFilePath();
    profile.sha256 = sha256Hex(content);
    return profile;
}

} // namespace sandbench
