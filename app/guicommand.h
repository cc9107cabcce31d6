// `sandbench [--db PATH] [--data NAME=FILE]... [--out DIR] [SCRIPT.py]`: opens the window.
#pragma once

#include <QStringList>

namespace sandbench {

int runGui(int &argc, char **argv);

} // namespace sandbench
