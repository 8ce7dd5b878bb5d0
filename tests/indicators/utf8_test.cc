#include "indicators/utf8.h"

#include <string>

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

// RFC 3629's well-formed sequences (its Table 3-7), written independently of utf8.cc: the
// length of the sequence `s` starts with, or 0 when it is ill-formed.
size_t WellFormedLength(const std::string& s) {
  auto at = [&](size_t i) -> unsigned {
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x100u;
  };
  auto in = [](unsigned v, unsigned lo, unsigned hi) { return v >= lo && v <= hi; };
  const unsigned c = at(0);
  if (c < 0x80) return 1;
  if (in(c, 0xC2, 0xDF)) return in(at(1), 0x80, 0xBF) ? 2 : 0;
  if (in(c, 0xE0, 0xEF)) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(c, 0xF0, 0xF4)) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

std::string Bytes(std::initializer_list<int> bytes) {
  std::string s;
  for (int b : bytes) s.push_back(static_cast<char>(b));
  return s;
}

BOOST_AUTO_TEST_SUITE(utf8)

// Every lead byte with every second byte and a few third and fourth ones, after ASCII (so the
// eight-byte ASCII step runs first) and before ASCII: valid exactly when RFC 3629 says so, and
// the first invalid byte found where it is.
BOOST_AUTO_TEST_CASE(find_invalid_utf8_agrees_with_rfc_3629) {
  const int tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  size_t checked = 0;
  for (int lead = 0x80; lead <= 0xFF; ++lead)
    for (int second = 0; second <= 0xFF; ++second)
      for (int third : tails)
        for (int fourth : {0x80, 0xBF, 0x41}) {
          const std::string sequence = Bytes({lead, second, third, fourth});
          const size_t length = WellFormedLength(sequence);
          const std::string text = "ascii..." + sequence + "tail";
          const size_t found = FindInvalidUtf8(text);
          if (length == 0) {
            BOOST_TEST_REQUIRE(
                found == 8u, "sequence " << lead << " " << second << " " << third << " " << fourth);
          } else {
            // The rest of the sequence is itself checked from its own first byte.
            const std::string rest = text.substr(8 + length);
            const size_t rest_found = FindInvalidUtf8(rest);
            BOOST_TEST_REQUIRE(
                found ==
                    (rest_found == std::string::npos ? std::string::npos : 8 + length + rest_found),
                "sequence " << lead << " " << second << " " << third << " " << fourth);
          }
          ++checked;
        }
  BOOST_TEST(checked > 100000u);
}

BOOST_AUTO_TEST_CASE(truncated_sequences_are_invalid_at_their_first_byte) {
  BOOST_TEST(FindInvalidUtf8("指标") == std::string::npos);
  BOOST_TEST(FindInvalidUtf8(std::string("指标").substr(0, 5)) == 3u);
  BOOST_TEST(FindInvalidUtf8(Bytes({0x41, 0xC2})) == 1u);
  BOOST_TEST(FindInvalidUtf8(Bytes({0xF0, 0x9F, 0x98})) == 0u);
  BOOST_TEST(FindInvalidUtf8("GBK: \xB2\xE2") == 5u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
