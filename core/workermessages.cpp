#include "workermessages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <vector>

namespace sandbench {

namespace {

// How a template's placeholder matches the worker's text, one letter per placeholder in order:
//   p  plain text (a path, a module name, a number), shown as it is;
//   t  a piece that may itself be a catalog message (a reason, a next step), translated in turn;
//   W  one of the "why" phrases (group W), translated; A  one of the actions (group A), translated.
// A group lists fixed phrases so that a phrase holding the separator that follows it ("; ") still
// splits the message in the right place.
struct Entry
{
    const char *id;
    const char *english; // the worker's wording, placeholders %1..%9 in order
    const char *args;    // the letters above, one per placeholder
    char group;          // 0, or the group this fixed phrase belongs to
};

// The worker's messages, as sandbox/python/sandbench_worker/** and sandbox/worker/*.cpp write them.
// Order matters where one template would also match another's text: the more specific comes
// first.
// clang-format off
const Entry kEntries[] = {
    // Why a module or name is out of reach (static_check.py, _WHY).
    {"why-process", QT_TRANSLATE_NOOP("WorkerMessage", "starting programs is not possible in Sandbench; do the work in Python instead"), "", 'W'},
    {"why-interp", QT_TRANSLATE_NOOP("WorkerMessage", "it reaches the interpreter's internals and the import machinery"), "", 'W'},
    {"why-native", QT_TRANSLATE_NOOP("WorkerMessage", "it loads native code"), "", 'W'},
    {"why-net", QT_TRANSLATE_NOOP("WorkerMessage", "network access is not possible in Sandbench"), "", 'W'},
    {"why-files", QT_TRANSLATE_NOOP("WorkerMessage", "files are read through the dataset variables or pandas readers and written into the output folder only"), "", 'W'},
    {"why-pickle", QT_TRANSLATE_NOOP("WorkerMessage", "loading pickled data can run hidden code"), "", 'W'},
    {"why-thread", QT_TRANSLATE_NOOP("WorkerMessage", "background work could outlive the run"), "", 'W'},
    {"why-introspect", QT_TRANSLATE_NOOP("WorkerMessage", "it walks the interpreter's objects and running frames"), "", 'W'},
    {"why-env", QT_TRANSLATE_NOOP("WorkerMessage", "environment variables can hold secrets"), "", 'W'},
    {"why-future", QT_TRANSLATE_NOOP("WorkerMessage", "it is not needed in a cell (Python 3.11); remove the line"), "", 'W'},
    {"why-allowlist", QT_TRANSLATE_NOOP("WorkerMessage", "it is not on the profile's allowlist"), "", 'W'},

    // What the audit hook saw the cell do to a path (audithook.cpp, checkPath's callers).
    {"action-read-database", QT_TRANSLATE_NOOP("WorkerMessage", "reading the database"), "", 'A'},
    {"action-create-database", QT_TRANSLATE_NOOP("WorkerMessage", "creating the database"), "", 'A'},
    {"action-move-to", QT_TRANSLATE_NOOP("WorkerMessage", "moving to"), "", 'A'},
    {"action-copy-to", QT_TRANSLATE_NOOP("WorkerMessage", "copying to"), "", 'A'},
    {"action-read", QT_TRANSLATE_NOOP("WorkerMessage", "reading"), "", 'A'},
    {"action-write", QT_TRANSLATE_NOOP("WorkerMessage", "writing"), "", 'A'},
    {"action-list", QT_TRANSLATE_NOOP("WorkerMessage", "listing"), "", 'A'},
    {"action-change", QT_TRANSLATE_NOOP("WorkerMessage", "changing"), "", 'A'},
    {"action-move", QT_TRANSLATE_NOOP("WorkerMessage", "moving"), "", 'A'},
    {"action-copy", QT_TRANSLATE_NOOP("WorkerMessage", "copying"), "", 'A'},
    {"action-archive", QT_TRANSLATE_NOOP("WorkerMessage", "archiving"), "", 'A'},

    // The next step a refusal names (hints.py).
    {"hint-window-read-folder", QT_TRANSLATE_NOOP("WorkerMessage", "in the window: File > Allow Reading a Folder"), "", 0},
    {"hint-window-review", QT_TRANSLATE_NOOP("WorkerMessage", "in the window: the Review Queue panel"), "", 0},
    {"hint-window-memory", QT_TRANSLATE_NOOP("WorkerMessage", "in the window: Edit > Settings, then Run > Restart Session"), "", 0},
    {"hint-cli-read-folder", QT_TRANSLATE_NOOP("WorkerMessage", "on the command line: --read FOLDER"), "", 0},
    {"hint-cli-review", QT_TRANSLATE_NOOP("WorkerMessage", "on the command line: sandbench review list"), "", 0},
    {"hint-cli-memory", QT_TRANSLATE_NOOP("WorkerMessage", "on the command line: --memory MB"), "", 0},
    {"hint-window-cluster", QT_TRANSLATE_NOOP("WorkerMessage", "in the window: the Cluster panel"), "", 0},
    {"hint-cli-cluster", QT_TRANSLATE_NOOP("WorkerMessage", "on the command line: sandbench cluster status --state DIR --live"), "", 0},
    {"hint-allows-no-imports", QT_TRANSLATE_NOOP("WorkerMessage", "the profile allows no imports"), "", 0},
    {"hint-allowed-modules-and-others", QT_TRANSLATE_NOOP("WorkerMessage", "the allowed modules are %1 and others: see the profile's allowlist (Settings > Policy)"), "p", 0},
    {"hint-allowed-modules", QT_TRANSLATE_NOOP("WorkerMessage", "the allowed modules are %1"), "p", 0},

    // Larger-than-memory datasets (lazy.py): what cannot be read in blocks, and a sort too large.
    {"lazy-sort-too-large", QT_TRANSLATE_NOOP("WorkerMessage", "Sorting %1 would load all %2 rows of the view (about %3 MB in memory), more than a quarter of the session's memory limit (%4 MB): filter it first, or sort in a cell with nlargest()/nsmallest() to keep the top rows"), "pppp", 0},
    {"lazy-json-array", QT_TRANSLATE_NOOP("WorkerMessage", "dataset '%1' (%2): a JSON array cannot be read in blocks; save it as JSON lines (one object a line, .jsonl) or add it without 'larger than memory'"), "pp", 0},
    {"lazy-format", QT_TRANSLATE_NOOP("WorkerMessage", "dataset '%1' (%2): %3 files cannot be read in blocks; add it without 'larger than memory', or save it as CSV, JSON lines or Parquet"), "ppp", 0},
    {"lazy-parquet", QT_TRANSLATE_NOOP("WorkerMessage", "dataset '%1' (%2): reading Parquet needs pyarrow, which is not installed, so a Parquet file cannot be read in blocks (or at all); install python3-pyarrow or convert the file to CSV"), "pp", 0},
    {"lazy-dask-not-allowed", QT_TRANSLATE_NOOP("WorkerMessage", "dataset '%1' (%2): larger-than-memory datasets need dask, which the profile '%3' does not allow or which is not installed; add the file without 'larger than memory', or use a profile that allows dask (default)"), "ppp", 0},
    {"lazy-no-dask", QT_TRANSLATE_NOOP("WorkerMessage", "dataset '%1' (%2): larger-than-memory datasets need dask, which is not installed; install python3-dask"), "pp", 0},
    {"lazy-column-type", QT_TRANSLATE_NOOP("WorkerMessage", "dataset '%1' (%2): column '%3' holds %4 values in bytes %5-%6 where the first rows held %7; add the file without 'larger than memory', or convert the column in a cell with map_partitions"), "ppppppp", 0},

    // The static check (static_check.py).
    {"import-not-needed", QT_TRANSLATE_NOOP("WorkerMessage", "import of '%1' is not allowed: it is not needed in a cell (Python 3.11); remove the line"), "p", 0},
    {"import-not-allowed", QT_TRANSLATE_NOOP("WorkerMessage", "import of '%1' is not allowed: %2; %3"), "pWt", 0},
    {"import-needs-review-static", QT_TRANSLATE_NOOP("WorkerMessage", "import of '%1' needs review: the '%2' profile lets a reviewer approve it, and a reviewer must approve this cell before it runs (or use only allowed modules)"), "pp", 0},
    {"refused", QT_TRANSLATE_NOOP("WorkerMessage", "%1 is refused: %2"), "tt", 0},
    {"what-attribute", QT_TRANSLATE_NOOP("WorkerMessage", "access to '.%1'"), "p", 0},
    {"what-os-attribute", QT_TRANSLATE_NOOP("WorkerMessage", "access to 'os.%1'"), "p", 0},
    {"what-name", QT_TRANSLATE_NOOP("WorkerMessage", "the name '%1'"), "p", 0},
    {"what-attribute-name", QT_TRANSLATE_NOOP("WorkerMessage", "the attribute name '%1'"), "p", 0},
    {"reason-frames", QT_TRANSLATE_NOOP("WorkerMessage", "it reaches running frames and their variables, the usual way out of a sandbox; use the object's public methods instead"), "", 0},
    {"reason-internals", QT_TRANSLATE_NOOP("WorkerMessage", "it reaches Python's internals (classes, function globals, builtins), the usual way out of a sandbox; use the object's public methods instead"), "", 0},
    {"reason-dunder", QT_TRANSLATE_NOOP("WorkerMessage", "special double-underscore attributes other than common ones like __init__, __name__ and __doc__ are off limits in a cell; use the object's public methods instead"), "", 0},
    {"reason-machinery", QT_TRANSLATE_NOOP("WorkerMessage", "%1, which is not reachable from a cell (%2); %3"), "tWt", 0},
    {"reached-module", QT_TRANSLATE_NOOP("WorkerMessage", "it is the module '%1'"), "p", 0},
    {"reached-quoted", QT_TRANSLATE_NOOP("WorkerMessage", "it reaches '%1'"), "p", 0},
    {"reached", QT_TRANSLATE_NOOP("WorkerMessage", "it reaches %1"), "p", 0},
    {"advice-column", QT_TRANSLATE_NOOP("WorkerMessage", "use the allowed libraries' public functions instead (a data column called '%1' is read as df['%2'])"), "pp", 0},
    {"advice-own-variable", QT_TRANSLATE_NOOP("WorkerMessage", "use the allowed libraries' public functions instead (if it is your own variable, choose another name)"), "", 0},
    {"advice-public", QT_TRANSLATE_NOOP("WorkerMessage", "use the allowed libraries' public functions instead"), "", 0},
    {"builtin-open", QT_TRANSLATE_NOOP("WorkerMessage", "open() is not available in a cell: use the dataset variables or pandas readers to read, and df.to_csv('name.csv') or fig.savefig('name.png') to write into the output folder"), "", 0},
    {"builtin-eval", QT_TRANSLATE_NOOP("WorkerMessage", "%1() is not available in a cell: running code built from text is refused; write the code directly in the cell"), "p", 0},
    {"builtin-compile", QT_TRANSLATE_NOOP("WorkerMessage", "compile() is not available in a cell: running code built from text is refused; write the code directly in the cell (re.compile is fine)"), "", 0},
    {"builtin-import", QT_TRANSLATE_NOOP("WorkerMessage", "__import__() is not available in a cell: use a plain import statement for an allowed module"), "", 0},
    {"builtin-globals", QT_TRANSLATE_NOOP("WorkerMessage", "globals() is not available in a cell: it exposes the cell's whole namespace; refer to your variables by name or keep them in a dict"), "", 0},
    {"builtin-locals", QT_TRANSLATE_NOOP("WorkerMessage", "locals() is not available in a cell: it exposes the interpreter's namespaces; refer to your variables by name or keep them in a dict"), "", 0},
    {"builtin-vars", QT_TRANSLATE_NOOP("WorkerMessage", "vars() is not available in a cell: it exposes objects' internals; refer to attributes by name or keep values in a dict"), "", 0},
    {"builtin-input", QT_TRANSLATE_NOOP("WorkerMessage", "input() is not available in a cell: nobody can answer while it runs; put the value in the cell"), "", 0},
    {"builtin-exit", QT_TRANSLATE_NOOP("WorkerMessage", "%1() is not available in a cell: to stop early, raise an exception with a clear message"), "p", 0},
    {"builtin-breakpoint", QT_TRANSLATE_NOOP("WorkerMessage", "breakpoint() is not available in a cell: there is no debugger; use print() to look at values"), "", 0},
    {"builtin-help", QT_TRANSLATE_NOOP("WorkerMessage", "help() is not available in a cell: it starts an interactive pager; print(obj.__doc__) shows the same text"), "", 0},
    {"builtin-memoryview", QT_TRANSLATE_NOOP("WorkerMessage", "memoryview() is not available in a cell: raw memory access is refused; use numpy arrays"), "", 0},
    {"builtin-blocked", QT_TRANSLATE_NOOP("WorkerMessage", "%1 is not available in a cell: the profile blocks this builtin; if it is your own variable, choose another name"), "p", 0},
    {"builtin-as-name", QT_TRANSLATE_NOOP("WorkerMessage", "'%1' cannot be used as a variable name in a cell: it is the name of a blocked builtin; choose another name"), "p", 0},
    {"relative-import", QT_TRANSLATE_NOOP("WorkerMessage", "relative import 'from %1 import %2' does not work in a cell: a cell is not part of a package; import the module by its full name"), "pp", 0},
    {"syntax-too-deep", QT_TRANSLATE_NOOP("WorkerMessage", "the cell is nested too deeply to be checked; split long expressions into several statements"), "", 0},

    // The review triggers (review.py).
    {"import-needs-review", QT_TRANSLATE_NOOP("WorkerMessage", "import of '%1' needs review: the '%2' profile lets a reviewer approve it (%3), or use only allowed modules"), "ppt", 0},
    {"output-file-write", QT_TRANSLATE_NOOP("WorkerMessage", "'%1' writes a file into the output folder: the '%2' profile has a reviewer approve cells that write files"), "pp", 0},
    {"unpickling", QT_TRANSLATE_NOOP("WorkerMessage", "'%1' unpickles data, which can run code stored in the file: a reviewer must approve it, or save and load the data as CSV or Parquet instead"), "p", 0},

    // The runtime guard (runtime.py): its messages end in the rule's name.
    {"runtime-rule", QT_TRANSLATE_NOOP("WorkerMessage", "%1 [rule %2]"), "tp", 0},
    {"runtime-import-review", QT_TRANSLATE_NOOP("WorkerMessage", "import %1: '%2' needs review in the profile '%3' and is not enabled for this run (allowed: %4)"), "pppp", 0},
    {"runtime-import", QT_TRANSLATE_NOOP("WorkerMessage", "import %1: '%2' is not in the imports the profile '%3' allows (allowed: %4)"), "pppp", 0},
    {"runtime-relative-import", QT_TRANSLATE_NOOP("WorkerMessage", "relative imports are not available in cells; import the package by its full name"), "", 0},
    {"runtime-attribute", QT_TRANSLATE_NOOP("WorkerMessage", "the attribute '%1' leads to interpreter internals and is not available in cells; use the object's public API"), "p", 0},

    // The audit hook (audithook.cpp): files, processes, network, native code.
    {"write-denied", QT_TRANSLATE_NOOP("WorkerMessage", "%1 %2 refused: this profile allows no file writes at all"), "Ap", 0},
    {"outside-write-zone", QT_TRANSLATE_NOOP("WorkerMessage", "%1 %2 refused: %3 is outside the output folder %4; save into the output folder with a relative name instead, for example df.to_csv('report.csv')"), "Appp", 0},
    {"outside-read-zone-hint", QT_TRANSLATE_NOOP("WorkerMessage", "%1 %2 refused: %3 is not a registered dataset, a folder allowed for reading, or the output folder; register the file as a dataset or allow its folder (%4)"), "Appt", 0},
    {"outside-read-zone", QT_TRANSLATE_NOOP("WorkerMessage", "%1 %2 refused: %3 is not a registered dataset, a folder allowed for reading, or the output folder; register the file as a dataset or allow its folder"), "App", 0},
    {"database-invalid-path", QT_TRANSLATE_NOOP("WorkerMessage", "opening the database %1 refused: its name is not a valid path"), "p", 0},
    {"output-files", QT_TRANSLATE_NOOP("WorkerMessage", "creating %1 refused: the run may create at most %2 files in the output folder"), "pp", 0},
    {"link", QT_TRANSLATE_NOOP("WorkerMessage", "creating links is not allowed: a link could point outside the output folder; copy the data instead"), "", 0},
    {"sqlite-extension", QT_TRANSLATE_NOOP("WorkerMessage", "loading SQLite extensions is not allowed: an extension is native code; use SQL and pandas instead"), "", 0},
    {"process", QT_TRANSLATE_NOOP("WorkerMessage", "starting programs or processes is not possible in Sandbench ('%1'); do the work in Python with pandas, numpy or scipy instead"), "p", 0},
    {"network", QT_TRANSLATE_NOOP("WorkerMessage", "network access is not possible in Sandbench ('%1'); register local files as datasets instead"), "p", 0},
    {"cluster-gave-up", QT_TRANSLATE_NOOP("WorkerMessage", "KilledWorker: the cluster %1 gave up on the task %2: the workers that ran it ended %3 times; check its workers (%4), give each worker more memory or use smaller partitions, then run the cell again"), "pppt", 0},
    {"network-cluster", QT_TRANSLATE_NOOP("WorkerMessage", "network access is limited to the cluster in this profile ('%1' %2); register local files as datasets instead"), "pp", 0},
    {"ctypes", QT_TRANSLATE_NOOP("WorkerMessage", "calling native code through ctypes is not allowed ('%1')"), "p", 0},
    {"pickle", QT_TRANSLATE_NOOP("WorkerMessage", "unpickling refused: the data names a class outside pandas and numpy, which could run code; load data from CSV, Parquet or Excel"), "", 0},
    {"introspection-machinery", QT_TRANSLATE_NOOP("WorkerMessage", "'%1' is not available in a cell: it could reach the sandbox's own machinery"), "p", 0},
    {"introspection-frames", QT_TRANSLATE_NOOP("WorkerMessage", "'%1' is not available in a cell: frames and code objects reach the sandbox"), "p", 0},
    {"signal", QT_TRANSLATE_NOOP("WorkerMessage", "sending signals to processes is not allowed"), "", 0},
    {"audit-attribute", QT_TRANSLATE_NOOP("WorkerMessage", "the attribute '%1' is not available in a cell: it reaches frames, globals or code"), "p", 0},
    {"evidence-overflow", QT_TRANSLATE_NOOP("WorkerMessage", "%1 more refusals were seen than the log keeps"), "p", 0},

    // The kernel's layers (session.py, seccompfilter.cpp).
    {"database-read-only", QT_TRANSLATE_NOOP("WorkerMessage", "writing the database was refused: it is in a folder the run may only read (or was opened read-only). To change it, copy it into the output folder first, e.g. shutil.copy('data/db.sqlite', 'db.sqlite'), and connect to the copy"), "", 0},
    {"kernel-file-access", QT_TRANSLATE_NOOP("WorkerMessage", "the kernel refused access to %1: it is outside the run's zones. To read it, allow its folder (%2); to write, use a relative name, which lands in the output folder"), "pt", 0},
    {"kernel-operation", QT_TRANSLATE_NOOP("WorkerMessage", "the kernel refused the operation: %1"), "p", 0},
    {"syscall-named", QT_TRANSLATE_NOOP("WorkerMessage", "the kernel refused the system call '%1'"), "p", 0},
    {"syscall", QT_TRANSLATE_NOOP("WorkerMessage", "the kernel refused a system call"), "", 0},

    // The limits (keeper.cpp).
    {"timeout", QT_TRANSLATE_NOOP("WorkerMessage", "wall-clock limit of %1 s reached"), "p", 0},
    {"timeout-cell", QT_TRANSLATE_NOOP("WorkerMessage", "The cell ran longer than its time limit of %1 s and was stopped. The session's variables are as they were before it."), "p", 0},
    {"timeout-request", QT_TRANSLATE_NOOP("WorkerMessage", "The request took longer than its time limit of %1 s and was stopped."), "p", 0},
    // What the worker writes around a cell's output (session.py, rich.py, capture.py): the
    // framing of a refusal, the limits' notes. Python's own exception texts stay as Python wrote
    // them.
    {"stderr-not-run-check", QT_TRANSLATE_NOOP("WorkerMessage", "The cell was not run: the sandbox's check refused it."), "", 0},
    {"stderr-not-run-review", QT_TRANSLATE_NOOP("WorkerMessage", "The cell was not run: it waits for a reviewer's approval."), "", 0},
    {"stderr-not-run", QT_TRANSLATE_NOOP("WorkerMessage", "The cell was not run:"), "", 0},
    {"stderr-violation", QT_TRANSLATE_NOOP("WorkerMessage", "  line %1, column %2: %3 [%4]"), "pptp", 0},
    {"stderr-note", QT_TRANSLATE_NOOP("WorkerMessage", "Note: line %1: %2"), "pt", 0},
    {"figure-failed", QT_TRANSLATE_NOOP("WorkerMessage", "A figure could not be rendered: %1"), "p", 0},
    {"figures-dropped", QT_TRANSLATE_NOOP("WorkerMessage", "[%1 more figures dropped: a cell keeps at most %2]"), "pp", 0},
    {"displays-dropped", QT_TRANSLATE_NOOP("WorkerMessage", "[%1 more displayed outputs dropped: a cell keeps at most %2]"), "pp", 0},
    {"display-note", QT_TRANSLATE_NOOP("WorkerMessage", "[display: %1]"), "t", 0},
    {"display-too-large", QT_TRANSLATE_NOOP("WorkerMessage", "an output of %1 bytes was not kept: the cell's rich outputs may take %2 bytes in all"), "pp", 0},
    {"interrupted", QT_TRANSLATE_NOOP("WorkerMessage", "KeyboardInterrupt: the cell was interrupted"), "", 0},
    {"memory", QT_TRANSLATE_NOOP("WorkerMessage", "MemoryError: the cell needed more memory than the profile's limit allows; work on a sample or raise the limit (%1)"), "t", 0},
    {"file-size", QT_TRANSLATE_NOOP("WorkerMessage", "A file grew past the profile's file size limit."), "", 0},
    {"output-cut", QT_TRANSLATE_NOOP("WorkerMessage", "[... output cut: %1 more characters not kept ...]"), "p", 0},
    {"nested-eval", QT_TRANSLATE_NOOP("WorkerMessage", "%1() nested more than %2 deep is refused; write the code directly in the cell"), "pp", 0},
    {"text-given-to", QT_TRANSLATE_NOOP("WorkerMessage", "in the text given to %1(): %2"), "pt", 0},

    // The library guard (libraryguard.cpp).
    {"library-changed", QT_TRANSLATE_NOOP("WorkerMessage", "The cell changed a library that later cells rely on (%1). It was refused; the session's variables are as they were before it."), "t", 0},
    {"library-deleted", QT_TRANSLATE_NOOP("WorkerMessage", "%1 cannot be deleted from a cell"), "p", 0},
    {"library-replaced", QT_TRANSLATE_NOOP("WorkerMessage", "%1 cannot be replaced from a cell"), "p", 0},

    // IPython syntax in a cell (notebook.py).
    {"advice-packages", QT_TRANSLATE_NOOP("WorkerMessage", "cells cannot start programs or reach the network, so nothing can be installed from a cell. Sandbench runs this machine's Python (/usr/bin/python3) with the packages installed on the machine: have the package installed there (on Debian or Ubuntu: sudo apt install python3-NAME), then start Sandbench again. pandas, numpy, scipy, statsmodels, matplotlib and seaborn are there already"), "", 0},
    {"advice-shell", QT_TRANSLATE_NOOP("WorkerMessage", "cells cannot start programs; do the work in Python instead (os, pathlib, shutil and glob for files, pandas for data)"), "", 0},
    {"magic-shown-as-text", QT_TRANSLATE_NOOP("WorkerMessage", "%1: the cell's text is shown as text"), "p", 0},
    {"magic-writefile-name", QT_TRANSLATE_NOOP("WorkerMessage", "%1 needs exactly one file name, for example %%writefile notes.txt"), "p", 0},
    {"magic-cell-not-available", QT_TRANSLATE_NOOP("WorkerMessage", "the cell magic %1 is not available in Sandbench: a cell is plain Python; remove the first line to run the rest as Python"), "p", 0},
    {"magic-first-line", QT_TRANSLATE_NOOP("WorkerMessage", "%%%1 must be the cell's first line, as in Jupyter"), "p", 0},
    {"magic-not-available", QT_TRANSLATE_NOOP("WorkerMessage", "%1 is not available in Sandbench: %2"), "pt", 0},
    {"magic-skipped-help", QT_TRANSLATE_NOOP("WorkerMessage", "%1 was skipped: print(%2.__doc__) shows the help"), "pp", 0},
    {"magic-skipped", QT_TRANSLATE_NOOP("WorkerMessage", "%1 was skipped: %2"), "pt", 0},
    {"magic-runs-file", QT_TRANSLATE_NOOP("WorkerMessage", "it runs another file as a program; paste its code into a cell instead"), "", 0},
    {"magic-loads-code", QT_TRANSLATE_NOOP("WorkerMessage", "it loads code from a file or URL; paste the code into a cell instead"), "", 0},
    {"magic-no-editor", QT_TRANSLATE_NOOP("WorkerMessage", "there is no editor in a cell; edit the cell itself"), "", 0},
    {"magic-no-ipython", QT_TRANSLATE_NOOP("WorkerMessage", "there is no IPython in Sandbench"), "", 0},
    {"magic-line-writefile", QT_TRANSLATE_NOOP("WorkerMessage", "a line magic cannot write a file; use %%writefile NAME as a cell magic"), "", 0},
    {"magic-time", QT_TRANSLATE_NOOP("WorkerMessage", "the duration is not printed; the run record keeps each cell's duration"), "", 0},
    {"magic-timeit", QT_TRANSLATE_NOOP("WorkerMessage", "the statement ran once and is not timed; the run record keeps each cell's duration"), "", 0},
    {"magic-prun", QT_TRANSLATE_NOOP("WorkerMessage", "the statement ran without profiling"), "", 0},
    {"magic-memit", QT_TRANSLATE_NOOP("WorkerMessage", "the statement ran without measuring memory"), "", 0},
    {"magic-capture", QT_TRANSLATE_NOOP("WorkerMessage", "its output is shown, not captured"), "", 0},

    // Code a reviewer cannot read in the cell (review.py).
    {"hidden-code", QT_TRANSLATE_NOOP("WorkerMessage", "%1 runs code that cannot be read in the cell: a reviewer must approve the cell before it runs (in the window: the Review Queue panel; on the command line: sandbench review approve), or write the code directly in the cell"), "p", 0},
    {"pandas-engine-python", QT_TRANSLATE_NOOP("WorkerMessage", "%1() with engine='python' evaluates its text as Python code: a reviewer must approve it, or use the default engine or boolean indexing (df[df.col > 0])"), "p", 0},

    // The runtime guard's rarer refusals (runtime.py).
    {"runtime-namespace", QT_TRANSLATE_NOOP("WorkerMessage", "%1 would hand over the namespace of the %2 '%3'; use dir() and the %4's public names instead (vars() and __dict__ of an instance are fine)"), "pppp", 0},
    {"runtime-module", QT_TRANSLATE_NOOP("WorkerMessage", "%1 reaches the module '%2', which the profile '%3' does not allow; use the allowed libraries' own functions instead"), "ppp", 0},
    {"runtime-dangerous-state", QT_TRANSLATE_NOOP("WorkerMessage", "%1 reaches the interpreter's own state (the loaded modules, the import path, the builtins or the environment), which cells may not use"), "p", 0},
    {"runtime-dangerous", QT_TRANSLATE_NOOP("WorkerMessage", "%1 reaches %2, which cells may not use: %3"), "pt", 0},
    {"runtime-escape-default", QT_TRANSLATE_NOOP("WorkerMessage", "files, processes and interpreter internals stay outside the sandbox"), "", 0},
    {"runtime-escape-os", QT_TRANSLATE_NOOP("WorkerMessage", "it starts or signals a process, which is not possible in Sandbench; do the work in Python (pandas, numpy, scipy) instead"), "", 0},
    {"runtime-escape-sys", QT_TRANSLATE_NOOP("WorkerMessage", "it hooks the interpreter the sandbox runs in"), "", 0},
    {"runtime-format", QT_TRANSLATE_NOOP("WorkerMessage", "the format string %1 reads '%2' through the field '{%3}'; format plain values instead (for example f'{value:,.2f}')"), "ppp", 0},
    {"runtime-getattr-internal", QT_TRANSLATE_NOOP("WorkerMessage", "%1(..., '%2'): the attribute '%3' leads to interpreter internals and is not available in cells"), "ppp", 0},
    {"runtime-setattr", QT_TRANSLATE_NOOP("WorkerMessage", "%1(..., '%2'): cells may not assign or delete '%3'"), "ppp", 0},
    {"runtime-assign-attribute", QT_TRANSLATE_NOOP("WorkerMessage", "cells may not assign or delete the attribute '%1'"), "p", 0},
    {"runtime-update-wrapper", QT_TRANSLATE_NOOP("WorkerMessage", "functools.update_wrapper cannot copy a module's namespace"), "", 0},
    {"runtime-from-import-internal", QT_TRANSLATE_NOOP("WorkerMessage", "from %1 import %2: '%3' leads to interpreter internals"), "ppp", 0},
    {"runtime-reserved-name", QT_TRANSLATE_NOOP("WorkerMessage", "the name '%1' is reserved for the sandbox's guards; choose another name"), "p", 0},
    {"runtime-internal-name", QT_TRANSLATE_NOOP("WorkerMessage", "the name '%1' reaches the interpreter's internals and is not available in cells"), "p", 0},
    {"runtime-class-defines", QT_TRANSLATE_NOOP("WorkerMessage", "class %1 defines %2, which cells may not define (finalizers outlive the cell; array interfaces read raw memory); use a with-block or an explicit close() instead"), "pp", 0},
    {"runtime-class-pattern", QT_TRANSLATE_NOOP("WorkerMessage", "the class pattern reads the attribute '%1', which cells may not reach this way; match on public attributes"), "p", 0},
    {"runtime-pandas-expression", QT_TRANSLATE_NOOP("WorkerMessage", "the pandas expression %1 %2; pandas evaluates these strings as code. Use boolean indexing instead, for example df[(df.revenue > threshold) & (df.region == 'North')], or compute columns directly: df['total'] = df.units * df.price"), "pp", 0},
    {"runtime-backend", QT_TRANSLATE_NOOP("WorkerMessage", "%1(%2): cells draw with a non-interactive backend (Agg); figures are collected automatically, so no backend switch is needed"), "pp", 0},
    {"runtime-plot-backend", QT_TRANSLATE_NOOP("WorkerMessage", "the pandas plotting backend %1 would be imported by name; use the default 'matplotlib' backend"), "p", 0},
    {"runtime-optional-dependency", QT_TRANSLATE_NOOP("WorkerMessage", "import_optional_dependency(%1) would import a module the profile does not allow"), "p", 0},
    {"runtime-as-strided", QT_TRANSLATE_NOOP("WorkerMessage", "numpy.lib.stride_tricks.as_strided would view memory outside the array; use numpy.lib.stride_tricks.sliding_window_view, which checks its bounds"), "", 0},
    {"runtime-numpy-url", QT_TRANSLATE_NOOP("WorkerMessage", "numpy would download from a URL; cells have no network access. Register the file as a dataset and read it by name"), "", 0},
    {"runtime-seaborn-download", QT_TRANSLATE_NOOP("WorkerMessage", "seaborn.load_dataset(%1) would download from the internet; cells have no network access. Put the CSV in a folder the run may read and pass data_home='that folder', or register it as a dataset"), "p", 0},
    {"runtime-pandas-level", QT_TRANSLATE_NOOP("WorkerMessage", "level=%1 would make pandas read the variables of code outside the cell; leave level at its default"), "p", 0},

    // The sandbox's own state, shown in the Provenance panel (isolation.cpp, landlock.cpp,
    // seccompfilter.cpp, main.cpp, interpreter.cpp) and the keeper's answers (keeper.cpp).
    {"isolation-root", QT_TRANSLATE_NOOP("WorkerMessage", "started as root: running as nobody (65534)"), "", 0},
    {"isolation-unavailable", QT_TRANSLATE_NOOP("WorkerMessage", "namespaces unavailable (%1): a timeout kills the worker's process group instead"), "p", 0},
    {"isolation-fork-failed", QT_TRANSLATE_NOOP("WorkerMessage", "fork into the PID namespace failed: %1"), "p", 0},
    {"isolation-namespaces", QT_TRANSLATE_NOOP("WorkerMessage", "user, PID, network and IPC namespaces: the worker is pid 1; no network interface is up"), "", 0},
    {"isolation-off", QT_TRANSLATE_NOOP("WorkerMessage", "namespaces switched off by the profile"), "", 0},
    {"cluster-mount-namespace", QT_TRANSLATE_NOOP("WorkerMessage", "mount namespace with the PID namespace's own /proc"), "", 0},
    {"cluster-namespaces-off", QT_TRANSLATE_NOOP("WorkerMessage", "namespaces switched off"), "", 0},
    {"layer-without-namespaces", QT_TRANSLATE_NOOP("WorkerMessage", "unavailable without namespaces"), "", 0},
    {"landlock-on", QT_TRANSLATE_NOOP("WorkerMessage", "on (ABI %1)"), "p", 0},
    {"landlock-unavailable", QT_TRANSLATE_NOOP("WorkerMessage", "unavailable: this kernel has no Landlock (Linux 5.13+ with CONFIG_SECURITY_LANDLOCK and landlock in the lsm= boot list); the audit hook and seccomp still apply"), "", 0},
    {"landlock-failed", QT_TRANSLATE_NOOP("WorkerMessage", "landlock_create_ruleset failed: %1"), "p", 0},
    {"seccomp-init-failed", QT_TRANSLATE_NOOP("WorkerMessage", "seccomp_init failed"), "", 0},
    {"seccomp-handler-failed", QT_TRANSLATE_NOOP("WorkerMessage", "SIGSYS handler: %1"), "p", 0},
    {"seccomp-rule-failed", QT_TRANSLATE_NOOP("WorkerMessage", "seccomp_rule_add failed: %1"), "p", 0},
    {"seccomp-no-new-privs", QT_TRANSLATE_NOOP("WorkerMessage", "PR_SET_NO_NEW_PRIVS: %1"), "p", 0},
    {"seccomp-load-failed", QT_TRANSLATE_NOOP("WorkerMessage", "seccomp_load failed: %1"), "p", 0},
    {"restart-no-template", QT_TRANSLATE_NOOP("WorkerMessage", "this worker keeps no template to start a fresh session from; start a new worker instead"), "", 0},
    {"undo-nothing", QT_TRANSLATE_NOOP("WorkerMessage", "there is no earlier state to return to: undo goes back over cells that ended ok, and none is kept"), "", 0},
    {"undo-gone", QT_TRANSLATE_NOOP("WorkerMessage", "the earlier states are gone: they were dropped to keep the snapshots within the profile's memory budget"), "", 0},
    {"hint-serve-read-folder", QT_TRANSLATE_NOOP("WorkerMessage", "for sandbench serve: restart serve with --read FOLDER; no serve request adds a read folder"), "", 0},
    {"hint-serve-review", QT_TRANSLATE_NOOP("WorkerMessage", "for sandbench serve: sandbench review list on serve's database"), "", 0},
    {"hint-serve-memory", QT_TRANSLATE_NOOP("WorkerMessage", "for sandbench serve: restart serve with --memory MB"), "", 0},
    {"hint-serve-cluster", QT_TRANSLATE_NOOP("WorkerMessage", "for sandbench serve: sandbench cluster status --state DIR --live"), "", 0},

    // Last: "%%time: the duration is not printed..." (a magic's note), only when nothing more
    // specific matched.
    {"magic-note", QT_TRANSLATE_NOOP("WorkerMessage", "%1: %2"), "pt", 0},
};
// clang-format on

constexpr int kMaxDepth = 3; // a message inside a message inside a message: "refused" > reason

struct Compiled
{
    const Entry *entry;
    QRegularExpression pattern;
    int placeholders;
};

// The letter of placeholder `index` (see Entry), 'p' where the entry lists fewer.
char kindOf(const Entry &e, int index)
{
    for (int i = 0; i < index; ++i) {
        if (!e.args[i])
            return 'p';
    }
    return e.args[index] ? e.args[index] : 'p';
}

int placeholderCount(const char *english)
{
    int count = 0;
    for (const char *c = english; *c; ++c) {
        if (c[0] == '%' && c[1] >= '1' && c[1] <= '9')
            ++count;
    }
    return count;
}

QString groupAlternation(char group)
{
    QStringList phrases;
    for (const Entry &e : kEntries) {
        if (e.group == group)
            phrases.append(QRegularExpression::escape(QString::fromUtf8(e.english)));
    }
    // The longest first: "moving to" before "moving".
    std::sort(phrases.begin(), phrases.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QStringLiteral("(") + phrases.join(QLatin1Char('|')) + QStringLiteral(")");
}

const std::vector<Compiled> &compiled()
{
    static const std::vector<Compiled> table = [] {
        std::vector<Compiled> out;
        for (const Entry &e : kEntries) {
            QString pattern;
            QString literal;
            int index = 0;
            for (const char *c = e.english; *c; ++c) {
                if (c[0] == '%' && c[1] >= '1' && c[1] <= '9') {
                    pattern += QRegularExpression::escape(literal);
                    literal.clear();
                    const char kind = kindOf(e, index);
                    pattern += (kind == 'p' || kind == 't') ? QStringLiteral("(.+?)")
                                                            : groupAlternation(kind);
                    ++index;
                    ++c;
                    continue;
                }
                // Multi-byte UTF-8 never contains '%': collect bytes, decode once below.
                literal += QChar::fromLatin1(*c);
            }
            pattern += QRegularExpression::escape(literal);
            // The templates are ASCII; anchored, so a message matches a template as a whole.
            QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                                  QRegularExpression::DotMatchesEverythingOption);
            re.optimize();
            out.push_back({&e, re, placeholderCount(e.english)});
        }
        return out;
    }();
    return table;
}

// `translated` with %N replaced by args[N-1] as plain text, in one pass: a piece that holds "%2"
// itself is not read again. Empty when the translation names a piece the message does not have.
std::optional<QString> fill(const QString &translated, const QStringList &args)
{
    QString out;
    out.reserve(translated.size() + 64);
    for (qsizetype i = 0; i < translated.size(); ++i) {
        const QChar c = translated.at(i);
        if (c == QLatin1Char('%') && i + 1 < translated.size() &&
            translated.at(i + 1) >= QLatin1Char('1') && translated.at(i + 1) <= QLatin1Char('9')) {
            const int n = translated.at(i + 1).digitValue();
            if (n > args.size())
                return std::nullopt;
            out += args.at(n - 1);
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

QString translateAt(const QString &english, int depth)
{
    for (const Compiled &c : compiled()) {
        const QRegularExpressionMatch match = c.pattern.match(english);
        if (!match.hasMatch())
            continue;
        QStringList args;
        for (int i = 0; i < c.placeholders; ++i) {
            QString piece = match.captured(i + 1);
            if (kindOf(*c.entry, i) != 'p' && depth < kMaxDepth)
                piece = translateAt(piece, depth + 1);
            args.append(piece);
        }
        const QString translated = QCoreApplication::translate("WorkerMessage", c.entry->english);
        if (const auto text = fill(translated, args))
            return *text;
        return english;
    }
    return english;
}

} // namespace

QString WorkerMessages::translate(const QString &english)
{
    return translateAt(english, 0);
}

QString WorkerMessages::translateLines(const QString &text)
{
    constexpr qsizetype kHeadLines = 200;
    constexpr qsizetype kTailLines = 50;
    constexpr qsizetype kLongestLine = 4096; // the worker's own lines are short
    if (text.isEmpty())
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    bool changed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == kHeadLines && lines.size() - kTailLines > i)
            i = lines.size() - kTailLines; // skip the middle of a long text
        QString &line = lines[i];
        if (line.size() < 4 || line.size() > kLongestLine)
            continue;
        QString translated = translateAt(line, 0);
        if (translated != line) {
            line = std::move(translated);
            changed = true;
        }
    }
    return changed ? lines.join(QLatin1Char('\n')) : text;
}

QStringList WorkerMessages::templates()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out.append(QString::fromUtf8(e.english));
    return out;
}

QString WorkerMessages::idOf(const QString &english)
{
    for (const Compiled &c : compiled()) {
        if (c.pattern.match(english).hasMatch())
            return QString::fromLatin1(c.entry->id);
    }
    return {};
}

QString WorkerMessages::fromId(const QString &id, const QStringList &args, const QString &fallback)
{
    for (const Compiled &c : compiled()) {
        if (id != QLatin1String(c.entry->id))
            continue;
        if (args.size() != c.placeholders)
            return fallback;
        const QString translated = QCoreApplication::translate("WorkerMessage", c.entry->english);
        return fill(translated, args).value_or(fallback);
    }
    return fallback;
}

} // namespace sandbench
