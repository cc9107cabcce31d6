// Run status names and request fields on the wire. They are defined once, in protocol.json, and
// generated into protocol_constants.h (sandbox/protocol/generate_protocol.py); this header stays
// so that its users need not change. Qt-free so the worker can use them; the app's RunStatus
// (core/runstatus.h) is built from the same names, which tst_workerclient checks.
#pragma once

#include "protocol_constants.h"

// What the constants mean (see sandbox/PROTOCOL.md):
// - kReportedStatuses: what the worker's Python may report as an execute's status. The others are
//   decided elsewhere: `timeout` and `crashed` by the keeper or the app, `tampered` by the
//   worker's verdict (a reply that is not what the trusted side saw) or the app (a frame without
//   a valid seal).
// - kOnErrorField: an execute request's "on_error" field: kOnErrorKeep keeps the session's state
//   as a cell that raised an ordinary exception left it (status error), as Jupyter does; absent or
//   kOnErrorRollback, a failed cell changes nothing. Refusals, limits and tampering always roll
//   back.
// - kRestoredToField: a `crashed` reply from a snapshot that took over from a killed keeper
//   carries the request id of the last cell whose state the session holds now (0: none, the
//   configured state): the app drops the runs it recorded after that one from the state's lineage
//   (issue 19).
