// The trusted verdict of a cell. The worker's Python writes the reply, but it shares its
// interpreter with the cell's code, which can rebind whatever the reply is built with: its status
// and violations are the cell's word. This C++ decides what the app records instead, from the
// C-level evidence log (evidence.h), which no Python code can reach, and decides whether the cell's
// state is kept (sandbox/PROTOCOL.md, "Who decides what").
#pragma once

#include "evidence.h"
#include "interpreter.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace sandbench::worker {

struct Verdict
{
    std::string header;  // the reply header to send, its status and violations rewritten
    std::string payload; // the reply's payload, dropped when the header had to be rebuilt
    bool commit = false; // the cell's process becomes the keeper: only when the verdict is ok
};

// request: the request header the cell's process was given; reply: what Python's handle()
// returned; evidence, overflow: evidence::take() and evidence::overflowed() after it returned.
// For an execute the verdict is `denied` when any evidence was seen, else Python's status when it
// is one Python may report, else `tampered`; every other request is passed through, never
// committed.
Verdict decideVerdict(const std::string &request, const Reply &reply,
                      const std::vector<Observation> &evidence, std::size_t overflow);

// A result header the keeper writes on a cell's behalf (timeout, crashed): nothing of the cell's
// was kept.
std::string resultHeader(long long id, const std::string &status, const std::string &stderrText,
                         double durationMs, const nlohmann::json &violations);

} // namespace sandbench::worker
