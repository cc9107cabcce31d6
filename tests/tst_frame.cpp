#include "frame.h"
#include "seal.h"

#include <QTest>

using namespace sandbench::protocol;

class TestFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsHeaderAndPayload()
    {
        const std::string payload("\x89PNG\0binary\xff", 12);
        FrameDecoder decoder;
        decoder.feed(encodeFrame(R"({"type":"hello"})", payload));
        const auto frame = decoder.next();
        QVERIFY(frame);
        QCOMPARE(frame->header, std::string(R"({"type":"hello"})"));
        QCOMPARE(frame->payload, payload);
        QVERIFY(!decoder.next());
        QCOMPARE(decoder.pendingBytes(), std::size_t(0));
        QVERIFY(decoder.finish());
    }

    void decodesFramesSplitAtEveryByte()
    {
        const std::string wire = encodeFrame("{\"a\":1}", "xyz") + encodeFrame("{\"b\":2}");
        FrameDecoder decoder;
        std::vector<Frame> frames;
        for (char c : wire) {
            decoder.feed(&c, 1);
            while (auto frame = decoder.next())
                frames.push_back(*frame);
        }
        QCOMPARE(frames.size(), std::size_t(2));
        QCOMPARE(frames[0].payload, std::string("xyz"));
        QCOMPARE(frames[1].header, std::string("{\"b\":2}"));
        QVERIFY(frames[1].payload.empty());
    }

    void decodesManyFramesFromOneRead()
    {
        std::string wire;
        for (int i = 0; i < 1000; ++i)
            wire += encodeFrame("{\"i\":" + std::to_string(i) + "}");
        FrameDecoder decoder;
        decoder.feed(wire);
        int count = 0;
        while (auto frame = decoder.next()) {
            QCOMPARE(frame->header, "{\"i\":" + std::to_string(count) + "}");
            ++count;
        }
        QCOMPARE(count, 1000);
    }

    void reportsATruncatedFrameAtEndOfStream()
    {
        const std::string wire = encodeFrame("{\"type\":\"result\"}", "0123456789");
        FrameDecoder decoder;
        decoder.feed(wire.substr(0, wire.size() - 3));
        QVERIFY(!decoder.next());
        QVERIFY(!decoder.failed()); // still waiting: more bytes might come
        QVERIFY(!decoder.finish()); // but the stream ended
        QVERIFY(decoder.error().find("middle of a frame") != std::string::npos);
    }

    void reportsATruncatedPrefixAtEndOfStream()
    {
        FrameDecoder decoder;
        decoder.feed(encodeFrame("{}").substr(0, 5));
        QVERIFY(!decoder.next());
        QVERIFY(!decoder.finish());
    }

    void rejectsAnOversizedHeader()
    {
        FrameLimits limits;
        limits.maxHeaderBytes = 16;
        FrameDecoder decoder(limits);
        decoder.feed(encodeFrame(std::string(17, 'x')));
        QVERIFY(!decoder.next());
        QVERIFY(decoder.failed());
        QVERIFY(decoder.error().find("header of 17 bytes") != std::string::npos);
    }

    void rejectsAnOversizedPayloadBeforeBufferingIt()
    {
        FrameLimits limits;
        limits.maxPayloadBytes = 1024;
        FrameDecoder decoder(limits);
        // Only the prefix arrives: the decoder must refuse from the announced size alone.
        decoder.feed(encodeFrame("{}", std::string(4096, 'p')).substr(0, kFramePrefixSize));
        QVERIFY(!decoder.next());
        QVERIFY(decoder.failed());
        QVERIFY(decoder.error().find("payload of 4096 bytes") != std::string::npos);
    }

    void rejectsBytesThatAreNotAFrame()
    {
        FrameDecoder decoder;
        decoder.feed("Traceback (most recent call last):\n");
        QVERIFY(!decoder.next());
        QVERIFY(decoder.failed());
        // Once failed it stays failed, even when a good frame follows.
        decoder.feed(encodeFrame("{}"));
        QVERIFY(!decoder.next());
    }

    void hashesMatchPublishedVectors()
    {
        // FIPS 180-2 appendix B.1 and B.2 (two blocks), and RFC 4231 test cases 2 and 6 (a key
        // longer than a block is hashed first).
        QCOMPARE(toHex(std::string_view(reinterpret_cast<const char *>(sha256("abc").data()), 32)),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const auto hex = [](const Digest &d) {
            return toHex(std::string_view(reinterpret_cast<const char *>(d.data()), d.size()));
        };
        QCOMPARE(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(hex(hmacSha256("Jefe", "what do ya want for nothing?")),
                 std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(hex(hmacSha256(std::string(131, '\xaa'),
                                "Test Using Larger Than Block-Size Key - Hash Key First")),
                 std::string("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
        QCOMPARE(fromHex("00ff7A"), std::string("\x00\xff\x7a", 3));
        QVERIFY(fromHex("0g").empty());
    }

    // What the app relies on to tell the worker's frames from frames a cell wrote to the channel.
    void sealedFramesOpenOnlyWithTheirKeyAndPlace()
    {
        const std::string key(kSealKeyBytes, 'k');
        const std::string payload("\x89PNG", 4);
        const auto decode = [](const std::string &wire) {
            FrameDecoder decoder;
            decoder.feed(wire);
            return *decoder.next();
        };
        Frame frame = decode(encodeSealedFrame(key, 7, R"({"status":"denied"})", payload));
        std::string reason;
        QVERIFY(openSealedFrame(key, 7, frame, reason));
        QCOMPARE(frame.payload, payload); // the seal is stripped

        Frame replayed = decode(encodeSealedFrame(key, 7, R"({"status":"denied"})", payload));
        QVERIFY(!openSealedFrame(key, 8, replayed, reason)); // out of its place in the stream
        QVERIFY(!reason.empty());

        Frame forged = decode(
            encodeSealedFrame(std::string(kSealKeyBytes, 'x'), 7, R"({"status":"ok"})", payload));
        QVERIFY(!openSealedFrame(key, 7, forged, reason)); // another key

        Frame altered = decode(encodeSealedFrame(key, 7, R"({"status":"denied"})", payload));
        altered.header = R"({"status":"ok"})";
        QVERIFY(!openSealedFrame(key, 7, altered, reason));

        // Moving bytes between header and payload changes the seal too.
        Frame shifted = decode(encodeSealedFrame(key, 7, "{}", "x"));
        shifted.header = "{}x";
        shifted.payload.erase(0, 1);
        QVERIFY(!openSealedFrame(key, 7, shifted, reason));

        Frame bare = decode(encodeFrame(R"({"status":"ok"})"));
        QVERIFY(!openSealedFrame(key, 0, bare, reason)); // no seal at all
        QCOMPARE(bare.header, std::string(R"({"status":"ok"})"));
    }
};

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
