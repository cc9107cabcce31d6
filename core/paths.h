// Where Sandbench keeps and finds things, the same way in the build tree and when installed.
#pragma once

#include <QString>

namespace sandbench::paths {

// $XDG_DATA_HOME/sandbench/sandbench.db (~/.local/share/sandbench/sandbench.db).
QString defaultDatabase();
// $XDG_DATA_HOME/sandbench/runs: each session gets a folder below it unless --out says otherwise.
QString defaultOutputRoot();
// Long-lived caches the worker may reuse (matplotlib's font cache).
QString cacheDir();
// bin/sandbench -> libexec/sandbench/sandbench-worker, found next to the app, never through PATH.
QString workerExecutable();
// $XDG_CONFIG_HOME/sandbench/profiles: the user's own sandbox profiles.
QString userProfileDir();
// share/sandbench/profiles: the profiles Sandbench ships (default, strict, trusted-reviewer).
QString installedProfileDir();
// share/sandbench/sample: the bundled sample dataset.
QString sampleDataDir();

} // namespace sandbench::paths
