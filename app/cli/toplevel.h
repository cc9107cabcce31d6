// `sandbench` without a subcommand: the list of commands both builds share, and what a build
// without the window (-DSANDBENCH_GUI=OFF) does in place of opening it.
#pragma once

#include <QString>
#include <QStringList>

namespace sandbench::cli {

// The description `sandbench --help` starts with: every subcommand, and the window when this
// build has one.
QString topLevelDescription(bool withWindow);

// A build without the window: --help and --version as usual; anything else is a usage error that
// names the subcommands instead. ARGUMENTS as QCoreApplication::arguments(), program first.
int runWithoutWindow(const QStringList &arguments);

} // namespace sandbench::cli
