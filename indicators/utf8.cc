#include "indicators/utf8.h"

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <utf8proc.h>

namespace jixiao {
namespace {

const utf8proc_uint8_t* Bytes(std::string_view s) {
  return reinterpret_cast<const utf8proc_uint8_t*>(s.data());
}

// Length in bytes of the whitespace character at the start of `s`, or 0.
size_t WhitespaceAt(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (s.substr(0, 3) == "\xE3\x80\x80") return 3;  // U+3000 ideographic space
  if (s.substr(0, 2) == "\xC2\xA0") return 2;      // U+00A0 no-break space
  return 0;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const auto continuation = [&](size_t i) { return (byte(i) & 0xC0) == 0x80; };
  size_t i = 0;
  while (i < s.size()) {
    // ASCII needs no decoding: eight bytes at a time, up to the first with its high bit set.
    uint64_t word;
    if (i + sizeof word <= s.size()) {
      std::memcpy(&word, s.data() + i, sizeof word);
      const uint64_t high = word & 0x8080808080808080u;
      if (high == 0) {
        i += sizeof word;
        continue;
      }
      i +=
          static_cast<size_t>(std::endian::native == std::endian::little ? std::countr_zero(high)
                                                                         : std::countl_zero(high)) /
          8;
    }
    // Then characters, one at a time, up to the next ASCII byte. The common sequences are valid
    // whatever their continuation bytes say: two bytes from C2, and three bytes from E1–EC or
    // EE–EF (U+1000–U+CFFF and U+E000–U+FFFF: no surrogate, no overlong form). utf8proc decides
    // the others.
    while (i < s.size()) {
      const unsigned char c = byte(i);
      if (c < 0x80) {
        ++i;
        break;
      }
      if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < s.size() && continuation(i + 1) &&
          continuation(i + 2)) {
        i += 3;
        continue;
      }
      if (c >= 0xC2 && c <= 0xDF && i + 1 < s.size() && continuation(i + 1)) {
        i += 2;
        continue;
      }
      utf8proc_int32_t cp;
      utf8proc_ssize_t n =
          utf8proc_iterate(Bytes(s) + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
      if (n <= 0) return i;
      i += static_cast<size_t>(n);
    }
  }
  return std::string_view::npos;
}

std::string NormalizeNfkc(std::string_view s) {
  if (FindInvalidUtf8(s) != std::string_view::npos) return std::string(s);
  std::string in(s);
  utf8proc_uint8_t* out = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(in.c_str()));
  if (out == nullptr) return in;
  std::string result(reinterpret_cast<char*>(out));
  std::free(out);
  return result;
}

int CodePointsBefore(std::string_view s, size_t byte_offset) {
  int n = 0;
  for (size_t i = 0; i < byte_offset && i < s.size(); ++i)
    n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

int DisplayWidth(std::string_view s) {
  int width = 0;
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate(Bytes(s) + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      ++width;
      ++i;
      continue;
    }
    width += utf8proc_charwidth(cp);
    i += static_cast<size_t>(n);
  }
  return width;
}

std::string TruncateToWidth(std::string_view s, int width) {
  int used = 0;
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate(Bytes(s) + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    int w = n <= 0 ? 1 : utf8proc_charwidth(cp);
    size_t len = n <= 0 ? 1 : static_cast<size_t>(n);
    if (used + w > width) break;
    used += w;
    i += len;
  }
  return std::string(s.substr(0, i));
}

std::string_view Trim(std::string_view s) {
  while (size_t n = WhitespaceAt(s)) s.remove_prefix(n);
  while (!s.empty()) {
    size_t n = 0;
    for (size_t len : {size_t{1}, size_t{2}, size_t{3}})
      if (s.size() >= len && WhitespaceAt(s.substr(s.size() - len)) == len) n = len;
    if (n == 0) break;
    s.remove_suffix(n);
  }
  return s;
}

std::string RemoveWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    if (size_t n = WhitespaceAt(s)) {
      s.remove_prefix(n);
      continue;
    }
    out.push_back(s[0]);
    s.remove_prefix(1);
  }
  return out;
}

}  // namespace jixiao
