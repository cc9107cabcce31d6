#include "verdict.h"

#include "statusnames.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace sandbench::worker {
namespace {

using nlohmann::json;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

unsigned hexValue(const std::string &text, std::size_t at)
{
    return unsigned(std::stoul(text.substr(at, 4), nullptr, 16));
}

// Python's JSON escapes a lone surrogate (user output may hold one) as \udcff, which is not
// valid JSON text for a strict parser. Each becomes U+FFFD; pairs and everything else stay.
std::string replaceLoneSurrogates(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    const auto escapeAt = [&](std::size_t i) {
        return i + 5 < text.size() && text[i] == '\\' && text[i + 1] == 'u' && isHex(text[i + 2]) &&
               isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5]);
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        if (!escapeAt(i)) {
            out.append(text, i, 2); // any other escape, including an escaped backslash
            ++i;
            continue;
        }
        const unsigned unit = hexValue(text, i + 2);
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
        if (high && escapeAt(i + 6) && hexValue(text, i + 8) >= 0xDC00 &&
            hexValue(text, i + 8) <= 0xDFFF) {
            out.append(text, i, 12);
            i += 11;
        } else if (high || low) {
            out += "\\ufffd";
            i += 5;
        } else {
            out.append(text, i, 6);
            i += 5;
        }
    }
    return out;
}

json violation(const std::string &layer, const std::string &rule, const std::string &message,
               int line = 0, int col = 0)
{
    return {{"rule", rule}, {"message", message}, {"line", line}, {"col", col}, {"layer", layer}};
}

bool reportable(const std::string &status)
{
    return std::find(protocol::kReportedStatuses.begin(), protocol::kReportedStatuses.end(),
                     status) != protocol::kReportedStatuses.end();
}

std::string stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int intField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// The violations to send: the evidence, each with the line and column of the matching message
// Python reported (the audit hook's own copy, for readers), plus what only the Python layers know
// (static, runtime, review). Python's copies of evidence are dropped, not trusted.
json mergeViolations(const json &reported, const std::vector<Observation> &evidence,
                     std::size_t overflow)
{
    json out = json::array();
    std::vector<bool> used(reported.is_array() ? reported.size() : 0, false);
    for (const Observation &seen : evidence) {
        int line = 0;
        int col = 0;
        for (std::size_t i = 0; i < used.size(); ++i) {
            const json &item = reported[i];
            if (!used[i] && item.is_object() && stringField(item, "layer") == seen.layer &&
                stringField(item, "rule") == seen.rule &&
                stringField(item, "message") == seen.detail) {
                used[i] = true;
                line = intField(item, "line");
                col = intField(item, "col");
                break;
            }
        }
        out.push_back(violation(seen.layer, seen.rule, seen.detail, line, col));
    }
    if (overflow > 0) {
        out.push_back(
            violation(std::string(protocol::kLayerAudit), "evidence-overflow",
                      std::to_string(overflow) + " more refusals were seen than the log keeps"));
    }
    for (std::size_t i = 0; i < used.size(); ++i) {
        const json &item = reported[i];
        const std::string layer = item.is_object() ? stringField(item, "layer") : std::string();
        // Where a layer left evidence, only the evidence speaks for it; Python's word about a
        // layer that records none (Landlock: an EACCES it saw escape) stays, as advice.
        const bool recorded =
            std::any_of(evidence.begin(), evidence.end(),
                        [&layer](const Observation &seen) { return seen.layer == layer; });
        if (!used[i] && item.is_object() && !recorded)
            out.push_back(item);
    }
    return out;
}

} // namespace

std::string resultHeader(long long id, const std::string &status, const std::string &stderrText,
                         double durationMs, const nlohmann::json &violations)
{
    json header = {
        {"type", protocol::kTypeResult},
        {"id", id},
        {"status", status},
        {"stdout", ""},
        {"stderr", stderrText},
        {"result", nullptr},
        {"figures", json::array()},
        {"duration_ms", durationMs},
        {"truncated", {{"stdout", false}, {"stderr", false}}},
        {"violations", violations},
        {"rolled_back", true},
    };
    return header.dump(-1, ' ', true);
}

