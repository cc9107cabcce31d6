// The trusted verdict (sandbox/worker/verdict.h): what the record says about a cell comes from the
// C-level evidence, whatever the reply the cell's Python wrote claims.
#include "evidence.h"
#include "verdict.h"

#include <QTest>
#include <nlohmann/json.hpp>

using namespace sandbench::worker;
using nlohmann::json;

namespace {

const std::string kRequest = R"({"type":"execute","id":7,"cell":2,"code":"x = 1"})";

Reply pythonReply(const std::string &status, json violations = json::array(), long long id = 7)
{
    const json header = {{"type", "result"},
                         {"id", id},
                         {"status", status},
                         {"stdout", "out\n"},
                         {"stderr", ""},
                         {"result", nullptr},
                         {"figures", json::array()},
                         {"violations", violations}};
    return {header.dump(), "payload", true, status == "ok"};
}

json headerOf(const Verdict &verdict)
{
    return json::parse(verdict.header);
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanCellKeepsPythonsStatusAndIsKept()
    {
        const Verdict verdict = decideVerdict(kRequest, pythonReply("ok"), {}, 0);
        const json header = headerOf(verdict);
        QCOMPARE(header["status"].get<std::string>(), std::string("ok"));
        QVERIFY(verdict.commit);
        QCOMPARE(header["rolled_back"].get<bool>(), false);
        QCOMPARE(header["verdict"]["basis"].get<std::string>(), std::string("reply"));
        QCOMPARE(header["stdout"].get<std::string>(), std::string("out\n"));
        QCOMPARE(verdict.payload, std::string("payload"));
    }

    void onErrorKeepKeepsOnlyAnOrdinaryException()
    {
        const std::string keep =
            R"({"type":"execute","id":7,"cell":2,"code":"x = 1","on_error":"keep"})";
        // Without the request's field a failed cell rolls back, as it always did.
        QVERIFY(!decideVerdict(kRequest, pythonReply("error"), {}, 0).commit);
        const Verdict kept = decideVerdict(keep, pythonReply("error"), {}, 0);
        QVERIFY(kept.commit);
        QCOMPARE(headerOf(kept)["status"].get<std::string>(), std::string("error"));
        QCOMPARE(headerOf(kept)["rolled_back"].get<bool>(), false);
        // Refusals, limits and interruptions roll back whatever the request says.
        for (const char *status :
             {"denied", "rejected", "memory", "output_limit", "interrupted", "pending_review"})
            QVERIFY2(!decideVerdict(keep, pythonReply(status), {}, 0).commit, status);
        // An error with C-level evidence is a refusal the cell caught: denied, rolled back.
        const std::vector<Observation> seen{{"audit", "process", "starting programs refused"}};
        const Verdict refused = decideVerdict(keep, pythonReply("error"), seen, 0);
        QVERIFY(!refused.commit);
        QCOMPARE(headerOf(refused)["status"].get<std::string>(), std::string("denied"));
        // A reply that answers another request is tampered, never kept.
        QVERIFY(!decideVerdict(keep, pythonReply("error", json::array(), 8), {}, 0).commit);
    }

    void evidenceOverridesAForgedOk()
    {
        // The cell caught the audit hook's refusal and rebound the serialiser: Python says ok,
        // asks to keep the state and lists nothing.
        const std::vector<Observation> seen{
            {"audit", "outside-read-zone", "reading /home/ana/.ssh/id_rsa refused"}};
        const Verdict verdict = decideVerdict(kRequest, pythonReply("ok"), seen, 0);
        const json header = headerOf(verdict);
        QCOMPARE(header["status"].get<std::string>(), std::string("denied"));
        QVERIFY(!verdict.commit);
        QCOMPARE(header["rolled_back"].get<bool>(), true);
        QCOMPARE(header["violations"].size(), std::size_t(1));
        QCOMPARE(header["violations"][0]["layer"].get<std::string>(), std::string("audit"));
        QCOMPARE(header["violations"][0]["rule"].get<std::string>(),
                 std::string("outside-read-zone"));
        QCOMPARE(header["verdict"]["basis"].get<std::string>(), std::string("evidence"));
        QCOMPARE(header["verdict"]["reported_status"].get<std::string>(), std::string("ok"));
    }

    void pythonsCopyOfEvidenceIsMergedWithItsLocation()
    {
        const json reported = json::array({{{"rule", "outside-read-zone"},
                                            {"message", "reading /x refused"},
                                            {"line", 3},
                                            {"col", 5},
                                            {"layer", "audit"}},
                                           {{"rule", "made-up"},
                                            {"message", "forged"},
                                            {"line", 1},
                                            {"col", 1},
                                            {"layer", "audit"}},
                                           {{"rule", "import"},
                                            {"message", "os is not allowed"},
                                            {"line", 1},
                                            {"col", 1},
                                            {"layer", "runtime"}}});
        const Verdict verdict =
            decideVerdict(kRequest, pythonReply("denied", reported),
                          {{"audit", "outside-read-zone", "reading /x refused"}}, 0);
        const json violations = headerOf(verdict)["violations"];
        QCOMPARE(violations.size(), std::size_t(2)); // the audit claim without evidence is gone
        QCOMPARE(violations[0]["line"].get<int>(), 3);
        QCOMPARE(violations[1]["layer"].get<std::string>(), std::string("runtime"));
    }

    void overflowAloneIsDenied()
    {
        const Verdict verdict = decideVerdict(kRequest, pythonReply("ok"), {}, 3);
        QCOMPARE(headerOf(verdict)["status"].get<std::string>(), std::string("denied"));
        QVERIFY(!verdict.commit);
    }

    void fileCountRefusalsStayAnOutputLimit()
    {
        const Verdict verdict = decideVerdict(kRequest, pythonReply("output_limit"),
                                              {{"audit", "output-files", "creating f refused"}}, 0);
        QCOMPARE(headerOf(verdict)["status"].get<std::string>(), std::string("output_limit"));
    }

    void statusesPythonMayNotReportAreTampered_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("crashed") << "crashed";
        QTest::newRow("timeout") << "timeout";
        QTest::newRow("made up") << "fine";
        QTest::newRow("empty") << "";
    }

