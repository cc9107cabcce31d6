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

} // namespace sandbench
