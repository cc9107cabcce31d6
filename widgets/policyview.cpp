#include "policyview.h"

#include "profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbench {
namespace {

QStringList namesIn(const QJsonValue &value)
{
    QStringList names;
    for (const QJsonValue &item : value.toArray())
        names.append(item.toString());
    return names;
}

// "a, b and 12 more", in the profile file's own order (its authors put what matters first); the
// full list is in the details below.
QString shortList(const QStringList &names, int shown = 12)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return PolicyView::tr("%1 and %n more", "", int(names.size()) - shown)
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

} // namespace

PolicyView::PolicyView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Rule"), tr("Value")});
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
}

void PolicyView::showProfile(const Profile &profile)
{
    clear();
    const QJsonObject json = profile.json;
    auto *about = new QTreeWidgetItem(this, {tr("Profile"), profile.name});
    about->setToolTip(1, profile.path);
    new QTreeWidgetItem(about,
                        {tr("Description"), json.value(QStringLiteral("description")).toString()});
    new QTreeWidgetItem(about, {tr("File"), profile.path});
    new QTreeWidgetItem(about, {tr("SHA-256"), profile.sha256});

    addVerdicts(profile);

    const auto list = [this](const QString &title, const QString &tip, const QStringList &names) {
        auto *item = new QTreeWidgetItem(this, {title, QString::number(names.size())});
        item->setToolTip(0, tip);
        for (const QString &name : names)
            new QTreeWidgetItem(item, {name, QString()});
        return item;
    };
    const QJsonObject imports = json.value(QStringLiteral("imports")).toObject();
    list(tr("Allowed imports"), tr("Modules code may import freely"),
         namesIn(imports.value(QStringLiteral("allow"))))
        ->setExpanded(true);
    list(tr("Imports that need review"),
         tr("Triggers: a cell importing one of these waits for a reviewer (pending review)"),
         namesIn(imports.value(QStringLiteral("review"))))
        ->setExpanded(true);
    list(tr("Blocked builtins"), tr("Calling one of these is refused"),
         namesIn(
             json.value(QStringLiteral("builtins")).toObject().value(QStringLiteral("blocked"))));
    list(tr("Blocked attributes"), tr("Reaching one of these is refused"),
         namesIn(
             json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("blocked"))));

    auto *limits = new QTreeWidgetItem(this, {tr("Limits"), QString()});
    const QJsonObject limitValues = json.value(QStringLiteral("limits")).toObject();
    for (auto it = limitValues.begin(); it != limitValues.end(); ++it)
        new QTreeWidgetItem(limits, {it.key(), QString::number(it.value().toInteger())});
    limits->setExpanded(true);

    auto *layers = new QTreeWidgetItem(this, {tr("Layers"), QString()});
    for (const QString &layer :
         {QStringLiteral("static"), QStringLiteral("runtime"), QStringLiteral("audit"),
          QStringLiteral("landlock"), QStringLiteral("seccomp"), QStringLiteral("rlimits"),
          QStringLiteral("namespaces")})
        new QTreeWidgetItem(layers, {layer, profile.layerEnabled(layer) ? tr("on") : tr("off")});
    layers->setExpanded(true);
    resizeColumnToContents(0);
}

// What each verdict covers under this profile, in plain words, read from the profile's own lists
// and switches (the kernel's part is the same for every profile).
void PolicyView::addVerdicts(const Profile &profile)
{
    const QJsonObject json = profile.json;
    const QJsonObject imports = json.value(QStringLiteral("imports")).toObject();
    const QStringList allowed = namesIn(imports.value(QStringLiteral("allow")));
    const QStringList review = namesIn(imports.value(QStringLiteral("review")));
    const QStringList builtins =
        namesIn(json.value(QStringLiteral("builtins")).toObject().value(QStringLiteral("blocked")));
    const QStringList attributes = namesIn(
        json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("blocked")));
    const bool writes = json.value(QStringLiteral("files"))
                            .toObject()
                            .value(QStringLiteral("write_output"))
                            .toBool(true);
    const bool textAsCode =
        !builtins.contains(QStringLiteral("eval")) || !builtins.contains(QStringLiteral("exec"));

    const auto section = [this](const QString &title, const QString &tip,
                                const QStringList &lines) {
        auto *item = new QTreeWidgetItem(this, {title, QString()});
        item->setToolTip(0, tip);
        for (const QString &line : lines) {
            auto *child = new QTreeWidgetItem(item, {line, QString()});
            child->setFirstColumnSpanned(true);
            child->setToolTip(0, line);
        }
        item->setExpanded(true);
        return item;
    };

    QStringList runs;
    runs << (allowed.isEmpty() ? tr("No imports at all")
                               : tr("Imports of %1").arg(shortList(allowed)));
    runs << tr("Reading the registered datasets and the folders you allow (File > Allow Reading "
               "a Folder)");
    runs << (writes ? tr("Writing files into the run's output folder")
                    : tr("Nothing is written: this profile allows no file writes"));
    if (textAsCode)
        runs << tr("eval() and exec() of text written in the cell itself");
    section(tr("Runs"), tr("Code that only does these runs as written"), runs);

    QStringList denied;
    denied << tr("Imports of any module not listed here");
    if (!builtins.isEmpty())
        denied << tr("Using the builtins %1").arg(shortList(builtins));
    if (!attributes.isEmpty())
        denied << tr("Reaching the internals %1").arg(shortList(attributes, 8));
    denied << tr("Reading files outside the datasets and allowed folders");
    denied << (writes ? tr("Writing files outside the output folder") : tr("Writing any file"));
    denied << tr("Starting programs, network connections, native code and signals to other "
                 "processes (the kernel refuses them for every profile)");
    QStringList limits;
    const QJsonObject limitValues = json.value(QStringLiteral("limits")).toObject();
    if (limitValues.contains(QStringLiteral("timeout_s")))
        limits << tr("%1 s per cell").arg(profile.limit(QStringLiteral("timeout_s")));
    if (limitValues.contains(QStringLiteral("memory_mb")))
        limits << tr("%1 MB of memory").arg(profile.limit(QStringLiteral("memory_mb")));
    if (!limits.isEmpty())
        denied << tr("Going beyond the limits: %1").arg(limits.join(QStringLiteral(", ")));
    section(tr("Denied at run time"),
            tr("The cell stops with a message naming the rule, the line and what to do instead"),
            denied);

    QStringList waits;
    if (!review.isEmpty())
        waits << tr("Imports of %1").arg(shortList(review));
    if (textAsCode)
        waits << tr("eval() or exec() of text built while the cell runs");
    waits << tr("pandas eval() or query() with engine='python'");
    waits << tr("Unpickling a file (pickle.load, pandas.read_pickle, joblib.load)");
    if (profile.reviewTriggerEnabled(QStringLiteral("llm_first_run")))
        waits << tr("Code from an LLM, the first time it runs");
    if (profile.reviewTriggerEnabled(QStringLiteral("raised_limits")))
        waits << tr("Cells run with limits raised above the profile's");
    if (profile.reviewTriggerEnabled(QStringLiteral("output_files")))
        waits << tr("Cells that write files");
    section(tr("Waits for review"),
            tr("The cell does not run until a reviewer approves exactly this code; the reviewer "
               "sees the reason and the code"),
            waits);
}

} // namespace sandbench
