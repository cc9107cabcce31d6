#include "seal.h"

#include <algorithm>
#include <cstring>

namespace sandbench::protocol {
namespace {

// FIPS 180-4, section 4.2.2.
constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

// Incremental, so a frame is hashed in place: no copy of a 512 MiB payload.
class Sha256
{
public:
    void add(std::string_view data)
    {
        m_bits += std::uint64_t(data.size()) * 8;
        const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
        std::size_t left = data.size();
        if (m_used > 0) {
            const std::size_t take = std::min(left, sizeof m_block - m_used);
            std::memcpy(m_block + m_used, bytes, take);
            m_used += take;
            bytes += take;
            left -= take;
            if (m_used < sizeof m_block)
                return;
            compress(m_block);
            m_used = 0;
        }
        // Whole blocks straight from the data: a figure's megabytes are not copied byte by byte.
        for (; left >= 64; bytes += 64, left -= 64)
            compress(bytes);
        std::memcpy(m_block, bytes, left);
        m_used = left;
    }

    Digest finish()
    {
        const std::uint64_t bits = m_bits;
        m_block[m_used++] = 0x80;
        if (m_used > 56) {
            std::memset(m_block + m_used, 0, 64 - m_used);
            compress(m_block);
            m_used = 0;
        }
        std::memset(m_block + m_used, 0, 56 - m_used);
        for (int i = 0; i < 8; ++i)
            m_block[56 + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
        compress(m_block);
        Digest out{};
        for (int i = 0; i < 8; ++i) {
            for (int b = 0; b < 4; ++b)
                out[std::size_t(4 * i + b)] =
                    static_cast<unsigned char>(m_state[i] >> (24 - 8 * b));
        }
        return out;
    }

private:
    void compress(const unsigned char *block)
    {
        std::uint32_t w[64];
        for (int i = 0; i < 16; ++i) {
            w[i] = std::uint32_t(block[4 * i]) << 24 | std::uint32_t(block[4 * i + 1]) << 16 |
                   std::uint32_t(block[4 * i + 2]) << 8 | std::uint32_t(block[4 * i + 3]);
        }
        for (int i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3];
        std::uint32_t e = m_state[4], f = m_state[5], g = m_state[6], h = m_state[7];
        for (int i = 0; i < 64; ++i) {
            const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
                                     ((e & f) ^ (~e & g)) + kRound[i] + w[i];
            const std::uint32_t t2 =
                (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        const std::uint32_t add[8] = {a, b, c, d, e, f, g, h};
        for (int i = 0; i < 8; ++i)
            m_state[i] += add[i];
    }

    std::uint32_t m_state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    unsigned char m_block[64] = {};
    std::size_t m_used = 0;
    std::uint64_t m_bits = 0;
};

std::string_view view(const Digest &digest)
{
    return {reinterpret_cast<const char *>(digest.data()), digest.size()};
}

// RFC 2104 over several parts, so the frame's pieces need not be joined first.
template <typename... Parts> Digest hmac(std::string_view key, Parts... parts)
{
    unsigned char block[64] = {};
    if (key.size() > 64) {
        const Digest hashed = sha256(key);
        std::memcpy(block, hashed.data(), hashed.size());
    } else {
        std::memcpy(block, key.data(), key.size());
    }
    char inner[64];
    char outer[64];
    for (int i = 0; i < 64; ++i) {
        inner[i] = char(block[i] ^ 0x36);
        outer[i] = char(block[i] ^ 0x5c);
    }
    Sha256 in;
    in.add({inner, 64});
    (in.add(parts), ...);
    const Digest innerDigest = in.finish();
    Sha256 out;
    out.add({outer, 64});
    out.add(view(innerDigest));
    return out.finish();
}

std::string bigEndian(std::uint64_t value, int bytes)
{
    std::string out(std::size_t(bytes), '\0');
    for (int i = 0; i < bytes; ++i)
        out[std::size_t(i)] = char(value >> (8 * (bytes - 1 - i)));
    return out;
}

} // namespace

Digest sha256(std::string_view data)
{
    Sha256 hash;
    hash.add(data);
    return hash.finish();
}

Digest hmacSha256(std::string_view key, std::string_view message)
{
    return hmac(key, message);
}

std::string toHex(std::string_view bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) {
        out += digits[(static_cast<unsigned char>(c) >> 4) & 0xf];
        out += digits[static_cast<unsigned char>(c) & 0xf];
    }
    return out;
}

std::string fromHex(std::string_view hex)
{
    const auto value = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    if (hex.size() % 2 != 0)
        return {};
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = value(hex[i]);
        const int low = value(hex[i + 1]);
        if (high < 0 || low < 0)
            return {};
        out += char(high << 4 | low);
    }
    return out;
}

Digest frameSeal(std::string_view key, std::uint64_t sequence, std::string_view header,
                 std::string_view payload)
{
    const std::string number = bigEndian(sequence, 8);
    const std::string headerSize = bigEndian(header.size(), 4);
    return hmac(key, std::string_view(number), std::string_view(headerSize), header, payload);
}

std::string encodeSealedFrame(std::string_view key, std::uint64_t sequence, std::string_view header,
                              std::string_view payload)
{
    std::string sealed(payload);
    const Digest seal = frameSeal(key, sequence, header, payload);
    sealed.append(view(seal));
    return encodeFrame(header, sealed);
}

bool openSealedFrame(std::string_view key, std::uint64_t sequence, Frame &frame,
                     std::string &reason)
{
    if (frame.payload.size() < kSealBytes) {
        reason = "the frame carries no seal";
        return false;
    }
    const std::size_t size = frame.payload.size() - kSealBytes;
    const Digest expected =
        frameSeal(key, sequence, frame.header, std::string_view(frame.payload).substr(0, size));
    // Compared in constant time: how long a comparison takes must not tell how much matched.
    unsigned char difference = 0;
    for (std::size_t i = 0; i < kSealBytes; ++i)
        difference |= static_cast<unsigned char>(
            expected[i] ^ static_cast<unsigned char>(frame.payload[size + i]));
    if (difference != 0) {
        reason = "the frame's seal does not match (frame " + std::to_string(sequence) +
                 " of the stream): it was not written by the worker's sandbox, or it was changed";
        return false;
    }
    frame.payload.resize(size);
    return true;
}

} // namespace sandbench::protocol
