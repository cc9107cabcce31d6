// Libraries a cell cannot poison (issue 12, item 3). A cell shares its interpreter with pandas,
// NumPy, SciPy, statsmodels and matplotlib: rebinding `pandas.DataFrame.mean` or `numpy.mean`
// would make every later, innocent cell print wrong numbers with nothing in its provenance. A
// check written in Python could be switched off by the cell; this one is C++ working on the
// CPython objects directly, which a cell cannot rebind.
//
// What is watched: the __dict__ of every module in sys.modules except the cell's namespace, the
// embedded interpreter's __main__, sys and the worker's own package; the own dict of every class
// those modules hold; sys.modules itself; pandas' plotting-backend registry. A rebound or deleted
// entry, or a new class entry that shadows an inherited attribute ("added over"), is a violation,
// recorded in the C-level evidence log (layer "guard", rule "library-attribute") and returned.
// What libraries legitimately change on their own is allowed by rule (see libraryguard.cpp,
// "What may change"), never by cell.
//
// What stays legitimate and is only reported: pandas options, matplotlib's rcParams, the global
// random states of `random` and `numpy.random` (a seed, or numbers drawn).
//
// Cost: every watched dict is copied once (the copy holds references, so identity comparisons stay
// sound even when the old object is freed) and remembered with CPython's dict version tag, which
// changes on every mutation. After a cell only dicts whose tag moved are compared entry by entry.
// The copies live in the keeper and are inherited by every cell's fork; a cell that commits
// carries them, updated, into the next keeper.
//
// One guard per process, like the evidence log: the keeper's fork-per-cell model means the
// process is the unit of state. Call everything from the thread that runs cells, GIL held.
#pragma once

#include "interpreter.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace sandbench::worker::libraryguard {

struct Outcome
{
    std::vector<std::string> violations;   // "pandas.DataFrame.mean cannot be replaced from a cell"
    std::vector<std::string> stateChanges; // "display.float_format", "rcParams['figure.dpi']"
    double microseconds = 0;               // time the check itself took
};

// Takes the first snapshot when this process has none yet (a session's first cells, until one
// commits); otherwise makes what changed since the inherited one (the worker's own warm-up, a
// dataset the keeper loaded) part of it. Call it while the standby waits for its request: it is
// not on the cell's clock then.
void prepare();

// Compares the libraries' state with the snapshot, records violations as evidence, then makes the
// current state the snapshot (for the next cell, should this one commit). Modules imported by the
// cell are new, not violations; their classes are watched from the next cell on.
Outcome check();

// How many dicts the snapshot watches (modules, classes, registries): for the benchmark.
std::size_t watchedDicts();

// The cell's reply as the guard's outcome requires: `state_changes` set by C++ (whatever the
// cell's Python put there is replaced); with violations, status `denied`, the violations listed
// with layer "guard", and no commit. Until the verdict builder owns the status, this is the one
// place where the guard changes a reply.
void applyTo(Reply &reply, const Outcome &outcome);
// The same on a header already parsed (parseReplyHeader, verdict.h), so that the guard and the
// verdict share one parse and one dump of the reply. A header that is not a result is left as it
// is: the verdict discards it, or the request never commits.
void applyTo(nlohmann::json &header, const Outcome &outcome);

} // namespace sandbench::worker::libraryguard
