// `sandbench [--db PATH] [--data NAME=FILE]... [--out DIR] [SCRIPT.py]`: opens the window.
#pragma once

#include <QStringList>

namespace sandbench {

int runGui(int &argc, char **argv);
// `sandbench review --gui [DB]`: the reviewer's window on a database's review queue.
int runReviewerGui(int &argc, char **argv);

} // namespace sandbench