bool isCellRequest(const json &request)
{
    return request.is_object() && stringField(request, "type") == protocol::kTypeExecute;
}

json parseReplyHeader(const std::string &header)
{
    return json::parse(replaceLoneSurrogates(header), nullptr, false);
}

Verdict decideVerdict(const std::string &requestText, const Reply &reply,
                      const std::vector<Observation> &evidence, std::size_t overflow)
{
    const json request = json::parse(requestText, nullptr, false);
    if (!isCellRequest(request))
        return {reply.header, reply.payload, false}; // never a verdict, never kept
    return decideVerdict(request, parseReplyHeader(reply.header), reply, evidence, overflow);
}

Verdict decideVerdict(const json &request, json header, Reply reply,
                      const std::vector<Observation> &evidence, std::size_t overflow)
{
    if (!isCellRequest(request))
        return {std::move(reply.header), std::move(reply.payload), false}; // never kept
    const long long id = request.contains("id") && request["id"].is_number_integer()
                             ? request["id"].get<long long>()
                             : 0;

    const std::string reportedStatus = header.is_object() ? stringField(header, "status") : "";
    std::string problem;
    if (!header.is_object())
        problem = "the reply is not a JSON object";
    else if (stringField(header, "type") != protocol::kTypeResult)
        problem = "the reply to a cell is not a result";
    else if (!header.contains("id") || header["id"] != json(id))
        problem = "the reply answers another request";
    const bool usable = problem.empty();
    if (usable && !reportable(reportedStatus))
        problem = "the reply's status '" + reportedStatus.substr(0, 40) +
                  "' is not one the worker's Python may report";

    Verdict verdict;
    std::string status;
    std::string basis;
    if (!usable) {
        // Nothing of it can be used: the record says what happened, not what the cell wrote.
        header = json::parse(
            resultHeader(id, std::string(protocol::kStatusTampered),
                         "The cell's reply was not what the sandbox saw (" + problem +
                             "), so it was discarded. The session's variables are as they were "
                             "before the cell.",
                         0, json::array()));
    } else {
        verdict.payload = std::move(reply.payload);
    }
    const json reported = header.value("violations", json::array());
    if (!evidence.empty() || overflow > 0) {
        const bool onlyFileCount =
            overflow == 0 && std::all_of(evidence.begin(), evidence.end(), [](const auto &seen) {
                return seen.rule == "output-files";
            });
        status =
            std::string(onlyFileCount ? protocol::kStatusOutputLimit : protocol::kStatusDenied);
        basis = std::string(protocol::kBasisEvidence);
        header["violations"] = mergeViolations(reported, evidence, overflow);
    } else if (problem.empty()) {
        status = reportedStatus;
        basis = std::string(protocol::kBasisReply);
        header["violations"] = reported.is_array() ? reported : json::array();
    } else {
        status = std::string(protocol::kStatusTampered);
        basis = std::string(protocol::kBasisTampered);
        header["violations"] = reported.is_array() ? reported : json::array();
    }
    if (!problem.empty())
        header["violations"].push_back(
            violation(std::string(protocol::kLayerVerdict), "reply", problem));
    // The request is the app's, not the cell's: only the app asks to keep what a failed cell did,
    // and only an ordinary exception qualifies (never a refusal, a limit or a forged reply).
    const bool keepOnError = stringField(request, std::string(protocol::kOnErrorField).c_str()) ==
                             protocol::kOnErrorKeep;
    verdict.commit =
        status == protocol::kStatusOk ||
        (keepOnError && basis == protocol::kBasisReply && status == protocol::kStatusError);
    header["status"] = status;
    header["rolled_back"] = !verdict.commit;
    header["verdict"] = {{"basis", basis},
                         {"evidence", evidence.size()},
                         {"overflow", overflow},
                         {"reported_status", reportedStatus.substr(0, 40)}};
    verdict.header = header.dump(-1, ' ', true);
    return verdict;
}

} // namespace sandbench::worker
