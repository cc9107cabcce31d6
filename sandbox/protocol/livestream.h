// Live output (sandbox/PROTOCOL.md, "output"): what a running cell prints reaches the app before
// its reply, in `output` frames the keeper seals and numbers like any other. The cell's process
// hands its text to the keeper over the pipe it already reports its progress on; the keeper, which
// numbers the channel's frames while the cell runs, coalesces it and writes the frames. Display
// only: the recorded output is the reply's, which goes through the verdict as before.
// Qt-free so the worker and the app share one definition.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "protocol_constants.h"

namespace sandbench::protocol {

// The frame's type is protocol.json's `output` (kTypeOutput).
inline constexpr std::string_view kOutputPartsField = "parts";
inline constexpr std::string_view kOutputStreamField = "stream";
inline constexpr std::string_view kOutputTextField = "text";
inline constexpr std::string_view kStreamStdout = "stdout";
inline constexpr std::string_view kStreamStderr = "stderr";

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