    void statusesPythonMayNotReportAreTampered()
    {
        QFETCH(QString, status);
        const Verdict verdict = decideVerdict(kRequest, pythonReply(status.toStdString()), {}, 0);
        const json header = headerOf(verdict);
        QCOMPARE(header["status"].get<std::string>(), std::string("tampered"));
        QVERIFY(!verdict.commit);
        QCOMPARE(header["violations"].back()["layer"].get<std::string>(), std::string("verdict"));
    }

    void replyToAnotherRequestIsRebuilt()
    {
        const Verdict verdict = decideVerdict(kRequest, pythonReply("ok", json::array(), 8), {}, 0);
        const json header = headerOf(verdict);
        QCOMPARE(header["id"].get<long long>(), 7LL);
        QCOMPARE(header["status"].get<std::string>(), std::string("tampered"));
        QCOMPARE(header["stdout"].get<std::string>(), std::string());
        QVERIFY(verdict.payload.empty());
        QVERIFY(!verdict.commit);

        const Verdict garbage = decideVerdict(kRequest, Reply{"not json", "", true, true}, {}, 0);
        QCOMPARE(headerOf(garbage)["status"].get<std::string>(), std::string("tampered"));
        QVERIFY(!garbage.commit);
    }

    void otherRequestsAreNeverKept()
    {
        const Reply reply{R"({"type":"variables","id":4,"variables":[]})", "", true, true};
        const Verdict verdict = decideVerdict(R"({"type":"variables","id":4})", reply, {}, 0);
        QVERIFY(!verdict.commit);
        QCOMPARE(verdict.header, reply.header);
    }

    void loneSurrogatesInOutputSurvive()
    {
        // Python's JSON writes a lone surrogate of user output as an escape a strict parser
        // refuses; the cell must not be called tampered for printing one.
        const Reply reply{
            R"({"type":"result","id":7,"status":"ok","stdout":"\u00e9\udcff \ud83d\ude00 \\udcff","violations":[]})",
            "", true, true};
        const Verdict verdict = decideVerdict(kRequest, reply, {}, 0);
        const json header = headerOf(verdict);
        QCOMPARE(header["status"].get<std::string>(), std::string("ok"));
        QCOMPARE(header["stdout"].get<std::string>(),
                 std::string("\xc3\xa9\xef\xbf\xbd \xf0\x9f\x98\x80 \\udcff"));
    }

    void oneParseDecidesAsTheTextDoes()
    {
        // The cell's process parses the request and the reply once (Keeper::runAsCell) and may
        // amend the parsed header before the verdict (the library guard): the verdict is the
        // same as from the text, and what it is handed, amended, is what it judges.
        const json request = json::parse(kRequest);
        const Observation seen{"audit", "open", "open('/etc/passwd') refused"};
        for (const std::vector<Observation> &evidence :
             {std::vector<Observation>{}, std::vector<Observation>{seen}}) {
            for (const Reply &reply :
                 {pythonReply("ok"), pythonReply("error"), pythonReply("ok", json::array(), 8),
                  Reply{"not json", "payload", true, true}}) {
                const Verdict fromText = decideVerdict(kRequest, reply, evidence, 0);
                const Verdict fromParsed =
                    decideVerdict(request, parseReplyHeader(reply.header), reply, evidence, 0);
                QCOMPARE(fromParsed.header, fromText.header);
                QCOMPARE(fromParsed.payload, fromText.payload);
                QCOMPARE(fromParsed.commit, fromText.commit);
            }
        }
        json amended = parseReplyHeader(pythonReply("ok").header);
        amended["status"] = "denied";
        const Verdict verdict = decideVerdict(request, amended, pythonReply("ok"), {}, 0);
        QVERIFY(!verdict.commit);
        QCOMPARE(headerOf(verdict)["status"].get<std::string>(), std::string("denied"));

        const Reply listing{R"({"type":"variables","id":4,"variables":[]})", "", true, true};
        const Verdict passed =
            decideVerdict(json::parse(R"({"type":"variables","id":4})"), json(), listing, {}, 0);
        QVERIFY(!passed.commit);
        QCOMPARE(passed.header, listing.header);
    }

    void evidenceLogIsTakenOnce()
    {
        evidence::take();
        evidence::overflowed();
        evidence::record("audit", "rearm", "arming again refused");
        const auto first = evidence::take();
        QCOMPARE(first.size(), std::size_t(1));
        QCOMPARE(first[0].rule, std::string("rearm"));
        QVERIFY(evidence::take().empty());
    }
};

QTEST_APPLESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
