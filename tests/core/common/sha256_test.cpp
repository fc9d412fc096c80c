#include "warta/common/sha256.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

using warta::sha256Hex;

// Vectors from FIPS 180-4's examples (NIST CSRC "SHA256.pdf") and lengths at
// the padding boundaries (55/56 bytes: one or two final blocks; 63/64).
TEST_CASE("sha256Hex matches the FIPS 180-4 examples", "[common][sha256]")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256Hex pads correctly at block boundaries", "[common][sha256]")
{
    CHECK(sha256Hex(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256Hex(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256Hex(std::string(63, 'a')) ==
          "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    CHECK(sha256Hex(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("sha256Hex hashes bytes, NULs and high bytes included", "[common][sha256]")
{
    const std::string withNul("a\0b", 3);
    CHECK(sha256Hex(withNul) != sha256Hex("ab"));
    CHECK(sha256Hex(withNul).size() == 64);
    CHECK(sha256Hex("\xff\xfe") == sha256Hex(std::string("\xff\xfe")));
}

TEST_CASE("the fast and the portable SHA-256 agree", "[common][sha256]")
{
    // Every tail length around one and two blocks, and a long input, over
    // bytes of every value.
    std::string bytes;
    std::uint32_t x = 2463534242u;
    for (int i = 0; i < 5000; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push_back(static_cast<char>(x & 0xffu));
    }
    for (std::size_t n = 0; n <= 200; ++n) {
        INFO("length " << n);
        CHECK(sha256Hex(std::string_view(bytes).substr(0, n)) ==
              warta::detail::sha256HexPortable(std::string_view(bytes).substr(0, n)));
    }
    CHECK(sha256Hex(bytes) == warta::detail::sha256HexPortable(bytes));
    CHECK(warta::detail::sha256HexPortable("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
