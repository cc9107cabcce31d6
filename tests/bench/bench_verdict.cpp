// What the trusted verdict and the frame seal cost per reply: the worker's C++ re-reads and
// rewrites every execute reply (sandbox/worker/verdict.h) and both sides hash every frame
// (sandbox/protocol/seal.h). Prints a table; asserts nothing.
#include "seal.h"
#include "verdict.h"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

using namespace sandbench;

int main()
{
    std::printf("| reply | verdict | verdict, request parsed by the caller | seal (each side) "
                "|\n|---|---|---|---|\n");
    const std::string request = R"({"type":"execute","id":7,"code":"1+1"})";
    // The cell's process parses the request once, before the cell runs (Keeper::runAsCell).
    const nlohmann::json parsedRequest = nlohmann::json::parse(request);
    const std::string key(protocol::kSealKeyBytes, 'k');
    struct Case
    {
        const char *name;
        std::size_t stdoutBytes;
        std::size_t payloadBytes;
        int rounds;
    };
    for (const Case &c :
         {Case{"trivial cell (`1+1`)", 0, 0, 20000}, Case{"one 100 kB figure", 200, 100000, 2000},
          Case{"output at the 1 MiB cap and a 100 kB figure", 1u << 20, 100000, 20}}) {
        const nlohmann::json header = {{"type", "result"},
                                       {"id", 7},
                                       {"status", "ok"},
                                       {"stdout", std::string(c.stdoutBytes, 'x')},
                                       {"stderr", ""},
                                       {"result", "2"},
                                       {"figures", nlohmann::json::array()},
                                       {"violations", nlohmann::json::array()}};
        const worker::Reply reply{header.dump(), std::string(c.payloadBytes, 'p'), true, true};
        std::size_t sink = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < c.rounds; ++i)
            sink += worker::decideVerdict(request, reply, {}, 0).header.size();
        const auto t1 = std::chrono::steady_clock::now();
        for (int i = 0; i < c.rounds; ++i)
            sink += protocol::encodeSealedFrame(key, std::uint64_t(i), reply.header, reply.payload)
                        .size();
        const auto t2 = std::chrono::steady_clock::now();
        for (int i = 0; i < c.rounds; ++i)
            sink += worker::decideVerdict(parsedRequest, worker::parseReplyHeader(reply.header),
                                          reply, {}, 0)
                        .header.size();
        const auto t3 = std::chrono::steady_clock::now();
        const auto ms = [&](auto from, auto to) {
            return std::chrono::duration<double, std::milli>(to - from).count() / c.rounds;
        };
        std::printf("| %s | %.3f ms | %.3f ms | %.3f ms |\n", c.name, ms(t0, t1), ms(t2, t3),
                    ms(t1, t2));
        if (sink == 0)
            return 1;
    }
    return 0;
}
