#include "warta/common/sha256.h"

#include <array>
#include <cstddef>
#include <cstdint>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define WARTA_SHA256_X86 1
#endif

namespace warta {
namespace {

// FIPS 180-4, section 4.2.2: the first 32 bits of the fractional parts of the
// cube roots of the first 64 primes.
constexpr std::array<std::uint32_t, 64> kRound = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

using State = std::array<std::uint32_t, 8>;

// Section 6.2.2, one 64-byte block at a time.
void compressPortable(State &state, const unsigned char *data, std::size_t blocks)
{
    for (; blocks > 0; --blocks, data += 64) {
        std::array<std::uint32_t, 64> w;
        for (std::size_t t = 0; t < 16; ++t) {
            const unsigned char *p = data + 4 * t;
            w[t] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
                   std::uint32_t{p[3]};
        }
        for (std::size_t t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (std::size_t t = 0; t < 64; ++t) {
            const std::uint32_t sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const std::uint32_t choose = (e & f) ^ (~e & g);
            const std::uint32_t t1 = h + sum1 + choose + kRound[t] + w[t];
            const std::uint32_t sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
            const std::uint32_t t2 = sum0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef WARTA_SHA256_X86
// The same compression with the x86 SHA extensions (SHA-NI), about ten times
// faster: the hash is computed for every file opened, in the extraction's hot
// path. The instructions keep the state as {A,B,E,F} and {C,D,G,H}; each
// SHA256RNDS2 does two rounds, and MSG1/MSG2 compute the message schedule
// four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(State &state, const unsigned char *data,
                                                               std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bll, 0x0405060700010203ll);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xb1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1b);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xf0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // W[4i..4i+3] for the last four groups (std::array drops __m128i's alignment attribute)
                      // Unrolled, the ring indices become constants and `w` lives in registers.
#pragma GCC unroll 16
        for (std::size_t i = 0; i < 16; ++i) {
            __m128i &group = w[i % 4];
            if (i < 4) {
                group = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)),
                                         byteSwap);
            } else {
                const __m128i &previous = w[(i + 3) % 4];
                const __m128i sevenBack = _mm_alignr_epi8(previous, w[(i + 2) % 4], 4);
                group = _mm_sha256msg2_epu32(
                        _mm_add_epi32(_mm_sha256msg1_epu32(group, w[(i + 1) % 4]), sevenBack), previous);
            }
            const __m128i k = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&kRound[4 * i]));
            const __m128i message = _mm_add_epi32(group, k);
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(message, 0x0e));
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1b);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xb1);
    dcba = _mm_blend_epi16(feba, dchg, 0xf0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), hgfe);
}

bool cpuHasShaNi()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0)
        return false;
    const bool ssse3 = (ecx & (1u << 9)) != 0;
    const bool sse41 = (ecx & (1u << 19)) != 0;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0)
        return false;
    return ssse3 && sse41 && (ebx & (1u << 29)) != 0;
}
#endif

using CompressFunction = void (*)(State &, const unsigned char *, std::size_t);

CompressFunction fastestCompress()
{
#ifdef WARTA_SHA256_X86
    static const bool shaNi = cpuHasShaNi();
    if (shaNi)
        return compressShaNi;
#endif
    return compressPortable;
}

std::string hashHex(std::string_view bytes, CompressFunction compress)
{
    // Section 5.3.3: the initial hash value.
    State state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t whole = bytes.size() / 64;
    // Whole blocks straight from the input: no copy of a large file.
    compress(state, data, whole);

    // Section 5.1.1: the tail, a 1 bit, zeros, and the length in bits (big-endian).
    std::array<unsigned char, 128> tail{};
    const std::size_t rest = bytes.size() - whole * 64;
    for (std::size_t i = 0; i < rest; ++i)
        tail[i] = data[whole * 64 + i];
    tail[rest] = 0x80;
    const std::size_t tailSize = rest < 56 ? 64 : 128;
    const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8u;
    for (std::size_t i = 0; i < 8; ++i)
        tail[tailSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(state, tail.data(), tailSize / 64);

    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (std::uint32_t word : state) {
        for (int shift = 28; shift >= 0; shift -= 4)
            out.push_back(kHex[(word >> shift) & 0xfu]);
    }
    return out;
}

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    return hashHex(bytes, fastestCompress());
}

namespace detail {

std::string sha256HexPortable(std::string_view bytes)
{
    return hashHex(bytes, compressPortable);
}

} // namespace detail

} // namespace warta
