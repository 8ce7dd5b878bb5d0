// UTF-8 text helpers; utf8proc lives behind utf8.cc only.
#ifndef JIXIAO_INDICATORS_UTF8_H_
#define JIXIAO_INDICATORS_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao {

/// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
size_t FindInvalidUtf8(std::string_view s);

/// NFKC normalisation: full-width ASCII (１２％＞＝（）) becomes ASCII, U+3000 and NBSP become
/// spaces. Returns `s` unchanged if it is not valid UTF-8.
std::string NormalizeNfkc(std::string_view s);

/// Number of code points in the first `byte_offset` bytes of `s` (a byte offset → a column).
int CodePointsBefore(std::string_view s, size_t byte_offset);

/// Terminal display width: CJK and full-width characters count 2, combining marks 0.
int DisplayWidth(std::string_view s);

/// The longest prefix of `s` whose display width is at most `width`, cut on a character
/// boundary.
std::string TruncateToWidth(std::string_view s, int width);

/// Removes leading and trailing ASCII whitespace, U+3000 and NBSP.
std::string_view Trim(std::string_view s);

/// Removes all whitespace (ASCII, U+3000, NBSP), as transcriptions of PDF tables need.
std::string RemoveWhitespace(std::string_view s);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_UTF8_H_
