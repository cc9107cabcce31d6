// Run status names on the wire. Qt-free so the worker can use them; the app's RunStatus
// (core/runstatus.h) spells them the same way, which tst_workerclient checks.
#pragma once

#include <array>
#include <string_view>

namespace sandbench::protocol {

// What the worker's Python may report as an execute's status. The others are decided elsewhere:
// `timeout` and `crashed` by the keeper or the app, `tampered` by the worker's verdict (a reply
// that is not what the trusted side saw) or the app (a frame without a valid seal).
inline constexpr std::array<std::string_view, 8> kReportedStatuses{
    "ok", "error", "rejected", "denied", "memory", "output_limit", "pending_review", "interrupted"};

inline constexpr std::string_view kStatusDenied = "denied";
inline constexpr std::string_view kStatusOutputLimit = "output_limit";
inline constexpr std::string_view kStatusTampered = "tampered";
inline constexpr std::string_view kStatusOk = "ok";
inline constexpr std::string_view kStatusError = "error";

// An execute request's "on_error" field: "keep" keeps the session's state as a cell that raised an
// ordinary exception left it (status error), as Jupyter does; absent or "rollback", a failed cell
// changes nothing. Refusals, limits and tampering always roll back.
inline constexpr std::string_view kOnErrorField = "on_error";
inline constexpr std::string_view kOnErrorKeep = "keep";
inline constexpr std::string_view kOnErrorRollback = "rollback";

// A `crashed` reply from a snapshot that took over from a killed keeper (PROTOCOL.md) carries the
// request id of the last cell whose state the session holds now (0: none, the configured state):
// the app drops the runs it recorded after that one from the state's lineage (issue 19).
inline constexpr std::string_view kRestoredToField = "restored_to";

} // namespace sandbench::protocol
