#include "frame.h"

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
};

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
