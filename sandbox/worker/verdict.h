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

// The same for a caller that parses the request and the reply's header once for everything that
// reads them (runAsCell: the library guard amends the header before the verdict reads it; each
// parse and dump of a reply costs as much as the verdict itself, tests/bench/bench_verdict).
// request: as parsed; header: parseReplyHeader(reply.header), possibly amended since, and unused
// (pass a null) when the request is not an execute, whose reply passes through as it is.
Verdict decideVerdict(const nlohmann::json &request, nlohmann::json header, Reply reply,
                      const std::vector<Observation> &evidence, std::size_t overflow);

// Whether the request is a cell (an execute): the only kind of request with a verdict, and the
// only one that may commit.
bool isCellRequest(const nlohmann::json &request);

// The reply's header as the verdict reads it: a lone surrogate escape (user output may hold one)
// becomes U+FFFD; text that is not JSON gives a discarded value, which the verdict calls tampered.
nlohmann::json parseReplyHeader(const std::string &header);

// A result header the keeper writes on a cell's behalf (timeout, crashed): nothing of the cell's
// was kept.
std::string resultHeader(long long id, const std::string &status, const std::string &stderrText,
                         double durationMs, const nlohmann::json &violations);

} // namespace sandbench::worker
