// Live output (sandbox/PROTOCOL.md, "output"): what a running cell prints reaches the app before
// its reply, in `output` frames the keeper seals and numbers like any other. The cell's process
// hands its text to the keeper over the pipe it already reports its progress on; the keeper, which
// numbers the channel's frames while the cell runs, coalesces it and writes the frames. Display
// only: the recorded output is the reply's, which goes through the verdict as before.
// Qt-free so the worker and the app share one definition.
#pragma once

#include "protocol_constants.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sandbench::protocol {

// The frame's type is protocol.json's `output` (kTypeOutput).
inline constexpr std::string_view kOutputPartsField = "parts";
inline constexpr std::string_view kOutputStreamField = "stream";
inline constexpr std::string_view kOutputTextField = "text";
inline constexpr std::string_view kStreamStdout = "stdout";
inline constexpr std::string_view kStreamStderr = "stderr";

// The cell's process reports to its keeper on one pipe, the verdict pipe. Everything on it is
// untrusted: the cell's Python can reach the descriptor (and the C++ that writes on it) and write
// any bytes, at any time, from any thread or any child it forked. The keeper therefore lets no word
// on this pipe give the cell more than it has (sandbox/PROTOCOL.md, "The verdict pipe"):
//   kWordStarted   "S": the cell has its request (execute only, once, before "W"); the keeper
//                  writes the cell's `started` frame, which the app shows; nothing more.
//   kWordWriting   "W": the cell's code is done, its reply follows (once). The keeper's wall-clock
//                  deadline stays on: it may only move to kReplyGraceMs after the word, never off.
//   kReplyMessageTag: the reply itself, a frame sealed by the worker's C++ (seal.h) under the
//                  number the keeper gave on "w". The keeper checks the seal, writes the frame to
//                  the app itself and takes the commit decision from the sealed header: the cell's
//                  Python, which has no key, cannot make a reply the keeper passes on or commits.
// Anything else (an unknown byte, a word out of order, a reply that fails its seal) is tampering:
// the keeper kills the cell and answers `tampered` for it; the session stays as it was.
inline constexpr char kWordStarted = 'S';
inline constexpr char kWordWriting = 'W';
// Cell to keeper, after "W": kReplyMessageTag, the sealed frame's length (8 bytes, big-endian),
// then the frame as it goes on the wire (frame.h, seal.h).
inline constexpr char kReplyMessageTag = 'R';
inline constexpr std::size_t kReplyMessagePrefix = 9;
// How long after "W" the reply may take to arrive, even when the cell's time limit falls earlier:
// the reply is sealed and copied through a pipe (milliseconds), so a genuine cell that finished
// just before its limit is not cut off; a cell that forged "W" gains at most this. Kept well below
// the app's backstop (WorkerClient: the time limit + 5 s), so that the keeper, which keeps the
// session, stops such a cell before the app replaces the worker.
inline constexpr int kReplyGraceMs = 2000;

// On the verdict pipe, cell to keeper: kOutputMessageTag, one byte stream (0 stdout, 1 stderr),
// the text's length (4 bytes, big-endian), then that many bytes of UTF-8.
inline constexpr char kOutputMessageTag = 'O';
inline constexpr std::size_t kOutputMessagePrefix = 6;
// A message's text at most (the cell splits longer writes at a character boundary).
inline constexpr std::size_t kMaxOutputMessageBytes = 16 * 1024;

// The keeper writes a frame at most every kOutputFlushMs, at once when kOutputFlushBytes are
// waiting: a print reaches the app within that time, a flood costs the app a few frames a second.
inline constexpr int kOutputFlushMs = 50;
inline constexpr std::size_t kOutputFlushBytes = 32 * 1024;
// And never sooner than this after the first piece waiting: a print's text and its newline,
// written one after the other, go out in one frame.
inline constexpr int kOutputGraceMs = 3;
// What one frame's parts may hold in all (the app refuses more): a flush plus one message.
inline constexpr std::size_t kMaxOutputFrameTextBytes = kOutputFlushBytes + kMaxOutputMessageBytes;
inline constexpr std::size_t kMaxOutputFrameParts = 4096;

} // namespace sandbench::protocol
