// Sealed frames: every frame the worker sends carries an HMAC-SHA256 that only the C++ side of the
// worker can compute. The cell's Python shares the worker's interpreter and can write raw bytes to
// the channel; without the key, which the app hands to the worker's C++ before any Python runs and
// which lives only in C++ memory, it cannot make a frame the app accepts (sandbox/PROTOCOL.md,
// "Seals"). Plain C++17, shared by the app and the worker.
#pragma once

#include "frame.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sandbench::protocol {

inline constexpr std::size_t kSealKeyBytes = 32;
inline constexpr std::size_t kSealBytes = 32;

using Digest = std::array<unsigned char, 32>;

Digest sha256(std::string_view data);
Digest hmacSha256(std::string_view key, std::string_view message);
std::string toHex(std::string_view bytes);
// Empty on anything but an even number of hex digits.
std::string fromHex(std::string_view hex);

// The seal of frame number `sequence` (0 for the worker's first frame, its hello): an
// HMAC-SHA256 over the sequence number (8 bytes, big-endian), the header's length (4 bytes,
// big-endian), the header and the payload. It is appended to the payload on the wire.
Digest frameSeal(std::string_view key, std::uint64_t sequence, std::string_view header,
                 std::string_view payload);
std::string encodeSealedFrame(std::string_view key, std::uint64_t sequence, std::string_view header,
                              std::string_view payload = {});
// Checks and strips the seal of a received frame. False, with a reason, when the payload is too
// short to hold one or it is not the seal of this frame at this place in the stream (forged,
// replayed, reordered or altered); the frame is then left as it was.
bool openSealedFrame(std::string_view key, std::uint64_t sequence, Frame &frame,
                     std::string &reason);

} // namespace sandbench::protocol
